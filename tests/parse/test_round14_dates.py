"""Round 14, dates: a year-less date gone by only weeks ago in a clause that does not say
plainly that it lies ahead is the date just gone; a weekday said with a time in a named zone
is counted from the day it is in that zone; clock ranges on a resolved day."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims
from tracker.parse.context import ScanContext
from tracker.parse.rules.absolute import pick_year
from tracker.parse.scanner import scan

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
LONDON = ZoneInfo("Europe/London")
AUG5 = datetime(2025, 8, 5, 10, tzinfo=NY)  # a Tuesday


def days(text: str, now: datetime = AUG5) -> list[date]:
    ctx = ScanContext(text, now, now.tzinfo)  # type: ignore[arg-type]
    return [c.start_at.date() for c in scan(ctx) if c.start_at is not None]


def dues(text: str, now: datetime = AUG5) -> list[date]:
    return [c.due_date for c in extract_claims(text, now, now.tzinfo)]  # type: ignore[arg-type]


# 1. a year-less date just gone


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ryanair had said it would restart 40% of its flights on July 10.", date(2025, 7, 10)),
        (
            "With actors joining them on July 14, the stars would have been barred.",
            date(2025, 7, 14),
        ),
        ("The city had pledged to pay its contractors by July 31.", date(2025, 7, 31)),
        ("The company said it would pay the dividend on July 20.", date(2025, 7, 20)),
        ("The deal was struck days before the projected July 10 default date.", date(2025, 7, 10)),
    ],
)
def test_a_date_just_gone_in_a_loose_clause_is_this_year(text: str, day: date) -> None:
    assert day in days(text)
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The ceremony, which had been due in February, will now be held on July 25.",
            date(2026, 7, 25),
        ),
        ("Berlin's new airport will finally open on July 20, nine years late.", date(2026, 7, 20)),
        ("Negotiators then have until July 31 to agree on a trade deal.", date(2026, 7, 31)),
        ("The company said it would pay the dividend on Sept. 20.", date(2025, 9, 20)),
        ("The summit on Aug. 28 will draw 40 leaders.", date(2025, 8, 28)),
        ("The league's summer transfer window closes on July 20.", date(2026, 7, 20)),
    ],
)
def test_a_plain_future_or_a_date_ahead_keeps_its_year(text: str, due: date) -> None:
    assert dues(text) == [due]


def test_neutral_year_choice_near_the_turn_of_the_year() -> None:
    assert pick_year(date(2026, 1, 5), 12, 20, "neutral") == 2025  # "the Dec. 20 vote"
    assert pick_year(date(2025, 11, 26), 12, 1, "neutral") == 2025  # "the summit on Dec. 1"
    assert pick_year(date(2025, 12, 10), 1, 5, "neutral") == 2026  # "the Jan. 5 runoff"
    assert pick_year(date(2025, 11, 26), 2, 23, "neutral") == 2026  # "an election on Feb. 23"
    assert pick_year(date(2025, 8, 5), 7, 30, "neutral") == 2025  # "the July 30 announcement"


def test_the_jan_5_runoff_said_in_december_is_next_january() -> None:
    now = datetime(2020, 12, 10, 10, tzinfo=NY)
    assert dues("Control of the Senate will be decided in the Jan. 5 runoff.", now) == [
        date(2021, 1, 5)
    ]


# 2. a weekday with a time in a named zone


def moments(text: str, now: datetime) -> list[datetime]:
    ctx = ScanContext(text, now, now.tzinfo)  # type: ignore[arg-type]
    return [c.start_at for c in scan(ctx) if c.start_at is not None]


TOKYO_MONDAY = datetime(2025, 8, 4, 8, tzinfo=TOKYO)  # still Sunday 19:00 in New York
NY_SUNDAY = datetime(2025, 8, 3, 20, tzinfo=NY)  # already Monday 09:00 in Tokyo


@pytest.mark.parametrize(
    ("text", "now", "at"),
    [
        (
            "The vote will close at 10 p.m. Sunday New York time.",
            TOKYO_MONDAY,
            datetime(2025, 8, 4, 11, tzinfo=TOKYO),
        ),
        (
            "The vote will close at 10 p.m. on Sunday, New York time.",
            TOKYO_MONDAY,
            datetime(2025, 8, 4, 11, tzinfo=TOKYO),
        ),
        (
            "The vote will close at 10 p.m. ET on Sunday.",
            TOKYO_MONDAY,
            datetime(2025, 8, 4, 11, tzinfo=TOKYO),
        ),
        (
            "Trading will halt at 11 p.m. Sunday Tokyo time.",
            NY_SUNDAY,
            datetime(2025, 8, 10, 10, tzinfo=NY),
        ),
        (
            "Trading will resume at 9 a.m. Monday Tokyo time.",
            NY_SUNDAY,
            datetime(2025, 8, 3, 20, tzinfo=NY),
        ),
    ],
)
def test_the_weekday_is_counted_in_the_named_zone(text: str, now: datetime, at: datetime) -> None:
    assert moments(text, now) == [at]


@pytest.mark.parametrize(
    ("text", "now", "at"),
    [
        ("The talks will resume at 9 a.m. Monday.", NY_SUNDAY, datetime(2025, 8, 4, 9, tzinfo=NY)),
        (
            "The vote will close at 10 p.m. Sunday Tokyo time.",
            TOKYO_MONDAY,
            datetime(2025, 8, 10, 22, tzinfo=TOKYO),
        ),
        (
            "Trading will resume at 9 a.m. Tuesday Tokyo time.",
            NY_SUNDAY,
            datetime(2025, 8, 4, 20, tzinfo=NY),
        ),
        (
            "The market will open at 9 a.m. Monday London time.",
            datetime(2025, 8, 3, 20, tzinfo=NY),
            datetime(2025, 8, 4, 4, tzinfo=NY),
        ),
        (
            "The vote closes at 10 p.m. Sunday New York time.",
            datetime(2025, 8, 3, 9, tzinfo=TOKYO),
            datetime(2025, 8, 4, 11, tzinfo=TOKYO),
        ),
    ],
)
def test_zones_on_the_same_day_or_no_zone_keep_the_passage_day(
    text: str, now: datetime, at: datetime
) -> None:
    assert moments(text, now) == [at]


# 3. clock ranges on a resolved day


WEDNESDAY = datetime(2025, 11, 26, 10, tzinfo=NY)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "Voters will cast ballots between 11 a.m. and noon on Thursday.",
            datetime(2025, 11, 27, 11, tzinfo=NY),
        ),
        (
            "The road will be closed from 3am until 11am on Saturday.",
            datetime(2025, 11, 29, 3, tzinfo=NY),
        ),
        (
            "The road will be closed from 11pm until midnight on Saturday.",
            datetime(2025, 11, 29, 23, tzinfo=NY),
        ),
        (
            "The site will be shut from noon until 3pm on Friday.",
            datetime(2025, 11, 28, 12, tzinfo=NY),
        ),
    ],
)
def test_a_clock_range_on_a_weekday_is_one_claim(text: str, at: datetime) -> None:
    assert [c.due for c in extract_claims(text, WEDNESDAY, NY)] == [at]
