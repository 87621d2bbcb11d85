"""What the parser hands out: found temporal expressions and claim drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Grain(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class ClaimKind(StrEnum):
    DEADLINE = "deadline"
    EVENT = "event"
    PROMISE = "promise"
    PREDICTION = "prediction"


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression found in a text, and the interval it resolved to.

    ``start``/``end`` are code-point offsets into the text (end exclusive).
    ``start_at``/``end_at`` are aware datetimes in the article's zone, the interval
    [start_at, end_at); both are None for an expression that names no calendar interval
    (a duration such as "three years", a vague "soon").
    ``has_time`` is True when a time of day was stated ("5 p.m.", "noon").
    ``note`` says in plain words how the value was decided (shown by ``tracker dates``).
    ``part`` is the hours of a part of the day the phrase names ("tonight": 18 to 24).
    """

    text: str
    start: int
    end: int
    grain: Grain | None
    start_at: datetime | None
    end_at: datetime | None
    has_time: bool = False
    note: str = ""
    part: tuple[int, int] | None = None

    @property
    def resolved(self) -> bool:
        return self.start_at is not None and self.end_at is not None


@dataclass(frozen=True)
class ClaimDraft:
    """A forward-looking claim found in an article, not yet stored.

    ``due`` is the moment the claim comes due (aware, in the article's zone), decided by
    ``tracker.parse.due.due_moment``; ``due_date`` is its local calendar date.
    """

    text: str
    start: int
    end: int
    kind: ClaimKind
    when: TimeExpr
    due: datetime
    speaker: str | None = None
    consequence: str | None = None
    confidence: float = 0.5
    lead: str = ""  # the preposition before the date phrase: "by", "on", "until" …

    @property
    def due_date(self) -> date:
        return self.due.date()

    @property
    def time_text(self) -> str:
        """The date phrase as written, with its preposition: "by Friday"."""
        return f"{self.lead} {self.when.text}" if self.lead else self.when.text
