from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, Finder, days, only
from tracker.parse import find_dates
from tracker.parse.rules.holidays import easter


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5))],
)
def test_it_computes_easter(year: int, expected: date) -> None:
    assert easter(year) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bill must pass by Christmas.", date(2025, 12, 25)),
        ("Stores will open on Christmas Eve.", date(2025, 12, 24)),
        ("The party will be held on New Year's Eve.", date(2025, 12, 31)),
        ("The law takes effect on New Year's Day.", date(2026, 1, 1)),
        ("Talks will resume after Thanksgiving.", date(2025, 11, 28)),  # the day after
        ("The strike will end by Labor Day.", date(2025, 9, 1)),
        ("The pool will reopen on Memorial Day.", date(2026, 5, 25)),
        ("Fireworks will light up the sky on Independence Day.", date(2026, 7, 4)),
        ("The church will celebrate Easter.", date(2026, 4, 5)),
        ("The march will take place on Good Friday.", date(2026, 4, 3)),
        ("Voters will go to the polls on Election Day.", date(2025, 11, 4)),
        ("The film will open on Halloween.", date(2025, 10, 31)),
        ("He will propose on Valentine's Day.", date(2026, 2, 14)),
        ("The sales will start on Boxing Day.", date(2025, 12, 26)),
        ("Offices will close for Juneteenth.", date(2026, 6, 19)),
        ("The march will be held on MLK Day.", date(2026, 1, 19)),
        ("Markets will be shut on Presidents' Day.", date(2026, 2, 16)),
        ("The sale ends Christmas 2026.", date(2026, 12, 25)),
    ],
)
def test_it_resolves_a_holiday_to_its_next_occurrence(
    dates: Finder, sentence: str, expected: date
) -> None:
    assert days(only(dates(sentence)))[0] == expected


def test_it_reads_a_holiday_in_a_past_clause_as_the_latest_one(dates: Finder) -> None:
    assert days(only(dates("Sales fell sharply at Christmas, the company said.")))[0] == date(
        2024, 12, 25
    )
    assert days(only(dates("He was arrested on Memorial Day.")))[0] == date(2025, 5, 26)


def test_it_reads_before_a_holiday_as_the_day_before(dates: Finder) -> None:
    found = only(dates("Congress must act before Thanksgiving."))
    assert found.text == "before Thanksgiving"
    assert days(found) == (date(2025, 11, 26), date(2025, 11, 27))


def test_it_follows_next_and_last_before_a_holiday() -> None:
    december = datetime(2025, 12, 28, 9, 0, tzinfo=NEW_YORK)
    found = find_dates("It will be ready by next Christmas.", december, NEW_YORK)
    assert days(only(found))[0] == date(2026, 12, 25)
    found = find_dates("Last Christmas they met.", december, NEW_YORK)
    assert days(only(found))[0] == date(2025, 12, 25)


def test_it_ignores_a_lower_case_holiday_word(dates: Finder) -> None:
    assert not [e for e in dates("They bought a christmas tree.") if e.resolved]
