"""Alternations regrouped by first letter match exactly like the plain ones."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.parse import kinds
from tracker.parse.alternation import alternatives, by_first_letter, words

SOURCES = [
    r"will|would|said|[a-z]{2,}ed|'ll|went",
    r"set\s+to|Set|(?:was|were)\s+(?:told|set)|s(?:ee|aw)|\d+\s+days|[|]x|a\|b",
    r"or\s+face|or\s+else|(?:has|have)\s+until|unless|Unless",
]
PIECES = st.sampled_from(
    ["will", "Will", "would", "said", "talked", "'ll", "went", "set to", "Set", "was told",
     "were set", "see", "saw", "10 days", "|x", "a|b", "or face", "or else", "has until",
     "Unless", "unless", "zed", "x", " ", ", ", ".", "\n"]
)  # fmt: skip


def test_alternatives_respect_groups_classes_and_escapes() -> None:
    assert alternatives(r"a|(?:b|c)|[|]|d\|e|[]|]f") == ["a", "(?:b|c)", "[|]", r"d\|e", "[]|]f"]


@given(st.lists(PIECES, max_size=30))
def test_grouped_finds_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in SOURCES:
        for flags in (0, re.I):
            plain = re.compile(rf"\b(?:{source})\b", flags)
            grouped = re.compile(rf"\b{words(source)}\b", flags)
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_labels_tell_which_list_matched() -> None:
    pattern = re.compile(rf"\b{by_first_letter([('f', 'will'), ('p', 'went'), ('p', 'said')])}\b")
    assert [m.lastgroup[0] for m in pattern.finditer("he went, she will, they said")] == [
        "p",
        "f",
        "p",
    ]


def test_the_kinds_patterns_are_grouped() -> None:
    assert "(?=[sS])" in kinds._EVENT.pattern and "(?=[dD])" in kinds._CUTOFF.pattern
