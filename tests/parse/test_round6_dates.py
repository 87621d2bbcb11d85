"""Date reading, round 6 (published Mon 2023-11-27, 10:00 London): a count after "by" that
is an amount of change, a yearless date a past act came some time before, alternatives of
one unit as one window, a month in the clause of an event set for next year, a date said
more finely inside a coarser one, and a time zone named by a state or country."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims
from tracker.parse.scanner import find_dates
from tracker.parse.types import ClaimDraft

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2023, 11, 27, 10, 0, tzinfo=LONDON)


def claims(text: str) -> list[ClaimDraft]:
    return extract_claims(text, NOW, LONDON)


def spans(text: str) -> list[tuple[str, date, date]]:
    """Each claim's date phrase, first day and last day."""
    out = []
    for c in claims(text):
        assert c.when.start_at is not None and c.when.end_at is not None
        last = (c.when.end_at - c.when.start_at).days - 1
        first = c.when.start_at.date()
        out.append((c.when.text, first, date.fromordinal(first.toordinal() + max(last, 0))))
    return out


def resolved(text: str, phrase: str) -> date | None:
    """The first day ``phrase`` in ``text`` resolves to, as ``find_dates`` lists it."""
    for expr in find_dates(text, NOW, LONDON):
        if expr.text == phrase and expr.start_at is not None:
            return expr.start_at.date()
    return None


# 1. "by" + a count after a change: a magnitude, not a date


@pytest.mark.parametrize(
    "text",
    [
        "The ban would set back the rollout of 5G by two to three years, the minister said.",
        "The strike could delay the project by three to four months.",
        "The reform will cut waiting times by one to two weeks, officials said.",
        "Engineers expect the repairs to push back the opening by about six to eight weeks.",
    ],
)
def test_a_count_after_by_is_an_amount_of_change(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plant will close in two to three years, the company said.", date(2026, 12, 31)),
        ("Talks will resume within two weeks, the envoy said.", date(2023, 12, 11)),
        ("The bank will publish its review by March, the governor said.", date(2024, 3, 31)),
        ("The line should reopen two to three weeks from now.", date(2023, 12, 18)),
    ],
)
def test_a_count_not_after_by_still_dates_a_claim(text: str, due: date) -> None:
    assert [c.due_date for c in claims(text)] == [due]


# 2. a yearless date that a past act came some time before


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("The court annulled the first round two days before the Dec. 8 runoff.", "Dec. 8", 2022),
        ("The minister resigned a week before the Dec. 15 vote.", "Dec. 15", 2022),
        ("Rebels seized the town three days ahead of the Dec. 20 ceasefire.", "Dec. 20", 2022),
        ("Police arrested the suspect the day before the Dec. 1 summit.", "Dec. 1", 2022),
    ],
)
def test_a_date_a_past_act_came_shortly_before_is_past(text: str, phrase: str, year: int) -> None:
    found = resolved(text, phrase)
    assert found is not None and found.year == year


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        # three months before Dec. 8 is already behind us: the coming Dec. 8 fits
        ("He resigned three months before the Dec. 8 runoff.", "Dec. 8", 2023),
        ("The party will hold a rally two days before the Dec. 8 runoff.", "Dec. 8", 2023),
        ("Voters must register two weeks before the Jan. 20 election.", "Jan. 20", 2024),
        (
            "The court annulled the first round two days before the Dec. 8, 2023 runoff.",
            "Dec. 8, 2023",
            2023,
        ),
    ],
)
def test_a_date_a_past_act_may_precede_stays_ahead(text: str, phrase: str, year: int) -> None:
    found = resolved(text, phrase)
    assert found is not None and found.year == year


def test_a_past_act_before_a_date_gives_no_claim() -> None:
    assert claims("The court annulled the first round two days before the Dec. 8 runoff.") == []


# 3. alternatives of one unit: one window


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Talks will resume in May or June, the minister said.",
            date(2024, 5, 1),
            date(2024, 6, 30),
        ),
        ("The vote will be held on Monday or Tuesday.", date(2023, 11, 27), date(2023, 11, 28)),
        (
            "The firm expects to list in the first quarter or second quarter.",
            date(2024, 1, 1),
            date(2024, 6, 30),
        ),
        (
            "A decision is expected in January or early February.",
            date(2024, 1, 1),
            date(2024, 2, 10),
        ),
    ],
)
def test_alternatives_of_one_unit_are_one_window(text: str, first: date, last: date) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0][1:] == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "The vote will be held in May, and the count in June.",
        "The board meets in March or on April 3.",
        "The bill will pass in March or it will die in June.",
        "Prices will rise in June or April, traders said.",
    ],
)
def test_dates_that_are_not_alternatives_stay_apart(text: str) -> None:
    assert len(claims(text)) == 2


def test_alternatives_stay_two_expressions_in_a_listing() -> None:
    found = [e.text for e in find_dates("Talks will resume in May or June.", NOW, LONDON)]
    assert found == ["May", "June"]


# 4. a month in the clause of an event set for next year


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Next year's summit will be held in Belem in November.", date(2024, 11, 1)),
        (
            "Next year's climate conference will take place in December, officials said.",
            date(2024, 12, 1),
        ),
        ("The country will hold elections next year, probably in November.", date(2024, 11, 1)),
        ("Next year's games open in December in the capital.", date(2024, 12, 1)),
    ],
)
def test_a_month_of_an_event_set_for_next_year(text: str, month: date) -> None:
    found = spans(text)
    assert len(found) == 1 and found[0][1] == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Next year's budget will be presented to parliament in December.", date(2023, 12, 1)),
        ("The summit held in November set targets for next year.", None),
        (
            "Next year's summit will be held in Belem. The talks resume in December.",
            date(2023, 12, 1),
        ),
        ("Next year's summit will be held in Belem in November 2025.", date(2025, 11, 1)),
    ],
)
def test_a_month_not_tied_to_next_year(text: str, month: date | None) -> None:
    months = [s[1] for s in spans(text) if s[1].day == 1 and s[0].lower() != "next year"]
    assert months == ([month] if month else [])


# 5. a finer date inside a coarser one, for the same thing


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Negotiators meet next month in Madrid, from Dec. 2 to Dec. 13.", "Dec. 2 to Dec. 13"),
        ("The parade goes ahead on Thanksgiving morning next year.", "Thanksgiving morning"),
        ("The court will rule next week, on Dec. 7, its spokesman said.", "Dec. 7"),
        ("The plant is due to reopen in December, on Dec. 18.", "Dec. 18"),
    ],
)
def test_the_finer_of_two_nested_dates_is_kept(text: str, phrase: str) -> None:
    assert [c.when.text for c in claims(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "The committee will vote on Dec. 2 and publish its report next month.",
        "The court will hear the case on Thursday, but a ruling is not expected until next week.",
        "Ministers will meet on Dec. 5; the treaty takes effect next month.",
        "The union said on Monday it will strike next week.",
    ],
)
def test_nested_dates_for_two_things_stay_apart(text: str) -> None:
    found = claims(text)
    wanted = 1 if "said on Monday" in text else 2
    assert len(found) == wanted


# 6. a place's time as a zone


@pytest.mark.parametrize(
    ("text", "hour_utc"),
    [
        ("The launch window opens at 1:30 p.m. on Tuesday Florida time.", 18),
        ("Polls close at 8 p.m. California time on Wednesday.", 4),
        ("The market opens at 9 a.m. Japan time on Friday.", 0),
        ("The hearing starts at 10 a.m. Arizona time on Thursday.", 17),
    ],
)
def test_a_state_or_country_names_its_zone(text: str, hour_utc: int) -> None:
    (claim,) = claims(text)
    assert claim.due.astimezone(ZoneInfo("UTC")).hour == hour_utc


@pytest.mark.parametrize(
    "text",
    [
        "The hearing starts at 10 a.m. Texas time on Thursday.",
        "The vote opens at 9 a.m. Indiana time on Thursday.",
        "The talks begin at 10 a.m. Russia time on Thursday.",
        "The match kicks off at 8 p.m. Australia time on Thursday.",
    ],
)
def test_a_place_of_several_zones_is_not_guessed(text: str) -> None:
    hours = {c.due.astimezone(LONDON).hour for c in claims(text) if c.when.has_time}
    assert 10 in hours or 20 in hours or not hours  # read in the article's zone, if at all
