"""Round 11: called-off plans in an aside, stops from a date, present-tense timetables,
a day narrowed inside a period, and offsets counted from a date."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims

NY = ZoneInfo("America/New_York")
NOW = datetime(2025, 11, 26, 10, tzinfo=NY)  # a Wednesday


def dues(text: str) -> list[date]:
    return [c.due_date for c in extract_claims(text, NOW, NY)]


# 1. a plan in a reduced relative that the main clause calls off


@pytest.mark.parametrize(
    "text",
    [
        "The strike, set to begin on Thursday, was suspended after the union accepted a new offer.",
        "The vote, scheduled for Dec. 3, was called off on Tuesday.",
        "The walkout, due on Friday, was averted after last-minute talks.",
        "The summit, planned for Dec. 10, has been postponed.",
        "The bill, set to be debated on Monday, was withdrawn by the government.",
        "The launch, scheduled for Dec. 3, was delayed by a week.",
        "The concert, which is due to take place on Saturday, has been cancelled.",
        "The strike, set to begin on Thursday, was called off, the union said.",
    ],
)
def test_a_plan_in_an_aside_then_called_off_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The strike, set to begin on Thursday, was confirmed by the union.", [date(2025, 11, 27)]),
        ("The strike, suspended last month, will resume on Thursday.", [date(2025, 11, 27)]),
        (
            "The strike, set to begin on Thursday, will go ahead, the union said.",
            [date(2025, 11, 27)],
        ),
        ("The match, scheduled for Saturday, was moved indoors.", [date(2025, 11, 29)]),
        (
            "The talks, set to resume on Monday, were delayed last month by a dispute.",
            [date(2025, 12, 1)],
        ),
        ("The vote, scheduled for Dec. 3, was postponed to Dec. 10.", [date(2025, 12, 10)]),
    ],
)
def test_a_plan_in_an_aside_that_stands_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 2. "will no longer <verb> from <date>": a planned action dropped, or a change taking effect


@pytest.mark.parametrize(
    "text",
    [
        "Rail workers will no longer strike from Thursday after the union accepted the offer.",
        "Doctors will no longer walk out from Monday after the government improved its offer.",
        "The protest will no longer go ahead from Friday, organisers said.",
        "Nurses will no longer stage walkouts from Dec. 3 after the deal.",
    ],
)
def test_a_planned_action_no_longer_from_a_date_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Shops will no longer hand out free plastic bags from Monday.", [date(2025, 12, 1)]),
        ("The bank will no longer charge fees for transfers from Dec. 1.", [date(2025, 12, 1)]),
        ("The airline will no longer fly to Moscow from Monday.", [date(2025, 12, 1)]),
        ("Pupils will no longer have to wear masks from Monday.", [date(2025, 12, 1)]),
    ],
)
def test_a_change_taking_effect_from_a_date_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 3. the simple present of a timetable


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Polls close at 8 p.m. on Tuesday, election officials said.", [date(2025, 12, 2)]),
        (
            "Applications open on Monday and close on Dec. 15, the agency said.",
            [date(2025, 12, 1), date(2025, 12, 15)],
        ),
        ("Officials said polls close at 8 p.m. on Tuesday.", [date(2025, 12, 2)]),
        ("Ticket sales open on Monday, the club said.", [date(2025, 12, 1)]),
        ("Flights to Moscow resume on Dec. 12, the airline said.", [date(2025, 12, 12)]),
        ("The film premieres in London on Dec. 5.", [date(2025, 12, 5)]),
        ("New rules take effect on Dec. 1, regulators said.", [date(2025, 12, 1)]),
    ],
)
def test_a_present_timetable_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "Markets close at 4 p.m. every day.",
        "Shares closed at $12.40 on Monday.",
        "The store opened on Monday.",
        "Polls closed at 8 p.m. on Tuesday.",
        "Stores usually open at 9 a.m. on Saturday.",
        "The bank usually meets on Thursday.",
        "Stocks got off to a strong start on Monday.",
        "Shares rose 2% at the close on Friday.",
    ],
)
def test_a_past_habit_or_noun_is_no_timetable(text: str) -> None:
    assert dues(text) == []


# 4. a weekday or day of the month in apposition to a period: that day in it


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The committee will meet next week, on Thursday, to vote on the bill.",
            [date(2025, 12, 4)],
        ),
        ("The court will rule next month, on the 12th.", [date(2025, 12, 12)]),
        ("The results will be published in March, on the 3rd.", [date(2026, 3, 3)]),
        ("Ministers will gather next week, on Monday, in Brussels.", [date(2025, 12, 1)]),
    ],
)
def test_a_day_inside_the_period_named_before(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The committee met last week, on Thursday, to vote on the bill.", []),
        (
            "The committee will meet next week, and on Thursday the board will vote.",
            [date(2025, 12, 7), date(2025, 11, 27)],
        ),
        ("The committee met in March, on the 3rd, to vote.", []),
        (
            "The plan will be ready next month; on Friday the board votes.",
            [date(2025, 12, 31), date(2025, 11, 28)],
        ),
    ],
)
def test_a_period_and_a_day_in_two_statements_stay_apart(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 5. a number of days before or after a date: counted from that date


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Voters will return to the polls two days before the Dec. 8 runoff.", [date(2025, 12, 6)]),
        ("The shop will reopen three days after Christmas.", [date(2025, 12, 28)]),
        ("The ministers will meet the day before the Dec. 10 summit.", [date(2025, 12, 9)]),
        ("Fans will gather a week before the Dec. 20 final.", [date(2025, 12, 13)]),
        ("Markets will reopen the day after Christmas.", [date(2025, 12, 26)]),
        ("The vote will be held three days after the election on Dec. 8.", [date(2025, 12, 11)]),
    ],
)
def test_an_offset_is_counted_from_the_date(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Two days before the Dec. 8 runoff, officials said the count was ready.", []),
        (
            "Voters will go to the runoff on Dec. 8, two days before the holiday.",
            [date(2025, 12, 8)],
        ),
        ("The strike will start the day after tomorrow.", [date(2025, 11, 28)]),
        ("Officials will count ballots for three days after the vote.", []),
        ("Rain is likely to arrive on Sunday, the day before the parade.", [date(2025, 11, 30)]),
    ],
)
def test_an_offset_without_a_date_after_it_changes_nothing(text: str, due: list[date]) -> None:
    assert dues(text) == due
