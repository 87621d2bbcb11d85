"""The rule interface: a rule finds candidate expressions in a text and resolves them."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.parse.calendar import DateRange
from tracker.parse.context import ScanContext
from tracker.parse.types import Grain, TimeExpr


@dataclass(frozen=True)
class Clock:
    """A stated time of day, kept so that a later pass can put it on a stated date."""

    hour: int
    minute: int
    zone: ZoneInfo | None = None
    has_minute: bool = False
    ambiguous: bool = False  # an hour 1-12 said without am/pm ("at 3")
    until: Clock | None = None  # the end of a stated range ("3-4pm"), inclusive

    def pm(self) -> Clock:
        """The afternoon reading of an hour said without am/pm ("8 tonight")."""
        until = self.until.pm() if self.until else None
        if self.ambiguous and self.hour < 12:
            return replace(self, hour=self.hour + 12, ambiguous=False, until=until)
        return replace(self, ambiguous=False, until=until)

    def settled(self, plain: bool) -> Clock:
        """A definite hour: as said when ``plain``, else 1-6 read as the afternoon."""
        if not self.ambiguous:
            return self
        if plain or self.hour > 6 or self.hour == 12:
            return replace(self, ambiguous=False)
        return self.pm()

    def on(self, day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
        moment = datetime.combine(day, time(self.hour, self.minute), tzinfo=self.zone or tz)
        length = timedelta(minutes=1) if self.has_minute else timedelta(hours=1)
        end = moment + length
        if self.until is not None:
            end = self.until.on(day, tz)[1]
            if end <= moment:
                end += timedelta(days=1)
        return moment.astimezone(tz), end.astimezone(tz)

    @property
    def grain(self) -> Grain:
        return Grain.MINUTE if self.has_minute else Grain.HOUR


@dataclass(frozen=True)
class Candidate:
    """A match before overlaps are settled. ``family`` names the rule family that made it."""

    start: int
    end: int
    grain: Grain | None
    start_at: datetime | None = None
    end_at: datetime | None = None
    has_time: bool = False
    note: str = ""
    family: str = ""
    clock: Clock | None = None
    part: tuple[int, int] | None = None  # the hours of a part of the day ("evening")
    weak: bool = False  # kept only when joined to a date or when the text is a bare phrase
    anchor: date | None = None  # the day an offset was counted from ("the Friday before X": X)

    @property
    def day(self) -> date | None:
        """The calendar day, for a resolved day-grain candidate without a time."""
        if self.grain is Grain.DAY and self.start_at is not None and not self.has_time:
            return self.start_at.date()
        return None

    def named(self, family: str) -> Candidate:
        """This candidate, made by the rules of ``family`` (built directly: ``replace`` is
        slow for a call made for every match)."""
        return Candidate(
            self.start,
            self.end,
            self.grain,
            self.start_at,
            self.end_at,
            self.has_time,
            self.note,
            family,
            self.clock,
            self.part,
            self.weak,
            self.anchor,
        )

    def span(self, start: int, end: int) -> Candidate:
        return replace(self, start=min(start, self.start), end=max(end, self.end))

    def to_expr(self, text: str) -> TimeExpr:
        return TimeExpr(
            text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            grain=self.grain,
            start_at=self.start_at,
            end_at=self.end_at,
            has_time=self.has_time,
            note=self.note,
            part=self.part,
        )


def make(
    ctx: ScanContext,
    m: re.Match[str],
    grain: Grain,
    rng: DateRange,
    note: str,
    group: int | str = 0,
) -> Candidate:
    """A resolved candidate spanning ``group`` of ``m`` and naming the dates ``rng``."""
    start_at, end_at = ctx.interval(rng)
    return Candidate(m.start(group), m.end(group), grain, start_at, end_at, note=note)


def unresolved(m: re.Match[str], note: str, family: str = "vague") -> Candidate:
    return Candidate(m.start(), m.end(), None, note=note, family=family)


class Rule(ABC):
    """One way of writing a date. Rules must be linear in the text's length."""

    name: str

    @abstractmethod
    def extract(self, text: str, ctx: ScanContext) -> list[Candidate]: ...


Resolver = Callable[[re.Match[str], ScanContext], "Candidate | None"]


class RegexRule(Rule):
    """A compiled pattern plus a function that turns each match into a candidate (or None)."""

    def __init__(self, name: str, pattern: str, resolve: Resolver, flags: int = re.I) -> None:
        self.name = name
        self.regex = re.compile(pattern, flags)
        self.resolve = resolve

    def extract(self, text: str, ctx: ScanContext) -> list[Candidate]:
        return self.take(self.regex.finditer(text), ctx)

    def take(self, matches: Iterable[re.Match[str]], ctx: ScanContext) -> list[Candidate]:
        """The candidates of ``matches`` (this rule's, in order)."""
        found = []
        for m in matches:
            cand = self.resolve(m, ctx)
            if cand is not None:
                found.append(cand if cand.family else cand.named(self.name))
        return found
