from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, Finder, days, only
from tracker.parse import find_dates


def day_of(expr_text: str, sentence: str, dates: Finder) -> date:
    found = [e for e in dates(sentence) if e.text.endswith(expr_text)]
    assert len(found) == 1, found
    return days(found[0])[0]


def test_it_reads_by_friday_as_the_coming_friday(dates: Finder) -> None:
    assert day_of("Friday", "Russia must agree by Friday.", dates) == date(2025, 8, 8)


def test_it_reads_set_to_meet_on_wednesday_as_tomorrow(dates: Finder) -> None:
    sentence = "Witkoff is set to meet Putin on Wednesday."
    assert day_of("Wednesday", sentence, dates) == date(2025, 8, 6)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He expressed appreciation for talks on Tuesday.", date(2025, 8, 5)),
        ("The minister said Monday that prices rose.", date(2025, 8, 4)),
        ("The two leaders met on Sunday.", date(2025, 8, 3)),
    ],
)
def test_it_reads_a_weekday_in_a_past_clause_as_the_latest_one(
    dates: Finder, sentence: str, expected: date
) -> None:
    assert days(only(dates(sentence)))[0] == expected


def test_it_reads_by_friday_on_a_friday_as_that_same_day() -> None:
    friday = datetime(2025, 8, 8, 9, 0, tzinfo=NEW_YORK)
    found = find_dates("They must answer by Friday.", friday, NEW_YORK)
    assert days(only(found))[0] == date(2025, 8, 8)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("last Friday", date(2025, 8, 1)), ("this Friday", date(2025, 8, 8))],
)
def test_it_follows_last_and_this_before_a_weekday(
    dates: Finder, phrase: str, expected: date
) -> None:
    assert days(only(dates(f"It happens {phrase}.")))[0] == expected


def test_it_reads_next_tuesday_on_a_tuesday_as_a_week_later(dates: Finder) -> None:
    assert days(only(dates("They will vote next Tuesday.")))[0] == date(2025, 8, 12)


def test_it_joins_a_weekday_to_the_date_that_follows(dates: Finder) -> None:
    expr = only(dates("The summit opens Friday, Aug. 15."))
    assert expr.text == "Friday, Aug. 15"
    assert days(expr)[0] == date(2025, 8, 15)


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch will happen at about 6:04 p.m. on Wednesday, officials said.",
        "Polls will close at 2 p.m. on Wednesday.",
        "The count is due to start at 7 a.m. on Wednesday, the commission said.",
    ],
)
def test_a_weekday_with_a_time_takes_the_tense_of_the_weekday_alone(sentence: str) -> None:
    monday = datetime(2023, 8, 21, 10, 0, tzinfo=NEW_YORK)
    found = only(find_dates(sentence, monday, NEW_YORK))
    assert found.start_at is not None and found.start_at.date() == date(2023, 8, 23)


def test_a_time_and_weekday_after_until_look_ahead() -> None:
    monday = datetime(2023, 8, 21, 10, 0, tzinfo=NEW_YORK)
    found = only(find_dates("They have until 12:20 a.m. on Saturday, he said.", monday, NEW_YORK))
    assert found.start_at == datetime(2023, 8, 26, 0, 20, tzinfo=NEW_YORK)


def test_a_time_and_weekday_in_a_past_clause_stay_in_the_past() -> None:
    monday = datetime(2023, 8, 21, 10, 0, tzinfo=NEW_YORK)
    found = only(find_dates("The attack happened at 6 p.m. on Saturday.", monday, NEW_YORK))
    assert found.start_at is not None and found.start_at.date() == date(2023, 8, 19)
