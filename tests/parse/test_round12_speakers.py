"""Speakers, round twelve: an attribution does not reach a scheduled event in a clause of
the writer's own (after a semicolon or a "while", in the present after a backshifted
report, or in a "before" clause with its own subject); a compound adjective opening a
sentence is no body; a plural subject's "expect", a "voted that", a "reaffirmed" and the
agent of "set by ... himself / in February" name the speaker (sentences written for these
tests)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2025, 11, 26, 10, 0, tzinfo=NEW_YORK)


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, WEDNESDAY, NEW_YORK)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the talks could collapse, but the summit remains set for Dec. 14.",
        "The league said the game was postponed; the team is next due to play at home on Saturday.",
        "Jo Kim told reporters that she wanted a smaller cabinet, and the candidates will "
        "debate again on Sunday.",
        "Prices rose 3% in October, the statistics office said on Monday, days before the "
        "central bank announces its rate decision on Dec. 4.",
        "The ministry said exports had fallen, while the trade talks resume on Monday.",
    ],
)
def test_writers_own_clause_has_no_speaker(text: str) -> None:
    assert _speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry said the bridge will reopen on Monday, and the tunnel will reopen "
            "on Friday.",
            "the ministry",
        ),
        (
            "The union said its members would strike on Monday, and it will hold a rally on "
            "Friday.",
            "the union",
        ),
        (
            "The ministry says prices are rising, and the summit will be held on Friday.",
            "the ministry",
        ),
        (
            "Foreign Secretary Jo Kim spoke in Delhi. The talks broke down on Monday, he said, "
            "and the two sides will meet again on Friday.",
            "Jo Kim",
        ),
        ("The ministry said on Monday that talks would resume on Friday.", "the ministry"),
        (
            "The agency said, before the board meets, that the crew would fly on Dec. 5.",
            "the agency",
        ),
    ],
)
def test_report_still_reaches_its_event(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp reported results on Monday. Quarantine-free flights to Berlin will start "
        "on Dec. 8, it said.",
        "Acme Corp reported results on Monday. Long-awaited upgrades will ship on Dec. 8, it "
        "added.",
        "Acme Corp reported results on Monday. Tax-free accounts will open on Dec. 8, it said.",
        "Acme Corp reported results on Monday. Battery-powered vans will ship on Dec. 8, it said.",
    ],
)
def test_compound_adjective_is_no_body(text: str) -> None:
    assert _speakers(text)[-1] == "Acme"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rolls-Royce cut its forecast on Monday. The new engines will ship from Dec. 1, it "
            "said.",
            "Rolls-Royce",
        ),
        (
            "Hewlett-Packard reported results on Monday. The printers will ship on Dec. 2, it "
            "said.",
            "Hewlett-Packard",
        ),
        (
            "Coca-Cola reported results on Monday. The new bottles will reach shops on Dec. 2, "
            "it said.",
            "Coca-Cola",
        ),
        (
            "Mercedes-Benz cut prices on Monday. The new model will go on sale on Dec. 2, it said.",
            "Mercedes-Benz",
        ),
    ],
)
def test_hyphenated_names_stay_names(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lahore police expect 200,000 worshippers at Eid prayers on Wednesday.",
            "Lahore police",
        ),
        (
            "The Sejm voted on Tuesday that the commission must deliver its report no later "
            "than June 30.",
            "the Sejm",
        ),
        (
            "Japan's government reaffirmed on Friday that it aims to balance the budget by 2027.",
            "Japan's government",
        ),
        (
            "Britain faces a deadline of Dec. 15, set by Prime Minister Jo Kim himself, to agree "
            "a deal.",
            "Jo Kim",
        ),
        (
            "Boeing faces a deadline of Dec. 28 to hand regulators a plan, a deadline set by FAA "
            "chief Mike Whitaker in February.",
            "Mike Whitaker",
        ),
        (
            "Registration opens on Dec. 7 and the exam is on Dec. 16, the Madrid regional "
            "education department said.",
            "the Madrid regional education department",
        ),
    ],
)
def test_more_ways_to_name_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Economists polled by Reuters expect the bank to cut rates on Thursday.", "economists"),
        ("Investors expect the bank to cut rates on Thursday.", "investors"),
        ("Forecasters expect the storm to hit on Friday.", "forecasters"),
        ("I expect the vote on Friday.", None),
        ("The head of their union announced that members will strike on Monday.", None),
        ("Lawmakers voted to extend the deadline to Dec. 1.", None),
    ],
)
def test_near_misses_of_new_speakers(text: str, speaker: str | None) -> None:
    assert _speakers(text)[0] == speaker


def test_set_by_reaches_only_its_own_clause() -> None:
    text = (
        "Britain faces a deadline of Dec. 15, set by Prime Minister Jo Kim himself, to agree a "
        "deal, while the transition period ends on Dec. 31 regardless."
    )
    assert _speakers(text) == ["Jo Kim", None]
