from __future__ import annotations

from datetime import date

import pytest

from tests.parse.conftest import Finder, days, only
from tracker.parse.types import Grain


@pytest.mark.parametrize(
    ("phrase", "grain", "first", "after"),
    [
        ("Q1", Grain.QUARTER, date(2026, 1, 1), date(2026, 4, 1)),
        ("the third quarter of next year", Grain.QUARTER, date(2026, 7, 1), date(2026, 10, 1)),
        ("the fourth quarter", Grain.QUARTER, date(2025, 10, 1), date(2026, 1, 1)),
        ("the second half", Grain.HALF, date(2025, 7, 1), date(2026, 1, 1)),
        ("this summer", Grain.SEASON, date(2025, 6, 1), date(2025, 9, 1)),
        ("next winter", Grain.SEASON, date(2025, 12, 1), date(2026, 3, 1)),
    ],
)
def test_it_reads_parts_of_a_year_in_a_future_clause(
    dates: Finder, phrase: str, grain: Grain, first: date, after: date
) -> None:
    expr = only(dates(f"Sales will recover in {phrase}."))
    assert (expr.grain, days(expr)) == (grain, (first, after))


def test_it_reads_a_quarter_in_a_past_clause_as_the_latest_one(dates: Finder) -> None:
    expr = only(dates("Profit fell in the fourth quarter."))
    assert days(expr) == (date(2024, 10, 1), date(2025, 1, 1))


def test_it_does_not_take_fall_the_noun_for_a_season(dates: Finder) -> None:
    assert dates("The fall in prices surprised traders.") == []


@pytest.mark.parametrize(
    ("sentence", "first", "after"),
    [
        ("The plant will open by mid-2026.", date(2026, 6, 1), date(2026, 8, 1)),
        ("It will be built by the end of the decade.", date(2027, 1, 1), date(2030, 1, 1)),
        ("Payment is due at the end of the month.", date(2025, 8, 21), date(2025, 9, 1)),
        ("Prices will rise at the beginning of next month.", date(2025, 9, 1), date(2025, 9, 11)),
        ("Sales will recover by EOY.", date(2025, 9, 1), date(2026, 1, 1)),
    ],
)
def test_it_reads_parts_of_periods(dates: Finder, sentence: str, first: date, after: date) -> None:
    assert days(only(dates(sentence))) == (first, after)
