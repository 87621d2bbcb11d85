"""Round 13, dates: spans of named months ("the January-to-March quarter"), a zone named by a
city after the date ("on Saturday, Osaka time"), and a daily time "starting on" a day."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.context import ScanContext
from tracker.parse.scanner import scan

NY = ZoneInfo("America/New_York")
NOW = datetime(2025, 11, 3, 10, tzinfo=NY)  # a Monday


def found(text: str, now: datetime = NOW) -> list[tuple[str, date, date]]:
    """Each date found in running text: its words, first and last day."""
    ctx = ScanContext(text, now, now.tzinfo)  # type: ignore[arg-type]
    return [
        (text[c.start : c.end], c.start_at.date(), (c.end_at - timedelta(microseconds=1)).date())
        for c in scan(ctx)
        if c.start_at is not None and c.end_at is not None
    ]


def moments(text: str, now: datetime = NOW) -> list[datetime]:
    ctx = ScanContext(text, now, now.tzinfo)  # type: ignore[arg-type]
    return [c.start_at for c in scan(ctx) if c.start_at is not None]


# 1. a span of named months


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "The retailer expects sales to rise in the January-to-March quarter.",
            date(2026, 1, 1),
            date(2026, 3, 31),
        ),
        (
            "Profit will fall in the October-December quarter, it said.",
            date(2025, 10, 1),
            date(2025, 12, 31),
        ),
        (
            "Exports should recover in the April–June period, the ministry said.",
            date(2026, 4, 1),
            date(2026, 6, 30),
        ),
        (
            "Demand peaks in the December-February period of 2026.",
            date(2025, 12, 1),
            date(2026, 2, 28),
        ),
        # just ended: still the one meant, even in a future clause
        (
            "It will report results for the July-September quarter next week.",
            date(2025, 7, 1),
            date(2025, 9, 30),
        ),
    ],
)
def test_a_span_of_named_months_is_one_window(text: str, first: date, last: date) -> None:
    spans = [(a, b) for words, a, b in found(text) if "quarter" in words or "period" in words]
    assert spans == [(first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "The band plays a January-March tour across Europe.",
        "Rebels gave the army six months to march on the capital.",
        "The festival runs from May to September every year.",
        "Officials said the May-to-September season was the busiest on record.",
        "She has three months to decide whether to run.",
    ],
)
def test_months_without_a_reporting_period_are_no_span(text: str) -> None:
    words = [w for w, _, _ in found(text)]
    assert not [w for w in words if re.search(r"quarter|season|tour|march|months to", w, re.I)]


# 2. a zone named by a city after the date: the local date may move


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        (
            "The leaders will meet at 11:30 a.m. on Saturday, Osaka time.",
            datetime(2025, 11, 7, 21, 30, tzinfo=NY),
        ),
        (
            "The ceremony starts at 9 a.m. on Friday, Kyoto time.",
            datetime(2025, 11, 6, 19, 0, tzinfo=NY),
        ),
        (
            "Voting closes at 8 p.m. on Wednesday, Busan time.",
            datetime(2025, 11, 5, 6, 0, tzinfo=NY),
        ),
        (
            "The talks open at 10 a.m. Osaka time on Thursday.",
            datetime(2025, 11, 5, 20, 0, tzinfo=NY),
        ),
    ],
)
def test_a_city_zone_converts_the_time(text: str, moment: datetime) -> None:
    assert moments(text) == [moment]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders will meet in Osaka at 11:30 a.m. on Saturday.",
        "Osaka time trials will be held at 9 a.m. on Friday.",
        "The match starts at 7 p.m. on Saturday, a good time for Osaka fans.",
        "He flies to Osaka at 6 p.m. on Tuesday.",
    ],
)
def test_a_city_not_naming_a_clock_keeps_the_local_time(text: str) -> None:
    assert all(m.tzinfo == NY and m.utcoffset() == NOW.utcoffset() for m in moments(text))
    assert all(m.hour in (6, 9, 11, 18, 19) or m.hour == 0 for m in moments(text))


# 3. a daily time "starting on" a day: its first occurrence is on that day


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        (
            "A curfew will run from 10 p.m. to 4 a.m. local time starting on Tuesday.",
            datetime(2025, 11, 4, 22, tzinfo=NY),
        ),
        (
            "Shops will have to close at 6 p.m. starting Thursday, the minister said.",
            datetime(2025, 11, 6, 18, tzinfo=NY),
        ),
        (
            "The bridge will be shut from 9 p.m. to 5 a.m. beginning Wednesday.",
            datetime(2025, 11, 5, 21, tzinfo=NY),
        ),
        (
            "Bars must stop serving at 11 p.m. beginning on Sunday.",
            datetime(2025, 11, 9, 23, tzinfo=NY),
        ),
    ],
)
def test_a_time_starting_on_a_day_is_put_on_that_day(text: str, moment: datetime) -> None:
    assert moments(text)[0] == moment


@pytest.mark.parametrize(
    "text",
    [
        "The rally ended at 6 p.m., starting a week of protests on Monday.",
        "Police arrived at 6 p.m. starting a search that lasted until Monday.",
        "Markets open at 9 a.m. starting with Asia on Monday.",
        "The shelter opened at 7 p.m., beginning Monday's relief effort.",
    ],
)
def test_starting_something_else_leaves_the_time_alone(text: str) -> None:
    assert moments(text)[0].date() == NOW.date()
