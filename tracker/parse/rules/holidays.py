"""Named holidays: "by Christmas", "before Thanksgiving", "on Easter Sunday", "Labor Day 2026".

Every holiday is fixed by one entry of ``HOLIDAYS``: its names and the function that gives
its date in a year (US holidays by US rules). A holiday without a year is the coming one in
a forward-looking clause, the latest one in a past-tense clause and the nearest one when
the clause says neither; "next"/"last"/"this" and a stated year decide when present.
"before X" names the day before X, the last day by which the thing must happen; "after X"
names the day after X, the first day it can happen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tracker.parse.calendar import day_range
from tracker.parse.context import ScanContext
from tracker.parse.rules.base import Candidate, RegexRule
from tracker.parse.types import Grain


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_gap = year // 100 - year // 400 - 2  # 13 days from 1900 to 2099
    return date(year, month, day + 1) + timedelta(days=julian_gap)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n`` = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], date]:
    return lambda year: nth_weekday(year, month, weekday, n)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _election_day(year: int) -> date:
    """US Election Day: the Tuesday after the first Monday in November."""
    return nth_weekday(year, 11, 0, 1) + timedelta(days=1)


_S = r"(?:'|’)?s?"  # "New Year's", "Presidents' Day", "Valentines Day"
# (names pattern, date in a year); the first matching entry wins, so longer names come first
HOLIDAYS: list[tuple[str, Callable[[int], date]]] = [
    (r"christmas\s+eve|xmas\s+eve", _fixed(12, 24)),
    (r"christmas(?:\s+day)?|xmas", _fixed(12, 25)),
    (rf"new\s+year{_S}\s+eve", _fixed(12, 31)),
    (r"new\s+year(?:'|’)s(?:\s+day)?|new\s+year\s+day", _fixed(1, 1)),
    (r"thanksgiving(?:\s+day)?", _nth(11, 3, 4)),
    (r"black\s+friday", lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
    (r"cyber\s+monday", lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4)),
    (r"labou?r\s+day", _nth(9, 0, 1)),
    (r"memorial\s+day", _nth(5, 0, -1)),
    (r"independence\s+day|(?:the\s+)?fourth\s+of\s+july", _fixed(7, 4)),
    (r"orthodox\s+easter(?:\s+sunday)?", orthodox_easter),
    (r"easter\s+monday", _from_easter(1)),
    (r"easter(?:\s+sunday)?", _from_easter(0)),
    (r"good\s+friday", _from_easter(-2)),
    (r"palm\s+sunday", _from_easter(-7)),
    (r"ash\s+wednesday", _from_easter(-46)),
    (r"election\s+day", _election_day),
    (r"hallowe'?en", _fixed(10, 31)),
    (rf"(?:st\.?|saint)\s+valentine{_S}(?:\s+day)?|valentine{_S}\s+day", _fixed(2, 14)),
    (r"boxing\s+day", _fixed(12, 26)),
    (r"juneteenth", _fixed(6, 19)),
    (
        r"(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)(?:\s+jr\.?)?(?:'s)?\s+day|mlk\s+day",
        _nth(1, 0, 3),
    ),
    (rf"presidents?{_S}\s+day|washington{_S}\s+birthday", _nth(2, 0, 3)),
    (r"veterans?(?:'|’)?\s+day|armistice\s+day|remembrance\s+day", _fixed(11, 11)),
    (rf"(?:st\.?|saint)\s+patrick{_S}(?:\s+day)?", _fixed(3, 17)),
    (rf"mother{_S}\s+day", _nth(5, 6, 2)),
    (rf"father{_S}\s+day", _nth(6, 6, 3)),
    (r"columbus\s+day|indigenous\s+peoples(?:'|’)?\s+day", _nth(10, 0, 2)),
    (r"bastille\s+day", _fixed(7, 14)),
    (r"canada\s+day", _fixed(7, 1)),
]
_NAMES = "|".join(names for names, _ in HOLIDAYS)
_EACH = [re.compile(names, re.I) for names, _ in HOLIDAYS]
_BEFORE = re.compile(
    r"(?:(?P<before>\b(?:before|ahead\s+of)\s+)|(?P<after>\b(?:after|following)\s+))?"
    r"(?:\b(?P<cue>next|last|this(?:\s+(?:coming|past))?|coming)\s+)?$",
    re.I,
)
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})(?!\d)")
# "three days after Easter", "the Friday before Thanksgiving": a span or day counted from the
# holiday, which other rules read; "before" or "after" alone is the day before or after
_COUNTED = re.compile(
    r"\b(?:days?|weeks?|months?|years?|nights?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\s+$",
    re.I,
)


def _pick(day_in: Callable[[int], date], ctx: ScanContext, start: int, end: int) -> date:
    today = ctx.today
    nearby = [day_in(today.year + shift) for shift in (-1, 0, 1)]
    direction = ctx.direction(start, end)
    if direction == "future":
        return next(d for d in nearby if d >= today)
    if direction == "past":
        return [d for d in nearby if d <= today][-1]
    return min(nearby, key=lambda d: abs((d - today).days))


def _holiday(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    name = m.group()
    if not ctx.relaxed and not name[0].isupper():
        return None  # "a christmas tree" in lower case is no date
    day_in = next(HOLIDAYS[i][1] for i, each in enumerate(_EACH) if each.fullmatch(name))
    lead = _BEFORE.search(ctx.text, max(0, m.start() - 28), m.start())
    year = _YEAR_AFTER.match(ctx.text, m.end())
    cue = " ".join(((lead and lead.group("cue")) or "").lower().split())
    start = lead.start("cue") if lead and lead.group("cue") else m.start()
    end = year.end() if year else m.end()
    today = ctx.today
    if year:
        day = day_in(int(year.group("y")))
    elif cue in ("next", "coming", "this coming"):
        day = next(d for d in (day_in(today.year), day_in(today.year + 1)) if d > today)
    elif cue in ("last", "this past"):
        day = next(d for d in (day_in(today.year), day_in(today.year - 1)) if d < today)
    elif cue == "this":
        day = day_in(today.year)
    else:
        day = _pick(day_in, ctx, m.start(), m.end())
    note = f"holiday: {' '.join(name.split())}"
    counted = lead is not None and _COUNTED.search(
        ctx.text, max(0, lead.start() - 24), lead.start()
    )
    if lead and lead.group("before") and not counted:
        start, day, note = lead.start(), day - timedelta(days=1), f"the day before {note}"
    elif lead and lead.group("after") and not counted:
        start, day, note = lead.start(), day + timedelta(days=1), f"the day after {note}"
    start_at, end_at = ctx.interval(day_range(day))
    return Candidate(start, end, Grain.DAY, start_at, end_at, note=note)


RULES = [
    RegexRule(
        "holiday",
        rf"\b(?:{_NAMES})(?![\w'’])",
        _holiday,
    ),
]
