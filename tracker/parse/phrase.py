"""A date phrase typed by a user ("Friday", "in 10 days", "tomorrow 5pm"), read as the future."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.errors import UnknownDateError
from tracker.parse.calendar import day_range
from tracker.parse.context import ScanContext
from tracker.parse.rules.base import Candidate
from tracker.parse.scanner import scan
from tracker.parse.types import Grain, TimeExpr

_LEAD = re.compile(r"\s*(?:(?:by|on|at|until|till|before|due)\s+)?", re.I)
_TRAIL = " \t.,;!"


def resolve_phrase(phrase: str, published: datetime, tz: ZoneInfo) -> TimeExpr:
    """The interval ``phrase`` names, reading it as the future relative to ``published``.

    The whole phrase must be a date (a leading "by"/"on"/"at"/"until" is allowed);
    raises ``UnknownDateError`` for anything else, durations included ("two weeks").
    """
    lead = _LEAD.match(phrase)
    offset = lead.end() if lead else 0
    core = phrase[offset:].rstrip(_TRAIL)
    if not core.strip():
        raise UnknownDateError(phrase)
    ctx = ScanContext(core, published.astimezone(tz), tz, force="future", phrase_mode=True)
    found = scan(ctx)
    cand: Candidate | None
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(core):
        cand = found[0]
    elif not found:
        cand = _dateparser_fallback(core, ctx)
    else:
        cand = None
    if cand is None or cand.start_at is None:
        raise UnknownDateError(phrase)
    cand = _not_before_now(cand, ctx)
    expr = cand.to_expr(core)
    return replace(expr, start=expr.start + offset, end=expr.end + offset)


def _not_before_now(cand: Candidate, ctx: ScanContext) -> Candidate:
    """A bare clock time already gone today ("5pm" typed at 6pm) means tomorrow's."""
    if cand.family != "clock" or cand.start_at is None or cand.end_at is None:
        return cand
    if cand.start_at >= ctx.now:
        return cand
    day = timedelta(days=1)
    return replace(cand, start_at=cand.start_at + day, end_at=cand.end_at + day)


def _dateparser_fallback(core: str, ctx: ScanContext) -> Candidate | None:
    """Odd absolute formats the rules do not know ("8th of Aug '25"), via dateparser."""
    if not re.search(r"\d", core):
        return None
    import dateparser  # type: ignore[import-untyped]  # slow to import: only here, only when the rules found nothing

    settings = {
        "RELATIVE_BASE": ctx.now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    data = dateparser.DateDataParser(languages=["en"], settings=settings).get_date_data(core)
    if data.date_obj is None:
        return None
    if data.period == "time":
        start_at = data.date_obj.replace(tzinfo=ctx.tz)
        end_at = start_at + timedelta(minutes=1)
        return Candidate(0, len(core), Grain.MINUTE, start_at, end_at, True, "dateparser")
    start_at, end_at = ctx.interval(day_range(data.date_obj.date()))
    return Candidate(0, len(core), Grain.DAY, start_at, end_at, note="dateparser")
