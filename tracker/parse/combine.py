"""Second pass over the chosen candidates: join a weekday to the date it names ("Friday,
Aug. 8"), two dates or clock times into a range ("Aug 8 - Aug 12", "9:30 - 11:00"), a part
of the day to its date ("monday morning"), a clock time to its date or part of the day
("noon Saturday", "8 tonight"), and apply "early"/"mid"/"late"/"end of" to the period that
follows ("mid-2026", "the end of next week")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.parse.calendar import add_months, day_range, days_in_month, part_of
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import NUM_RE, UNIT_RE, parse_number, unit_name
from tracker.parse.rules.base import Candidate
from tracker.parse.rules.clock import place
from tracker.parse.rules.zones import PLACE_RE, ZONE_RE, zone
from tracker.parse.types import Grain

_LATE_ZONE = re.compile(rf",?\s+{ZONE_RE}", re.I)
_CLOCK_GAP = re.compile(r"\s*,?\s*(?:(?:on|at|by|of|this|the|in|for)\s+|@\s*)*", re.I)
# "at 2 p.m. in Washington on Wednesday": the place whose clock is meant
# "from 10 p.m. to 4 a.m. starting on Tuesday": the first day a daily time applies
_STARTING_GAP = re.compile(r"\s+(?:starting|beginning)\s+(?:on\s+|from\s+)?", re.I)
_IN_PLACE_GAP = re.compile(rf"\s+in\s+(?P<place>{PLACE_RE})\s*,?\s+(?:on\s+)?", re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|through|thru|till|until|and)\s*(?:the\s+)?", re.I)
_PART_GAP = re.compile(r"\s*,?\s*(?:(?:in|of|on|the|early|late)\s+)*", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:the\s+)?", re.I)
# "on 1 February, a Saturday": the weekday said after its date
_APPOSITION = re.compile(r"\s*,\s*(?:an?\s+)?", re.I)
_MODIFIER = re.compile(
    r"\b(?:the\s+)?(?P<part>early|mid|middle|late|end|beginning|start|close|later|earlier)"
    r"(?:\s+(?:of|in)(?:\s+the)?)?(?:\s*-\s*|\s+)$",
    re.I,
)
_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid"}
_PARTS.update({"middle": "mid", "late": "late", "end": "late", "close": "late"})
_FINER = {Grain.YEAR: Grain.MONTH, Grain.DECADE: Grain.YEAR, Grain.CENTURY: Grain.DECADE}
_COARSE = {Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON}
_COARSE |= set(_FINER)


Joiner = Callable[[str, ScanContext, Candidate, Candidate], "Candidate | None"]


def _part_day(c: Candidate) -> Candidate | None:
    """A candidate naming a whole day (a date, or a part of a day on its date)."""
    return c if c.day is not None or (c.part is not None and c.start_at is not None) else None


_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d")


def _matching(ctx: ScanContext, date_c: Candidate, weekday_c: Candidate) -> Candidate:
    """A yearless date moved to the nearest year where its weekday fits: any year for a bare
    phrase, the year before or after in running text ("on Monday, Jan. 4" said in December)."""
    if date_c.day is None or weekday_c.day is None:
        return date_c
    if _WRITTEN_YEAR.search(ctx.text, date_c.start, date_c.end):
        return date_c
    want, day = weekday_c.day.weekday(), date_c.day
    tries = (0, 1, -1, 2, -2, 3, -3, 4, 5, 6) if ctx.standalone else (0, 1, -1)
    for years in tries:
        try:
            moved = day.replace(year=day.year + years)
        except ValueError:
            continue
        if moved.weekday() == want:
            start_at, end_at = ctx.interval((moved, moved + timedelta(days=1)))
            return replace(date_c, start_at=start_at, end_at=end_at)
    return date_c


_WEEK_GAP = re.compile(r"\s*(?:of\s+)?(?:the\s+)?", re.I)  # "Monday of the week of"
_YEAR_GAP = re.compile(r"\s*,?\s*(?:of\s+)?", re.I)  # "February, next year"


def _join_dates(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    gap = text[a.end : b.start]
    if a.part is not None or b.part is not None:
        return None
    narrowed = None if ctx.listing else _narrowed(text, ctx, a, b)
    if narrowed is not None:
        return narrowed
    if a.family == "weekday" and b.day is not None and _WEEKDAY_GAP.fullmatch(gap):
        return _matching(ctx, replace(b, start=a.start, note=f"{b.note} (with its weekday)"), a)
    if b.family == "weekday" and a.day is not None and _APPOSITION.fullmatch(gap):
        return _matching(ctx, replace(a, end=b.end, note=f"{a.note} (with its weekday)"), b)
    moved = _in_named_year(text, a, b) or _month_quarter(text, a, b)
    if moved is not None:
        return moved
    week_gap = _WEEK_GAP.fullmatch(gap)
    if a.family == "weekday" and a.day and b.grain is Grain.WEEK and b.start_at and week_gap:
        shift = timedelta(days=a.day.weekday() - b.start_at.weekday())
        start_at = b.start_at + shift
        return replace(
            b,
            start=a.start,
            grain=Grain.DAY,
            start_at=start_at,
            end_at=start_at + timedelta(days=1),
            note=f"{a.note} of {b.note}",
        )
    if a.day is not None and b.day is not None and ctx.standalone:  # news dates each their own
        m = _RANGE_GAP.fullmatch(gap)
        word = m and m.group().strip().lower()
        between = word != "and" or _BETWEEN.search(text, max(0, a.start - 12), a.start)
        ends = (a.start_at, b.end_at)
        if m and between and ends[0] is not None and ends[1] is not None and ends[1] > ends[0]:
            return replace(a, end=b.end, end_at=b.end_at, note=f"from {a.note} to {b.note}")
    return None


# "two days before the Dec. 8 runoff", "three days after Christmas", "the day before the
# vote on Friday", "48 hours before polls open on Oct. 22", "the day after it is published in
# the gazette on June 12": a stretch counted from the date that follows, not from today
_OFFSET = re.compile(
    rf"(?:(?P<n>{NUM_RE})\s+{UNIT_RE}|the\s+(?P<unit2>day|week))\s+(?P<dir>before|after)", re.I
)
# "within seven days of the Aug. 9 vote": a time limit running from that date
_WITHIN_OF = re.compile(rf"within\s+(?P<n>{NUM_RE})\s+{UNIT_RE}", re.I)
# the words between: a short clause of its own ("polls open on"), not a second statement
_GAP_WORD = r"(?!(?:that|which|who|whom|whose|when|where|while|and|but|or|said|says|would|will)\s)"
_OFFSET_GAP = re.compile(
    rf"\s+(?:(?:the\s+)?(?:{_GAP_WORD}[\w'’-]+\s+){{1,6}}?(?:on|of)\s+)?(?:the\s+)?", re.I
)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_DAY_UNITS = {"day": 1, "week": 7, "fortnight": 14}


def _days_in(amount_text: str | None, unit_text: str) -> int | None:
    """How many whole days "two weeks", "48 hours" or "the day" make (None: not whole days)."""
    amount = parse_number(amount_text) if amount_text else 1
    unit = unit_name(unit_text)
    if not amount or amount != int(amount):
        return None
    if unit == "hour":
        return int(amount) // 24 if int(amount) % 24 == 0 else None
    return int(amount) * _DAY_UNITS[unit] if unit in _DAY_UNITS else None


def _within_of(
    ctx: ScanContext, within: re.Match[str], day: date, of: str
) -> tuple[datetime, datetime, str] | None:
    """The stretch "within N days of" a day runs to N days on; with its note."""
    days = _days_in(within.group("n"), within.group("unit"))
    if not days:
        return None
    start_at, end_at = ctx.interval((day, day + timedelta(days=days + 1)))
    return start_at, end_at, f"{within.group().lower()} of {of}"


def _counted_from(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    """A number of days or weeks before or after a day ("two days before Dec. 8"): that
    many days from it; "within N days of" a day: the stretch from it to that many days on."""
    if b.day is None:
        return None
    within = _WITHIN_OF.fullmatch(text, a.start, a.end)
    if within is not None and _OF_GAP.fullmatch(text, a.end, b.start):
        stretch = _within_of(ctx, within, b.day, b.note)
        if stretch is None:
            return None
        start_at, end_at, note = stretch
        return replace(
            b, start=a.start, start_at=start_at, end_at=end_at, note=note, weak=False, anchor=b.day
        )
    m = _OFFSET.fullmatch(text, a.start, a.end)
    if m is None or not _OFFSET_GAP.fullmatch(text, a.end, b.start):
        return None
    days = _days_in(m.group("n"), m.group("unit") or m.group("unit2"))
    if not days:
        return None
    sign = -1 if m.group("dir").lower() == "before" else 1
    day = b.day + timedelta(days=sign * days)
    start_at, end_at = ctx.interval(day_range(day))
    note = f"{m.group().lower()} {b.note}"
    return replace(
        b, start=a.start, start_at=start_at, end_at=end_at, note=note, weak=False, anchor=b.day
    )


# "the Friday before Thanksgiving", "the Tuesday after the Nov. 5 election": the nearest such
# weekday on that side of the date, not the date itself
_AROUND_GAP = re.compile(r"\s+(?P<dir>before|after)\s+(?:the\s+)?", re.I)
_LONE_WEEKDAY = re.compile(r"[A-Za-z]+\.?")


def _weekday_from(day: date, weekday: int, direction: str) -> date:
    """The first ``weekday`` strictly before or after ``day``."""
    if direction.lower() == "before":
        return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def _weekday_around(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    if a.family != "weekday" or a.day is None or b.day is None:
        return None
    m = _AROUND_GAP.fullmatch(text, a.end, b.start)
    if m is None or not _LONE_WEEKDAY.fullmatch(text, a.start, a.end):
        return None
    day = _weekday_from(b.day, a.day.weekday(), m.group("dir"))
    start_at, end_at = ctx.interval(day_range(day))
    note = f"the {text[a.start : a.end]} {m.group('dir').lower()} {b.note}"
    return replace(
        b,
        start=a.start,
        start_at=start_at,
        end_at=end_at,
        note=note,
        family="counted",
        anchor=b.day,
    )


# counted from a date said just before: "five days later", "a week earlier", "within 15 days
# of that", "the Tuesday after" (that date, or the one it was itself counted from)
_LATER = re.compile(rf"(?P<n>{NUM_RE})\s+{UNIT_RE}\s+(?P<dir>later|earlier)", re.I)
_BEFORE_THING = re.compile(rf"{NUM_RE}\s+{UNIT_RE}\s+(?:before|after)", re.I)
_OBJECT = re.compile(r"\s+[\w\"“‘'(]")
_THAT_THING = re.compile(
    r"\s+of\s+(?:that|this|it|then|the\s+(?:vote|election|polls?|ballot|referendum|run-?off|"
    r"results?|announcement|decision|ruling|verdict|deadline))\b",
    re.I,
)
_ALONE_AFTER = re.compile(
    r"\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)\"”]|$|\s(?:and|or|but)\b))", re.I
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")


def _antecedent(text: str, before: list[Candidate], at: int, back: int = 2) -> Candidate | None:
    """The nearest dated candidate before ``at`` in its sentence or (``back`` 2) the one
    before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    limit = ends[-back] if len(ends) >= back else (0 if at <= 600 else at - 600)
    for c in reversed(before):
        if c.start < limit:
            return None
        if c.start_at is not None and c.grain in (Grain.DAY, Grain.HOUR, Grain.MINUTE):
            return c
    return None


_DROP = Candidate(0, 0, None)
_AFTER_COMMA = re.compile(r",\s*$")


def _restates(text: str, before: list[Candidate], c: Candidate) -> bool:
    """An offset set off by a comma after a date of its sentence says that date again ("on
    Nov. 15, four days before polling day on Nov. 19"; "by March 25, within 30 days of the
    vote"): it is not a second date."""
    if not _AFTER_COMMA.search(text, max(0, c.start - 4), c.start):
        return False
    if text[c.start : c.start + 4].lower() == "the ":
        return False  # "on Friday, the day after Thanksgiving": joined to Friday as one day
    return _antecedent(text, before, c.start, back=1) is not None


def _counted_pass(text: str, ctx: ScanContext, chosen: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in chosen:
        joined = _counted_from(text, ctx, out[-1], cand) if out else None
        if joined is not None and _restates(text, out[:-1], out[-1]):
            # the anchor stays when it dates an event of its own ("polling day on Nov. 19"),
            # not when it is only a holiday ("on Dec. 18, a week before Christmas")
            if cand.family != "holiday":
                out.append(cand)
            continue
        if joined is not None:
            out[-1] = joined
        else:
            out.append(cand)
    return out


def _told_from(
    text: str, ctx: ScanContext, before: list[Candidate], c: Candidate
) -> Candidate | None:
    """``c`` counted from the date said before it; ``_DROP`` when it needs one and there is
    none; None when ``c`` is not counted from another date."""
    later = _LATER.fullmatch(text, c.start, c.end) if c.family == "ago" else None
    within = _WITHIN_OF.fullmatch(text, c.start, c.end) if c.family == "within" else None
    that = within and _THAT_THING.match(text, c.end)
    alone = _ALONE_AFTER.match(text, c.end) if c.family == "weekday" else None
    lone = alone and _LONE_WEEKDAY.fullmatch(text, c.start, c.end)
    if c.family == "ago" and later is None and _BEFORE_THING.fullmatch(text, c.start, c.end):
        return _DROP if _OBJECT.match(text, c.end) else None  # "four days before the convention"
    if not (later or that or lone):
        return None
    if that and _restates(text, before, c):
        return _DROP
    prior = _antecedent(text, before, c.start)
    if prior is None or prior.start_at is None:
        return _DROP
    day = prior.start_at.date()
    if later is not None:
        days = _days_in(later.group("n"), later.group("unit"))
        if days is None:
            return None
        day += timedelta(days=days if later.group("dir").lower() == "later" else -days)
        start_at, end_at = ctx.interval(day_range(day))
        return replace(
            c,
            start_at=start_at,
            end_at=end_at,
            note=f"{later.group().lower()} than {prior.note}",
            family="counted",
        )
    if within is not None and that is not None:
        stretch = _within_of(ctx, within, day, prior.note)
        if stretch is None:
            return None
        start_at, end_at, note = stretch
        return replace(
            c, end=that.end(), start_at=start_at, end_at=end_at, note=note, family="counted"
        )
    assert alone is not None and c.day is not None
    day = _weekday_from(prior.anchor or day, c.day.weekday(), alone.group("dir"))
    start_at, end_at = ctx.interval(day_range(day))
    note = f"{c.note} {alone.group('dir').lower()} {prior.note}"
    return replace(
        c, end=alone.end(), start_at=start_at, end_at=end_at, note=note, family="counted"
    )


def _counted_later(text: str, ctx: ScanContext, chosen: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in chosen:
        moved = _told_from(text, ctx, out, c)
        if moved is None:
            out.append(c)
        elif moved is not _DROP:
            out.append(moved)
    return out


# "next week, on Thursday", "in March, on the 3rd": the day inside the period just named
_NARROW_GAP = re.compile(r"\s*,\s*(?:on\s+)?", re.I)
_BARE_DAY = re.compile(r"(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun)", re.I)


def _narrowed(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    """A weekday or day of the month in apposition to a week or month: that day in it."""
    if a.grain not in (Grain.WEEK, Grain.MONTH) or a.start_at is None or a.end_at is None:
        return None
    if b.day is None or b.family not in ("weekday", "ordinal_day"):
        return None
    if not (_NARROW_GAP.fullmatch(text, a.end, b.start) and _BARE_DAY.match(text, b.start)):
        return None
    first = a.start_at.date()
    if b.family == "weekday" and a.grain is Grain.WEEK:
        day = first + timedelta(days=(b.day.weekday() - first.weekday()) % 7)
    elif b.family == "ordinal_day" and a.grain is Grain.MONTH:
        if b.day.day > days_in_month(first.year, first.month):
            return None
        day = first.replace(day=b.day.day)
    else:
        return None
    start_at, end_at = ctx.interval(day_range(day))
    note = f"{b.note}, in {a.note}"
    return replace(b, start=a.start, start_at=start_at, end_at=end_at, note=note)


_RELATIVE_YEAR = re.compile(r"(?:next|this|last|the\s+following|the\s+coming)\s+year", re.I)


def _in_named_year(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """A month, season or day followed by the year it falls in ("February next year", "Feb. 3
    next year", "summer next year"): moved into that year."""
    if a.clock is not None or a.start_at is None or a.end_at is None or b.start_at is None:
        return None
    if not (a.grain in (Grain.MONTH, Grain.SEASON) or a.day is not None):
        return None
    if b.grain is not Grain.YEAR:
        return None
    if not _YEAR_GAP.fullmatch(text[a.end : b.start]):
        return None
    if not _RELATIVE_YEAR.fullmatch(text[b.start : b.end]):
        return None
    moved = _years_on(a, b.start_at.year - a.start_at.year)
    return replace(moved, end=b.end, note=f"{a.note} of {b.note}")


_QUARTER_OF = re.compile(r"\s+quarter\s*,?\s*(?:of\s+)?(?:fiscal\s+)?", re.I)


def _month_quarter(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """A quarter named by its last month, in a stated year ("the June quarter of 2027"): the
    three months ending with that month of that year."""
    if a.grain is not Grain.MONTH or b.grain is not Grain.YEAR or a.clock is not None:
        return None
    if a.start_at is None or a.end_at is None or b.start_at is None:
        return None
    if not _QUARTER_OF.fullmatch(text, a.end, b.start) or not re.fullmatch(
        r"\d{4}", text[b.start : b.end]
    ):
        return None
    shift = b.start_at.year - a.start_at.year
    end_at = _year_on(a.end_at, shift)
    first = add_months(_year_on(a.start_at, shift).date(), -2)
    start_at = a.start_at.replace(year=first.year, month=first.month, day=1)
    note = f"the quarter ending in {a.note} of {b.note}"
    return replace(a, end=b.end, grain=Grain.QUARTER, start_at=start_at, end_at=end_at, note=note)


# the year of an event named before its month: "next year's summit will be held in November",
# "elections are due next year, probably in October"
_EVENTS = (
    r"summit|elections?|votes?|polls?|referendum|games|olympics|paralympics|world\s+cup|cup|"
    r"conference|congress|convention|meeting|talks|festival|tournament|championships?|race|"
    r"census|session|fair|expo|visit|tour|launch|forum|cop\d*|g\d+"
)
# the event is the subject of the month's own clause: "next year's summit will be held in
# November", not "preparations for next year's World Cup will begin in September" or "ahead
# of next year's election, the party will meet in October"
_EVENT_NEXT_YEAR = re.compile(
    rf"\bnext\s+year['’]s\s+(?:[\w.-]+\s+){{0,3}}?(?:{_EVENTS})(?:,[^,.;:!?()]{{3,80}},|,\s+which)?\s+"
    r"(?:will|would|is|are|was|were|has|have|may|might|could|should|must|"
    r"takes?|opens?|begins?|starts?|runs?|ends?|closes?|gets?|kicks?)\b"
    r"(?:[^,.;:!?()]|,(?=\s+(?:in|at|near|outside|on)\s))*$",  # "in Belém, in the Amazon, in May"
    re.I,
)
# "next year's" owned by a phrase, not a clause's subject: "for next year's World Cup"
_GOVERNED = re.compile(
    r"\b(?:for|of|to|at|in|on|from|before|after|about|over|until|during|toward|towards|"
    r"ahead\s+of|with)\s+$",
    re.I,
)
_NEXT_YEAR_THEN = re.compile(
    r"\bnext\s+year\s*,?\s+(?:(?:probably|likely|possibly|perhaps|most\s+likely)\s+)?(?:in|on)\s+$",
    re.I,
)
_OWN_YEAR = re.compile(r"\d{4}|'\d\d|\b(?:next|this|last)\b", re.I)


def _next_years(text: str, ctx: ScanContext, c: Candidate) -> Candidate:
    """A month or day without a year, in the clause of an event set for next year: moved
    into next year (when it fell in this one)."""
    if c.start_at is None or c.end_at is None or c.clock is not None:
        return c
    if not (c.grain is Grain.MONTH or c.day is not None) or c.start_at.year != ctx.today.year:
        return c
    if _OWN_YEAR.search(text, c.start, c.end):
        return c
    if not (_NEXT_YEAR_THEN.search(text, max(0, c.start - 40), c.start) or _event_subject(text, c)):
        return c
    if ctx.direction(c.start, c.end) == "past":
        return c
    return replace(_years_on(c, 1), note=f"{c.note}, next year's")


def _year_on(at: datetime, shift: int) -> datetime:
    """``at`` moved ``shift`` years on (Feb. 29 to Feb. 28 in a year without one)."""
    year = at.year + shift
    return at.replace(year=year, day=min(at.day, days_in_month(year, at.month)))


def _years_on(c: Candidate, shift: int) -> Candidate:
    """``c`` moved ``shift`` years on."""
    if not shift or c.start_at is None or c.end_at is None:
        return c
    return replace(c, start_at=_year_on(c.start_at, shift), end_at=_year_on(c.end_at, shift))


def _event_subject(text: str, c: Candidate) -> bool:
    """Whether an event set for next year is the subject of the clause ``c`` sits in."""
    m = _EVENT_NEXT_YEAR.search(text, max(0, c.start - 160), c.start)
    return m is not None and not _GOVERNED.search(text, max(0, m.start() - 12), m.start())


def _join_parts(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    from tracker.parse.rules.daypart import part_candidate

    gap = text[a.end : b.start]
    if not _PART_GAP.fullmatch(gap):
        return None
    for day_c, part_c in ((a, b), (b, a)):
        if day_c.day is not None and part_c.part is not None and part_c.weak:
            day = day_c.day
            return part_candidate(
                ctx, a.start, b.end, day, part_c.part, f"{part_c.note} of {day_c.note}", False
            )
    return None


def _join_clock(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    gap = text[a.end : b.start]
    if a.clock is not None and b.clock is not None and a.clock.until is None:
        if _RANGE_GAP.fullmatch(gap) and b.clock.until is None and ctx.standalone:
            first, second = a.clock, b.clock
            if first.zone is None and second.zone is not None:
                first = replace(first, zone=second.zone)
            clock = replace(first, until=second)
            start_at, end_at = place(ctx, clock, a.start, b.end)
            return replace(a, end=b.end, start_at=start_at, end_at=end_at, clock=clock, weak=False)
        return None
    clock_first = a.clock is not None and _part_day(b) is not None
    if not (clock_first or (b.clock is not None and _part_day(a) is not None)):
        return None
    named = _IN_PLACE_GAP.fullmatch(gap) if clock_first and a.clock.zone is None else None
    starting = clock_first and _STARTING_GAP.fullmatch(gap) is not None
    if named is None and not starting and not _CLOCK_GAP.fullmatch(gap):
        return None
    if clock_first and b.family == "counted" and "," in gap:
        return None  # "July 11 at 10 a.m., four days later": the time was of July 11
    date_c, clock_c = (b, a) if clock_first else (a, b)
    assert clock_c.clock is not None and date_c.start_at is not None
    clock = clock_c.clock
    if named is not None:
        clock = replace(clock, zone=zone(f"{named.group('place')} time"))
    if date_c.part is not None and date_c.part[0] >= 12:
        clock = clock.pm()
    clock = clock.settled(ctx.standalone)
    end = b.end
    late_zone = _LATE_ZONE.match(text, end) if clock.zone is None else None
    if late_zone is not None and late_zone.group().lower().endswith(
        "time"
    ):  # "at 9 p.m. on Saturday, Paris time"
        clock, end = replace(clock, zone=zone(late_zone.group("zone"))), late_zone.end()
    day = _zoned_weekday(ctx, date_c, clock.zone)
    start_at, end_at = clock.on(day, ctx.tz)
    note = f"{clock_c.note} on {date_c.note}"
    return replace(
        clock_c, start=a.start, end=end, start_at=start_at, end_at=end_at, note=note, weak=False
    )


def _zoned_weekday(ctx: ScanContext, date_c: Candidate, tz: ZoneInfo | None) -> date:
    """The day of ``date_c``; a weekday said with a time in a named zone ("at 10 p.m. Sunday
    New York time" in a Tokyo passage) is counted from the day it is in that zone."""
    assert date_c.start_at is not None
    day = date_c.start_at.date()
    if tz is None or not date_c.note.startswith("weekday:"):
        return day
    there = ctx.now.astimezone(tz).date()
    if there == ctx.today:
        return day
    if "past-tense" in date_c.note:
        return there - timedelta(days=(there.weekday() - day.weekday()) % 7)
    weeks = (day - ctx.today).days // 7
    return there + timedelta(days=(day.weekday() - there.weekday()) % 7 + 7 * weeks)


def _modify(text: str, c: Candidate) -> Candidate:
    if c.grain not in _COARSE or c.start_at is None or c.end_at is None:
        return c
    m = _MODIFIER.search(text, max(0, c.start - 30), c.start)
    if m is None or m.end() != c.start:
        return c
    word = m.group("part").lower()
    if word in ("later", "earlier"):
        return replace(c, start=m.start(), note=f"{c.note}, {word} in it")
    first, after = part_of((c.start_at.date(), c.end_at.date()), c.grain, _PARTS[word])
    tz = c.start_at.tzinfo
    return replace(
        c,
        start=m.start(),
        grain=_FINER.get(c.grain, Grain.DAY),
        start_at=c.start_at.replace(year=first.year, month=first.month, day=first.day),
        end_at=c.end_at.replace(year=after.year, month=after.month, day=after.day, tzinfo=tz),
        note=f"{_PARTS[word]} part of {c.note}",
    )


def _pass(text: str, ctx: ScanContext, chosen: list[Candidate], join: Joiner) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in chosen:
        joined = join(text, ctx, out[-1], cand) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(cand)
    return out


_BY = re.compile(r"\bby\s+$", re.I)


def _by(text: str, ctx: ScanContext, c: Candidate) -> Candidate:
    """A bare phrase 'by EOM', 'by 2pm': the stretch from now until then (Duckling's reading)."""
    if not ctx.standalone or c.start_at is None or c.end_at is None or c.start_at < ctx.now:
        return c
    m = _BY.search(text, max(0, c.start - 6), c.start)
    if m is None:
        return c
    end_at = c.start_at if c.family == "clock" else c.end_at
    return replace(c, start=m.start(), start_at=ctx.now, end_at=end_at, note=f"until {c.note}")


# "in May or June", "on Monday or Tuesday", "in the third or fourth quarter"
_OR_GAP = re.compile(
    r"\s*,?\s*or\s+(?:(?:early|late|mid|possibly|perhaps|maybe)[\s-]+)?"
    r"(?:(?:on|in|during|by)\s+)?(?:the\s+)?",
    re.I,
)
_ALTERNATIVE_GRAINS = {Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON}


def _join_alternatives(text: str, ctx: ScanContext, a: Candidate, b: Candidate) -> Candidate | None:
    """Two adjacent dates of the same unit offered as alternatives ("in May or June",
    "Thursday or Friday"): one window from the first to the end of the second."""
    if a.grain not in _ALTERNATIVE_GRAINS or not (a.grain is b.grain or _part_of_unit(a, b)):
        return None
    if a.clock or b.clock or a.part or b.part or a.start_at is None or b.start_at is None:
        return None
    if not _OR_GAP.fullmatch(text, a.end, b.start):
        return None
    a = _in_year_of(text, a, b)
    assert a.start_at is not None
    if b.start_at <= a.start_at:
        return None
    if a.end_at != b.start_at:  # "in September or December": two dates, not one window
        return None
    return replace(a, end=b.end, end_at=b.end_at, note=f"{a.note} or {b.note}")


def _in_year_of(text: str, a: Candidate, b: Candidate) -> Candidate:
    """The first of two alternatives moved into the year stated only with the second ("in
    May or June 2027", "in the spring or summer of 2027")."""
    if a.grain not in (Grain.MONTH, Grain.SEASON) or a.start_at is None or a.end_at is None:
        return a
    if b.start_at is None or _WRITTEN_YEAR.search(text, a.start, a.end):
        return a
    if not _WRITTEN_YEAR.search(text, b.start, b.end):
        return a
    if a.end_at == b.start_at:
        return a  # "in the winter or spring of 2026": the winter already runs up to it
    return _years_on(a, b.start_at.year - a.start_at.year)


def _part_of_unit(a: Candidate, b: Candidate) -> bool:
    """ "January or early February": the second a part of the same unit as the first."""
    return a.grain is Grain.MONTH and _MONTH_PART.match(b.note) is not None


_MONTH_PART = re.compile(r"(?:early|mid|late) part of month")


# a second statement between two dates: "will vote on Dec. 2 and publish its report next
# month" names two things, "meet next month in Madrid, from Dec. 2 to Dec. 13" one
_OTHER_CLAUSE = re.compile(
    r"\b(?:and|but|while|whereas|then|before|after|until|or|than|since|when|because)\b"
    r"|[;:.!?()\"“”]|\s[-–—]\s|,\s+(?:with|as|which|who|where|including)\b"
    r"|,\s+(?:starting|beginning)\s+with\b",
    re.I,
)
# a participle after the period: a second statement ("will average 3% this year, peaking in
# October") unless it lists the period's days ("strike next month, walking out on Sept. 15
# and Sept. 22")
_PARTICIPLE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")
_LISTED = re.compile(r"\s*,?\s*(?:and|or|to|until|till|through|thru|-|–)\s*(?:on\s+|the\s+)?", re.I)


def _contains(ctx: ScanContext, outer: Candidate, inner: Candidate) -> bool:
    """``outer`` a calendar period ("next month") holding ``inner``, a later date ahead of
    publication (not the day something was said)."""
    if outer.grain not in _COARSE or outer.start_at is None or outer.end_at is None:
        return False
    if inner.start_at is None or inner.end_at is None or inner.start_at.date() <= ctx.today:
        return False
    inside = outer.start_at <= inner.start_at and inner.end_at <= outer.end_at
    if not inside or inner.end_at - inner.start_at >= outer.end_at - outer.start_at:
        return False
    return ctx.direction(inner.start, inner.end) != "past"


def _participle(text: str, dates: list[Candidate], i: int, j: int) -> bool:
    """Whether a participle phrase naming one date follows ``dates[i]`` (see _PARTICIPLE)."""
    if not _PARTICIPLE.search(text, dates[i].end, dates[j].start):
        return False
    inner, after = dates[j], dates[j + 1] if j + 1 < len(dates) else None
    if inner.start_at and inner.end_at and inner.end_at - inner.start_at > timedelta(days=1):
        return inner.grain is not Grain.DAY  # "running from Sept. 5 to Sept. 7": its days
    return after is None or not _LISTED.fullmatch(text, inner.end, after.start)


def _nested(text: str, ctx: ScanContext, dates: list[Candidate]) -> list[Candidate]:
    """A coarser date and a finer one inside it, in one clause with no second statement
    between them, name the same thing: only the finer is kept ("next month ..., from
    Dec. 2 to Dec. 13", "next year's summit ... in November")."""
    dropped: set[int] = set()
    for i, a in enumerate(dates):
        for j in range(i + 1, min(i + 3, len(dates))):
            if a.grain not in _COARSE and all(c.grain not in _COARSE for c in dates[j : i + 3]):
                break  # no pair left can nest: what lies between them is moot
            b = dates[j]
            if _OTHER_CLAUSE.search(text, a.end, b.start) or _participle(text, dates, i, j):
                break
            if _contains(ctx, a, b):
                dropped.add(i)
            elif _contains(ctx, b, a):
                dropped.add(j)
    return [c for i, c in enumerate(dates) if i not in dropped]


def combine(text: str, ctx: ScanContext, chosen: list[Candidate]) -> list[Candidate]:
    """Merge neighbours and apply modifiers; ``chosen`` is sorted and non-overlapping."""
    chosen = _pass(text, ctx, chosen, _weekday_around)
    if not ctx.listing:
        chosen = _counted_pass(text, ctx, chosen)
        if not ctx.standalone:
            chosen = _counted_later(text, ctx, chosen)
    # "on Sunday, the day before the parade": an offset with no date after it names none
    chosen = [c for c in chosen if c.family != "offset" or ctx.standalone]
    for join in (_join_dates, _join_parts, _join_clock):
        chosen = _pass(text, ctx, chosen, join)
    kept = [c for c in chosen if not c.weak or ctx.standalone]
    found = [_by(text, ctx, _next_years(text, ctx, _modify(text, c))) for c in kept]
    if ctx.listing or ctx.relaxed:
        return found
    return _nested(text, ctx, _pass(text, ctx, found, _join_alternatives))
