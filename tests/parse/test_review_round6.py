"""Ordinary news sentences that rules over-fitted in round five misread (the review's
sentences and a few in the same spirit, written for these tests)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parse.helpers import at
from tracker.parse.claims import extract_claims
from tracker.parse.moves import moved_from

TZ = ZoneInfo("America/New_York")
NOW = datetime(2025, 8, 5, 10, 0, tzinfo=TZ)  # a Tuesday


def claims(text: str) -> list[tuple[date, str | None]]:
    return [(c.due_date, c.speaker) for c in extract_claims(text, NOW, TZ)]


@pytest.mark.parametrize(
    "text",
    [
        # ", the <noun> said" need not describe the sentence's subject
        "Jo Kim will be sentenced on Sept. 3, the judge said.",
        "Manchester United will sign the striker on Friday, the manager said.",
        "Prices should fall by October, the minister said.",
        "Taylor Swift's new album will be released on Oct. 3, the label said.",
        "Lionel Messi will miss the match against Orlando on Saturday, the coach said.",
    ],
)
def test_a_described_speaker_is_not_the_subject(text: str) -> None:
    found = claims(text)
    assert found and all(speaker is None for _, speaker in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "and" inside a body's name: the whole name
        (
            "The festival will open on June 20, the Academy of Motion Picture Arts and "
            "Sciences said.",
            "the Academy of Motion Picture Arts and Sciences",
        ),
        # two people: the pair, never one of them alone
        ("The summit will be held in Alaska on Aug. 15, Trump and Putin said.", "Trump and Putin"),
        # two countries as the subject, then unnamed officials: anonymous sources are no
        # speaker, and a scheduled event attributed to no one named has none (README)
        ("Britain and France will sign the treaty on Sept. 1, officials said.", None),
    ],
)
def test_and_between_names(text: str, speaker: str) -> None:
    assert [s for _, s in claims(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # an adjective before a year: the year names the bill, not a date
        ("Lawmakers vote on Thursday on the controversial 2026 spending bill.", [date(2025, 8, 7)]),
        ("The senate will debate the bipartisan 2026 farm bill on Sept. 9.", [date(2025, 9, 9)]),
        # "the year 2030" is a date
        ("In the year 2030 Britain will ban petrol cars.", [date(2030, 12, 31)]),
    ],
)
def test_a_year_after_an_adjective(text: str, dues: list[date]) -> None:
    assert [d for d, _ in claims(text)] == dues


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # an earlier word stands unless the sentence says it was overtaken
        (
            "Apple had already announced that it would hold its launch event on Sept. 9.",
            [date(2025, 9, 9)],
        ),
        (
            "The ministry had previously said the bridge would reopen on Sept. 1, and on "
            "Monday it said work was on schedule.",
            [date(2025, 9, 1)],
        ),
        ("The ministry had previously said the bridge would reopen on Sept. 1, but now ...", []),
    ],
)
def test_an_earlier_word(text: str, dues: list[date]) -> None:
    assert [d for d, _ in claims(text)] == dues


@pytest.mark.parametrize(
    "text",
    [
        # a present perfect before a plan that holds the date is no past
        "The board has taken the decision to close the plant on Sept. 30.",
        "The board has taken a decision to close the plant on Sept. 30.",
        "The council has begun a review that will end on Sept. 30.",
        "Ministers have drawn up plans to shut the mine on Sept. 30.",
    ],
)
def test_a_present_perfect_before_a_plan(text: str) -> None:
    assert [d for d, _ in claims(text)] == [date(2025, 9, 30)]


def test_a_present_perfect_is_still_the_past() -> None:
    text = "Costs, which have risen sharply this year, are a worry for the board."
    assert claims(text) == []
    assert at(text, "this year") == "past"


@pytest.mark.parametrize(
    "before",
    [
        "moved the deadline to Aug. 30 from ",
        "postponed the vote from ",
        "pushed the hearing back to Monday, from the ",
    ],
)
def test_one_pattern_for_a_date_moved_from(before: str) -> None:
    assert moved_from(before, 0, len(before))


def test_the_date_moved_from_is_no_claim() -> None:
    assert [d for d, _ in claims("The council moved the vote to Aug. 30 from Aug. 16.")] == [
        date(2025, 8, 30)
    ]


def test_a_capitalised_before_opens_a_term_that_ends_too() -> None:
    text = "Before his term ends on Tuesday, the president will sign the bill."
    assert [c.kind.value for c in extract_claims(text, NOW, TZ)] == ["deadline"]
