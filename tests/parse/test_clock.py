from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.parse.conftest import NEW_YORK, Finder, only
from tracker.parse import find_dates
from tracker.parse.types import Grain


def test_it_reads_5_pm_as_an_hour_today(dates: Finder) -> None:
    expr = only(dates("The vote closes at 5 p.m."))
    assert expr.has_time and expr.grain is Grain.HOUR
    assert expr.start_at == datetime(2025, 8, 5, 17, tzinfo=NEW_YORK)


def test_it_puts_noon_on_the_weekday_beside_it(dates: Finder) -> None:
    expr = only(dates("The deadline is noon Saturday."))
    assert expr.text == "noon Saturday"
    assert expr.start_at == datetime(2025, 8, 9, 12, tzinfo=NEW_YORK)


def test_it_converts_a_stated_zone_into_the_articles_zone(dates: Finder) -> None:
    expr = only(dates("Trading halts at 09:00 GMT."))
    assert expr.start_at == datetime(2025, 8, 5, 9, tzinfo=ZoneInfo("UTC"))
    assert expr.start_at.tzinfo == NEW_YORK
    assert expr.grain is Grain.MINUTE


def test_it_reads_5_pm_et_in_new_york_time_from_a_london_article(dates: Finder) -> None:
    expr = only(dates("Bids are due Friday at 5:30 p.m. ET."))
    assert expr.start_at == datetime(2025, 8, 8, 17, 30, tzinfo=NEW_YORK)
    assert expr.end_at == expr.start_at + timedelta(minutes=1)


def test_it_reads_by_midnight_as_the_end_of_the_day(dates: Finder) -> None:
    expr = only(dates("They must leave by midnight."))
    assert expr.start_at == datetime(2025, 8, 5, 23, 59, tzinfo=NEW_YORK)


def test_it_reads_clock_times_in_words_and_fractions(dates: Finder) -> None:
    assert only(dates("Doors open at quarter past seven pm.")).start_at == datetime(
        2025, 8, 5, 19, 15, tzinfo=NEW_YORK
    )
    assert only(dates("The vote is at ten forty-five am.")).start_at == datetime(
        2025, 8, 5, 10, 45, tzinfo=NEW_YORK
    )
    assert only(dates("The bus leaves at 18h20.")).start_at == datetime(
        2025, 8, 5, 18, 20, tzinfo=NEW_YORK
    )


def test_it_reads_a_range_of_clock_times(dates: Finder) -> None:
    expr = only(dates("The office is open 2-5pm on weekdays."))
    assert expr.start_at == datetime(2025, 8, 5, 14, tzinfo=NEW_YORK)
    assert expr.end_at == datetime(2025, 8, 5, 18, tzinfo=NEW_YORK)


def test_a_bare_clock_time_already_gone_is_tomorrows(dates: Finder) -> None:
    assert only(dates("8am")).start_at == datetime(2025, 8, 6, 8, tzinfo=NEW_YORK)


JERUSALEM = ZoneInfo("Asia/Jerusalem")
FRIDAY_JERUSALEM = datetime(2025, 10, 3, 10, 0, tzinfo=JERUSALEM)


def test_it_joins_a_city_time_zone_and_a_weekday() -> None:
    text = "Hamas has until 6 p.m. Washington time on Sunday to agree, Trump said."
    found = only(find_dates(text, FRIDAY_JERUSALEM, JERUSALEM))
    assert found.text == "6 p.m. Washington time on Sunday"
    assert found.start_at == datetime(2025, 10, 5, 18, 0, tzinfo=ZoneInfo("America/New_York"))
    assert found.start_at is not None
    assert found.start_at.astimezone(JERUSALEM).replace(tzinfo=None) == datetime(2025, 10, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote ends at 11 p.m. London time on Friday.", datetime(2025, 10, 4, 1, 0)),
        ("The market opens at 9:30 a.m. ET on Monday.", datetime(2025, 10, 6, 16, 30)),
        ("Talks resume at noon GMT on Oct. 7.", datetime(2025, 10, 7, 15, 0)),
        ("The polls close at 8 p.m. local time on Sunday.", datetime(2025, 10, 5, 20, 0)),
    ],
)
def test_it_reads_zones_joined_to_a_date(text: str, expected: datetime) -> None:
    found = only(find_dates(text, FRIDAY_JERUSALEM, JERUSALEM))
    assert found.start_at is not None
    assert found.start_at.astimezone(JERUSALEM).replace(tzinfo=None) == expected
