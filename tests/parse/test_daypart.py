"""Parts of the day and clock times joined to them."""

from __future__ import annotations

from datetime import date, datetime

from tests.parse.conftest import NEW_YORK, Finder, days, only
from tracker.parse import extract_claims


def test_a_part_of_a_day_in_running_text_names_its_day(dates: Finder) -> None:
    expr = only(dates("The rebels attacked the town on Sunday night, officials said."))
    assert days(expr) == (date(2025, 8, 3), date(2025, 8, 4))


def test_a_bare_part_of_the_day_names_its_hours(dates: Finder) -> None:
    expr = only(dates("tomorrow evening"))
    assert expr.start_at == datetime(2025, 8, 6, 18, tzinfo=NEW_YORK)
    assert expr.end_at == datetime(2025, 8, 7, 0, tzinfo=NEW_YORK)


def test_an_hour_in_the_evening_is_after_noon(dates: Finder) -> None:
    assert only(dates("at 7 tonight")).start_at == datetime(2025, 8, 5, 19, tzinfo=NEW_YORK)


def test_a_bare_hour_without_a_date_is_left_out_of_running_text(dates: Finder) -> None:
    assert not [e for e in dates("The shares closed at 3 on heavy trading volume.") if e.resolved]


def test_an_event_tonight_comes_due_in_the_evening_not_at_the_morning_event_hour() -> None:
    published = datetime(2025, 8, 5, 8, 0, tzinfo=NEW_YORK)
    found = extract_claims(
        "The president will address the nation tonight. Talks resume tomorrow afternoon. "
        "The minister will land this morning.",
        published,
        NEW_YORK,
    )
    assert [(c.when.text, c.due.hour) for c in found] == [
        ("tonight", 18),
        ("tomorrow afternoon", 12),
        ("this morning", 9),
    ]


def test_tonight_is_explained_once(dates: Finder) -> None:
    assert only(dates("The vote is tonight.")).note == "tonight"
