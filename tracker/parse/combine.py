"""Second pass over the chosen candidates: join a clock time to its date ("noon Saturday"),
a weekday to the date it names ("Friday, Aug. 8"), and apply "early"/"mid"/"late"/"end of"
to the period that follows ("mid-2026", "the end of next week")."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.parse.calendar import part_of
from tracker.parse.context import ScanContext
from tracker.parse.rules.base import Candidate
from tracker.parse.types import Grain

_CLOCK_GAP = re.compile(r"\s*,?\s*(?:(?:on|at|by|of|this|the)\s+)*", re.I)
_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:the\s+)?", re.I)
_MODIFIER = re.compile(
    r"\b(?:the\s+)?(?P<part>early|mid|middle|late|end|beginning|start|close|later|earlier)"
    r"(?:\s+(?:of|in)(?:\s+the)?)?(?:\s*-\s*|\s+)$",
    re.I,
)
_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid"}
_PARTS.update({"middle": "mid", "late": "late", "end": "late", "close": "late"})
_FINER = {Grain.YEAR: Grain.MONTH, Grain.DECADE: Grain.YEAR, Grain.CENTURY: Grain.DECADE}
_COARSE = {Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON}
_COARSE |= set(_FINER)


def _join(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    gap = text[a.end : b.start]
    clock_first = a.clock is not None and b.day is not None
    if (clock_first or (b.clock is not None and a.day is not None)) and _CLOCK_GAP.fullmatch(gap):
        date_c, clock_c = (b, a) if clock_first else (a, b)
        assert clock_c.clock is not None and date_c.day is not None
        start_at, end_at = clock_c.clock.on(date_c.day, ctx.tz)
        note = f"{clock_c.note} on {date_c.note}"
        return replace(
            clock_c, start=a.start, end=b.end, start_at=start_at, end_at=end_at, note=note
        )
    if a.family == "weekday" and b.day is not None and _WEEKDAY_GAP.fullmatch(gap):
        return replace(b, start=a.start, note=f"{b.note} (with its weekday)")
    return None


def _modify(text: str, c: Candidate) -> Candidate:
    if c.grain not in _COARSE or c.start_at is None or c.end_at is None:
        return c
    m = _MODIFIER.search(text, max(0, c.start - 30), c.start)
    if m is None or m.end() != c.start:
        return c
    word = m.group("part").lower()
    if word in ("later", "earlier"):
        return replace(c, start=m.start(), note=f"{c.note}, {word} in it")
    first, after = part_of((c.start_at.date(), c.end_at.date()), c.grain, _PARTS[word])
    tz = c.start_at.tzinfo
    return replace(
        c,
        start=m.start(),
        grain=_FINER.get(c.grain, Grain.DAY),
        start_at=c.start_at.replace(year=first.year, month=first.month, day=first.day),
        end_at=c.end_at.replace(year=after.year, month=after.month, day=after.day, tzinfo=tz),
        note=f"{_PARTS[word]} part of {c.note}",
    )


def combine(text: str, ctx: ScanContext, chosen: list[Candidate]) -> list[Candidate]:
    """Merge neighbours and apply modifiers; ``chosen`` is sorted and non-overlapping."""
    out: list[Candidate] = []
    for cand in chosen:
        joined = _join(text, ctx, out[-1], cand) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(cand)
    return [_modify(text, c) for c in out]
