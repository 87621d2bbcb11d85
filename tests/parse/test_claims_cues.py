"""Which sentences make claims, of what kind and by whom (publication: Tue 2025-08-05, New York)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import at, claims, dues
from tracker.parse.sentences import sentence_spans
from tracker.parse.types import ClaimKind


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The city council meets on Thursday to pick a mayor.", "Thursday", "future"),
        ("The new levy takes effect on Sunday across the state.", "Sunday", "future"),
        ("The monarch will be honoured at the palace on Friday.", "Friday", "future"),
        ("The vaccine was approved on Monday by regulators.", "Monday", "past"),
        (
            "Shares rose before a board meeting of the lender's directors on Friday.",
            "Friday",
            "past",
        ),
        (
            "Stocks slipped ahead of a board meeting of the lender's directors on Friday.",
            "Friday",
            "future",
        ),
        ("The home side beat the visitors at the stadium on Sunday.", "Sunday", "past"),
    ],
)
def test_it_reads_the_tense_of_the_verb_that_governs_the_date(
    text: str, phrase: str, expected: str
) -> None:
    assert at(text, phrase) == expected


def test_a_participle_clause_does_not_carry_the_past_tense_to_a_later_date() -> None:
    text = "The premier dissolved parliament on Monday, setting the stage for a ballot on Sept. 21."
    assert dues(text) == [date(2025, 9, 21)]


@pytest.mark.parametrize(
    "text",
    [
        "The concert, which had been due to take place on Aug. 20, was called off.",
        "Officials are pushing back a Sept. 9 deadline for the new rules.",
        "The firm reported its strongest sales in five years.",
        "Traders are pricing in a quarter-point cut.",
        "The probe flies on a Long March 7 rocket.",
        "Thousands joined the March for Science in the capital.",
        "The lender's March quarter profit beat forecasts, and its January-March sales fell.",
    ],
)
def test_it_skips_cancelled_dates_spans_and_names_that_look_like_dates(text: str) -> None:
    assert claims(text) == []


def test_a_new_date_after_a_postponement_is_still_a_claim() -> None:
    assert dues("The vote was postponed until Sept. 15.") == [date(2025, 9, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Next on the calendar for the party: a leadership runoff on Sept. 2.",
        "The governor called a snap poll for Sept. 2.",
    ],
)
def test_a_dated_event_with_no_verb_cue_is_found(text: str) -> None:
    (claim,) = claims(text)
    assert claim.due_date == date(2025, 9, 2)
    assert claim.kind is ClaimKind.EVENT


def test_a_later_possessive_mention_repeats_the_earlier_claim() -> None:
    text = (
        "The regulator publishes its verdict on the merger on Thursday. "
        "Thursday's verdict is expected to include conditions."
    )
    assert dues(text) == [date(2025, 8, 7)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The state lottery opens on Friday, officials said.", ClaimKind.EVENT),
        ("Airlines must file their plans to the regulator by Friday.", ClaimKind.DEADLINE),
        (
            "Carmaker Volta said on Monday it would begin selling its electric van next month.",
            ClaimKind.PROMISE,
        ),
        ("Economists now see a rate cut in September.", ClaimKind.PREDICTION),
        ("Prime Minister Anna May will hold a cabinet meeting on Thursday.", ClaimKind.EVENT),
        (
            "The agency will stage its biggest show in years on Friday, and analysts expect "
            "record crowds.",
            ClaimKind.EVENT,
        ),
    ],
)
def test_it_reads_the_kind_from_the_clause_that_holds_the_date(text: str, kind: ClaimKind) -> None:
    assert [c.kind for c in claims(text)] == [kind]


def test_two_claims_in_one_sentence_get_their_own_clauses() -> None:
    text = "The league opens its season on Friday, and the final is set for Dec. 14."
    found = claims(text)
    assert [c.due_date for c in found] == [date(2025, 8, 8), date(2025, 12, 14)]
    assert found[0].text == "The league opens its season on Friday"
    assert all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The station will reopen on Friday.", None),
        ("Acme Corp will unveil its new phone on Thursday.", None),
        ("Acme Corp said the new phone goes on sale on Thursday.", "Acme"),
        (
            "Rail union chief Maria Okafor, speaking after a rally in Leeds, said the walkout "
            "would start on Friday.",
            "Maria Okafor",
        ),
        (
            "Lenders have until Friday to respond, under a cut-off set by district judge "
            "Paul Reyes.",
            "Paul Reyes",
        ),
        ("Investors now bet the bank will cut rates in September.", "investors"),
        (
            "The new tariffs take effect on Friday, according to a notice from the Trade Office.",
            "the Trade Office",
        ),
    ],
)
def test_it_names_who_made_the_claim(text: str, speaker: str | None) -> None:
    (claim,) = claims(text)
    assert claim.speaker == speaker


def test_a_generic_body_is_the_body_named_before() -> None:
    text = (
        "The Nurses Guild said its members would walk out on Thursday. "
        "The union said the strike would end on Saturday."
    )
    assert [c.speaker for c in claims(text)] == ["the Nurses Guild", "the Nurses Guild"]


def test_a_time_of_day_can_end_a_sentence() -> None:
    text = "The court rules on Friday at 2 p.m. Lawyers for both sides declined to comment."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The court rules on Friday at 2 p.m.",
        "Lawyers for both sides declined to comment.",
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("After the board on Monday approved the plan, shares rose.", "Monday", "past"),
        ("The envoy proposed that both sides meet in Oslo on Thursday.", "Thursday", "future"),
        ("The envoy proposed a meeting on Monday.", "Monday", "past"),
    ],
)
def test_a_verb_right_after_the_date_and_a_proposal_set_the_direction(
    text: str, phrase: str, expected: str
) -> None:
    assert at(text, phrase) == expected
