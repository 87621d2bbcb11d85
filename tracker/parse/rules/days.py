"""Days named relative to the week or month: "on Friday", "last Tuesday", "the 15th".

A bare weekday is the most recent one (today included) in a past-tense clause and the
coming one (today included) otherwise: an article published on a Friday saying "by
Friday" means that same day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.parse.calendar import add_months, day_range, days_in_month
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import ORDINAL_RE, WEEKDAY_RE, ordinal_number, weekday_number
from tracker.parse.rules.base import Candidate, RegexRule, make
from tracker.parse.types import Grain


def weekday_date(
    today: date, weekday: int, cue: str, past: bool, plain: bool = False
) -> tuple[date, str]:
    """The date a weekday names, and a note saying which reading was taken.

    ``plain`` (a phrase standing alone): "tuesday" said on a Tuesday is next week's, and
    "next tuesday" is the one in next week.
    """
    ahead = (weekday - today.weekday()) % 7
    behind = (today.weekday() - weekday) % 7
    if plain and cue == "next":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=weekday), "the one in next week"
    if plain and not cue and not past:
        return today + timedelta(days=ahead or 7), "the coming one, after today"
    if cue in ("last", "past", "this past", "previous"):
        return today - timedelta(days=behind or 7), "the one before today"
    if cue in ("next", "coming", "this coming", "following"):
        return today + timedelta(days=ahead or 7), "the coming one, after today"
    if cue == "this":
        return today + timedelta(days=ahead), "this week's, today or later"
    if past:
        return today - timedelta(days=behind), "past-tense clause: the latest, today included"
    return today + timedelta(days=ahead), "the coming one, today included"


# a time of day said just before the weekday ("until 6 p.m. Washington time on Sunday"): the
# tense is read from before the time, as it would be for the weekday alone ("until Sunday")
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|\b(?:noon|midnight|midday)\b"
    r"|\b[0-2]?\d:[0-5]\d\b)[^,.;\n\d]{0,24}?\s*,?\s*(?:on\s+)?$",
    re.I,
)


def _weekday(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    word = m.group("wd")
    if not ctx.relaxed and len(word) < 6 and (word[0].islower() or not word.endswith(".")):
        return None  # "sun", "Wed", "sat": words first, weekdays only when dotted
    cue = " ".join((m.group("cue") or "").lower().split())
    start = m.start()
    if not cue:
        clock = _CLOCK_BEFORE.search(ctx.text, max(0, start - 48), start)
        start = clock.start() if clock else start
    # a cue settles the day by itself: the tense is only read without one
    past = not cue and ctx.direction(start, m.end()) == "past"
    day, note = weekday_date(ctx.today, weekday_number(word), cue, past, ctx.standalone)
    if m.group("after"):
        day += timedelta(days=7)
    return make(ctx, m, Grain.DAY, day_range(day), f"weekday: {note}")


def _ordinal_day(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if m.group("od") and not ctx.standalone:
        return None  # "he was the first." in running text is no date
    day, today = ordinal_number(m.group("d") or m.group("od")) or 0, ctx.today
    if not 1 <= day <= 31:
        return None
    first = today.replace(day=1)
    direction = ctx.direction(m.start(), m.end())
    if direction == "past" and day > today.day:
        first = add_months(first, -1)
    elif direction != "past" and day < today.day:
        first = add_months(first, 1)
    if day > days_in_month(first.year, first.month):
        return None
    return make(ctx, m, Grain.DAY, day_range(first.replace(day=day)), "day of the month")


RULES = [
    RegexRule(
        "weekday",
        r"\b(?:(?P<cue>last|next|this(?:\s+(?:past|coming))?|coming|past|previous|following)\s+)?"
        rf"{WEEKDAY_RE}(?P<after>\s+after\s+next)?",
        _weekday,
    ),
    RegexRule(
        "ordinal_day",
        r"\bthe\s+(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)|(?P<od>" + ORDINAL_RE + r"))\b"
        r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:at|and|to|through|until|or)\b)",
        _ordinal_day,
    ),
]
