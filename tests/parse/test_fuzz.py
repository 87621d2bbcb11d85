"""Property tests: over arbitrary text the parser never raises and its offsets are honest."""

from __future__ import annotations

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.parse import extract_claims, find_dates
from tracker.parse.sentences import MAX_SENTENCE, sentence_spans
from tracker.parse.types import ClaimDraft, TimeExpr

NEW_YORK = ZoneInfo("America/New_York")
PUBLISHED = datetime(2025, 8, 5, 10, 0, tzinfo=NEW_YORK)  # a Tuesday

# Pieces that steer the rules into their interesting paths, glued with arbitrary text.
TOKENS = [
    "Friday",
    "by",
    "by Friday",
    "on",
    "March",
    "Mar.",
    "5",
    "5 p.m.",
    "noon",
    "midnight",
    "2025-08-08",
    "8/5/2025",
    "next week",
    "in 10 days",
    "tomorrow",
    "Wednesday's",
    "end of",
    "the month",
    "quarter",
    "Q3",
    "2026",
    "1st",
    "third",
    "said",
    "will",
    "deadline",
    '"',
    "“",
    "”",
    "'",
    "’",
    "-",
    "–",
    "—",
    "(",
    ")",
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "a.m.",
    "ET",
    "EDT",
    "until",
    "before",
    "after",
    "last",
    "earlier",
    "Sept.",
    "Dec",
    "31",
    "24:00",
    "12:30",
    "o'clock",
    "U.S.",
    "Mr.",
]
SAMPLE = st.one_of(
    st.sampled_from(TOKENS),
    st.text(max_size=12),  # any unicode, surrogates excluded
    st.text(alphabet="0123456789/-.:, ", max_size=10),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .", max_size=10),
)
ARTICLES = st.lists(SAMPLE, max_size=40).map(" ".join) | st.text(max_size=300)
FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def assert_dates_fit(text: str, found: list[TimeExpr]) -> None:
    for expr in found:
        assert 0 <= expr.start <= expr.end <= len(text), expr
        assert text[expr.start : expr.end] == expr.text, expr


def assert_claims_fit(text: str, drafts: list[ClaimDraft]) -> None:
    for draft in drafts:
        assert 0 <= draft.start <= draft.end <= len(text), draft
        assert text[draft.start : draft.end] == draft.text, draft
    assert_dates_fit(text, [draft.when for draft in drafts])


@FUZZ
@given(text=ARTICLES, day_first=st.booleans())
def test_find_dates_never_raises_and_its_offsets_point_at_its_text(
    text: str, day_first: bool
) -> None:
    assert_dates_fit(text, find_dates(text, PUBLISHED, NEW_YORK, day_first=day_first))


@FUZZ
@given(text=ARTICLES)
def test_extract_claims_never_raises_and_its_offsets_point_at_its_text(text: str) -> None:
    assert_claims_fit(text, extract_claims(text, PUBLISHED, NEW_YORK))


# 200 KB where the text holds no dates; where it is nothing but dates, 10 KB (some 900 of
# them in one endless sentence), which took minutes while every date re-read the sentence.
PATHOLOGICAL = {
    "digits": "1" * 200_000,
    "spaces": " " * 200_000,
    "dashes": "-" * 200_000,
    "one long line": "x" * 199_999 + "\n",
    "deadlines": "by Friday, " * 900,
    "iso dates": "2025-08-08 " * 900,
    "one sentence": "The vote will be held on " + "March 5 and " * 800 + "Friday.",
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_a_pathological_article_is_parsed_to_the_end(name: str) -> None:
    text = PATHOLOGICAL[name]
    assert_dates_fit(text, find_dates(text, PUBLISHED, NEW_YORK))
    assert_claims_fit(text, extract_claims(text, PUBLISHED, NEW_YORK))


def test_an_endless_sentence_is_cut_into_bounded_pieces_that_lose_nothing() -> None:
    text = "by Friday, " * 1000 + "x" * 5000
    spans = sentence_spans(text)
    assert all(0 < end - start <= MAX_SENTENCE for start, end in spans)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(
        " ", ""
    )
    assert text[spans[0][1]] == " "  # cut between words where there are words
