"""Round 12: dates naming done things, dropped targets, counterfactuals, a clause of its own
after ", and", threats with a cut-off in their condition, calendar facts and weekly habits,
timetables that take place, and a moment said twice."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims

NY = ZoneInfo("America/New_York")
NOW = datetime(2025, 11, 26, 10, tzinfo=NY)  # a Wednesday


def dues(text: str) -> list[date]:
    return [c.due_date for c in extract_claims(text, NOW, NY)]


# 1-2. a date that names a thing already done is not rolled forward


@pytest.mark.parametrize(
    "text",
    [
        "A federal appeals court will review the Nov. 5 decision by a lower court.",
        "The club will appeal Friday's ruling by the football federation.",
        "The council said it would challenge Monday's verdict in the higher court.",
        "Lawyers will ask the court to overturn the Oct. 14 injunction.",
        "The Oct. 31 deadline for bids passed with only two offers.",
        "Activists urged Congress to act after the school shooting in October.",
        "The party's leader told Monday's Financial Times that taxes would have to rise.",
        "Friday's October jobs report showed employers added 150,000 workers.",
    ],
)
def test_a_date_naming_a_done_thing_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The court will hand down its decision on Dec. 15.", date(2025, 12, 15)),
        ("Lawyers are preparing ahead of the Dec. 15 decision.", date(2025, 12, 15)),
        ("Fans gathered ahead of Friday's ruling by the federation.", date(2025, 11, 28)),
        ("Friday's hearing will decide whether the ban stands.", date(2025, 11, 28)),
        ("Friday's vote will decide the leadership.", date(2025, 11, 28)),
        ("The Dec. 31 deadline for bids will not be extended.", date(2025, 12, 31)),
        ("The December deadline for the deal is fast approaching.", date(2025, 12, 31)),
        ("Police will step up patrols after the parade in December.", date(2025, 12, 31)),
    ],
)
def test_a_done_thing_near_miss_stays_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


# 3. a target that was given up


@pytest.mark.parametrize(
    "text",
    [
        "The brewer dropped its target of carbon neutrality by 2030, which it set in 2020.",
        "Continental has dropped its plan to shut the plant by the end of 2027.",
        "The airline ditched its goal of flying 100 jets by 2028.",
        "The government has shelved its pledge to balance the budget by 2027.",
    ],
)
def test_a_dropped_target_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The brewer dropped its appeal and will pay the fine by Dec. 30.", date(2025, 12, 30)),
        (
            "Shares dropped 5% as the firm said it would hit its target by 2030.",
            date(2030, 12, 31),
        ),
        (
            "The firm dropped its old plan and will instead close the plant by 2027.",
            date(2027, 12, 31),
        ),
        ("Sales dropped, but the company still aims to break even by 2027.", date(2027, 12, 31)),
    ],
)
def test_a_dropped_near_miss_stays_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


# 4. a condition contrary to fact, a possibility "as early as"


@pytest.mark.parametrize(
    "text",
    [
        "If a federal election were held next Sunday, the conservatives would win 30%.",
        "If the vote were held on Sunday, the ruling party would lose its majority.",
        "If talks fail, workers could walk off the job as early as Monday.",
        "The central bank might cut rates as soon as December, economists said.",
    ],
)
def test_a_counterfactual_or_possibility_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("If the bill is approved, the law takes effect on Jan. 1.", date(2026, 1, 1)),
        ("The union said it would strike on Monday if talks fail.", date(2025, 12, 1)),
        ("Workers will walk off the job as early as Monday, the union said.", date(2025, 12, 1)),
        ("The election will be held on Sunday, officials said.", date(2025, 11, 30)),
    ],
)
def test_a_condition_near_miss_stays_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


# 5. a date that opens a clause of its own after ", and"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Fifty years ago, Apollo 11 lifted off from Florida, and on Saturday crowds will "
            "gather in Houston.",
            date(2025, 11, 29),
        ),
        (
            "Talks resumed on Monday, and on Friday the two sides will sign the deal.",
            date(2025, 11, 28),
        ),
        (
            "The firm reported a loss, and on Friday its chief executive will meet investors.",
            date(2025, 11, 28),
        ),
        (
            "Kane scored twice in Saturday's win, and Bayern travel to Munster on Tuesday.",
            date(2025, 12, 2),
        ),
    ],
)
def test_a_clause_of_its_own_after_and_keeps_its_date(text: str, due: date) -> None:
    assert due in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team lost on Sunday, and on Saturday it faced Leeds.",
        "Prices rose in October, and on Monday the bank raised rates.",
        "The court met on Monday, and on Tuesday it rejected the appeal.",
        "The firm said on Monday it had sold the unit, and shares fell.",
    ],
)
def test_a_past_clause_after_and_stays_past(text: str) -> None:
    assert dues(text) == []


# 6. a threat whose condition holds the cut-off


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Games will be cancelled if no labour deal is reached by 5 p.m. on Monday.",
            date(2025, 12, 1),
        ),
        ("Games will be cancelled unless a deal is reached by Friday.", date(2025, 11, 28)),
        ("The flights would be scrapped if no pilots are found by Dec. 5.", date(2025, 12, 5)),
        (
            "The tournament could be called off unless funding arrives by Friday.",
            date(2025, 11, 28),
        ),
    ],
)
def test_a_threat_with_a_cutoff_in_its_condition_is_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summit, which had been cancelled, was due on Friday.",
        "The concert was cancelled after the singer fell ill on Friday.",
        "The race, which was to be cancelled if it rained on Sunday, went ahead.",
        "Flights that had been cancelled if the storm hit on Friday were restored.",
    ],
)
def test_a_cancelled_plan_near_miss_is_no_claim(text: str) -> None:
    assert dues(text) == []


# 7. calendar facts and weekly habits


@pytest.mark.parametrize(
    "text",
    [
        "Returns are due a day late because Dec. 7 falls on a Sunday.",
        "The exchange opens at 9:30 a.m. and closes at 4 p.m. on weekdays.",
        "The museum opens at noon on Sundays.",
        "The market closes at 1 p.m. on Saturdays.",
    ],
)
def test_a_calendar_fact_or_weekly_habit_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The holiday falls on a Monday, so banks will close on Dec. 8.", date(2025, 12, 8)),
        ("The exchange will close at 1 p.m. on Friday.", date(2025, 11, 28)),
        ("The store will open on Sunday for the first time.", date(2025, 11, 30)),
        ("The museum reopens on Sunday after a two-year refit.", date(2025, 11, 30)),
    ],
)
def test_a_calendar_near_miss_stays_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


# 8. "takes place" and plural timetable verbs


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Their only televised debate takes place on Dec. 4.", date(2025, 12, 4)),
        ("The final takes place on Sunday in Berlin.", date(2025, 11, 30)),
        ("The Twins play Boston on Tuesday.", date(2025, 12, 2)),
        ("Leaders host a summit on Dec. 3 in Rome.", date(2025, 12, 3)),
    ],
)
def test_a_timetable_taking_place_is_a_claim(text: str, due: date) -> None:
    assert due in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The debate took place on Monday.",
        "The final usually takes place on a Sunday in May, and this year it was on Saturday.",
        "The Twins played Boston on Tuesday.",
        "Leaders hosted a summit on Monday in Rome.",
    ],
)
def test_a_timetable_near_miss_is_no_claim(text: str) -> None:
    assert dues(text) == []


# 9. one moment said twice


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The keynote starts at 10 a.m. PT on Monday, which is 3 a.m. Tuesday in Sydney.", 1),
        ("Voting ends at 8 p.m. on Friday, which is 1 a.m. Saturday in London.", 1),
        (
            "Leaders will call a vote on Dec. 16, paving the way for an election on Feb. 23. "
            "Party leaders agreed that the Feb. 23 election gives enough time.",
            2,
        ),
        ("The launch is set for 11 p.m. on Sunday, that is 4 a.m. Monday GMT.", 1),
    ],
)
def test_a_moment_said_twice_counts_once(text: str, count: int) -> None:
    assert len(dues(text)) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The keynote starts at 10 a.m. on Monday, and ends at 2 p.m. on Tuesday.", 2),
        ("The vote will be held on Feb. 23. Separately, the firm pays a dividend on Feb. 24.", 2),
        ("Polls open at 7 a.m. on Monday, which is a holiday, and close at 8 p.m. Tuesday.", 2),
        ("The hearing is on Monday at 10 a.m. and the verdict on Thursday at noon.", 2),
    ],
)
def test_two_moments_stay_two(text: str, count: int) -> None:
    assert len(dues(text)) == count


# what a plan or a deal lays down looks ahead: "calls for"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plan calls for the plant to close in December.", date(2025, 12, 31)),
        ("The agreement calls for a ceasefire to begin on Friday.", date(2025, 11, 28)),
        (
            "The deal, agreed during a long call, calls for output cuts in December.",
            date(2025, 12, 31),
        ),
        ("The budget calls for a new tax from Jan. 1.", date(2026, 1, 1)),
    ],
)
def test_calls_for_looks_ahead(text: str, due: date) -> None:
    assert due in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "He called for calm on Monday.",
        "The union called for restraint on Tuesday after the clashes.",
        "The plan, which called for cuts in October, failed.",
        "Protesters called for his resignation on Monday.",
    ],
)
def test_called_for_near_miss_is_no_claim(text: str) -> None:
    assert dues(text) == []
