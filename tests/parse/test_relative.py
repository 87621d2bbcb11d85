from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, Finder, days, only
from tracker.parse import find_dates
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
        ("early next year", date(2026, 1, 1), date(2026, 4, 1)),
        ("later this month", date(2025, 8, 1), date(2025, 9, 1)),
    ],
)
def test_it_reads_ends_and_parts_of_periods(
    dates: Finder, phrase: str, first: date, after: date
) -> None:
    assert days(only(dates(f"It will happen {phrase}."))) == (first, after)


def test_it_gives_last_week_the_week_grain(dates: Finder) -> None:
    assert only(dates("He spoke last week.")).grain is Grain.WEEK


def test_within_n_units_ends_that_many_units_after_publication() -> None:
    published = datetime(2019, 4, 16, 9, 0, tzinfo=NEW_YORK)
    found = only(find_dates("The firm will cut emissions within five years.", published, NEW_YORK))
    assert days(found) == (date(2019, 4, 16), date(2024, 4, 17))


def test_within_the_next_week_is_seven_days() -> None:
    thursday = datetime(2022, 10, 20, 9, 0, tzinfo=NEW_YORK)
    found = only(find_dates("A ruling is expected within the next week.", thursday, NEW_YORK))
    assert found.text == "within the next week"
    assert days(found) == (date(2022, 10, 20), date(2022, 10, 28))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the bank's first rate rise in 17 years.",
        "Prices rose the most in a year.",
        "The team won its first title in five years.",
    ],
)
def test_in_n_years_after_a_superlative_is_a_span_of_the_past(dates: Finder, sentence: str) -> None:
    assert not [e for e in dates(sentence) if e.resolved]


def test_later_than_is_a_comparison(dates: Finder) -> None:
    assert not [e for e in dates("The plant opened two months later than planned.") if e.resolved]


def test_in_hours_is_the_moment_that_far_after_publication(dates: Finder) -> None:
    expr = only(dates("The rocket will launch in two hours."))
    assert expr.has_time
    assert expr.start_at == datetime(2025, 8, 5, 12, 0, tzinfo=NEW_YORK)


def test_within_hours_runs_from_today_to_the_day_it_ends(dates: Finder) -> None:
    late = datetime(2025, 8, 5, 20, 0, tzinfo=NEW_YORK)
    expr = only(find_dates("Iran must respond within 48 hours.", late, NEW_YORK))
    assert days(expr) == (date(2025, 8, 5), date(2025, 8, 8))
    expr = only(dates("The ministry will reply within 12 hours."))
    assert days(expr) == (date(2025, 8, 5), date(2025, 8, 6))
