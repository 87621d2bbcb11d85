"""Parts of a year: quarters, halves and seasons ("Q1", "the third quarter of next year",
"the first half", "this summer"), and "the end of the month" / "year-end"."""

from __future__ import annotations

import re
from datetime import timedelta

from tracker.parse.calendar import (
    SEASONS,
    add_months,
    half_range,
    part_of,
    quarter_range,
    season_index,
    season_of,
    season_range,
)
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import MONTH2_RE, MONTH_RE, SHIFT, month_number
from tracker.parse.rules.base import Candidate, RegexRule, make
from tracker.parse.rules.relative import period_of
from tracker.parse.types import Grain

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL.update({"fourth": 4, "4th": 4, "latter": 2})
_OF_YEAR = (
    r"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|\s+of\s+(?:the\s+)?(?P<rel>this|next|last|current|previous|the)\s+(?:fiscal\s+)?year)?"
)


def _part_year(m: re.Match[str], ctx: ScanContext, number: int, per_year: int) -> int:
    """The year of "the third quarter": stated, or the one that fits the clause's tense."""
    stated = m.groupdict().get("y0") or m.group("y")
    if stated:
        return int(stated)
    if m.group("rel"):
        return ctx.today.year + SHIFT[m.group("rel").lower()]
    current = (ctx.today.month - 1) * per_year // 12 + 1
    # the tense is read only when it can move the year
    if number > current and ctx.direction(m.start(), m.end()) == "past":
        return ctx.today.year - 1
    if number < current - 1 and ctx.direction(m.start(), m.end()) == "future":
        return ctx.today.year + 1  # the one just ended is still news
    return ctx.today.year


def _quarter(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = (m.group("q") or m.group("qn") or "").lower()
    if word in ("last", "final"):
        if not (m.group("y") or m.group("rel")):
            return None  # "the last quarter" alone is the previous quarter (relative rule)
        number = 4
    else:
        number = _ORDINAL.get(word) or int(word)
    year = _part_year(m, ctx, number, 4)
    rng = quarter_range(year, number)
    last = _ORDINAL.get((m.group("q2") or "").lower())
    if last == number + 1:  # "the third or fourth quarter": one window over both
        rng = (rng[0], quarter_range(year, last)[1])
    elif last is not None:  # "the first and third quarters": two dates (see _first_of_two)
        start_at, end_at = ctx.interval(quarter_range(_part_year(m, ctx, last, 4), last))
        return Candidate(m.start("q2"), m.end(), Grain.QUARTER, start_at, end_at, note="quarter")
    return make(ctx, m, Grain.QUARTER, rng, "quarter")


def _first_of_two(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """The first of two quarters that are not next to each other ("the first and third
    quarters", "the fourth or first quarter"): a date of its own."""
    number = _ORDINAL[m.group("q").lower()]
    if _ORDINAL[m.group("q2").lower()] == number + 1:
        return None  # one window over both (the quarter rule)
    year = _part_year(m, ctx, number, 4)
    return make(ctx, m, Grain.QUARTER, quarter_range(year, number), "quarter")


def _half(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = (m.group("h") or m.group("hn")).lower()
    number = _ORDINAL.get(word) or int(word)
    year = _part_year(m, ctx, number, 2)
    return make(ctx, m, Grain.HALF, half_range(year, number), "half-year")


def _span_year(ctx: ScanContext, m: re.Match[str], first: int, months: int) -> int:
    """The year a span of ``months`` months from ``first`` starts in, when none is said:
    the span under way at publication, else the one the tense points to (the last one for
    the past, the next one for the future), else the nearer of the two."""
    today = ctx.today
    starts = [today.replace(year=today.year + y, month=first, day=1) for y in (-1, 0, 1)]
    for start in starts:
        if start <= today < add_months(start, months):
            return start.year
    before = max(s for s in starts if add_months(s, months) <= today)
    after = min(s for s in starts if s > today)
    ended = (today - add_months(before, months)).days
    direction = ctx.direction(m.start(), m.end())
    if direction == "past" or ended < 92:  # the span just ended is still news
        return before.year
    if direction == "future":
        return after.year
    return before.year if ended <= (after - today).days else after.year


def _month_span(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """ "the January-to-March quarter", "the July-September period": the months from the
    first named to the last, as one window."""
    words = [m.group("mon"), m.group("mon2")]
    if not ctx.relaxed and not all(w[0].isupper() for w in words):
        return None  # "six months to march on the capital"
    first, last = month_number(words[0]), month_number(words[1])
    months = (last - first) % 12 + 1
    if months not in (2, 3, 4, 6, 9, 12):
        return None
    stated = m.group("y")
    year = int(stated) - (first > last) if stated else _span_year(ctx, m, first, months)
    start = ctx.today.replace(year=year, month=first, day=1)
    grain = Grain.QUARTER if months == 3 else Grain.MONTH
    return make(ctx, m, grain, (start, add_months(start, months)), "span of months")


# a season before a noun it qualifies, inside a sentence ("will be tabled in the winter
# session", "during the summer recess"), not in an opening phrase ("In the summer tourists
# flock ...") nor before other words ("in the fall subject to approval")
_QUALIFIES = re.compile(
    r"[ \t]+(?:sessions?|recess|terms?|semesters?|sittings?|collections?|schedules?|games|"
    r"olympics|sales?|statements?|budgets?|meetings?|forecasts?|catalogues?|wardrobes?)\b",
    re.I,
)
_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|[\"“]|\n)\s*$")


# the second of two seasons: "in spring or summer", "over the autumn and winter"
_PAIRED_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:or|and)\s+$", re.I)


def _step_to(index: int, name: str, step: int) -> int:
    """The index of the first season called ``name`` from ``index`` on, by ``step``."""
    name = name.replace("fall", "autumn")
    while SEASONS[index % 4] != name:
        index += step
    return index


def _qualifies(m: re.Match[str], text: str) -> bool:
    """Whether the season only qualifies the noun after it (see _QUALIFIES)."""
    if not _QUALIFIES.match(text, m.end()):
        return False
    return not _OPENS.search(text, max(0, m.start() - 4), m.start())


def _season(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    name = m.group("s").lower().replace("fall", "autumn")
    cue = (m.group("cue") or "").lower()
    paired = _PAIRED_SEASON.search(ctx.text, max(0, m.start() - 16), m.start())
    if not (cue or m.group("pre") or m.group("y") or paired):
        return None  # "a spring in his step", "the fall in prices"
    if not (cue or m.group("y")) and _qualifies(m, ctx.text):
        return None  # "in the winter session of parliament": the season names a kind of thing
    here = season_index(*season_of(ctx.today))
    if m.group("y"):
        year = int(m.group("y"))
    elif cue == "this":
        year = ctx.today.year - (1 if name == "winter" and ctx.today.month < 3 else 0)
    else:
        past = cue in ("last", "past") or (
            cue not in ("next", "coming") and ctx.direction(m.start(), m.end()) == "past"
        )
        step = -1 if past else 1
        index = here + (step if cue in ("last", "past", "next", "coming") else 0)
        if paired and not cue:  # "in the spring or summer": the season after the first one
            index = _step_to(index, paired.group().split()[0].lower(), step)
            step = 1
        year = _step_to(index, name, step) // 4
    rng = season_range(year, name)
    if cue in ("early", "mid", "late"):
        rng = part_of(rng, Grain.SEASON, cue)
    return make(ctx, m, Grain.SEASON, rng, f"season ({cue or 'tense'})")


_ABBREVIATED = {"d": "day", "w": "week", "m": "month", "q": "quarter", "y": "year"}
_PART_GRAIN = {"year": Grain.MONTH, "decade": Grain.YEAR, "century": Grain.DECADE}


def _end_of(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """'the end of the month', 'the beginning of next week', 'EOY', 'BOM', 'year-end'."""
    abbr = m.group("abbr")
    if abbr and not (abbr.isupper() or ctx.relaxed):
        return None
    if abbr:
        unit, part = _ABBREVIATED[abbr[2].lower()], "early" if abbr[0] in "bB" else "late"
    else:
        unit = (m.group("unit") or m.group("unit2")).lower()
        part = "late" if (m.group("edge") or "end").lower() in ("end", "close") else "early"
    cue = " ".join((m.group("rel") or "").lower().split())
    found = period_of(ctx.today, unit, SHIFT.get(cue, 0))
    if unit == "day":
        found = (Grain.DAY, (ctx.today, ctx.today + timedelta(days=1)))
    if found is None:
        return None
    grain, rng = found
    if unit != "day":
        rng = part_of(rng, grain, part)
    note = f"the {'last' if part == 'late' else 'first'} part of the {unit}"
    return make(ctx, m, _PART_GRAIN.get(unit, Grain.DAY), rng, note)


RULES = [
    RegexRule(
        "quarter",
        r"\b(?:the\s+)?(?:(?P<y0>(?:19|20)\d{2})\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
        r"(?:\s+(?:or|and|to)\s+(?:the\s+)?(?P<q2>first|second|third|fourth|1st|2nd|3rd|4th))?"
        r"[\s-]+"
        rf"(?:fiscal\s+)?(?:quarters?|qtr)|(?-i:Q)(?P<qn>[1-4]))\b{_OF_YEAR}",
        _quarter,
    ),
    RegexRule(
        "quarter",
        r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)(?=\s+(?:or|and)\s+"
        r"(?:the\s+)?(?P<q2>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
        rf"quarters?\b{_OF_YEAR})",
        _first_of_two,
    ),
    RegexRule(
        "half",
        r"\b(?:the\s+)?(?:(?P<h>first|second|1st|2nd|latter)[\s-]+half|(?-i:H)(?P<hn>[12]))\b"
        + _OF_YEAR,
        _half,
    ),
    RegexRule(
        "season",
        r"(?P<pre>\b(?:in|during|by|until|over|through|since|for|of)\s+(?:the\s+)?)?"
        r"(?:\b(?P<cue>this|next|last|coming|past|early|late|mid)[\s-]+)?"
        r"\b(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?!\d))?",
        _season,
    ),
    RegexRule(
        "end_of",
        r"\b(?:(?:the\s+)?(?P<edge>end|close|beginning|start)\s+of\s+(?:the\s+)?"
        r"(?:around\s+)?(?P<rel>this|next|last|current|previous|coming|following|past)?"
        r"\s*(?P<unit>week|month|year|quarter|decade|century)\b(?!\s+(?:of|in)\b)"
        r"|(?P<unit2>year|month|quarter)[\s-]end\b|(?:the\s+)?(?P<abbr>[EeBb][Oo][DdWwMmQqYy])\b)",
        _end_of,
    ),
]
RULES.append(
    RegexRule(
        "month_span",
        r"\b(?:the\s+)?(?:"
        + MONTH_RE
        + r"(?:\s*[-–—]\s*(?:to\s*[-–—]\s*)?|\s+(?:to|through)\s+)"
        + MONTH2_RE
        + r"\s+(?:(?:fiscal|financial|calendar)\s+)?(?:quarters?|period|months))"
        + r"(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?!\d))?",
        _month_span,
    )
)
