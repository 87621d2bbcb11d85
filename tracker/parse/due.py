"""When a claim comes due, given its kind and the interval its date phrase names."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from tracker.parse.types import ClaimKind, Grain, TimeExpr

END_OF_DAY = time(23, 59, 59)


def due_moment(kind: ClaimKind, when: TimeExpr, *, event_hour: int = 9) -> datetime:
    """The moment a claim with this date phrase comes due, in the phrase's zone.

    - a stated time of day ("5 p.m. Friday") is the moment itself;
    - an event on one day ("on Wednesday") comes due at ``event_hour`` local that day, or at
      the start of the part of the day it names when ``event_hour`` lies outside it
      ("tonight" at 18:00);
    - anything else ("by Friday", "next month", "by 2030", "the end of June", a range of
      days) at the end of its last day, 23:59:59 local, when a verdict becomes possible.
    """
    if when.start_at is None or when.end_at is None:
        raise ValueError(f"{when.text!r} names no calendar interval")
    if when.has_time:
        return when.start_at
    one_day = when.end_at.date() - when.start_at.date() <= timedelta(days=1)
    if kind is ClaimKind.EVENT and when.grain is Grain.DAY and one_day:
        hour = event_hour
        if when.part is not None and not when.part[0] <= event_hour < when.part[1]:
            hour = when.part[0]
        return when.start_at.replace(hour=hour, minute=0, second=0, microsecond=0)
    last_day = (when.end_at - timedelta(seconds=1)).date()
    return datetime.combine(last_day, END_OF_DAY, tzinfo=when.start_at.tzinfo)
