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
    keep "may" the verb and "march" the noun out of running text. ``standalone`` marks a
    text that is only a short phrase with no sentence around it ("tue 3pm"): rules read
    it the plain way (the next occurrence, lowercase abbreviations allowed). ``listing``
    lists every expression as written (``find_dates``); without it (claim extraction)
    alternatives ("in May or June") are one window and a date said more finely in the
    same clause replaces the coarser one ("next month, from Dec. 2 to Dec. 13").
    """

    text: str
    now: datetime
    tz: ZoneInfo
    day_first: bool = False
    force: Direction | None = None
    phrase_mode: bool = False
    standalone: bool = False
    listing: bool = False
    _directions: dict[tuple[int, int], Direction] = field(default_factory=dict, repr=False)

    @property
    def today(self) -> date:
        return self.now.date()

    def direction(self, start: int, end: int) -> Direction:
        if self.force is not None:
            return self.force
        key = (start, end)
        if key not in self._directions:
            found = tense.direction(self.text, start, end)
            self._directions[key] = "future" if found == "neutral" and self.standalone else found
        return self._directions[key]

    @property
    def relaxed(self) -> bool:
        """Capitalisation checks off: a user's phrase or a phrase standing alone."""
        return self.phrase_mode or self.standalone

    def interval(self, rng: DateRange) -> tuple[datetime, datetime]:
        return local_midnight(rng[0], self.tz), local_midnight(rng[1], self.tz)
