from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, PUBLISHED, days
from tracker.errors import UnknownDateError
from tracker.parse import resolve_phrase
from tracker.parse.types import Grain


@pytest.mark.parametrize(
    ("phrase", "first", "after"),
    [
        ("Friday", date(2025, 8, 8), date(2025, 8, 9)),
        ("by Friday", date(2025, 8, 8), date(2025, 8, 9)),
        ("in 10 days", date(2025, 8, 15), date(2025, 8, 16)),
        ("end of month", date(2025, 8, 21), date(2025, 9, 1)),
        ("next week", date(2025, 8, 11), date(2025, 8, 18)),
        ("until March", date(2026, 3, 1), date(2026, 4, 1)),
        ("tuesday", date(2025, 8, 5), date(2025, 8, 6)),
    ],
)
def test_it_resolves_a_users_phrase_as_the_future(phrase: str, first: date, after: date) -> None:
    assert days(resolve_phrase(phrase, PUBLISHED, NEW_YORK)) == (first, after)


def test_it_resolves_a_date_with_a_time_to_the_minute() -> None:
    expr = resolve_phrase("2025-08-08 17:00", PUBLISHED, NEW_YORK)
    assert expr.start_at == datetime(2025, 8, 8, 17, tzinfo=NEW_YORK)
    assert expr.has_time and expr.grain is Grain.MINUTE


def test_it_puts_a_clock_time_on_tomorrow() -> None:
    expr = resolve_phrase("tomorrow 5pm", PUBLISHED, NEW_YORK)
    assert expr.start_at == datetime(2025, 8, 6, 17, tzinfo=NEW_YORK)


def test_it_moves_a_clock_time_already_past_to_the_next_day() -> None:
    expr = resolve_phrase("9am", PUBLISHED, NEW_YORK)
    assert expr.start_at == datetime(2025, 8, 6, 9, tzinfo=NEW_YORK)


@pytest.mark.parametrize("phrase", ["gibberish", "two weeks", "", "Friday banana", "soon"])
def test_it_refuses_what_is_not_a_date(phrase: str) -> None:
    with pytest.raises(UnknownDateError):
        resolve_phrase(phrase, PUBLISHED, NEW_YORK)


@pytest.mark.parametrize(
    ("phrase", "moment"),
    [
        ("in 2 hours", datetime(2025, 8, 5, 12, 0, tzinfo=NEW_YORK)),
        ("in 30 minutes", datetime(2025, 8, 5, 10, 30, tzinfo=NEW_YORK)),
        ("within 48 hours", datetime(2025, 8, 7, 10, 0, tzinfo=NEW_YORK)),
    ],
)
def test_a_count_of_hours_typed_as_a_due_phrase_is_that_moment(
    phrase: str, moment: datetime
) -> None:
    expr = resolve_phrase(phrase, PUBLISHED, NEW_YORK)
    assert expr.has_time
    assert expr.start_at == moment
