from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, PUBLISHED, Finder, days, only
from tracker.parse import find_dates
from tracker.parse.types import Grain

AUG_8 = (date(2025, 8, 8), date(2025, 8, 9))


@pytest.mark.parametrize(
    "text", ["August 8", "Aug. 8, 2025", "8 August", "August 8th", "2025-08-08", "8/8/2025"]
)
def test_it_reads_full_and_partial_calendar_dates(dates: Finder, text: str) -> None:
    expr = only(dates(f"The vote is due on {text}."))
    assert days(expr) == AUG_8
    assert expr.grain is Grain.DAY


def test_it_gives_offsets_that_slice_the_text(dates: Finder) -> None:
    text = "Talks resume Aug. 8, 2025 in Geneva."
    expr = only(dates(text))
    assert text[expr.start : expr.end] == expr.text == "Aug. 8, 2025"


def test_it_reads_numeric_dates_day_first_when_asked() -> None:
    found = find_dates("due 3/8/2025", PUBLISHED, NEW_YORK, day_first=True)
    assert days(only(found)) == (date(2025, 8, 3), date(2025, 8, 4))


def test_it_reads_numeric_dates_month_first_by_default(dates: Finder) -> None:
    assert days(only(dates("due 3/8/2025"))) == (date(2025, 3, 8), date(2025, 3, 9))


def test_it_puts_a_yearless_date_in_the_past_for_a_past_tense_clause(dates: Finder) -> None:
    expr = only(dates("The rebels seized the town on September 3."))
    assert days(expr) == (date(2024, 9, 3), date(2024, 9, 4))


def test_it_puts_a_yearless_date_in_the_future_for_a_future_clause(dates: Finder) -> None:
    expr = only(dates("The court will rule on March 3."))
    assert days(expr) == (date(2026, 3, 3), date(2026, 3, 4))


def test_it_reads_a_month_with_its_year(dates: Finder) -> None:
    expr = only(dates("Elections are planned for March 2026."))
    assert (expr.grain, days(expr)) == (Grain.MONTH, (date(2026, 3, 1), date(2026, 4, 1)))


def test_it_reads_in_march_as_the_coming_march_in_a_future_clause(dates: Finder) -> None:
    expr = only(dates("The law will take effect in March."))
    assert days(expr) == (date(2026, 3, 1), date(2026, 4, 1))


def test_it_reads_last_february_as_the_most_recent_past_february(dates: Finder) -> None:
    expr = only(dates("They met last February."))
    assert days(expr) == (date(2025, 2, 1), date(2025, 3, 1))


@pytest.mark.parametrize(
    ("text", "first", "after"),
    [("in 2026", 2026, 2027), ("by 2030", 2030, 2031), ("mid-2026", 2026, 2026)],
)
def test_it_reads_years(dates: Finder, text: str, first: int, after: int) -> None:
    expr = only(dates(f"Output will double {text}."))
    assert expr.start_at is not None and expr.end_at is not None
    assert (expr.start_at.year, expr.end_at.year) == (first, after)


def test_it_reads_the_1990s_as_a_decade(dates: Finder) -> None:
    expr = only(dates("Prices last fell this low in the 1990s."))
    assert (expr.grain, days(expr)) == (Grain.DECADE, (date(1990, 1, 1), date(2000, 1, 1)))


def test_it_reads_the_15th_as_this_months_day_in_a_future_clause(dates: Finder) -> None:
    expr = only(dates("The board will decide on the 15th."))
    assert days(expr) == (date(2025, 8, 15), date(2025, 8, 16))


def test_it_keeps_the_interval_in_the_requested_zone(dates: Finder) -> None:
    expr = only(dates("on August 8"))
    assert expr.start_at == datetime(2025, 8, 8, tzinfo=NEW_YORK)


def test_a_yearless_month_after_by_the_start_of_looks_ahead() -> None:
    published = datetime(2016, 6, 24, 9, 0, tzinfo=NEW_YORK)
    text = (
        "Cameron announced he wanted a new leader in place by the start of the "
        "Conservative party conference in October."
    )
    assert days(only(find_dates(text, published, NEW_YORK)))[0] == date(2016, 10, 1)


def test_a_yearless_date_long_gone_in_a_neutral_clause_is_next_years() -> None:
    published = datetime(2024, 11, 10, 9, 0, tzinfo=NEW_YORK)
    found = find_dates("An early election on February 23 is likely.", published, NEW_YORK)
    assert days(only(found))[0] == date(2025, 2, 23)


@pytest.mark.parametrize(
    "sentence",
    [
        "China launched a Long March 5 rocket.",
        "Students joined the March for Our Lives rally.",
        "Growth in the January-March quarter was weak.",
    ],
)
def test_month_words_in_names_are_not_dates(dates: Finder, sentence: str) -> None:
    assert not [e for e in dates(sentence) if e.resolved and e.grain is not Grain.QUARTER]
