"""Dates counted from the publication day: "tomorrow", "next week", "in 10 days", "a year ago"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tracker.parse.calendar import (
    DateRange,
    add_months,
    century_range,
    day_range,
    decade_range,
    month_range,
    quarter_range,
    week_range,
    year_range,
)
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import (
    NUM_RE,
    SHIFT,
    UNIT_DAYS,
    UNIT_MONTHS,
    UNIT_RE,
    parse_number,
    to_verb,
    unit_name,
)
from tracker.parse.rules.base import Candidate, RegexRule, make, unresolved
from tracker.parse.types import Grain

# "its first win in 17 years", "the biggest drop in a year": a span of the past, not a date
_SPAN_OF_PAST = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|longest|shortest|"
    r"strongest|weakest|fastest|slowest|deepest|sharpest|steepest|most|least|record|only|"
    r"never|once)\b[^,;.]*$",
    re.I,
)
# "set back the project by two to three years", "cut the wait by one to two weeks": how far
# something moved or changed, not a date ("by two years' time" is one)
_BY_AMOUNT = re.compile(r"\bby\s+(?:(?:about|around|some|up\s+to|roughly|nearly)\s+)?$", re.I)
_GRANTED = re.compile(r"\b(?:gave|give[sn]?|giving|grant\w*|allow\w*)\b", re.I)
_DAY_WORDS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _from_now(m: re.Match[str], ctx: ScanContext, offset: timedelta) -> Candidate:
    """A minute ``offset`` from the publication moment ("in 2 hours", bare phrases only)."""
    start_at = ctx.now + offset
    return Candidate(
        m.start(),
        m.end(),
        Grain.MINUTE,
        start_at,
        start_at + timedelta(minutes=1),
        True,
        "counted from now",
    )


def period_of(today: date, unit: str, shift: int) -> tuple[Grain, DateRange] | None:
    """The week/month/quarter/year/... containing today, moved ``shift`` whole units."""
    if unit in ("week", "weekend"):
        monday = week_range(today)[0] + timedelta(days=7 * shift)
        if unit == "weekend":
            return Grain.WEEK, (monday + timedelta(days=5), monday + timedelta(days=7))
        return Grain.WEEK, week_range(monday)
    if unit == "month":
        moved = add_months(today, shift)
        return Grain.MONTH, month_range(moved.year, moved.month)
    if unit == "quarter":
        index = today.year * 4 + (today.month - 1) // 3 + shift
        return Grain.QUARTER, quarter_range(index // 4, index % 4 + 1)
    if unit == "year":
        return Grain.YEAR, year_range(today.year + shift)
    if unit == "decade":
        return Grain.DECADE, decade_range(today.year // 10 * 10 + 10 * shift)
    if unit == "century":
        return Grain.CENTURY, century_range(today.year // 100 * 100 + 100 * shift)
    return None


def units_after(today: date, unit: str, amount: float) -> date:
    """The day ``amount`` days or weeks (rounded to a day), or whole months or years, after
    ``today``."""
    if unit in UNIT_DAYS:
        return today + timedelta(days=round(amount * UNIT_DAYS[unit]))
    return add_months(today, int(amount) * UNIT_MONTHS[unit])


def shifted(today: date, unit: str, amount: float) -> tuple[Grain, DateRange] | None:
    """The unit-sized period ``amount`` units away from today ("3 days ago", "in 2 years")."""
    if unit in UNIT_DAYS:
        return Grain.DAY, day_range(units_after(today, unit, amount))
    if unit in UNIT_MONTHS and amount == int(amount):
        moved = units_after(today, unit, amount)
        if unit in ("year", "decade", "century"):
            return Grain.YEAR, year_range(moved.year)
        return Grain.MONTH, month_range(moved.year, moved.month)
    return None


def _day_word(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = (m.group("w") or m.group("dayx") or m.group("w2")).lower()
    offset = _DAY_WORDS.get(word, 0)
    if m.group("dayx"):
        offset = 2 if m.group("dayx").lower() == "after tomorrow" else -2
    return make(ctx, m, Grain.DAY, day_range(ctx.today + timedelta(days=offset)), word)


def _this_next_last(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    cue = " ".join(m.group("cue").lower().split()).removeprefix("the ")
    if cue in ("past", "the past") and not ctx.standalone:
        return unresolved(m, "the past <unit>: a stretch of time, not a calendar period")
    found = period_of(ctx.today, unit_name(m.group("unit")), SHIFT[cue])
    return make(ctx, m, found[0], found[1], f"{cue} {m.group('unit')}") if found else None


def _ago(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    amount = parse_number(m.group("n"))
    sign = -1 if m.group("dir").lower() in ("ago", "earlier", "before") else 1
    unit = unit_name(m.group("unit"))
    if ctx.standalone and amount and amount == int(amount) and unit not in ("minute", "hour"):
        return _moment(m, ctx, unit, sign * int(amount))
    if ctx.standalone and amount and unit in ("minute", "hour"):
        step = timedelta(minutes=1) if unit == "minute" else timedelta(hours=1)
        return _from_now(m, ctx, sign * amount * step)
    found = shifted(ctx.today, unit, sign * amount) if amount else None
    if found is None:
        return unresolved(m, "a relative time too fine or too vague to place")
    return make(ctx, m, found[0], found[1], "counted from the publication day")


def _offset(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """ "three days after", "the day before": counted from the date that follows (see
    combine); weak, so kept alone only in a bare phrase, counted from today."""
    amount = parse_number(m.group("n")) if m.group("n") else 1
    sign = -1 if (m.group("dir") or m.group("dir2")).lower() == "before" else 1
    found = shifted(ctx.today, unit_name(m.group("unit") or m.group("unit2")), sign * (amount or 0))
    if not amount or found is None:
        return None
    return replace(make(ctx, m, found[0], found[1], "counted from the date after it"), weak=True)


def _moment(m: re.Match[str], ctx: ScanContext, unit: str, amount: int) -> Candidate:
    """A bare phrase 'in 7 days' / '3 months ago': the moment that far from now."""
    moved = units_after(ctx.today, unit, amount)
    start_at = ctx.now.replace(year=moved.year, month=moved.month, day=moved.day)
    grain = Grain.HOUR if unit in UNIT_DAYS else Grain.DAY
    return Candidate(
        m.start(), m.end(), grain, start_at, start_at + timedelta(hours=1), True, "counted from now"
    )


def _within(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'in 10 days' is a day; 'within 10 days' and 'the next 2 weeks' run from today."""
    low, high = parse_number(m.group("n")), parse_number(m.group("n2") or m.group("n"))
    unit = unit_name(m.group("unit"))
    prep = (m.group("prep") or "").lower().split()
    plain = prep == ["in"] or (not prep and m.group("from"))
    if ctx.standalone and plain and low is not None and low == high:
        if unit in ("minute", "hour"):
            step = timedelta(minutes=low) if unit == "minute" else timedelta(hours=low)
            return _from_now(m, ctx, step)
        if low == int(low):
            return _moment(m, ctx, unit, int(low))
    if not prep and low is not None and low == high and low == int(low) and _granted(m, ctx):
        return _granted_end(m, ctx, unit, int(low))
    if (
        unit in ("minute", "hour")
        and low is not None
        and low == high
        and prep in (["in"], ["within"])
    ):
        return _hours_ahead(m, ctx, timedelta(**{f"{unit}s": low}), prep == ["within"])
    if low is None or high is None or unit in ("minute", "hour"):
        return unresolved(m, "a relative time too fine or too vague to place")
    if not prep and not m.group("n2") and not m.group("from"):
        return unresolved(m, "a duration", "duration")
    if not prep and not m.group("from") and _by_amount(m, ctx.text):
        return unresolved(m, "an amount of change ('delayed by two to three years')", "duration")
    far = shifted(ctx.today, unit, high)
    near = shifted(ctx.today, unit, low)
    if far is None or near is None:
        return unresolved(m, "a fractional count of months or years")
    granted = _GRANTED.search(ctx.text, max(0, m.start() - 60), m.start())
    if not prep and not granted and ctx.direction(m.start(), m.end()) == "past":
        return unresolved(m, "a span of time in a past-tense clause", "duration")
    if (
        prep == ["in"]
        and not m.group("from")
        and _SPAN_OF_PAST.search(ctx.text, max(0, m.start() - 80), m.start())
    ):
        return unresolved(m, "a span of the past ('the first ... in 17 years')", "duration")
    if "within" in prep and low == high and low == int(low):
        return _within_end(m, ctx, unit, int(low))
    if _stretch_ahead(prep, ctx) and low == high and low == int(low):
        end = units_after(ctx.today, unit, int(low))  # "the next 18 months": to that very day
        return make(ctx, m, Grain.DAY, (ctx.today, end + timedelta(days=1)), "a stretch from now")
    first = near[1][0] if prep == ["in"] or not prep or m.group("from") else ctx.today
    if first == far[1][0] and far[0] is Grain.DAY:
        return make(ctx, m, Grain.DAY, far[1], "counted from the publication day")
    end = far[1][0] + timedelta(days=1) if far[0] is Grain.DAY else far[1][1]
    return make(ctx, m, Grain.DAY, (first, end), "a range counted from the publication day")


def _stretch_ahead(prep: list[str], ctx: ScanContext) -> bool:
    """ "(over) the next 18 months" in running text: a stretch that ends on the same day that
    many units on, not at the end of that month."""
    return not ctx.standalone and len(prep) > 1 and prep[-1] in ("next", "coming")


def _by_amount(m: re.Match[str], text: str) -> bool:
    """A count after "by" that is a magnitude, not a time from now ("by two years' time")."""
    if text[m.end() : m.end() + 7].lstrip("'’ ").lower().startswith("time"):
        return False
    return _BY_AMOUNT.search(text, max(0, m.start() - 20), m.start()) is not None


def _hours_ahead(m: re.Match[str], ctx: ScanContext, offset: timedelta, within: bool) -> Candidate:
    """'in two hours' is the moment that far after publication; 'within 48 hours' in running
    text runs from today to the day it ends (typed as a due phrase, it is that moment)."""
    if not within or ctx.standalone or ctx.phrase_mode:
        return _from_now(m, ctx, offset)
    end = (ctx.now + offset).date()
    return make(ctx, m, Grain.DAY, (ctx.today, end + timedelta(days=1)), "within: up to that day")


GRANTED = "the end of the time granted"
_GRANTED_VERB = re.compile(
    r"\b(?:gave|give[sn]?|grant(?:s|ed)?|has|have)\s+(?:[\w'’-]+\s+){0,4}$", re.I
)
_TO_ACT = re.compile(
    r"\s+(?:(?:in\s+which|or\s+so)\s+)?" + to_verb(be=False, demonstrative=True), re.I
)


def _granted(m: re.Match[str], ctx: ScanContext) -> bool:
    """'gave the envoy 72 hours to leave', 'has 30 days to appeal': time granted to act."""
    text = ctx.text
    return bool(
        _TO_ACT.match(text, m.end())
        and _GRANTED_VERB.search(text, max(0, m.start() - 60), m.start())
    )


def _granted_end(m: re.Match[str], ctx: ScanContext, unit: str, amount: int) -> Candidate:
    """The day the granted time runs out, counted from the publication moment."""
    if unit in ("minute", "hour"):
        end = (ctx.now + timedelta(**{f"{unit}s": amount})).date()
    else:
        end = units_after(ctx.today, unit, amount)
    return make(ctx, m, Grain.DAY, (end, end + timedelta(days=1)), GRANTED)


def _within_end(m: re.Match[str], ctx: ScanContext, unit: str, amount: int) -> Candidate:
    """'within five years': from now up to the day that many units ahead (a bare phrase ends
    at that day's start, as Duckling reads it)."""
    end = units_after(ctx.today, unit, amount)
    if ctx.standalone:
        end_at = ctx.interval((end, end))[0]
        return Candidate(m.start(), m.end(), Grain.DAY, ctx.now, end_at, True, "within")
    return make(ctx, m, Grain.DAY, (ctx.today, end + timedelta(days=1)), "within: up to that day")


def _within_unit(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'within the next week': up to one unit ahead, not the calendar week after this one."""
    return _within_end(m, ctx, unit_name(m.group("unit")), 1)


def _upcoming(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'the upcoming two weeks' read as Duckling does: the one unit that many ahead."""
    amount = parse_number(m.group("n") or m.group("n2"))
    unit = unit_name(m.group("unit"))
    if not amount or amount != int(amount):
        return None
    if unit == "day":
        return make(
            ctx, m, Grain.DAY, day_range(ctx.today + timedelta(days=int(amount))), "upcoming"
        )
    found = period_of(ctx.today, unit, int(amount))
    return make(ctx, m, found[0], found[1], "upcoming units") if found else None


def _last_next_n(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'last 2 weeks' = the two whole weeks before this one; 'next 3 days' = the 3 after today."""
    amount = parse_number(m.group("n")) if m.group("n").lower() != "few" else 3
    unit = unit_name(m.group("unit"))
    if not amount or amount != int(amount) or amount > 1000:
        return None
    n = int(amount)
    back = m.group("cue").lower() in ("last", "past")
    if unit in ("minute", "hour"):
        step = timedelta(minutes=1) if unit == "minute" else timedelta(hours=1)
        floor = ctx.now.replace(second=0, microsecond=0)
        if unit == "hour":
            floor = floor.replace(minute=0)
        start_at, end_at = (
            (floor - n * step, floor) if back else (floor + step, floor + (n + 1) * step)
        )
        grain = Grain.MINUTE if unit == "minute" else Grain.HOUR
        return Candidate(m.start(), m.end(), grain, start_at, end_at, True, "a run of units")
    if unit == "day":
        first = ctx.today - timedelta(days=n) if back else ctx.today + timedelta(days=1)
        return make(ctx, m, Grain.DAY, (first, first + timedelta(days=n)), "a run of days")
    near = period_of(ctx.today, unit, -1 if back else 1)
    far = period_of(ctx.today, unit, -n if back else n)
    if near is None or far is None:
        return None
    rng = (far[1][0], near[1][1]) if back else (near[1][0], far[1][1])
    return make(ctx, m, near[0], rng, "a run of whole units")


_COUNT = rf"(?P<n>{NUM_RE})(?:\s*(?:to|-|–|or)\s*(?P<n2>{NUM_RE}))?\s+{UNIT_RE}"
RULES = [
    RegexRule(
        "day_word",
        r"\b(?:(?:the\s+)?day\s+(?P<dayx>after\s+tomorrow|before\s+yesterday)|"
        r"(?P<w>today|tonight|tomorrow|yesterday)(?:'s|(?<=w)s)?|(?P<w2>this)\s+(?:morning|afternoon|evening))\b",
        _day_word,
    ),
    RegexRule(
        "this_next_last",
        r"\b(?P<cue>this(?:\s+(?:past|coming))?|next|last|(?:the\s+)?(?:coming|current|following|"
        r"previous|past|upcoming))\s+(?P<unit>week(?:end)?|month|quarter|qtr|year|yr|decade|century)\b",
        _this_next_last,
    ),
    RegexRule(
        "upcoming",
        rf"\b(?:upcoming\s+(?P<n>{NUM_RE})|(?P<n2>{NUM_RE})\s+upcoming)\s+{UNIT_RE}",
        _upcoming,
    ),
    RegexRule(
        "last_next_n",
        rf"(?<!the\s)\b(?P<cue>last|past|next)\s+(?P<n>{NUM_RE}|few)\s+{UNIT_RE}",
        _last_next_n,
    ),
    RegexRule(
        "ago",
        rf"\b(?P<n>{NUM_RE})\s+{UNIT_RE}\s+(?P<dir>ago|earlier|before|from\s+(?:right\s+)?(?:now|today)|hence|later)\b(?!\s+than\b)",
        _ago,
    ),
    RegexRule(
        "offset",
        rf"\b(?:(?P<n>{NUM_RE})\s+{UNIT_RE}\s+(?P<dir>after)|the\s+(?P<unit2>day|week)\s+"
        r"(?P<dir2>before|after))\b(?!\s+(?:tomorrow|yesterday)\b)",
        _offset,
    ),
    RegexRule(
        "within_unit",
        r"\bwithin\s+(?:the\s+)?(?:next|coming)\s+(?P<unit>day|week|fortnight|month|year|decade)\b",
        _within_unit,
    ),
    RegexRule(
        "within",
        rf"\b(?:(?P<prep>in|within|(?:in|over|during|for|within)?\s*the\s+next|the\s+coming)\s+)?"
        rf"{_COUNT}(?P<from>\s+from\s+(?:right\s+)?(?:now|today))?",
        _within,
    ),
]
