"""Patterns that start with a cheap lookahead (where a match can begin) before slow
lookbehinds find exactly what they would find without it."""

from __future__ import annotations

import re

import pytest

from tests.parse.helpers import claims_texts
from tracker.parse import kinds, sentences, speakers, tense

EXTRA = (
    "McDonald's chief executive said it would close; Ms. O'Neill, who said he will go, "
    "and the bank will."
)


def _texts() -> list[str]:
    return [EXTRA, *claims_texts()]


@pytest.mark.parametrize(
    ("pattern", "prefilter"),
    [
        (kinds._COMMIT, r"(?=(?-i:[A-Z])|\b(?:he|she|it|we|they|the)\b)"),
        (speakers._SUBJECT_VERB, r"(?=[A-Z]|\b[a-z])"),
    ],
    ids=["commit", "subject-verb"],
)
def test_the_prefilter_changes_no_match(pattern: re.Pattern[str], prefilter: str) -> None:
    assert pattern.pattern.startswith(prefilter)
    plain = re.compile(pattern.pattern[len(prefilter) :], pattern.flags)
    for text in _texts():
        ours = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert ours == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_the_sentence_end_taken_first_changes_no_match() -> None:
    plain = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•])")
    for text in [*_texts(), 'Done.\n\n- one\n  * two?! "Yes." (Then) 5 p.m. Later']:
        assert [m.span() for m in sentences._END.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_the_forecast_cues_regrouped_change_no_match() -> None:
    plain = re.compile(
        rf"\b(?:{kinds._FORECAST_CUES})\b|{kinds._QUANTITY}|{kinds._MEASURE}|{kinds._EXPECTED_TO}",
        re.I,
    )
    for text in _texts():
        assert [m.span() for m in kinds._FORECAST.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_the_near_future_cues_regrouped_change_no_match() -> None:
    plain = re.compile(tense._NEAR_FUTURE_CUES, re.I)
    for text in _texts():
        for end in range(0, len(text), 5):
            head = text[max(0, end - 90) : end]
            ours = tense._NEAR_FUTURE.search(head)
            theirs = plain.search(head)
            assert (ours and ours.span()) == (theirs and theirs.span())
