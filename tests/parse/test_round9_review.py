"""The reviewer's sentences on round 9 (commit 7c56264): the twelve misfires with the right
answer, and the sentences that came out right. Published Tue 2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims, dues


# 1. a date opening the sentence: the past verb after "of the <noun>" is the clause's verb
# 5. "who keep cattle reported": only a participle of state is the kept object's state
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, shares of the company closed at $12.40.",
        "On Sunday, the leader of the party arrived at the summit in Rome.",
        "On Thursday the price of the stock jumped by 12%.",
        "Early on Saturday, the rest of the convoy arrived at the border crossing.",
        "On Monday, demand for the bonds jumped by 5%.",
        "Farmers who keep cattle reported heavy losses on Monday.",
        "Shops that keep long hours reported record sales on Saturday.",
        "Investors who keep cash abroad moved funds on Friday.",
    ],
)
def test_past_clause_verb(text: str) -> None:
    assert dues(text) == []


# 2. a season before other words than a kind of thing ("in the fall subject to approval")
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The deal is expected to close in the fall subject to regulatory approval.",
            date(2025, 11, 30),
        ),
        ("Apple will launch the phone in the fall alongside a new watch.", date(2025, 11, 30)),
        ("The school will reopen in the spring following repairs to the roof.", date(2026, 5, 31)),
        ("Talks will resume in the autumn according to two diplomats.", date(2025, 11, 30)),
        ("The bank expects to cut rates in the autumn barring a shock.", date(2025, 11, 30)),
        ("The plant will reopen in summer pending an inspection.", date(2025, 8, 31)),
    ],
)
def test_season_before_other_words(text: str, due: date) -> None:
    assert dues(text) == [due]


def test_season_before_kind_prediction() -> None:
    found = claims("The deal is expected to close in the fall subject to regulatory approval.")
    assert [c.kind.value for c in found] == ["prediction"]


# 3. "had said ..., but <someone> did not say where": the plan stands
# 4. ", a deadline it missed last year", "a date already delayed twice": the date stands
# 8. "will no longer begin flights from Oct. 1": the planned start is dropped
# 9. "will, as analysts expect, on Thursday cut": the aside is no clause of its own
@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        (
            "The ministry had said the talks would resume on Thursday, but no venue was announced.",
            "event",
            date(2025, 8, 7),
        ),
        (
            "The ministry had said the talks would resume on Thursday, but officials did not say"
            " where.",
            "event",
            date(2025, 8, 7),
        ),
        (
            "The company had promised to pay suppliers by Aug. 29, but the union did not comment.",
            "promise",
            date(2025, 8, 29),
        ),
        (
            "Organisers had said the march would go ahead on Saturday, but police never confirmed"
            " the route.",
            None,
            date(2025, 8, 9),
        ),
        (
            "The government must submit its budget by Oct. 15, a deadline it missed last year.",
            "deadline",
            date(2025, 10, 15),
        ),
        (
            "The launch is set for Sept. 10, a date already delayed twice.",
            "event",
            date(2025, 9, 10),
        ),
        (
            "The vote will take place on Aug. 29, a date that could be pushed back if talks stall.",
            "event",
            date(2025, 8, 29),
        ),
        (
            "The company said the plant would open in 2027, a target it has never missed.",
            None,
            date(2027, 12, 31),
        ),
        (
            "The bank will, as analysts expect, on Thursday cut its key rate.",
            "prediction",
            date(2025, 8, 7),
        ),
    ],
)
def test_plan_stands(text: str, kind: str | None, due: date) -> None:
    found = claims(text)
    assert [c.due_date for c in found] == [due]
    if kind:
        assert found[0].kind.value == kind


@pytest.mark.parametrize(
    "text",
    [
        "The city will no longer take over the bus service from Sept. 1 after the deal collapsed.",
        "The airline will no longer begin flights to Lisbon starting Oct. 1, as it had announced"
        " in May.",
    ],
)
def test_planned_start_dropped(text: str) -> None:
    assert dues(text) == []


# 6. two quarters that are not next to each other are two dates, not one window
@pytest.mark.parametrize(
    "text",
    [
        "Growth will slow in the first and third quarters, the bank said.",
        "Output will recover in the first or third quarter of next year.",
    ],
)
def test_quarters_apart(text: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert all((c.when.end_at - c.when.start_at).days <= 92 for c in found)


def test_fourth_or_first_quarter_kept() -> None:
    assert dues("Sales will rebound in the fourth or first quarter.") != []


# 7. two seasons across the turn of the year: one window
@pytest.mark.parametrize(
    ("text", "start", "due"),
    [
        ("Elections are expected in the winter or spring of 2026.", None, date(2026, 5, 31)),
        (
            "In the spring or summer, the company will open two stores.",
            date(2026, 3, 1),
            date(2026, 8, 31),
        ),
    ],
)
def test_seasons_across_the_year(text: str, start: date | None, due: date) -> None:
    found = claims(text)
    assert [c.due_date for c in found] == [due]
    if start:
        assert found[0].when.start_at.date() == start


# 10. "march 2-4 p.m.": a lowercase "march" is no month before a clock range
@pytest.mark.parametrize(
    ("text", "hour", "has_range"),
    [
        ("Supporters will march 2-4 p.m. Saturday outside City Hall.", 14, True),
        ("Protesters will march 10 a.m.-2 p.m. on Saturday.", 10, True),
    ],
)
def test_march_the_verb(text: str, hour: int, has_range: bool) -> None:
    found = claims(text)
    assert [c.due_date for c in found] == [date(2025, 8, 9)]
    assert found[0].due.hour == hour
    assert ("-" in found[0].when.text) is has_range


# 11. "the 21st Century Europe will": only a known name word makes "Century" a name
def test_century_before_a_subject() -> None:
    text = "By the end of the 21st Century Europe will be far hotter than today, scientists say."
    assert dues(text) == [date(2099, 12, 31)]


# came out right: keep them right
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A $200 million bond payment came due on Friday and was not paid.", []),
        ("The loan became due in July, the lender said.", []),
        ("The next installment becomes due on Sept. 15.", [date(2025, 9, 15)]),
        ("The judge refused the defence's request to delay sentencing until October.", []),
        ("The union rejected an offer to return to work by Monday.", []),
        (
            "The judge denied the request for a delay and ordered the trial to begin on Sept. 8.",
            [date(2025, 9, 8)],
        ),
        ("Ministers said the bridge would open in October, a deadline they later scrapped.", []),
        (
            "The airline will begin flights to Lisbon on Oct. 1, a date pushed back from July.",
            [date(2025, 10, 1)],
        ),
        ("Officials had said the summit would take place on Friday, but it never did.", []),
        (
            "The airline had announced that flights would resume on Sept. 1, but few passengers"
            " have booked since.",
            [date(2025, 9, 1)],
        ),
        (
            "Residents will no longer have to pay the parking fee starting Monday, the council"
            " said.",
            [date(2025, 8, 11)],
        ),
        ("The store said it would no longer accept cash from Sept. 15.", [date(2025, 9, 15)]),
        ("CARDIFF — On Sunday, Wales will host England in the final.", [date(2025, 8, 10)]),
        ("KYIV — From Monday, residents will need permits to travel.", [date(2025, 8, 11)]),
        ("Shipments stopped arriving at the port on Thursday, the company said.", []),
        ("Residents began returning home on Monday after the floods.", []),
        ("The minister will keep the borders closed until Sept. 1.", [date(2025, 9, 1)]),
        (
            "Polls open at 7 a.m. on Thursday in a runoff for the seat held by the late mayor.",
            [date(2025, 8, 7)],
        ),
        ("The plant will open in November or December 2026.", [date(2026, 12, 31)]),
        ("The deal will close in the third or fourth quarter.", [date(2025, 12, 31)]),
        ("The firm expects a recovery in the June quarter of 2026.", [date(2026, 6, 30)]),
        ("The rollout will happen in spring or summer next year.", [date(2026, 8, 31)]),
        ("Parliament will debate the bill in the winter session.", []),
        ("Polls will be open on Nov. 4 from 7 a.m. to 8 p.m.", [date(2025, 11, 4)]),
        ("The 21st Century Fund will pay out in October.", [date(2025, 10, 31)]),
    ],
)
def test_came_out_right(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The plant will open in November or December 2026.", date(2026, 11, 1)),
        ("The firm expects a recovery in the June quarter of 2026.", date(2026, 4, 1)),
        ("The rollout will happen in spring or summer next year.", date(2026, 3, 1)),
    ],
)
def test_windows_start(text: str, start: date) -> None:
    assert [c.when.start_at.date() for c in claims(text)] == [start]


def test_clock_kept() -> None:
    assert [c.due.hour for c in claims("Polls will be open on Nov. 4 from 7 a.m. to 8 p.m.")] == [7]
    text = "Polls open at 7 a.m. on Thursday in a runoff for the seat held by the late mayor."
    assert [c.due.hour for c in claims(text)] == [7]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Paris Macron said France would recognise Palestine in September.", "Macron"),
        ("OPEC sources expect the group to raise output in October.", "OPEC"),
        ("Government sources said the budget would be presented on Sept. 10.", None),
    ],
)
def test_speakers(text: str, who: str | None) -> None:
    assert [c.speaker for c in claims(text)] == [who]
