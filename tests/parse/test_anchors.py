"""The anchored scan finds exactly the matches a full ``finditer`` of every rule finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.parse.helpers import claims_texts
from tracker.parse.anchors import _CASE_MATES, Anchors, beginnings
from tracker.parse.scanner import _REGEX, _anchors, matches
from tracker.parse.tense import _BOUNDARY, _boundaries

from .test_fuzz import TOKENS

ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00a0", "\u0130N", "p.m. Monday", "a.m. The"]


def _full(text: str) -> list[list[tuple[int, int, tuple[str | None, ...]]]]:
    return [[(m.start(), m.end(), m.groups()) for m in r.regex.finditer(text)] for r in _REGEX]


def _anchored(text: str) -> list[list[tuple[int, int, tuple[str | None, ...]]]]:
    return [[(m.start(), m.end(), m.groups()) for m in found] for found in matches(text)]


def _texts() -> list[str]:
    return list(claims_texts())


def test_same_matches_on_the_claims_passages() -> None:
    texts = _texts()
    if not texts:
        pytest.skip("no claims passages")
    for text in texts:
        assert _anchored(text) == _full(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "5",
        "On MARCH 3 2025 at 5 P.M. ET, the BANK WILL MEET; next WEEK, in 10 DAYS.",
        "Meeting on Tue. 3/4/2025, ſeptember 5, \u212aickoff at noon, \u0130n 2026, \u0131n May",
        "\u0130stanbul talks on 5 March\u00a02026 and\u00a0next\u00a0week; \u0661/\u0663/2025",
        "x12/3/2025 and FY2025, Q3 2026, H1 2027, '90s, @ 5pm, at 5, 24:00, 9h30",
        "the  next  two weeks;   the coming days, within the next month",
    ],
)
def test_same_matches_on_awkward_text(text: str) -> None:
    assert _anchored(text) == _full(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*TOKENS, *ODD]),
            st.text(max_size=4),
        ),
        max_size=40,
    )
)
def test_same_matches_on_arbitrary_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _anchored(text) == _full(text)


def test_every_rule_is_anchored() -> None:
    """A rule the analysis cannot bound is scanned in full: correct, but slow."""
    assert [_REGEX[i].name for i in _anchors().full] == []


def test_a_pattern_that_can_begin_anywhere_is_scanned_in_full() -> None:
    anchors = Anchors([re.compile(r"\w*day"), re.compile(r"(?:x)?"), re.compile(r"\bnext")])
    assert anchors.full == [0, 1]


def test_a_final_lookahead_narrows_the_beginnings() -> None:
    found = beginnings(re.compile(r"\b\d(?=\s+tonight\b)", re.I), 6)
    assert found is not None
    word, anywhere = found
    assert "0 toni" in word and not anywhere
    assert all(k[0] == "0" and "tonight".startswith(k[1:].lstrip()) for k in word)
    anchors = Anchors([re.compile(r"\b\d(?=\s+tonight\b)", re.I)])
    text = "2 tonight, 3 people, 4\ttonight"
    assert [m.start() for m in anchors.finditer(text)[0]] == [0, 21]


def test_case_mates_are_all_there() -> None:
    """Every non-ASCII character that re.IGNORECASE equates with an ASCII letter and that
    lower() keeps as one character is listed (or lowers to the letter itself)."""
    every = "".join(chr(i) for i in range(0x80, 0x110000) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall(letter, every, re.I):
            low = ch.lower()
            assert len(low) != 1 or low == letter or ch in _CASE_MATES.get(letter, ""), ch


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from([*TOKENS, *ODD]), st.text(max_size=4)), max_size=40),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_clause_boundaries_are_those_of_finditer(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    full = [m.span() for m in _BOUNDARY.finditer(text, pos, endpos)]
    assert [m.span() for m in _boundaries(text, pos, endpos)] == full
    assert [m.span() for m in _boundaries(text, pos, endpos, first=True)] == full[:1]


def test_clause_boundaries_begin_where_the_prefilter_looks() -> None:
    """``_boundaries`` only tries _BOUNDARY at [.!?\\n;,]: every match must begin there
    (the analysis folds "\\n" to a space)."""
    found = beginnings(_BOUNDARY, 1)
    assert found is not None
    assert set().union(*found) <= {".", "!", "?", " ", ";", ","}


def test_the_two_triggers_find_what_one_combined_trigger_finds() -> None:
    anchors = _anchors()
    combined = re.compile(anchors.trigger_any_case.pattern)
    for text in [*_texts()[:200], "the 5th", "_the 1 @ 5", "\u0661\u0662/3", "'99s x"]:
        low = text.lower()
        assert anchors.starts(low) == [m.start() for m in combined.finditer(low)]
