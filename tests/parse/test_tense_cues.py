"""The tense cue pattern, grouped by first letter for speed, matches like the plain alternation."""

from __future__ import annotations

import re

from tests.parse.helpers import claims_texts
from tracker.parse import tense
from tracker.parse.alternation import alternatives

PLAIN = re.compile(rf"\b(?:(?P<future>{tense._FUTURE})|(?P<past>{tense._PAST}))\b", re.I)


def _found(pattern: re.Pattern[str], text: str, past: object) -> list[tuple[int, int, bool]]:
    return [(*m.span(), bool(past(m))) for m in pattern.finditer(text)]


def test_grouped_cues_match_the_plain_alternation() -> None:
    words = " ".join(re.sub(r"[^\w' ]", " ", a) for a in alternatives(tense._FUTURE))
    texts = [words, "Jobs were cut; it zoomed and yelled, but Quebec queued. Won't he'll?"]
    for text in [*texts, *claims_texts()]:
        assert _found(tense._CUE, text, tense._is_past) == _found(
            PLAIN, text, lambda m: m.group("past")
        )


def test_a_cue_is_read_as_past_or_future() -> None:
    assert not tense._is_past(tense._CUE.search("talks will resume"))
    assert tense._is_past(tense._CUE.search("talks resumed"))
