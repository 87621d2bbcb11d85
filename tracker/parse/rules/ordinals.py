"""Days and weeks counted inside a month or year: "the first Tuesday of October", "the
last day of May 2015", "the 20th of next month", "the second-last week of 2018", "the last
weekend of July"; and weekdays counted from today ("3 Fridays from now", "2 Thursdays ago").
"""

from __future__ import annotations

import re
from datetime import timedelta

from tracker.parse.calendar import DateRange, add_months, day_range, month_range, year_range
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import (
    MONTH_RE,
    NUM_RE,
    ORDINAL_RE,
    SHIFT,
    month_number,
    ordinal_number,
    parse_number,
    weekday_number,
)
from tracker.parse.rules.absolute import pick_year
from tracker.parse.rules.base import Candidate, RegexRule, make
from tracker.parse.types import Grain

_WD_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
_WD = rf"(?P<wd>{_WD_WORDS})"
_MONTH_AHEAD = MONTH_RE.replace("(?P<mon>", "(?:")
_PERIOD = (
    rf"(?:the\s+)?(?:(?P<rel>this|next|last|current|previous|coming|the)\s+month"
    rf"|{MONTH_RE}(?:\s*,?\s*(?P<y>(?:1[6-9]|20)\d{{2}}))?|(?P<yonly>(?:1[6-9]|20)\d{{2}}))"
)


def _period(m: re.Match[str], ctx: ScanContext) -> DateRange | None:
    if m.group("yonly"):
        return year_range(int(m.group("yonly")))
    if m.group("rel"):
        moved = add_months(ctx.today, SHIFT[m.group("rel").lower()])
        return month_range(moved.year, moved.month)
    month = month_number(m.group("mon"))
    if m.group("y"):
        return month_range(int(m.group("y")), month)
    year = pick_year(ctx.today, month, None, ctx.direction(m.start(), m.end()))
    return month_range(year, month)


def _nth(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    rng = _period(m, ctx)
    word = m.group("ord").lower()
    from_end = word == "last" or bool(m.group("last"))
    number = 1 if word == "last" else ordinal_number(word)
    if rng is None or not number:
        return None
    first, after = rng
    said = (m.group("what") or "day").lower()
    what = " ".join(said.replace("-", " ").split()).replace(" ", "")
    if what in ("weekend", "wkend"):
        what, wd = "weekday", 4
    elif what == "week":
        wd = 0
    elif what != "day":
        wd = weekday_number(what)
    if what == "day":
        day = after - timedelta(days=number) if from_end else first + timedelta(days=number - 1)
        if not first <= day < after:
            return None
        return make(ctx, m, Grain.DAY, day_range(day), "a day counted in its month")
    if from_end:
        last = after - timedelta(days=7 if what == "week" else 1)
        day = last - timedelta(days=(last.weekday() - wd) % 7) - timedelta(days=7 * (number - 1))
    else:
        day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (number - 1))
    if not first <= day < after:
        return None
    if what == "week":
        return make(
            ctx, m, Grain.WEEK, (day, day + timedelta(days=7)), "a week counted in its period"
        )
    if said.replace("-", "").replace(" ", "") in ("weekend", "wkend"):
        cand = make(
            ctx, m, Grain.DAY, (day + timedelta(days=1), day + timedelta(days=3)), "weekend"
        )
        if ctx.standalone and cand.start_at is not None:
            start_at = cand.start_at - timedelta(hours=6)
            return Candidate(m.start(), m.end(), Grain.HOUR, start_at, cand.end_at, True, "weekend")
        return cand
    return make(ctx, m, Grain.DAY, day_range(day), "a weekday counted in its month")


def _weekdays_away(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    count = parse_number(m.group("n"))
    if not count or count != int(count) or count > 60:
        return None
    wd, today = weekday_number(m.group("wd")), ctx.today
    if m.group("dir").lower() in ("ago", "back"):
        day = today - timedelta(days=(today.weekday() - wd) % 7 or 7) - timedelta(weeks=count - 1)
    else:
        day = today + timedelta(days=(wd - today.weekday()) % 7 or 7) + timedelta(weeks=count - 1)
    return make(ctx, m, Grain.DAY, day_range(day), "weekdays counted from today")


def _weekday_dom(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'Tuesday the 19th': the nearest such date (ahead, or behind in a past clause)."""
    number, wd = ordinal_number(m.group("d")), weekday_number(m.group("wd"))
    if not number or not 1 <= number <= 31:
        return None
    step = -1 if ctx.direction(m.start(), m.end()) == "past" else 1
    first = ctx.today.replace(day=1)
    for shift in range(0, 28 * step, step):
        month = add_months(first, shift)
        try:
            day = month.replace(day=number)
        except ValueError:
            continue
        if day.weekday() == wd and (day >= ctx.today if step > 0 else day <= ctx.today):
            return make(ctx, m, Grain.DAY, day_range(day), "weekday and day of the month")
    return None


RULES = [
    RegexRule(
        "nth_of",
        rf"\b(?:the\s+)?(?P<ord>{ORDINAL_RE}|last|[0-3]?\d(?=\s+(?:day\s+)?of))(?:[\s-]+(?P<last>last))?\s+"
        rf"(?P<what>{_WD_WORDS}|day|week(?:[\s-]?end)?|wkend)\s+(?:of|in)\s+{_PERIOD}\b",
        _nth,
    ),
    RegexRule(
        "dom_of_month",
        rf"\b(?:the\s+)?(?P<ord>{ORDINAL_RE}|[0-3]?\d)(?P<last>)(?:\s+(?P<what>day))?\s+of\s+"
        r"(?:the\s+)?(?P<rel>this|next|last|current|previous|coming)\s+month(?P<mon>)(?P<y>)(?P<yonly>)\b",
        _nth,
    ),
    RegexRule(
        "weekdays_away",
        rf"\b(?P<n>{NUM_RE})\s+{_WD}s\s+(?P<dir>from\s+now|hence|ago|back)\b",
        _weekdays_away,
    ),
    RegexRule(
        "weekday_dom",
        rf"\b{_WD}\.?,?\s+(?:the\s+)?(?P<d>[0-3]?\d(?:st|nd|rd|th)|{ORDINAL_RE})\b"
        rf"(?!\s+(?:of\s+)?{_MONTH_AHEAD})"
        # "next Friday, the first summit": an ordinal before a noun is no day of the month
        r"(?!\s+(?!(?:at|and|or|to|from|in|on|by|until|till|through|with|for|is|was|will|when)\b)"
        r"[a-z])",
        _weekday_dom,
    ),
]
