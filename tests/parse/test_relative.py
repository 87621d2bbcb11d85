from __future__ import annotations

from datetime import date

import pytest

from tests.parse.conftest import Finder, days, only
from tracker.parse.types import Grain


@pytest.mark.parametrize(
    ("phrase", "first", "after"),
    [
        ("today", date(2025, 8, 5), date(2025, 8, 6)),
        ("tonight", date(2025, 8, 5), date(2025, 8, 6)),
        ("tomorrow", date(2025, 8, 6), date(2025, 8, 7)),
        ("yesterday", date(2025, 8, 4), date(2025, 8, 5)),
        ("this week", date(2025, 8, 4), date(2025, 8, 11)),
        ("next week", date(2025, 8, 11), date(2025, 8, 18)),
        ("last week", date(2025, 7, 28), date(2025, 8, 4)),
        ("next month", date(2025, 9, 1), date(2025, 10, 1)),
        ("last year", date(2024, 1, 1), date(2025, 1, 1)),
        ("this weekend", date(2025, 8, 9), date(2025, 8, 11)),
        ("in 10 days", date(2025, 8, 15), date(2025, 8, 16)),
        ("10 days from now", date(2025, 8, 15), date(2025, 8, 16)),
        ("three days ago", date(2025, 8, 2), date(2025, 8, 3)),
        ("within 10 days", date(2025, 8, 5), date(2025, 8, 16)),
        ("within a fortnight", date(2025, 8, 5), date(2025, 8, 20)),
        ("in 10 to 12 days", date(2025, 8, 15), date(2025, 8, 18)),
    ],
)
def test_it_counts_relative_dates_from_the_publication_day(
    dates: Finder, phrase: str, first: date, after: date
) -> None:
    assert days(only(dates(f"It is {phrase}."))) == (first, after)


def test_it_reads_a_bare_range_of_days_as_covering_both_ends(dates: Finder) -> None:
    expr = only(dates("Trump gave Russia 10 to 12 days to agree."))
    assert days(expr) == (date(2025, 8, 15), date(2025, 8, 18))


@pytest.mark.parametrize(
    ("phrase", "first", "after"),
    [
        ("by the end of next week", date(2025, 8, 15), date(2025, 8, 18)),
        ("by the end of the month", date(2025, 8, 21), date(2025, 9, 1)),
        ("by year-end", date(2025, 9, 1), date(2026, 1, 1)),
        ("early next year", date(2026, 1, 1), date(2026, 5, 1)),
        ("later this month", date(2025, 8, 1), date(2025, 9, 1)),
    ],
)
def test_it_reads_ends_and_parts_of_periods(
    dates: Finder, phrase: str, first: date, after: date
) -> None:
    assert days(only(dates(f"It will happen {phrase}."))) == (first, after)


def test_it_gives_last_week_the_week_grain(dates: Finder) -> None:
    assert only(dates("He spoke last week.")).grain is Grain.WEEK
