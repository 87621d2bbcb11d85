"""Which way a relative date points: to the past or the future, read from its clause.

"talks on Tuesday" in "expressed appreciation for talks on Tuesday" is the Tuesday just
gone; "is set to meet on Wednesday" is the coming one. The nearest tense cue before the
expression decides (after it, when none comes before), words right before the expression
("by", "last", "next") take precedence, and a clause with no cue at all reads as future
(a phrase on its own, like a user's "Friday", means the coming one).
"""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["past", "future", "neutral"]

_WINDOW = 240
_BOUNDARY = re.compile(r"[.!?]\s|[\n;]")
_NEAR_FUTURE = re.compile(
    r"(?:\b(?:next|coming|upcoming|following|by|until|till|before|ahead\s+of|no\s+later\s+than)"
    r"|\bfrom\s+now\s+until)\s+(?:(?:on|the|this)\s+)?$",
    re.I,
)
_NEAR_PAST = re.compile(r"\b(?:last|past|since|previous|earlier)\s+(?:(?:on|the)\s+)?$", re.I)
_FUTURE = (
    r"will|won't|wo|'ll|shall|would|going\s+to|set\s+to|plans?\s+to|planned|planning|"
    r"expects?|expected|expecting|scheduled|due|aims?\s+to|intends?\s+to|hopes?\s+to|"
    r"upcoming|deadline|must|threaten(?:s|ed)?|warn(?:s|ed)?|vow\w*|pledg\w*|promis\w*|if|unless|"
    r"may|might|could|forecast\w*|predict\w*|projected|next|coming|is\s+to|are\s+to|"
    r"to\s+be\s+held|ultimatum|later"
)
_PAST = (
    r"said|says|told|was|were|had|did|ago|earlier|last|yesterday|met|took|gave|made|came|"
    r"went|began|saw|left|won|lost|fell|rose|sent|spoke|wrote|struck|broke|brought|bought|"
    r"sold|paid|found|kept|led|ran|fought|became|knew|grew|drew|(?-i:[a-z]{2,}ed)"
)
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.I)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around [start, end) up to sentence ends or ``_WINDOW`` chars."""
    lo = max(0, start - _WINDOW)
    before = list(_BOUNDARY.finditer(text, lo, start))
    left = before[-1].end() if before else lo
    after = _BOUNDARY.search(text, end, min(len(text), end + _WINDOW))
    right = after.start() + 1 if after else min(len(text), end + _WINDOW)
    return left, right


def direction(text: str, start: int, end: int) -> Direction:
    left, right = clause_bounds(text, start, end)
    head = text[left:start]
    if _NEAR_PAST.search(head[-30:]):
        return "past"
    near_future = bool(_NEAR_FUTURE.search(head[-40:]))  # "by Friday" with no verb cue
    cues = list(_CUE.finditer(text, left, start))
    if cues:
        nearest: re.Match[str] | None = cues[-1]
    else:
        nearest = _CUE.search(text, end, right)
    if nearest is None:
        return "future" if near_future else "neutral"
    found: Direction = "future" if nearest.group("future") else "past"
    if near_future and not (found == "past" and nearest.group().lower() == "had"):
        return "future"
    return found
