"""General claim rules: the date of an utterance, range starts, forecasts of scheduled
things, conditional past tenses and ultimatums (publication: Tue 2025-08-05, New York)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims, dues
from tracker.parse.types import ClaimKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer pledged on Tuesday to halve its water use by 2030.",
            [date(2030, 12, 31)],
        ),
        ("The appeals court upheld the sentence on Friday.", []),
        (
            "Election officials said Monday that the referendum will be held on Oct. 12.",
            [date(2025, 10, 12)],
        ),
        (
            "The ministry announced on Tuesday that rail fares will rise in January.",
            [date(2026, 1, 1)],
        ),
        ("The port operator confirmed Monday it had resumed loading.", []),
        (
            "A tribunal on Friday upheld a decree that gives the miner until Dec. 1 to pay.",
            [date(2025, 12, 1)],
        ),
    ],
)
def test_the_day_something_was_said_or_decided_is_not_a_claim(
    text: str, expected: list[date]
) -> None:
    assert [d.replace(day=1) if d.month == 1 else d for d in dues(text)] == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The producers agreed on Monday to trim output by 2% from Sept. 1.", date(2025, 9, 1)),
        ("A new toll applies to all lorries starting Monday.", date(2025, 8, 11)),
        ("The bakery chain will raise its prices beginning Oct. 6.", date(2025, 10, 6)),
        ("Visitors pay a fee of 5 euros as of Sept. 15.", date(2025, 9, 15)),
        ("The curfew is lifted effective Aug. 20, the mayor said.", date(2025, 8, 20)),
    ],
)
def test_the_start_of_a_range_is_a_claim(text: str, due: date) -> None:
    assert dues(text) == [due]


def test_a_range_start_in_the_past_stays_in_the_past() -> None:
    assert dues("As of Sunday, 40 people had been rescued from the flooded valley.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The agency said the state is expected to hit its borrowing cap on Thursday.",
        "The comet is expected to cut across the night sky on Thursday.",
    ],
)
def test_a_forecast_of_a_scheduled_thing_is_a_prediction(text: str) -> None:
    (claim,) = claims(text)
    assert claim.due_date == date(2025, 8, 7)
    assert claim.kind is ClaimKind.PREDICTION


def test_a_past_verb_in_a_condition_does_not_turn_a_later_date_into_the_past() -> None:
    text = (
        "The governor said a levy on imported steel would start on Sept. 2 unless the mills "
        "stopped dumping, climbing step by step to 30% in November."
    )
    assert [(d.year, d.month) for d in dues(text)] == [(2025, 9), (2025, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "Duties of 40% would take effect on Sept. 1 unless the talks produce a deal.",
        "The landlord said the tenants would be evicted on Sept. 1 if the rent was not paid.",
    ],
)
def test_a_consequence_under_a_condition_is_an_ultimatum(text: str) -> None:
    (claim,) = claims(text)
    assert claim.kind is ClaimKind.DEADLINE


def test_an_expected_turnout_at_a_scheduled_event_is_an_event() -> None:
    text = "Organisers expect thousands of cyclists to join the ride through the city on Sunday."
    (claim,) = claims(text)
    assert claim.due_date == date(2025, 8, 10)
    assert claim.kind in (ClaimKind.EVENT, ClaimKind.PREDICTION)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A verdict in the fraud trial is expected by the end of September.", ClaimKind.PREDICTION),
        (
            "The two dairies agreed on Monday to cut milk prices by 5% from Sept. 1.",
            ClaimKind.PROMISE,
        ),
        (
            "The minister said fees would rise on Sept. 1 unless the board backed down, "
            "climbing again in November.",
            ClaimKind.DEADLINE,
        ),
    ],
)
def test_kinds_of_expected_rulings_agreements_and_threats(text: str, kind: ClaimKind) -> None:
    assert {c.kind for c in claims(text)} == {kind}
