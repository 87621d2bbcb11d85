"""Alternations regrouped by first letter match exactly like the plain ones."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.parse import kinds, tense
from tracker.parse.alternation import (
    _MORE_CASES,
    alternatives,
    case_blind_switch,
    case_blind_words,
)

SOURCES = [
    r"will|would|said|[a-z]{2,}ed|'ll|went",
    r"set\s+to|Set|(?:was|were)\s+(?:told|set)|s(?:ee|aw)|\d+\s+days|[|]x|a\|b",
    r"or\s+face|or\s+else|(?:has|have)\s+until|unless|Unless",
]
PIECES = st.sampled_from(
    ["\u017fet to", "\u0130ll", "Kelvin", "\u212aelvin", "wanted to", "hoped to", "abc",
     "will", "Will", "would", "said", "talked", "'ll", "went", "set to", "Set", "was told",
     "were set", "see", "saw", "10 days", "|x", "a|b", "or face", "or else", "has until",
     "Unless", "unless", "zed", "x", " ", ", ", ".", "\n"]
)  # fmt: skip


def test_alternatives_respect_groups_classes_and_escapes() -> None:
    assert alternatives(r"a|(?:b|c)|[|]|d\|e|[]|]f") == ["a", "(?:b|c)", "[|]", r"d\|e", "[]|]f"]


def plain(labelled: list[tuple[str | None, str]]) -> str:
    """The alternation as written, each branch in a group named after its label."""
    return "(?:" + "|".join(f"(?P<{k}{i}>{b})" for i, (k, b) in enumerate(labelled)) + ")"


@given(st.lists(PIECES, max_size=30))
def test_grouped_finds_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in SOURCES:
        as_written = re.compile(rf"\b(?:{source})\b", re.I)
        grouped = re.compile(rf"\b{case_blind_words(source)}\b")
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in as_written.finditer(text)
        ]


def test_labels_tell_which_list_matched() -> None:
    branches: list[tuple[str | None, str]] = [("f", "will"), ("p", "went"), ("p", "said")]
    pattern = re.compile(rf"\b{case_blind_switch(branches)}\b")
    assert [m.lastgroup[0] for m in pattern.finditer("he went, she will, they said")] == [
        "p",
        "f",
        "p",
    ]


def test_the_kinds_patterns_are_grouped() -> None:
    assert "(?-i:[tT])" in kinds._EVENT.pattern and "(?-i:[dD])" in kinds._CUTOFF.pattern


@given(st.lists(PIECES, max_size=30))
def test_the_switch_finds_what_the_case_blind_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in [*SOURCES, r"(?:wanted|hoped)\s+to|k\w+|it|(?:a|b)+c"]:
        labelled: list[tuple[str | None, str]] = [
            ("x" if i % 3 else "y", b) for i, b in enumerate(alternatives(source))
        ]
        as_written = re.compile(rf"\b{plain(labelled)}\b", re.I)
        switch = re.compile(rf"\b{case_blind_switch(labelled)}\b")
        assert [(m.span(), m.lastgroup[0]) for m in switch.finditer(text)] == [  # type: ignore[index]
            (m.span(), m.lastgroup[0])  # type: ignore[index]
            for m in as_written.finditer(text)
        ]


def test_only_i_k_and_s_have_a_third_case() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = set(re.findall(letter, every, re.I)) - {letter, letter.upper()}
        assert bool(found) == (letter in _MORE_CASES), letter


def test_the_tense_cues_use_the_switch() -> None:
    assert "(?-i:[wW])" in tense._CUE.pattern
