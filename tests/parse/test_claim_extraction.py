from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK, PUBLISHED
from tracker.parse import extract_claims
from tracker.parse.types import ClaimDraft, ClaimKind


def claims(text: str) -> list[ClaimDraft]:
    return extract_claims(text, PUBLISHED, NEW_YORK)


def test_it_finds_exactly_the_two_claims_of_the_seed_article(seed_text: str) -> None:
    found = claims(seed_text)
    assert [(c.due_date, c.kind) for c in found] == [
        (date(2025, 8, 8), ClaimKind.DEADLINE),
        (date(2025, 8, 6), ClaimKind.EVENT),
    ]


def test_it_attributes_the_seed_deadline_to_trump_with_its_consequence(seed_text: str) -> None:
    deadline = claims(seed_text)[0]
    assert deadline.speaker == "Donald Trump"
    assert deadline.when.text == "Friday"
    assert deadline.consequence is not None and "significant sanctions" in deadline.consequence
    assert deadline.due == datetime(2025, 8, 8, 23, 59, 59, tzinfo=NEW_YORK)


def test_it_schedules_the_seed_meeting_at_the_event_hour(seed_text: str) -> None:
    meeting = extract_claims(seed_text, PUBLISHED, NEW_YORK, event_hour=11)[1]
    assert meeting.speaker in (None, "Steve Witkoff")
    assert meeting.due == datetime(2025, 8, 6, 11, tzinfo=NEW_YORK)


def test_it_gives_claim_offsets_that_slice_the_text(seed_text: str) -> None:
    for claim in claims(seed_text):
        assert seed_text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.confidence <= 1.0


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The ministry promised to pay pensions by September 1.", ClaimKind.PROMISE),
        ("Analysts expect inflation to peak in the fourth quarter.", ClaimKind.PREDICTION),
        ("Leaders will hold a summit on Thursday.", ClaimKind.EVENT),
        ("Iran has until Friday to reply or face new sanctions.", ClaimKind.DEADLINE),
    ],
)
def test_it_tells_the_kinds_of_claims_apart(sentence: str, kind: ClaimKind) -> None:
    assert [c.kind for c in claims(sentence)] == [kind]


def test_it_reads_or_face_as_the_consequence() -> None:
    (claim,) = claims("Iran has until Friday to reply or face new sanctions.")
    assert claim.consequence == "face new sanctions"


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met on Monday to discuss trade.",
        "Will the talks resume on Friday?",
        "Aid will arrive in the coming days.",
        "He criticized the plan last February.",
        "Prices rose sharply on Tuesday.",
    ],
)
def test_it_finds_no_claim_in_past_reports_questions_or_undated_futures(text: str) -> None:
    assert claims(text) == []


def test_it_counts_a_claim_repeated_in_one_article_once() -> None:
    text = (
        "Russia must agree to a ceasefire by Friday, Trump said. "
        "Russia must agree to a ceasefire by Friday, the president said."
    )
    assert len(claims(text)) == 1
