"""Calendar arithmetic on local dates: the intervals each grain names.

Every function returns a half-open pair of dates [first day, day after the last day).
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.parse.types import Grain

DateRange = tuple[date, date]
SEASONS = ("spring", "summer", "autumn", "winter")
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def clamp_year(year: int) -> int:
    return min(max(year, 1), 9998)


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = clamp_year(index // 12), index % 12 + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def days_in_month(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def day_range(d: date) -> DateRange:
    return d, d + timedelta(days=1)


def week_range(d: date) -> DateRange:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=7)


def month_range(year: int, month: int) -> DateRange:
    first = date(clamp_year(year), month, 1)
    return first, add_months(first, 1)


def quarter_range(year: int, quarter: int) -> DateRange:
    first = date(clamp_year(year), 3 * quarter - 2, 1)
    return first, add_months(first, 3)


def half_range(year: int, half: int) -> DateRange:
    first = date(clamp_year(year), 6 * half - 5, 1)
    return first, add_months(first, 6)


def year_range(year: int) -> DateRange:
    return date(clamp_year(year), 1, 1), date(clamp_year(year) + 1, 1, 1)


def decade_range(first_year: int) -> DateRange:
    return date(clamp_year(first_year), 1, 1), date(clamp_year(first_year + 10), 1, 1)


def century_range(first_year: int) -> DateRange:
    return date(clamp_year(first_year), 1, 1), date(clamp_year(first_year + 100), 1, 1)


def season_range(year: int, season: str) -> DateRange:
    """Meteorological season labelled by the year it starts in (winter 2025 = Dec 2025-Feb 2026)."""
    first = date(clamp_year(year), _SEASON_MONTH[season], 1)
    return first, add_months(first, 3)


def season_of(d: date) -> tuple[int, str]:
    """The (label year, season) that contains ``d``."""
    if d.month in (1, 2):
        return d.year - 1, "winter"
    return d.year, SEASONS[(d.month - 3) // 3]


def season_index(year: int, season: str) -> int:
    return year * 4 + SEASONS.index(season)


def part_of(rng: DateRange, grain: Grain, part: str) -> DateRange:
    """The early/mid/late third of a period, in the units people mean by it.

    Months split 1-10 / 11-20 / 21-end and weeks Mon-Wed / Thu / Fri-Sun (the conventions
    of Duckling); a year is early Jan-Mar, mid Jun-Jul ("mid-2026") and late Sep-Dec; other
    periods split into thirds of whole months or years.
    """
    first, after = rng
    if grain is Grain.YEAR and (after.year - first.year, after.month) == (1, first.month):
        start, end = {"early": (0, 3), "mid": (5, 7), "late": (8, 12)}[part]
        return add_months(first, start), add_months(first, end)
    if grain is Grain.MONTH:
        cuts = [first, first.replace(day=11), first.replace(day=21), after]
    elif grain is Grain.WEEK:
        cuts = [first, first + timedelta(days=3), first + timedelta(days=4), after]
    elif grain in (Grain.DECADE, Grain.CENTURY):
        span = after.year - first.year
        a, b = first.year + span // 3, first.year + (2 * span + 2) // 3
        cuts = [first, date(a, 1, 1), date(b, 1, 1), after]
    else:
        months = (after.year - first.year) * 12 + after.month - first.month
        if months < 3:
            return rng
        cuts = [first, add_months(first, months // 3), add_months(first, 2 * months // 3), after]
    index = {"early": 0, "mid": 1, "late": 2}[part]
    return cuts[index], cuts[index + 1]


def local_midnight(d: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(d, time(0), tzinfo=tz)
