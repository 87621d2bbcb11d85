"""Run every rule over a text and settle overlaps: the longest match wins."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import cast
from zoneinfo import ZoneInfo

from tracker.parse.anchors import Anchors
from tracker.parse.combine import combine
from tracker.parse.context import ScanContext
from tracker.parse.rules import RULES, Candidate, RegexRule
from tracker.parse.types import TimeExpr

_STANDALONE = 64  # a text this short on one line is a phrase, not a sentence with context
_SENTENCE_END = re.compile(r"\S\s+\S+\s+\S+[.!?]$")  # three words and a full stop


def is_standalone(text: str) -> bool:
    """A bare phrase ("tue 3pm", "next 3 days"): short, one line, not a finished sentence."""
    core = text.strip()
    return (
        len(core) <= _STANDALONE
        and "\n" not in core
        and len(core.split()) <= 8
        and not _SENTENCE_END.search(core)
    )


def select(candidates: list[tuple[int, Candidate]]) -> list[Candidate]:
    """Longest first (ties: resolved, then the earlier rule), dropping any that overlap."""
    ranked = sorted(
        candidates,
        key=lambda pc: (pc[1].start - pc[1].end, pc[1].start_at is None, pc[0], pc[1].start),
    )
    taken: list[Candidate] = []
    used = bytearray(max((c.end for _, c in ranked), default=0))  # 1 at each taken offset
    for _, cand in ranked:
        if used.find(1, cand.start, cand.end) != -1:
            continue
        used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


_INDEX = [i for i, rule in enumerate(RULES) if isinstance(rule, RegexRule)]
_REGEX = [cast(RegexRule, RULES[i]) for i in _INDEX]
_OTHER = [(i, rule) for i, rule in enumerate(RULES) if not isinstance(rule, RegexRule)]


@cache
def _anchors() -> Anchors:
    """Built on first use: reading the rules' patterns takes a fraction of a second."""
    return Anchors([rule.regex for rule in _REGEX])


def matches(text: str) -> list[list[re.Match[str]]]:
    """Each regex rule's matches, exactly as ``finditer`` finds them, but only tried where
    the rule could start (``anchors``) rather than at every position of the text."""
    return _anchors().finditer(text)


def scan(ctx: ScanContext) -> list[Candidate]:
    text = ctx.text
    found = [
        (_INDEX[i], c)
        for i, ms in enumerate(matches(text))
        if ms  # most rules match nowhere in a given text
        for c in _REGEX[i].take(ms, ctx)
    ]
    found += [(i, c) for i, rule in _OTHER for c in rule.extract(text, ctx)]
    return combine(text, ctx, select(found))


def find_dates(
    text: str, published: datetime, tz: ZoneInfo, *, day_first: bool = False
) -> list[TimeExpr]:
    """Every temporal expression in ``text``, resolved against ``published`` in ``tz``."""
    if published.tzinfo is None:
        raise ValueError("published must be timezone-aware")
    standalone = is_standalone(text)
    ctx = ScanContext(
        text,
        published.astimezone(tz),
        tz,
        day_first=day_first,
        standalone=standalone,
        listing=True,
    )
    return [c.to_expr(text) for c in scan(ctx)]
