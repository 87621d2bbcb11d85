"""Due dates of claims as news copy writes them: start dates, "by" periods, holidays,
weekdays named with "this", months placed in a named year, zones named by city."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = datetime(2025, 8, 5, 10, 0, tzinfo=NEW_YORK)
SATURDAY = datetime(2025, 8, 9, 10, 0, tzinfo=NEW_YORK)


def due_dates(text: str, published: datetime = TUESDAY, tz: ZoneInfo = NEW_YORK) -> list[date]:
    return [c.due_date for c in extract_claims(text, published, tz)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The new fees will apply from February next year, the agency said.", date(2026, 2, 28)),
        ("The treaty will take effect on Jan. 15 next year.", date(2026, 1, 15)),
        ("The plant will reopen in March of next year, the company said.", date(2026, 3, 31)),
    ],
)
def test_a_month_or_day_followed_by_its_year_is_one_date(text: str, due: date) -> None:
    assert due_dates(text) == [due]


def test_after_a_holiday_is_the_day_after_it() -> None:
    text = "The ministry said it would decide on the school reopenings after Christmas."
    assert due_dates(text) == [date(2025, 12, 26)]


def test_before_a_holiday_is_still_the_eve() -> None:
    text = "Lawmakers expect to pass the spending bill before Christmas."
    assert due_dates(text) == [date(2025, 12, 24)]


def test_this_weekday_looks_ahead_after_a_past_clause() -> None:
    text = "Tickets sold out on Friday, and the band plays its first show this Friday."
    assert due_dates(text, SATURDAY) == [date(2025, 8, 15)]


def test_next_weekday_looks_ahead_after_a_past_clause() -> None:
    text = "The union rejected the offer on Monday and will strike next Thursday."
    assert due_dates(text)[0] in (date(2025, 8, 7), date(2025, 8, 14))


def test_a_time_named_by_a_financial_city_is_converted() -> None:
    text = "The bank will publish its decision at 1:45 p.m. Frankfurt time on Thursday."
    found = extract_claims(text, TUESDAY, NEW_YORK)
    assert [c.due_date for c in found] == [date(2025, 8, 7)]
    assert found[0].when.start_at == datetime(2025, 8, 7, 13, 45, tzinfo=BERLIN)


def test_a_month_naming_what_data_cover_is_no_claim() -> None:
    text = "The agency will publish its July jobs report on Friday."
    assert due_dates(text) == [date(2025, 8, 8)]


def test_a_month_before_an_ordinary_noun_is_still_a_date() -> None:
    text = "Negotiators are racing to meet the October deadline."
    assert due_dates(text) == [date(2025, 10, 31)]
