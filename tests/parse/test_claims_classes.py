"""Classes of claim misses and false claims: participles that are adjectives, asides,
forward verbs, passive reports, designated days, preparations, zones with a country,
"between" windows and possibilities (publication: Tue 2025-08-05, 10:00 New York)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parse.conftest import NEW_YORK, PUBLISHED
from tests.parse.helpers import claims, dues
from tracker.parse import extract_claims, find_dates
from tracker.parse.tense import direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "stay"/"remain" is an adjective, not a past tense
        ("Schools will stay closed on Thursday, the city said.", [date(2025, 8, 7)]),
        ("Stock markets will remain shut on Friday for the holiday.", [date(2025, 8, 8)]),
        # a participle inside a hyphenated compound is an adjective
        (
            "The ministry said it would stop buying state-owned bonds from Sept. 15.",
            [date(2025, 9, 15)],
        ),
        # a comma-enclosed aside does not set the tense of the date after it
        (
            "The regulator said on Monday it would ban two drugs, both sold without "
            "prescription, from Sept. 1.",
            [date(2025, 9, 1)],
        ),
        (
            "The lender said it would retire its 1,000-peso notes, the ones used most in "
            "cash trades, from Sept. 30.",
            [date(2025, 9, 30)],
        ),
    ],
)
def test_a_participle_that_is_no_past_tense_leaves_the_claim(
    text: str, expected: list[date]
) -> None:
    assert dues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company said on Monday it had opened talks with lenders, aiming to close "
            "the sale by March 2026.",
            [date(2026, 3, 31)],
        ),
        (
            "Officials said the cartel is likely to extend the freeze into the second "
            "quarter of next year.",
            [date(2026, 6, 30)],
        ),
        (
            "The governor signed the bills on Monday, and the new limits take effect in 30 days.",
            [date(2025, 9, 4)],
        ),
        ("The final county tallies follow later this month.", [date(2025, 8, 31)]),
        (
            "Engineers approved the countdown on Monday, targeting 7:45 a.m. EDT on Saturday "
            "for liftoff.",
            [date(2025, 8, 9)],
        ),
    ],
)
def test_a_verb_that_looks_ahead_makes_the_date_a_claim(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


def test_later_this_period_points_ahead() -> None:
    text = "Shares slid after the results, and a fuller report comes later this year."
    at = text.index("later this year")
    assert direction(text, at, at + len("later this year")) == "future"


def test_a_passive_projection_is_a_past_report() -> None:
    assert dues("The senator was projected the winner of the primary on Saturday.") == []


def test_a_day_declared_a_holiday_lies_ahead() -> None:
    assert dues("The president declared Friday a day of national mourning.") == [date(2025, 8, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "Preparations for Thursday's summit began on Monday under tight security.",
        "Campaigning for Thursday's mayoral runoff resumed on Monday.",
    ],
)
def test_what_is_prepared_for_lies_ahead(text: str) -> None:
    assert dues(text) == [date(2025, 8, 7)]


def test_a_referendum_called_for_a_date_is_a_claim() -> None:
    text = "The prime minister has called a snap vote on the new constitution for Oct. 19."
    assert dues(text) == [date(2025, 10, 19)]


def test_a_zone_named_with_its_country_is_read() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    text = "The tender offer expires at 5 p.m. US Eastern time on Friday, the bank said."
    found = extract_claims(text, PUBLISHED, tokyo)
    assert [c.due_date for c in found] == [date(2025, 8, 9)]  # Friday 17:00 ET, Tokyo
    assert found[0].due == datetime(2025, 8, 9, 6, 0, tzinfo=tokyo)
    [expr] = find_dates("The polls close at 8 p.m. U.S. Pacific time.", PUBLISHED, NEW_YORK)
    assert expr.start_at is not None and expr.start_at.hour == 23


def test_a_window_between_two_days_is_one_claim() -> None:
    text = "The storm is expected to make landfall between Wednesday night and Thursday morning."
    found = claims(text)
    assert len(found) == 1
    assert found[0].due_date in (date(2025, 8, 6), date(2025, 8, 7))
    assert "Wednesday night and Thursday morning" in found[0].time_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said a deal could come as soon as October.", []),
        ("A ruling might be delayed until December, lawyers said.", []),
        (
            "The central bank could cut rates in September, and the board will meet on Thursday.",
            [date(2025, 8, 7)],
        ),
    ],
)
def test_a_possibility_is_not_a_claim(text: str, expected: list[date]) -> None:
    assert dues(text) == expected
