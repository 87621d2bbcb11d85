"""Classes of false and missed claims seen in a third batch of unseen wire copy
(publication: Tue 2025-08-05, 10:00 New York): datelines, reporting periods, open
questions, status reports, a surname read as a month, dropped plans, spans from one day
until another, times given with a place, and events introduced by "before"/"until"."""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.parse.conftest import NEW_YORK
from tests.parse.helpers import at, claims, dues
from tracker.parse.sentences import sentence_spans
from tracker.parse.types import ClaimKind


@pytest.mark.parametrize(
    "text",
    [
        "LISBON, Aug 5 (Reuters) - Portugal's central bank will publish its outlook on Friday.",
        "CHICAGO, Aug. 5 - The city council will vote on the budget on Friday.",
        "OSLO, Norway, Aug 5, 2025 (AP) — The fund will report results on Friday.",
    ],
)
def test_a_dateline_is_the_filing_day_not_a_claim(text: str) -> None:
    assert dues(text) == [date(2025, 8, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "The retailer expects sales of $2 billion for the six months to Sept. 30.",
        "Profit rose in the quarter ending Sept. 30, the insurer said.",
        "Reporters asked whether the ministers would sign the pact before Christmas.",
        "It is unclear whether the plant will reopen in October.",
        "By noon the regulator had yet to publish its ruling on the merger.",
        "Water levels are rising, and by evening the town had been cut off.",
        "Investors will also study September's producer price index on Thursday week.",
        "The chain warned its third-quarter results would disappoint.",
    ],
)
def test_periods_questions_and_status_reports_are_not_claims(text: str) -> None:
    assert all(
        c.when.text.lower() not in ("sept. 30", "christmas", "october") for c in claims(text)
    )
    assert [c for c in claims(text) if c.due_date.month in (9, 10, 12)] == []


def test_a_surname_followed_by_a_verb_is_not_the_month() -> None:
    text = "Critics say May may still win over her party, but Clarke will speak on Thursday."
    assert dues(text) == [date(2025, 8, 7)]
    assert dues("The firm will vote in May.") == [date(2026, 5, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "The junta was condemned for abandoning its pledge to hold a referendum on Sept. 14.",
        "The minister admitted he would miss his goal of opening the line in September.",
        "The council postponed the by-election due on Sept. 18 until next spring.",
        "The insurer cut its forecast, below the $3 billion it had projected in September.",
    ],
)
def test_dropped_missed_and_postponed_dates_are_not_claims(text: str) -> None:
    assert [c for c in claims(text) if c.due_date.month == 9] == []


def test_a_span_from_one_day_until_another_is_one_claim() -> None:
    (claim,) = claims("Dockers will halt work from early on Thursday until Saturday evening.")
    assert claim.when.start_at is not None and claim.when.start_at.date() == date(2025, 8, 7)
    assert claim.when.end_at is not None and claim.when.end_at.date() >= date(2025, 8, 9)


def test_a_possessive_back_reference_repeats_the_claim() -> None:
    text = (
        "The final starts at 7 p.m. on Sunday. Sunday's match will be the first final "
        "held in the city."
    )
    assert dues(text) == [date(2025, 8, 10)]


@pytest.mark.parametrize(
    ("text", "due", "clock"),
    [
        ("The bank will set rates at 3 p.m. in London on Thursday, the notice said.", 7, time(10)),
        ("The ceasefire begins at 10 p.m. Tripoli time on Friday, mediators said.", 8, time(16)),
    ],
)
def test_a_time_given_with_its_place_is_one_claim(text: str, due: int, clock: time) -> None:
    (claim,) = claims(text)
    assert claim.due_date == date(2025, 8, due)
    assert claim.when.start_at is not None
    assert claim.when.start_at.astimezone(NEW_YORK).time() == clock


def test_a_place_time_after_pm_does_not_end_the_sentence() -> None:
    text = "The vote closes at 8 p.m. Nairobi time on Friday. Results follow."
    assert len(sentence_spans(text)) == 2


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        (
            "Staff must finish the audit by 5 p.m. on Aug. 29, after they have reviewed files.",
            "Aug. 29",
            "future",
        ),
        ("Later on Monday the ministry published a list of approved projects.", "Monday", "past"),
        ("The tanker blew up at 4 a.m. on Sunday, officials said.", "Sunday", "past"),
        ("The index will be fixed for the last time at 11 a.m. on Friday.", "Friday", "future"),
        ("Kroger's said on Monday that stores will stay open.", "Monday", "past"),
    ],
)
def test_tense_cues(text: str, phrase: str, want: str) -> None:
    assert at(text, phrase) == want


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers queued for hours before Saturday's grand reopening of the store.",
        "The festival, which runs until Sunday, has sold out.",
    ],
)
def test_an_event_introduced_by_before_or_until_stays_an_event(text: str) -> None:
    (claim,) = claims(text)
    assert claim.kind is not ClaimKind.DEADLINE


def test_a_cut_off_introduced_by_by_stays_a_deadline() -> None:
    (claim,) = claims("The lender must repay the loan by Friday.")
    assert claim.kind is ClaimKind.DEADLINE
