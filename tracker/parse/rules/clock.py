"""Times of day: "5 p.m.", "5:30pm ET", "at 09:00 GMT", "15h30", "noon", "by midnight",
"quarter past three", "ten thirty am", "3 in the morning", and ranges ("3-4pm",
"between 9:30 and 11:00").

A clock time alone falls on the publication day (the next occurrence, for a phrase standing
alone); the combine pass moves it onto a date stated beside it ("noon Saturday", "Friday at
5 p.m."). An hour said without am/pm ("at 3") is weak: kept only when it joins a date or
part of the day, or when the text is a bare phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from tracker.parse.context import ScanContext
from tracker.parse.lexicon import (
    HOUR_WORD_RE,
    HOUR_WORDS,
    MINUTE_WORD_RE,
    MONTH_RE,
    parse_number,
)
from tracker.parse.rules.base import Candidate, Clock, RegexRule
from tracker.parse.rules.zones import ZONE_RE, zone
from tracker.parse.types import Grain

_ZONE_TAIL = rf"(?:\s*\(?{ZONE_RE}\)?)?"
_AP = (
    r"(?P<ap>[ap]\.?\s?m\b\.?|(?<=\d)[ap]\b\.?|in\s+the\s+(?:am|pm)\b"
    r"|in\s+(?:the\s+)?(?:morning|afternoon|evening)\b)"
)
_PM_WORDS = ("p", "afternoon", "evening", "night")


def _is_pm(ap: str) -> bool:
    ap = ap.lower()
    return ap.startswith("p") or ap.endswith("pm") or any(w in ap for w in _PM_WORDS[1:])


def place(ctx: ScanContext, clock: Clock, start: int, end: int) -> tuple[datetime, datetime]:
    """A clock time with no date: today, or for a bare phrase its next occurrence."""
    if not ctx.standalone or ctx.direction(start, end) == "past":
        return clock.settled(False).on(ctx.today, ctx.tz)
    floor = ctx.now.replace(minute=0, second=0, microsecond=0)
    hours = [clock.hour % 12, clock.hour % 12 + 12] if clock.ambiguous else [clock.hour]
    for shift in (0, 1):
        day = ctx.today + timedelta(days=shift)
        for hour in hours:
            start_at, end_at = replace(clock, hour=hour, ambiguous=False).on(day, ctx.tz)
            if start_at >= floor:
                return start_at, end_at
    return clock.settled(True).on(ctx.today, ctx.tz)


def clock_candidate(
    m: re.Match[str], ctx: ScanContext, clock: Clock, note: str, *, weak: bool = False
) -> Candidate:
    start_at, end_at = place(ctx, clock, m.start(), m.end())
    grain = clock.grain
    return Candidate(
        m.start(), m.end(), grain, start_at, end_at, True, note, "clock", clock, weak=weak
    )


def _hour(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else HOUR_WORDS.get(text)


def _with_ap(hour: int, ap: str | None) -> tuple[int, bool] | None:
    """The 24-hour hour and whether it is still ambiguous."""
    if not ap:
        return (hour, 1 <= hour <= 12) if hour <= 23 else None
    if not 1 <= hour <= 12:
        return (hour, False) if 13 <= hour <= 23 and _is_pm(ap) else None
    return hour % 12 + (12 if _is_pm(ap) else 0), False


def _meridiem(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    settled = _with_ap(hour, m.group("ap"))
    if settled is None or minute > 59:
        return None
    clock = Clock(settled[0], minute, zone(m.group("zone")), bool(m.group("m")))
    return clock_candidate(m, ctx, clock, "clock time")


def _words(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour = _hour(m.group("hw"))
    minute_word = (m.group("mw") or "").lower()
    minute = 0 if not minute_word or "clock" in minute_word else parse_number(minute_word)
    if hour is None or minute is None or minute > 59:
        return None
    settled = _with_ap(hour, m.group("ap"))
    if settled is None:
        return None
    clock = Clock(settled[0], int(minute), zone(m.group("zone")), bool(minute), settled[1])
    return clock_candidate(m, ctx, clock, "clock time in words", weak=not m.group("ap"))


def _twenty_four(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour, minute = int(m.group("h")), int(m.group("m") or m.group("m2") or 0)
    h_form = m.group("hsep") is not None
    cue = m.group("zone") or m.group("at") or m.group("hrs") or h_form
    if hour > 23 or minute > 59 or not (cue or ctx.relaxed):
        return None  # "3:30" alone may be a score or a ratio
    ambiguous = not h_form and 1 <= hour <= 12 and not m.group("h").startswith("0")
    has_minute = bool(m.group("m") or m.group("m2") or not h_form)
    clock = Clock(hour, minute, zone(m.group("zone")), has_minute, ambiguous)
    return clock_candidate(m, ctx, clock, "24-hour clock time")


def _bare_at(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour, minute = int(m.group("h")), int(m.group("m") or m.group("m2") or 0)
    if hour > 23 or minute > 59 or (m.group("m2") and not 1 <= hour <= 12 and hour < 13):
        return None
    ambiguous = 1 <= hour <= 12
    clock = Clock(
        hour, minute, zone(m.group("zone")), bool(m.group("m") or m.group("m2")), ambiguous
    )
    return clock_candidate(m, ctx, clock, "an hour said without am/pm", weak=not m.group("zone"))


def _zoned_hhmm(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    clock = Clock(int(m.group("h")), int(m.group("m")), zone(m.group("zone")), True)
    return clock_candidate(m, ctx, clock, "24-hour clock time with its zone")


def _named(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = m.group("w").lower()
    if word == "midnight":
        if ctx.standalone:  # a bare "midnight": the one that starts the coming day
            start_at, end_at = Clock(0, 0).on(ctx.today + timedelta(days=1), ctx.tz)
            return Candidate(
                m.start(), m.end(), Clock(0, 0).grain, start_at, end_at, True, "midnight", "clock"
            )
        clock = Clock(23, 59, zone(m.group("zone")), True)  # the end of the day it closes
        return clock_candidate(m, ctx, clock, "midnight, read as the end of the day")
    return clock_candidate(m, ctx, Clock(12, 0, zone(m.group("zone"))), "noon")


_FRACTIONS = {"quarter": 15, "half": 30, "three quarters": 45}


# "March 13 to 7 a.m.": the number after a month is its day, not minutes before the hour
# "March 2-4", "May 10 to 12": a capitalised month right before the numbers makes them days
# (but "will march 2-4 p.m. Saturday", "may 10 a.m." keep their clock)
_MONTH_BEFORE = re.compile(rf"\b(?-i:(?=[A-Z])){MONTH_RE}\s*$", re.I)


def _past_to(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if m.group("mn") and _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    frac = " ".join((m.group("frac") or "").lower().replace("-", " ").split()).removeprefix("a ")
    amount = _FRACTIONS.get(frac) if frac else parse_number(m.group("mn"))
    if amount is None or not 0 < amount < 60:
        return None
    if m.group("bn"):
        hour, ambiguous = (12, False) if m.group("bn").lower() == "noon" else (0, False)
    else:
        base = _hour(m.group("bh"))
        settled = _with_ap(base, m.group("ap")) if base is not None else None
        if settled is None:
            return None
        hour, ambiguous = settled
    start = datetime(2000, 1, 2, hour) + timedelta(
        minutes=amount if m.group("rel").lower() in ("past", "after") else -amount
    )
    clock = Clock(start.hour, start.minute, zone(m.group("zone")), True, ambiguous)
    rel = m.group("rel").lower()
    weak = not (m.group("ap") or m.group("bn") or (frac and rel in ("past", "after")))
    return clock_candidate(m, ctx, clock, "minutes past or to the hour", weak=weak)


def _half_hour(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour = _hour(m.group("bh"))
    if hour is None or not 1 <= hour <= 12:
        return None
    return clock_candidate(m, ctx, Clock(hour, 30, None, True, True), "half past", weak=True)


def _oclock(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    hour = _hour(m.group("h"))
    if hour is None or not 1 <= hour <= 12:
        return None
    return clock_candidate(m, ctx, Clock(hour, 0, ambiguous=True), "o'clock")


def _range(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'3-4pm', '9:30 - 11:00', 'between 9 and 11', '8am until 6'."""
    if _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    h1, m1 = int(m.group("h1")), int(m.group("m1") or 0)
    h2, m2 = int(m.group("h2")), int(m.group("m2") or 0)
    ap1, ap2 = m.group("ap1"), m.group("ap2")
    if not (ap1 or ap2 or m.group("m1") or m.group("m2") or m.group("lead")):
        return None  # "3-4" alone is a score
    first, second = _with_ap(h1, ap1 or ap2), _with_ap(h2, ap2)
    if first is None or second is None or m1 > 59 or m2 > 59:
        return None
    if ap2 and not ap1 and first[0] > second[0]:
        first = _with_ap(h1, "am" if _is_pm(ap2) else "pm")  # "11-1pm"
        assert first is not None
    hour2, ambiguous2 = second
    if ambiguous2 and not first[1] and hour2 < first[0] and hour2 < 12:
        hour2, ambiguous2 = hour2 + 12, False  # "8am until 6"
    has_minute = bool(m.group("m1") or m.group("m2"))
    tz = zone(m.group("zone")) or zone(m.group("zone1"))
    until = Clock(hour2, m2, tz, has_minute, ambiguous2)
    clock = Clock(first[0], m1, tz, has_minute, first[1], until)
    if (
        clock.ambiguous
        and not until.ambiguous
        and until.hour >= 12
        and clock.hour < until.hour - 12
    ):
        clock = replace(clock, hour=clock.hour + 12, ambiguous=False)
    return clock_candidate(m, ctx, clock, "a range of clock times")


def _hour_before_day(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """A bare phrase '8 tonight', '9 tomorrow morning': an hour put on the day that follows."""
    hour = _hour(m.group("h"))
    if not ctx.relaxed or hour is None or not 1 <= hour <= 12:
        return None
    return clock_candidate(m, ctx, Clock(hour, 0, ambiguous=True), "an hour", weak=True)


def _now(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'now', 'right now' in a bare phrase: this moment (in running text it stays vague)."""
    if not ctx.standalone:
        return None
    end_at = ctx.now + timedelta(minutes=1)
    return Candidate(m.start(), m.end(), Grain.MINUTE, ctx.now, end_at, True, "now", "clock")


_NUM_CLOCK = r"(?P<h{0}>[01]?\d|2[0-3])(?:[:h](?P<m{0}>[0-5]\d))?"
_AP_N = r"(?P<ap{0}>[ap]\.?\s?m\b\.?)"
RULES = [
    RegexRule(
        "clock_range",
        r"(?:\b(?P<lead>between|from)\s+)?(?<![\d:.$])\b"
        + _NUM_CLOCK.format(1)
        + r"(?:\s*"
        + _AP_N.format(1)
        + r")?"
        + rf"(?:\s*\(?(?P<zone1>{ZONE_RE.replace('(?P<zone>', '(?:')})\)?)?"
        + r"\s*(?:-|–|to|till|until|and)\s*"
        + _NUM_CLOCK.format(2)
        + r"(?![\d:.]\d)(?:\s*"
        + _AP_N.format(2)
        + r")?"
        + _ZONE_TAIL,
        _range,
    ),
    RegexRule(
        "meridiem",
        r"(?<![\d:.])\b(?P<h>\d{1,2})(?:(?:[:.]|h)?(?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?"
        r"(?:\s*o'?\s?clock)?(?:\s*ish)?\s*" + _AP + _ZONE_TAIL,
        _meridiem,
    ),
    RegexRule(
        "clock_words",
        rf"\b(?P<hw>{HOUR_WORD_RE})(?:[\s-](?P<mw>{MINUTE_WORD_RE}|o'?\s?clock))?"
        r"(?:\s*(?P<ap>[ap]\.?\s?m\b\.?|in\s+the\s+(?:morning|afternoon|evening)\b))" + _ZONE_TAIL,
        _words,
    ),
    RegexRule(
        "clock_words_at",
        rf"(?:\bat|@)\s+(?P<hw>{HOUR_WORD_RE})(?:[\s-](?P<mw>{MINUTE_WORD_RE}|o'?\s?clock))?"
        r"(?P<ap>)\b" + _ZONE_TAIL,
        _words,
    ),
    RegexRule(
        "clock24",
        r"(?:\b(?P<at>at|by|from|until|before|after|@)\s*)?(?<![\d:.])\b(?P<h>[01]?\d|2[0-3])"
        r"(?::(?P<m>[0-5]\d)(?::[0-5]\d)?|(?P<hsep>h)(?P<m2>[0-5]\d)?)(?![\d:]|\.\d)\b"
        r"(?!\s*[ap]\.?\s?m\b|\s*[ap]\b)"  # "12:20 a.m." is the meridiem rule's
        r"(?P<hrs>\s*(?:hours|hrs)\b)?" + _ZONE_TAIL,
        _twenty_four,
    ),
    RegexRule(
        "bare_at",
        r"(?:\b(?:at|around|approximately|about)|@)\s*(?P<h>[01]?\d|2[0-3])"
        r"(?:\s(?P<m>[0-5]\d)|(?P<m2>[0-5]\d))?(?:\s*ish)?(?![\d:.,%/-])(?!\s*(?:%|percent))"
        r"(?!\s*(?:[ap]\.?\s?m\b|[ap]\b|o'?\s?clock))" + _ZONE_TAIL,
        _bare_at,
    ),
    RegexRule(  # "1800 Moscow time (1500 GMT)": four digits read as a time only with a zone
        "zoned_hhmm",
        r"(?<![\d:.,$£€])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*\(?"
        + ZONE_RE
        + r"\)?(?:\s*\(\s*\d{1,4}(?:[:.]\d\d)?\s*[A-Z]{2,4}\s*\))?",
        _zoned_hhmm,
    ),
    RegexRule(
        "named_clock",
        r"\b(?P<w>noon|midday|mid[\s-]day|midnight)\b" + _ZONE_TAIL,
        _named,
    ),
    RegexRule(
        "past_to",
        rf"\b(?:(?P<frac>(?:a\s+)?quarter|half|three[\s-]quarters)|(?P<mn>[0-5]?\d|{MINUTE_WORD_RE}|five|ten)"
        r"(?:\s+min(?:ute)?s?)?)\s+(?P<rel>past|after|to|till|before|of)\s+"
        rf"(?:(?P<bh>\d{{1,2}}|{HOUR_WORD_RE})(?:\s*(?P<ap>[ap]\.?\s?m\b\.?))?|(?P<bn>noon|midnight))\b"
        + _ZONE_TAIL,
        _past_to,
    ),
    RegexRule(
        "half_hour",
        rf"\bhalf\s+(?P<bh>{HOUR_WORD_RE}|\d{{1,2}})\b(?!\s*(?:of|an?|the)\b)",
        _half_hour,
    ),
    RegexRule(
        "hour_before_day",
        rf"\b(?P<h>[01]?\d|{HOUR_WORD_RE})(?=\s+(?:tonight|tonite|tomorrow|today"
        r"|this\s+(?:morning|afternoon|evening))\b)",
        _hour_before_day,
    ),
    RegexRule(
        "now",
        r"\b(?:(?:right|just)\s+now|now|at\s+(?:the\s+moment|this\s+time)|(?-i:ATM))\b",
        _now,
    ),
    RegexRule("oclock", rf"\b(?P<h>\d{{1,2}}|{HOUR_WORD_RE})\s*o'?\s?clock\b", _oclock),
]
