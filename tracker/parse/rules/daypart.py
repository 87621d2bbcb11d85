"""Parts of the day: "tonight", "this morning", "tomorrow evening", "last night",
"late tonight", "in the afternoon", "after lunch".

In running text a part of the day resolves to its day (news annotators date "Thursday
morning" to the day); a phrase standing alone gets the hours themselves (evening
18:00-24:00, morning 00:00-12:00, afternoon 12:00-19:00). The combine pass puts a part of
the day on a date beside it ("monday morning") and a clock time into it ("8 tonight").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.parse.calendar import day_range
from tracker.parse.context import ScanContext
from tracker.parse.rules.base import Candidate, RegexRule
from tracker.parse.types import Grain

PARTS = {
    "morning": (0, 12),
    "afternoon": (12, 19),
    "evening": (18, 24),
    "night": (18, 24),
    "tonight": (18, 24),
    "tonite": (18, 24),
    "lunch": (12, 14),
    "after lunch": (13, 17),
    "after school": (15, 21),
}
_DAYS = {"today": 0, "this": 0, "tonight": 0, "tonite": 0, "tomorrow": 1, "yesterday": -1}
_DAYS["last"] = -1


def narrowed(part: tuple[int, int], word: str) -> tuple[int, int]:
    """'early morning' is 00-09, 'late tonight' 21-24."""
    first, after = part
    if word == "early":
        return first, min(after, first + 9 if first == 0 else first + 3)
    if word == "late":
        return max(first, after - 3), after
    return part


def part_candidate(
    ctx: ScanContext, start: int, end: int, day: date, part: tuple[int, int], note: str, weak: bool
) -> Candidate:
    first, after = day_range(day)
    start_at, end_at = ctx.interval((first, after))
    if ctx.standalone:
        end_at = start_at + timedelta(hours=part[1])
        start_at = start_at + timedelta(hours=part[0])
        return Candidate(
            start, end, Grain.HOUR, start_at, end_at, True, note, "daypart", part=part, weak=weak
        )
    return Candidate(
        start, end, Grain.DAY, start_at, end_at, False, note, "daypart", part=part, weak=weak
    )


def _with_day(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    day_word = m.group("day").lower()
    part_word = (m.group("part") or day_word).lower()
    if part_word not in PARTS or (day_word in ("this", "last") and not m.group("part")):
        return None
    if day_word == "last" and part_word != "night":
        return None
    part = narrowed(PARTS[part_word], (m.group("mod") or m.group("mod2") or "").lower())
    day = ctx.today + timedelta(days=_DAYS[day_word])
    note = day_word if part_word == day_word else f"{day_word} {part_word}"
    return part_candidate(ctx, m.start(), m.end(), day, part, note, False)


def _alone(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    part_word = " ".join(m.group("part").lower().split())
    part = narrowed(PARTS[part_word], (m.group("mod") or m.group("mod2") or "").lower())
    return part_candidate(ctx, m.start(), m.end(), ctx.today, part, f"the {part_word}", True)


_MOD = r"(?:(?P<mod>early|late)\s+)?"
RULES = [
    RegexRule(
        "daypart_day",
        rf"\b{_MOD}(?P<day>today|tomorrow|yesterday|tonight|tonite|this|last)"
        r"(?:\s+(?:at\s+)?(?:(?P<mod2>early|late)\s+)?(?:in\s+the\s+)?"
        r"(?P<part>morning|afternoon|evening|night|lunch)(?:ish)?)?\b",
        _with_day,
    ),
    RegexRule(
        "daypart",
        rf"\b{_MOD}(?:in\s+the\s+)?(?:(?P<mod2>early)\s+(?:hours\s+of\s+the\s+)?)?"
        r"(?P<part>morning|afternoon|evening|night|after\s+lunch|after\s+school|lunch)(?:ish)?\b",
        _alone,
    ),
]
