"""Small builders for test data."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.parse.types import Grain, TimeExpr

NEW_YORK = ZoneInfo("America/New_York")


def day(value: str, tz: ZoneInfo = NEW_YORK) -> TimeExpr:
    """A day-grain date phrase resolved to the local day ``value`` (YYYY-MM-DD)."""
    start = datetime.fromisoformat(value).replace(tzinfo=tz)
    return TimeExpr(
        text=value,
        start=0,
        end=len(value),
        grain=Grain.DAY,
        start_at=start,
        end_at=start + timedelta(days=1),
    )


class Clock:
    """An injectable clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment
