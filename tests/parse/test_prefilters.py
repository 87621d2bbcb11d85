"""Patterns that start with a cheap lookahead (where a match can begin) before slow
lookbehinds find exactly what they would find without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tracker.parse import kinds, speakers

CLAIMS = Path(__file__).resolve().parents[2] / "bench" / "claims"
EXTRA = (
    "McDonald's chief executive said it would close; Ms. O'Neill, who said he will go, "
    "and the bank will."
)


def _texts() -> list[str]:
    texts = [EXTRA]
    for path in sorted(CLAIMS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()]
    return texts


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
