"""What every rule needs to resolve a match: the text, the publication moment and zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tracker.parse import tense
from tracker.parse.calendar import DateRange, local_midnight
from tracker.parse.tense import Direction


@dataclass
class ScanContext:
    """One scan of one text. ``now`` is the publication moment in ``tz``.

    ``force`` fixes the direction of every relative date (``resolve_phrase`` reads a
    user's phrase as the future); ``phrase_mode`` relaxes the capitalisation checks that
    keep "may" the verb and "march" the noun out of running text.
    """

    text: str
    now: datetime
    tz: ZoneInfo
    day_first: bool = False
    force: Direction | None = None
    phrase_mode: bool = False
    _directions: dict[tuple[int, int], Direction] = field(default_factory=dict, repr=False)

    @property
    def today(self) -> date:
        return self.now.date()

    def direction(self, start: int, end: int) -> Direction:
        if self.force is not None:
            return self.force
        key = (start, end)
        if key not in self._directions:
            self._directions[key] = tense.direction(self.text, start, end)
        return self._directions[key]

    def interval(self, rng: DateRange) -> tuple[datetime, datetime]:
        return local_midnight(rng[0], self.tz), local_midnight(rng[1], self.tz)
