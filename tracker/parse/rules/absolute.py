"""Calendar dates written out: "Aug. 8, 2025", "8 August", "2025-08-08", "8/8/2025", "in March".

A date without a year takes the year that fits the clause's tense (``pick_year``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.parse.calendar import day_range, days_in_month, month_range
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import (
    MONTH2_RE,
    MONTH_RE,
    NUM_RE,
    ORDINAL_RE,
    UNIT_DAYS,
    UNIT_MONTHS,
    UNIT_RE,
    month_number,
    ordinal_number,
    parse_number,
    unit_name,
)
from tracker.parse.moves import moved_from
from tracker.parse.rules.base import Candidate, Clock, RegexRule, make
from tracker.parse.tense import Direction, clause_bounds
from tracker.parse.types import Grain

_YEAR = r"(?P<y>(?:1[6-9]|20)\d{2})(?![\d,]\d)"
_YEAR2 = _YEAR.replace("y>", "y2>")


def pick_year(today: date, month: int, day: int | None, direction: Direction) -> int:
    """The year of a yearless date: last occurrence for the past, next for the future.

    A neutral clause keeps the publication year, as newswire annotators mostly do.
    """
    here, there = (today.month, today.day if day else 0), (month, day or 0)
    if direction == "neutral" and day and _just_gone(today, month, day):
        return _last_occurrence(today, month, day).year
    if direction == "past" and there > here:
        return today.year - 1
    if direction == "future" and there < here:
        return today.year + 1
    if direction == "neutral" and day and month + 6 <= today.month:
        return today.year + 1  # "an early election on February 23" said in November
    return today.year


# a date this recently gone is, read loosely, the one just gone rather than next year's
_RECENT_DAYS = 30
# "will finally open on Oct. 31", "have until December 31": a plain statement that it lies ahead
_PLAIN_FUTURE = re.compile(r"\b(?:will|won't|shall|is|are|has\s+until|have\s+until)\b|'ll\b", re.I)
# "had said it would", "was settled days before": a clause told from the past
_PAST_FRAME = re.compile(
    r"\b(?:had|would|was|were|did|(?!(?:scheduled|expected|planned|slated|proposed)\b)[a-z]+ed)\b"
)


def _last_occurrence(today: date, month: int, day: int) -> date:
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    return date(year, month, min(day, days_in_month(year, month)))


def _just_gone(today: date, month: int, day: int) -> bool:
    return 0 < (today - _last_occurrence(today, month, day)).days <= _RECENT_DAYS


_DATE_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs"
    r"|Fri|Sat|Sun|Early|Mid|Late|End|Until|Since|Before|After|From|Through|Between|And|Or|On"
    r"|In|By|Of|To|The|This|Last|Next|Updated|Published|Posted|Dated|Friday's|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)"
)
# "a Long March 5 rocket": a capitalised word glued to the month inside a sentence is a name
_NAME_BEFORE = re.compile(rf"(?<=\S\s)(?<![.!?\"“(]\s)(?!{_DATE_WORDS}\s+$)[A-Z][a-z]+\s+$")
# "the March for Our Lives", "the March on Washington": an event named after marching
_NAME_AFTER = re.compile(r"\s+(?:for|on|of|against|to)\s+(?:the\s+|our\s+)?[A-Z]")
# "a January-March tour": a pair of months in a compound word
_PAIRED = re.compile(rf"\s*[-–]\s*{MONTH_RE.replace('(?P<mon>', '(?:')}", re.I)
_PAIRED_BEFORE = re.compile(rf"{MONTH_RE.replace('(?P<mon>', '(?:')}\s*[-–]$", re.I)


def _may_is_a_verb(m: re.Match[str], ctx: ScanContext) -> bool:
    """Also true when the month word is part of a name ("Long March 5", "March for Our Lives")
    or of a hyphenated pair of months ("the January-March quarter")."""
    word = m.group("mon")
    if word.lower() in ("may", "mar", "march") and word[0].islower() and not ctx.relaxed:
        return True
    if ctx.relaxed:
        return False
    start, end = m.start("mon"), m.end("mon")
    text = ctx.text
    if _NAME_BEFORE.search(text, max(0, start - 24), start):
        return True
    if word.lower().startswith("mar") and _NAME_AFTER.match(text, end):
        return True
    return bool(_PAIRED.match(text, end) or _PAIRED_BEFORE.search(text, max(0, start - 12), start))


def _day(ctx: ScanContext, m: re.Match[str], year: int, month: int, day: int) -> Candidate | None:
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    return make(ctx, m, Grain.DAY, day_range(date(year, month, day)), "calendar date")


# "annulled the vote two days before the Dec. 8 runoff": a past act dated from the date
_COUNT_BEFORE = re.compile(
    rf"\b(?P<n>{NUM_RE}|the)\s+{UNIT_RE}\s+(?:before|ahead\s+of)\s+(?:the\s+)?$", re.I
)


def _year_or_pick(m: re.Match[str], ctx: ScanContext, month: int, day: int | None) -> int:
    year = m.groupdict().get("y") if isinstance(m, re.Match) else m.group("y")
    if year:
        return int(year)
    direction = ctx.direction(m.start(), m.end())
    if direction == "future" and day and _weak_future(m, ctx, month, day):
        return _last_occurrence(ctx.today, month, day).year
    picked = pick_year(ctx.today, month, day, direction)
    return _before_past_act(m, ctx, date(picked, month, min(day or 1, 28))) or picked


def _weak_future(m: re.Match[str], ctx: ScanContext, month: int, day: int) -> bool:
    """A date gone by only weeks ago in a clause that looks ahead without saying so plainly
    ("had said it would restart flights on July 1", "actors joining them on July 14"): the
    date just gone, not the same day next year."""
    if ctx.standalone or not _just_gone(ctx.today, month, day):
        return False
    left, right = clause_bounds(ctx.text, m.start(), m.end())
    if _PLAIN_FUTURE.search(ctx.text, left, m.start()):
        return False
    return _PAST_FRAME.search(ctx.text, left, right) is not None


def _before_past_act(m: re.Match[str], ctx: ScanContext, picked: date) -> int | None:
    """A yearless date that a past act came some time before ("annulled the first round two
    days before the Dec. 8 runoff"): when the date's coming occurrence less that time is
    still ahead, the act could not have happened yet, so the date is the last occurrence."""
    if picked <= ctx.today:
        return None
    count = _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if count is None or ctx.direction(count.start(), count.end("unit")) != "past":
        return None
    word, unit = count.group("n").lower(), unit_name(count.group("unit"))
    amount = 1.0 if word == "the" else parse_number(word)
    if amount is None or (unit not in UNIT_DAYS and unit not in UNIT_MONTHS):
        return None
    days = amount * UNIT_DAYS.get(unit, 0) + amount * 30.4 * UNIT_MONTHS.get(unit, 0)
    if picked - timedelta(days=days) <= ctx.today:
        return None
    return picked.year - 1


def _month_day(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if _may_is_a_verb(m, ctx):
        return None
    month, day = month_number(m.group("mon")), int(m.group("d"))
    return _day(ctx, m, _year_or_pick(m, ctx, month, day), month, day)


def _iso(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    found = _day(ctx, m, int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if found is None or not m.group("H"):
        return found
    hour, minute = int(m.group("H")), int(m.group("M"))
    if hour > 23 or minute > 59:
        return found
    clock = Clock(hour, minute, has_minute=True)
    start_at, end_at = clock.on(found.start_at.date() if found.start_at else ctx.today, ctx.tz)
    return Candidate(m.start(), m.end(), Grain.MINUTE, start_at, end_at, True, "ISO date and time")


def _numeric(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if len(m.group("y")) == 2 and m.group("sep") != "/" and not ctx.relaxed:
        return None
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (b, a) if ctx.day_first else (a, b)
    return _day(ctx, m, year, month, day)


def _ordinal_month_day(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'the third of March', 'March first 2015'."""
    if _may_is_a_verb(m, ctx):
        return None
    month, day = month_number(m.group("mon")), ordinal_number(m.group("od"))
    if not day:
        return None
    return _day(ctx, m, _year_or_pick(m, ctx, month, day), month, day)


def _day_span(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'July 13-15', 'from the 13th to the 15th of July': both ends included."""
    if _may_is_a_verb(m, ctx) or moved_from(ctx.text, max(0, m.start() - 60), m.start()):
        return None
    month, first, last = month_number(m.group("mon")), int(m.group("d1")), int(m.group("d2"))
    if not 1 <= first < last <= 31:
        return None
    year = _year_or_pick(m, ctx, month, first)
    if last > days_in_month(year, month):
        return None
    start, end = date(year, month, first), date(year, month, last)
    return make(ctx, m, Grain.DAY, (start, end + timedelta(days=1)), "a span of days")


def _numeric_short(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'2/15' (month/day), '2/2013', '2014-10': only in a phrase standing alone."""
    if not ctx.relaxed:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if len(m.group("b")) == 4 or len(m.group("a")) == 4:
        year, month = (b, a) if len(m.group("b")) == 4 else (a, b)
        if not 1 <= month <= 12:
            return None
        return make(ctx, m, Grain.MONTH, month_range(year, month), "month and year")
    month, day = (b, a) if ctx.day_first or a > 12 else (a, b)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return _day(ctx, m, _year_or_pick(m, ctx, month, day), month, day)


def _numeric_named(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    year = int(m.group("yy"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    return _day(ctx, m, year, month_number(m.group("mon")), int(m.group("d")))


def _month_year(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if _may_is_a_verb(m, ctx):
        return None
    rng = month_range(int(m.group("y")), month_number(m.group("mon")))
    return make(ctx, m, Grain.MONTH, rng, "month and year")


def _bare_month(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = m.group("mon")
    if not (word[0].isupper() or ctx.relaxed) or len(word.rstrip(".")) < 3:
        return None
    if _may_is_a_verb(m, ctx):
        return None
    month, cue = month_number(word), (m.group("cue") or "").lower()
    if not cue and not ctx.relaxed and (month == 5 or (len(word) < 5 and month != 6)):
        return None  # "Theresa May", "Jan" the name: a bare month needs a cue
    if cue == "last":
        year = ctx.today.year - (1 if month >= ctx.today.month else 0)
    elif cue == "next":
        year = ctx.today.year + (1 if month <= ctx.today.month else 0)
    elif cue == "this":
        year = ctx.today.year
    else:
        year = pick_year(ctx.today, month, None, ctx.direction(m.start("mon"), m.end("mon")))
    group = "mon" if cue not in ("last", "next", "this") else 0
    return make(ctx, m, Grain.MONTH, month_range(year, month), f"month, {cue or 'no'} cue", group)


RULES = [
    RegexRule(
        "iso",
        r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:(?:T|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?)?(?![\d-])",
        _iso,
    ),
    RegexRule(
        "numeric",
        r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])",
        _numeric,
    ),
    RegexRule(
        "month_day",
        rf"\b{MONTH_RE}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%])(?:\s*,?\s*{_YEAR})?(?![.,]?\d)",
        _month_day,
    ),
    RegexRule(
        "day_month",
        rf"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_RE}(?:\s*,?\s*{_YEAR})?",
        _month_day,
    ),
    RegexRule(
        "ordinal_month_day",
        rf"\b(?:the\s+)?(?P<od>{ORDINAL_RE})\s+of\s+{MONTH_RE}(?:\s*,?\s*{_YEAR})?"
        rf"|\b{MONTH2_RE}\s+(?:the\s+)?(?P<od2>{ORDINAL_RE})\b(?:\s*,?\s*{_YEAR2})?",
        lambda m, ctx: _ordinal_month_day(_Flat(m), ctx),
    ),
    RegexRule(
        "day_span",
        rf"\b{MONTH_RE}\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|thru|through|till|until)\s*"
        rf"(?:{MONTH2_RE}\s*)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
        rf"(?:\s*,?\s*{_YEAR})?",
        _day_span,
    ),
    RegexRule(
        "day_span_before",
        r"\b(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|thru|through|till|until)\s*"
        rf"(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:\s*,?\s*{_YEAR})?",
        _day_span,
    ),
    RegexRule(
        "numeric_short",
        r"(?<![\d/.:-])(?P<a>\d{1,2}|\d{4})\s*[/-]\s*(?P<b>\d{1,2}|\d{4})(?![\d/.:-]|\s*[ap]\.?m\b)",
        _numeric_short,
    ),
    RegexRule(
        "numeric_named",
        rf"\b(?P<d>[0-3]?\d)[/-]{MONTH_RE}[/-](?P<yy>\d{{4}}|\d{{2}})\b",
        _numeric_named,
    ),
    RegexRule("month_year", rf"\b{MONTH_RE}\s*,?\s*(?:of\s+)?{_YEAR}", _month_year),
    RegexRule(
        "bare_month",
        r"\b(?:(?P<cue>in|since|until|till|by|from|through|during|before|after|of|last|next|this"
        r"|early|mid|late|for|around|throughout|between|and|to)[\s-]+)?"
        rf"(?:(?:early|mid|late)[\s-]+)?{MONTH_RE}",
        _bare_month,
    ),
]


class _Flat:
    """A match of the two-way ordinal pattern, read through the names of its first way."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, str) and self._m.group(name) is None and name in ("mon", "od", "y"):
            return self._m.group(name + "2")
        return self._m.group(name)

    def start(self, group: str | int = 0) -> int:
        return self._m.start(group)

    def end(self, group: str | int = 0) -> int:
        return self._m.end(group)
