"""Times of day: "5 p.m.", "5:30pm ET", "at 09:00 GMT", "noon", "by midnight".

A clock time alone falls on the publication day; the combine pass moves it onto a date
stated beside it ("noon Saturday", "Friday at 5 p.m.").
"""

from __future__ import annotations

import re

from tracker.parse.context import ScanContext
from tracker.parse.lexicon import ZONE_RE, zone
from tracker.parse.rules.base import Candidate, Clock, RegexRule

_ZONE_TAIL = rf"(?:\s*\(?{ZONE_RE}\)?)?"


def clock_candidate(m: re.Match[str], ctx: ScanContext, clock: Clock, note: str) -> Candidate:
    start_at, end_at = clock.on(ctx.today, ctx.tz)
    return Candidate(m.start(), m.end(), clock.grain, start_at, end_at, True, note, "clock", clock)


def _meridiem(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    clock = Clock(hour, minute, zone(m.group("zone")), bool(m.group("m")))
    return clock_candidate(m, ctx, clock, "clock time")


def _twenty_four(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour, minute = int(m.group("h")), int(m.group("m"))
    if hour > 23 or minute > 59 or not (m.group("zone") or m.group("at") or m.group("hrs")):
        return None  # "3:30" alone may be a score or a ratio
    clock = Clock(hour, minute, zone(m.group("zone")), True)
    return clock_candidate(m, ctx, clock, "24-hour clock time")


def _named(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = m.group("w").lower()
    if word == "midnight":  # the end of the day it closes: "by midnight Friday"
        clock = Clock(23, 59, zone(m.group("zone")), True)
        return clock_candidate(m, ctx, clock, "midnight, read as the end of the day")
    return clock_candidate(m, ctx, Clock(12, 0, zone(m.group("zone"))), "noon")


def _oclock(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return None
    return clock_candidate(m, ctx, Clock(hour if hour > 6 else hour + 12, 0), "o'clock")


RULES = [
    RegexRule(
        "meridiem",
        r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)" + _ZONE_TAIL,
        _meridiem,
    ),
    RegexRule(
        "clock24",
        r"(?:\b(?P<at>at|by|from|until|before|after)\s+)?\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"
        r"(?P<hrs>\s*(?:hours|hrs|h)\b)?" + _ZONE_TAIL,
        _twenty_four,
    ),
    RegexRule("named_clock", r"\b(?P<w>noon|midday|midnight)\b" + _ZONE_TAIL, _named),
    RegexRule("oclock", r"\b(?P<h>\d{1,2})\s+o'clock\b", _oclock),
]
