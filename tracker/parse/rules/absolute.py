"""Calendar dates written out: "Aug. 8, 2025", "8 August", "2025-08-08", "8/8/2025", "in March".

A date without a year takes the year that fits the clause's tense (``pick_year``).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.parse.calendar import day_range, days_in_month, month_range
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import MONTH_RE, month_number
from tracker.parse.rules.base import Candidate, Clock, RegexRule, make
from tracker.parse.tense import Direction
from tracker.parse.types import Grain

_YEAR = r"(?P<y>(?:1[6-9]|20)\d{2})(?![\d,]\d)"


def pick_year(today: date, month: int, day: int | None, direction: Direction) -> int:
    """The year of a yearless date: last occurrence for the past, next for the future.

    A neutral clause keeps the publication year, as newswire annotators mostly do.
    """
    here, there = (today.month, today.day if day else 0), (month, day or 0)
    if direction == "past" and there > here:
        return today.year - 1
    if direction == "future" and there < here:
        return today.year + 1
    return today.year


def _may_is_a_verb(m: re.Match[str], ctx: ScanContext) -> bool:
    word = m.group("mon")
    return word.lower() in ("may", "mar", "march") and word[0].islower() and not ctx.phrase_mode


def _day(ctx: ScanContext, m: re.Match[str], year: int, month: int, day: int) -> Candidate | None:
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    return make(ctx, m, Grain.DAY, day_range(date(year, month, day)), "calendar date")


def _year_or_pick(m: re.Match[str], ctx: ScanContext, month: int, day: int | None) -> int:
    if m.group("y"):
        return int(m.group("y"))
    return pick_year(ctx.today, month, day, ctx.direction(m.start(), m.end()))


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
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (b, a) if ctx.day_first else (a, b)
    return _day(ctx, m, year, month, day)


def _month_year(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if _may_is_a_verb(m, ctx):
        return None
    rng = month_range(int(m.group("y")), month_number(m.group("mon")))
    return make(ctx, m, Grain.MONTH, rng, "month and year")


def _bare_month(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = m.group("mon")
    if not (word[0].isupper() or ctx.phrase_mode) or len(word.rstrip(".")) < 3:
        return None
    month, cue = month_number(word), (m.group("cue") or "").lower()
    if not cue and not ctx.phrase_mode and (month == 5 or (len(word) < 5 and month != 6)):
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
        r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|(?<=/)\d{2})(?![\d/])",
        _numeric,
    ),
    RegexRule(
        "month_day",
        rf"\b{MONTH_RE}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%])(?:\s*,?\s*{_YEAR})?(?![.,]?\d)",
        _month_day,
    ),
    RegexRule(
        "day_month",
        rf"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:\s*,?\s*{_YEAR})?",
        _month_day,
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
