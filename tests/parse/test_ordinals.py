"""Days and weeks counted in a month, weekdays counted from today, spans of days."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.conftest import Finder, days, only


@pytest.mark.parametrize(
    ("phrase", "first", "after"),
    [
        ("the second Monday of September", date(2025, 9, 8), date(2025, 9, 9)),
        ("the last Friday of November 2026", date(2026, 11, 27), date(2026, 11, 28)),
        ("the last day of February 2028", date(2028, 2, 29), date(2028, 3, 1)),
        ("the 10th of next month", date(2025, 9, 10), date(2025, 9, 11)),
        ("the fourth of July", date(2025, 7, 4), date(2025, 7, 5)),
        ("2 Wednesdays from now", date(2025, 8, 13), date(2025, 8, 14)),
        ("Sept. 3-5", date(2025, 9, 3), date(2025, 9, 6)),
        ("from the 8th to the 10th of October", date(2025, 10, 8), date(2025, 10, 11)),
    ],
)
def test_it_counts_days_inside_a_month(
    dates: Finder, phrase: str, first: date, after: date
) -> None:
    assert days(only(dates(f"It happens {phrase}."))) == (first, after)


def test_a_bare_phrase_reads_a_weekday_as_the_next_one(dates: Finder) -> None:
    assert days(only(dates("tue")))[0] == date(2025, 8, 12)
    assert days(only(dates("next thu")))[0] == date(2025, 8, 14)


def test_a_bare_phrase_counts_whole_units(dates: Finder) -> None:
    assert days(only(dates("next 2 weeks"))) == (date(2025, 8, 11), date(2025, 8, 25))
    assert days(only(dates("last 3 days"))) == (date(2025, 8, 2), date(2025, 8, 5))


def test_the_first_before_a_noun_is_no_day_of_the_month() -> None:
    from datetime import datetime

    from tests.parse.conftest import NEW_YORK
    from tracker.parse import find_dates

    saturday = datetime(2025, 8, 9, 9, 0, tzinfo=NEW_YORK)
    found = find_dates("Leaders meet next Friday, the first summit in years.", saturday, NEW_YORK)
    assert days(only(found)) == (date(2025, 8, 15), date(2025, 8, 16))
