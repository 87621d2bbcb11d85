"""Round 12, dates: offsets counted from a date in the text, weekdays before or after a
date, fiscal years, a clock time "tonight", and an appositive naming the same day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims
from tracker.parse.context import ScanContext
from tracker.parse.scanner import find_dates, scan

NY = ZoneInfo("America/New_York")
NOW = datetime(2025, 11, 3, 10, tzinfo=NY)  # a Monday


def dues(text: str, now: datetime = NOW) -> list[date]:
    return [c.due_date for c in extract_claims(text, now, now.tzinfo)]  # type: ignore[arg-type]


def days(text: str, now: datetime = NOW) -> list[tuple[date, date]]:
    """Each date found in running text (as claims read it): its first and last day."""
    ctx = ScanContext(text, now, now.tzinfo)  # type: ignore[arg-type]
    out = []
    for c in scan(ctx):
        if c.start_at is not None and c.end_at is not None:
            last = (c.end_at - timedelta(microseconds=1)).date()
            out.append((c.start_at.date(), last))
    return out


def firsts(text: str, now: datetime = NOW) -> list[date]:
    return [first for first, _ in days(text, now)]


# 1. a number of days before or after a date that follows, across a short clause


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Campaigning must end 48 hours before polls open on Nov. 22.", [date(2025, 11, 20)]),
        (
            "The law will take effect the day after it is published in the gazette on Nov. 12.",
            [date(2025, 11, 13)],
        ),
        ("The ceasefire will start two days after talks open on Nov. 10.", [date(2025, 11, 12)]),
        ("Stores must close 24 hours before voting begins on Nov. 16.", [date(2025, 11, 15)]),
    ],
)
def test_an_offset_counts_from_the_date_of_a_short_clause(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a clause of its own: "that the crew would fly" is a second statement
        ("The agency said a day before the launch that the crew would fly on Friday.", []),
        # 36 hours is no whole number of days: the date stays, the offset goes
        ("Campaigning must end 36 hours before polls open on Nov. 22.", [date(2025, 11, 22)]),
        # set off by a comma after a date: it says that date again
        (
            "Early voting will be held on Nov. 15, four days before polling day on Nov. 19.",
            [date(2025, 11, 15), date(2025, 11, 19)],
        ),
        ("Parliament will rise on Dec. 18, a week before Christmas.", [date(2025, 12, 18)]),
        (
            "The Assembly will vote on Friday, three weeks after the US vetoed it on Oct. 18.",
            [date(2025, 11, 7), date(2025, 10, 18)],
        ),
    ],
)
def test_an_offset_that_is_not_counted_from_the_date(text: str, first: list[date]) -> None:
    if not first:
        assert date(2025, 11, 6) not in firsts(text)  # not the day before Friday
        assert date(2025, 11, 7) in firsts(text)
    else:
        assert firsts(text) == first


# 2. "within N days of" a date: a time limit running from it


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The commission must declare the result within seven days of the Nov. 9 vote.",
            (date(2025, 11, 9), date(2025, 11, 16)),
        ),
        (
            "Parliament must convene within 30 days of Nov. 20.",
            (date(2025, 11, 20), date(2025, 12, 20)),
        ),
        (
            "The election will be held on Nov. 14, and the commission must certify the "
            "winners within 60 days of the vote.",
            (date(2025, 11, 14), date(2026, 1, 13)),
        ),
        (
            "Results will be released by Nov. 9, and parliament must convene within 15 days "
            "of that.",
            (date(2025, 11, 9), date(2025, 11, 24)),
        ),
    ],
)
def test_within_days_of_a_date_runs_from_it(text: str, span: tuple[date, date]) -> None:
    assert days(text)[-1] == span


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no date to count from: from publication, as before
        ("The company must reply within 30 days.", [(date(2025, 11, 3), date(2025, 12, 3))]),
        # a comma after a date: the limit says that date again
        (
            "The Bundestag must meet no later than Nov. 25, within 30 days of the vote.",
            [(date(2025, 11, 25), date(2025, 11, 25))],
        ),
        # a date two sentences back is too far
        (
            "The vote is on Nov. 14. Turnout is expected to be high. Parliament must "
            "convene within 15 days of the vote.",
            [(date(2025, 11, 14), date(2025, 11, 14))],
        ),
        # "of the request": not the dated event
        (
            "The vote is on Nov. 14, and officials must answer within 15 days of the request.",
            [(date(2025, 11, 14), date(2025, 11, 14)), (date(2025, 11, 3), date(2025, 11, 18))],
        ),
    ],
)
def test_within_days_not_counted_from_a_date(text: str, found: list[tuple[date, date]]) -> None:
    assert days(text) == found


# 3. "five days later", "a week earlier", "the Tuesday after": from the date just said


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Spain meet France in the semi-final on Tuesday, and the winner plays the final "
            "five days later.",
            date(2025, 11, 9),
        ),
        (
            "The U.S. Open begins on Nov. 24, with a new mixed doubles event a week earlier.",
            date(2025, 11, 17),
        ),
        ("The final is on Dec. 14. The semi-finals are played a week earlier.", date(2025, 12, 7)),
        (
            "The second round is on Nov. 24, and the televised debate will take place four "
            "days earlier.",
            date(2025, 11, 20),
        ),
    ],
)
def test_later_and_earlier_count_from_the_date_just_said(text: str, last: date) -> None:
    assert firsts(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The winner plays the final five days later.", []),
        (
            "The vote is on Nov. 14. Turnout will be high. The count ends two days later.",
            [date(2025, 11, 14)],
        ),
        (
            "The vote, due on Nov. 14, will now be held a week later than planned.",
            [date(2025, 11, 14)],
        ),
        (
            "Trump's sentencing is set for Nov. 11 at 10 a.m., four days before the "
            "convention opens in Milwaukee.",
            [date(2025, 11, 11)],
        ),
    ],
)
def test_later_without_a_date_to_count_from_gives_none(text: str, found: list[date]) -> None:
    assert firsts(text) == found


def test_a_sentencing_before_an_undated_convention_is_still_a_claim() -> None:
    text = (
        "Justice Juan Merchan has set Donald Trump's sentencing for Nov. 11 at 10 a.m., four "
        "days before the Republican National Convention opens in Milwaukee."
    )
    assert dues(text) == [date(2025, 11, 11)]


# 4. a weekday before or after a date: the nearest such weekday on that side


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Stores will open early on the Friday before Thanksgiving.", date(2025, 11, 21)),
        ("The shop will reopen on the Tuesday after Christmas.", date(2025, 12, 30)),
        ("Lawmakers will vote on the Monday after the Dec. 7 election.", date(2025, 12, 8)),
        ("The parade will be held on the Sunday before Christmas.", date(2025, 12, 21)),
    ],
)
def test_a_weekday_before_or_after_a_date(text: str, first: date) -> None:
    assert firsts(text) == [first]


def test_the_weekday_after_with_no_object_counts_from_the_same_date() -> None:
    text = (
        "Airlines expect a record 31 million passengers between the Friday before "
        "Thanksgiving and the Tuesday after."
    )
    assert days(text) == [
        (date(2025, 11, 21), date(2025, 11, 21)),
        (date(2025, 12, 2), date(2025, 12, 2)),
    ]
    assert dues(text) == [date(2025, 12, 2)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The union will strike on Friday before the holiday.", [date(2025, 11, 7)]),
        ("The team will play next Friday before travelling to Leeds.", [date(2025, 11, 7)]),
        ("Shops will stay open on Friday after the holiday.", [date(2025, 11, 7)]),
        ("The board meets on the Tuesday after.", []),
    ],
)
def test_a_weekday_near_a_date_that_is_not_counted_from_it(text: str, found: list[date]) -> None:
    assert firsts(text) == found


def test_a_weekday_before_a_holiday_in_date_listing() -> None:
    found = find_dates("the Friday before Thanksgiving", NOW, NY)
    assert [d.start_at.date() for d in found if d.start_at] == [date(2025, 11, 21)]


# 5. fiscal years, by the country's convention


def at(zone: str, when: str) -> datetime:
    return datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("text", "zone", "span"),
    [
        (
            "The deficit will be cut to 5.1% of GDP in 2024-25.",
            "Asia/Kolkata",
            (date(2024, 4, 1), date(2025, 3, 31)),
        ),
        (
            "The deficit will be brought below 4.5% by 2025-26.",
            "Asia/Kolkata",
            (date(2025, 4, 1), date(2026, 3, 31)),
        ),
        (
            "The company expects revenue to double by FY27.",
            "Asia/Kolkata",
            (date(2026, 4, 1), date(2027, 3, 31)),
        ),
        (
            "Japan aims to return to a primary budget surplus in fiscal 2025.",
            "Asia/Tokyo",
            (date(2025, 4, 1), date(2026, 3, 31)),
        ),
        (
            "The budget will return to surplus in 2024-25, the treasurer said.",
            "Australia/Sydney",
            (date(2024, 7, 1), date(2025, 6, 30)),
        ),
        (
            "The federal deficit will fall to $1.8 trillion in fiscal 2024.",
            "America/New_York",
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        (
            "Borrowing will fall in 2025-26, the Treasury said.",
            "Europe/London",
            (date(2025, 4, 1), date(2026, 3, 31)),
        ),
    ],
)
def test_a_fiscal_year_by_the_country(text: str, zone: str, span: tuple[date, date]) -> None:
    assert days(text, at(zone, "2024-02-01T10:00")) == [span]


@pytest.mark.parametrize(
    ("text", "zone", "found"),
    [
        # a season: both years, whatever the country
        (
            "The 2024-25 season will be the club's last in the league.",
            "Europe/London",
            [(date(2024, 1, 1), date(2025, 12, 31))],
        ),
        # no dominant convention: both years
        (
            "The deficit will fall below 3% in 2026-27.",
            "Europe/Paris",
            [(date(2026, 1, 1), date(2027, 12, 31))],
        ),
        # a US company: every common reading, not the calendar year
        (
            "Nike expects sales to grow in fiscal 2024.",
            "America/New_York",
            [(date(2023, 2, 1), date(2024, 12, 31))],
        ),
        # not consecutive years, lower-case "fy", an ISO date: no fiscal year
        ("The plan covers 2024-26.", "Asia/Kolkata", []),
        ("Sales will rise in fy2025.", "Asia/Kolkata", []),
        (
            "The order takes effect on 2024-05-01.",
            "Asia/Kolkata",
            [(date(2024, 5, 1), date(2024, 5, 1))],
        ),
    ],
)
def test_not_a_fiscal_year_of_the_country(
    text: str, zone: str, found: list[tuple[date, date]]
) -> None:
    assert days(text, at(zone, "2024-02-01T10:00")) == found


def test_fiscal_years_in_date_listing_keep_their_named_year() -> None:
    found = find_dates(
        "Profit rose in fiscal 2019.", at("UTC", "2019-11-02T10:00"), ZoneInfo("UTC")
    )
    assert [(d.text, d.start_at.year) for d in found if d.start_at] == [("fiscal 2019", 2019)]


# 6. a clock time "tonight"

AUCKLAND = ZoneInfo("Pacific/Auckland")
EVENING = datetime(2020, 4, 27, 12, tzinfo=AUCKLAND)


@pytest.mark.parametrize(
    "text",
    [
        "From 11:59 p.m. tonight we move to alert level 3.",
        "The restrictions will lift at 11:59 p.m. tonight.",
        "Bars must close by midnight tonight.",
        "The ban takes effect at 11 p.m. tonight.",
    ],
)
def test_a_time_tonight_is_today(text: str) -> None:
    assert dues(text, EVENING) == [date(2020, 4, 27)]


@pytest.mark.parametrize(
    "text",
    [
        "The restrictions were lifted at 11:59 p.m. last night.",
        "Bars closed at midnight on Sunday night.",
        "The ban took effect at 11 p.m. yesterday.",
        "Tonight's 11 p.m. curfew was lifted last week.",
    ],
)
def test_a_time_not_tonight_or_in_the_past(text: str) -> None:
    assert dues(text, EVENING) == []


# 7. an appositive naming the same day: one date


@pytest.mark.parametrize(
    ("text", "due", "now"),
    [
        (
            "U.S. markets normally close at 4 p.m., but on Friday, the day after Thanksgiving, "
            "trading will end at 1 p.m.",
            [date(2024, 11, 29)],
            datetime(2024, 11, 26, 12, tzinfo=NY),
        ),
        (
            "The shops will close early on Dec. 24, Christmas Eve, the council said.",
            [date(2024, 12, 24)],
            datetime(2024, 12, 10, 10, tzinfo=NY),
        ),
        (
            "Lawmakers will vote on Monday, the first day of the session.",
            [date(2025, 1, 6)],
            datetime(2025, 1, 2, 10, tzinfo=NY),
        ),
        (
            "Markets will close early on Thursday, Thanksgiving Day, the exchange said.",
            [date(2025, 11, 27)],
            datetime(2025, 11, 24, 10, tzinfo=NY),
        ),
    ],
)
def test_an_appositive_naming_the_same_day_is_one_date(
    text: str, due: list[date], now: datetime
) -> None:
    assert dues(text, now) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Talks will resume on Friday, the day after the vote.", [date(2025, 11, 7)]),
        (
            "Shops will open on Friday and on Christmas Eve.",
            [date(2025, 11, 7), date(2025, 12, 24)],
        ),
        (
            "The committee will meet on Monday, a week before the Dec. 8 vote.",
            [date(2025, 11, 3), date(2025, 12, 8)],
        ),
        ("Parliament will rise on Dec. 18, a week before Christmas.", [date(2025, 12, 18)]),
    ],
)
def test_an_appositive_that_names_another_day_or_none(text: str, due: list[date]) -> None:
    assert dues(text) == due
