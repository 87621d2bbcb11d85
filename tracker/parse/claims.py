"""Forward-looking dated claims: a resolved date in a sentence that looks ahead."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tracker.parse.context import ScanContext
from tracker.parse.due import due_moment
from tracker.parse.kinds import classify, clause_span, consequence, happens_until
from tracker.parse.moves import moved_from
from tracker.parse.notclaims import looks_ahead
from tracker.parse.rules.base import Candidate
from tracker.parse.rules.relative import GRANTED
from tracker.parse.scanner import scan
from tracker.parse.sentences import sentence_spans
from tracker.parse.speakers import Speakers
from tracker.parse.types import ClaimDraft, ClaimKind, Grain, TimeExpr

_WORD = re.compile(r"\w+")
_FINE = {Grain.MINUTE, Grain.HOUR, Grain.DAY}
_UNITS = {Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALF}


def extract_claims(
    text: str, published: datetime, tz: ZoneInfo, *, event_hour: int = 9
) -> list[ClaimDraft]:
    """Every claim in ``text`` that comes due after ``published``, once each."""
    if published.tzinfo is None:
        raise ValueError("published must be timezone-aware")
    ctx = ScanContext(text, published.astimezone(tz), tz)
    found = sorted((c for c in scan(ctx) if c.start_at), key=lambda c: c.start)
    dates = _one_midnight(text, _on_day(text, ctx, _between(text, ctx, found)))
    starts = [c.start for c in dates]
    speakers = Speakers(text)
    claims: list[ClaimDraft] = []
    for start, end in sentence_spans(text):
        speakers.read(start, end)  # every sentence, so "he said" finds the last speaker
        inside = dates[bisect_left(starts, start) : bisect_left(starts, end)]
        if not inside or text[start:end].rstrip("\"'”’) ").endswith("?"):
            continue
        for cand in inside:
            if cand.end_at is None or cand.end_at <= ctx.now:
                continue  # over by publication (``_claim`` would drop it): skip the tense
            direction = ctx.direction(cand.start, cand.end)
            if direction == "past" or not looks_ahead(text, cand.start, cand.end, start):
                continue
            when = cand.to_expr(text)
            claim = _claim(text, (start, end), when, ctx, speakers, event_hour, direction)
            if claim is not None and not _repeats(text, claim, claims):
                claims.append(claim)
    return claims


_BETWEEN = re.compile(
    r"\b(?P<word>between|from)\s+(?:the\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$", re.I
)
# "from Sunday, Aug. 21, to Aug. 29": a comma may close the first date
_AND = re.compile(r",?\s+and\s+(?:the\s+)?", re.I)
_UNTIL = re.compile(r",?\s+(?:until|till|to|through)\s+(?:the\s+)?", re.I)
_AND_NEXT = re.compile(r"\s+(?:and|or)\s+(?:(?:early|late)\s+)?(?:on\s+)?", re.I)


def _between(text: str, ctx: ScanContext, dates: list[Candidate]) -> list[Candidate]:
    """Two dates joined by "between ... and" ("between Monday night and Tuesday
    morning"), or two consecutive days joined by "and" ("a two-day meeting on Tuesday
    and Wednesday"): one window, not two claims."""
    out: list[Candidate] = []
    for cand in dates:
        prev = out[-1] if out else None
        day = cand.start_at.date() if cand.start_at is not None else None
        if (
            prev is not None
            and day is not None
            and day > ctx.today
            and _bare_clock(text, ctx, prev)
        ):
            prev = _moved_clock(ctx, prev, day)  # "between 1.30 am and 2.30 am on Saturday"
        if prev is not None and (_spanned(text, prev, cand) or _next_day(text, prev, cand)):
            out[-1] = replace(
                prev, end=cand.end, end_at=cand.end_at, has_time=prev.has_time and cand.has_time
            )
            continue
        out.append(cand)
    return out


def _moved_clock(ctx: ScanContext, clock: Candidate, day: date) -> Candidate:
    """A bare time of day placed on ``day`` (the day its range ends on, or the day named
    before it)."""
    assert clock.clock is not None
    start_at, end_at = clock.clock.settled(False).on(day, ctx.tz)
    return replace(clock, start_at=start_at, end_at=end_at)


def _spanned(text: str, prev: Candidate, cand: Candidate) -> bool:
    """ "between Monday and Tuesday", "from early on Wednesday until Friday evening"."""
    if prev.start_at is None or cand.end_at is None or cand.end_at <= prev.start_at:
        return False
    opener = _BETWEEN.search(text, max(0, prev.start - 24), prev.start)
    if opener is None or moved_from(text, max(0, prev.start - 60), prev.start):
        return False  # "postponed from Aug. 14 to Aug. 21": the old day and the new
    joiner = _AND if opener.group("word").lower() == "between" else _UNTIL
    return joiner.fullmatch(text, prev.end, cand.start) is not None


def _next_day(text: str, prev: Candidate, cand: Candidate) -> bool:
    """ "on Tuesday and Wednesday": the second day follows the first; "in May and June":
    the second month (week, quarter) follows the first."""
    if prev.day is not None and cand.day is not None:
        adjacent = (cand.day - prev.day).days == 1
    else:
        adjacent = (
            prev.grain in _UNITS
            and cand.grain is prev.grain
            and prev.end_at is not None
            and prev.end_at == cand.start_at
        )
    return adjacent and _AND_NEXT.fullmatch(text, prev.end, cand.start) is not None


_DAY_WORD = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"today|tonight|tomorrow)|\d/",
    re.I,
)
_SAME_SENTENCE = re.compile(r"[^.;!?]{0,90}", re.S)


def _on_day(text: str, ctx: ScanContext, dates: list[Candidate]) -> list[Candidate]:
    """A time of day given after the day it falls on ("opens on Friday with a ceremony
    starting at 8 p.m."): the time on that day, one claim, not a second one for today."""
    out: list[Candidate] = []
    for cand in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.day is not None
            and _bare_clock(text, ctx, cand)
            and _SAME_SENTENCE.fullmatch(text, prev.end, cand.start)
        ):
            moved = _moved_clock(ctx, cand, prev.day)
            out[-1] = replace(moved, start=prev.start, end=prev.end)
            continue
        out.append(cand)
    return out


# "will strike next Monday, starting at midnight on Sunday": the start of what happens that day
_STARTS_AT = re.compile(
    r"\b(?:starting|beginning|from|effective|as\s+of)\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s+)?\Z", re.I
)
_SENTENCE_GAP = re.compile(r"[^.;!?]{0,160}", re.S)
_AFTER_COMMA = re.compile(r",\s+(?:starting|beginning|effective)\s+\S*\s*\S*\Z", re.I)
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|then)\b", re.I)


def _one_midnight(text: str, dates: list[Candidate]) -> list[Candidate]:
    """A day and the midnight that starts it, said in one sentence ("paralysis next Monday
    ..., starting at midnight on Sunday"): one moment, kept at the finer of the two."""
    dropped: set[int] = set()
    for i, mid in enumerate(dates):
        if not _starting_midnight(text, mid):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(dates) and _day_of_midnight(text, dates[j], mid):
                dropped.add(j)
    return [c for i, c in enumerate(dates) if i not in dropped]


def _starting_midnight(text: str, cand: Candidate) -> bool:
    return (
        cand.clock is not None
        and "midnight" in text[cand.start : cand.end].lower()
        and _STARTS_AT.search(text, max(0, cand.start - 24), cand.start) is not None
    )


def _day_of_midnight(text: str, day: Candidate, mid: Candidate) -> bool:
    """``day`` is the day that begins at ``mid`` (or ends there), in the same sentence."""
    if day.day is None or mid.start_at is None or mid.end_at is None:
        return False
    if day.start < mid.start:  # "next Monday, ..., starting at midnight on Sunday"
        gap_ok = _SENTENCE_GAP.fullmatch(text, day.end, mid.start) and _AFTER_COMMA.search(
            text, max(0, mid.start - 30), mid.start
        )
    else:  # "From midnight on Sunday, the strike will halt trains on Monday"
        gap_ok = _SENTENCE_GAP.fullmatch(text, mid.end, day.start) and not _NEW_CLAUSE.search(
            text, mid.end, day.start
        )
    if not gap_ok:
        return False
    return mid.end_at.date() == day.day or mid.start_at.date() == day.day


def _bare_clock(text: str, ctx: ScanContext, cand: Candidate) -> bool:
    """A time of day with no day of its own, placed on the publication day."""
    return (
        cand.clock is not None
        and cand.start_at is not None
        and cand.start_at.date() == ctx.today
        and not _DAY_WORD.search(text, cand.start, cand.end)
    )


# The preposition right before a date phrase, kept in time_text ("by Friday").
_LEAD = re.compile(
    r"\b(by|on|until|till|before|in|at|within|from|for|after|since|(?:no\s+)?later\s+than)\s+\Z",
    re.IGNORECASE,
)
_CUTOFF = {"by", "until", "till", "before", "no later than", "later than"}


def _claim(
    text: str,
    span: tuple[int, int],
    when: TimeExpr,
    ctx: ScanContext,
    speakers: Speakers,
    event_hour: int,
    direction: str,
) -> ClaimDraft | None:
    start, end = span
    sentence = text[start:end]
    if when.note == GRANTED and _past_anchor(sentence[: when.start - start], ctx.today.year):
        return None  # "In 2023 the company was given five years": counted from then
    found = classify(sentence, when.start - start, when.end - start, when.grain)
    if found is None:
        if direction != "future" and not (
            when.grain in _FINE and when.start_at is not None and when.start_at.date() > ctx.today
        ):
            return None
        found = ClaimKind.EVENT, 0.4  # "the runoff on Oct. 30": a dated event with no verb cue
    kind, confidence = found
    lead = _LEAD.search(text, max(0, when.start - 20), when.start)
    lead_word = lead.group(1) if lead else ""
    if when.note == GRANTED:
        kind = ClaimKind.DEADLINE  # "gave the envoy 72 hours to leave": an ultimatum
    elif kind is ClaimKind.EVENT and lead_word.lower() in _CUTOFF and _cutoff(text, when, lead):
        kind = ClaimKind.DEADLINE  # "the vote is due by Friday": a cut-off, due at day's end
    due = due_moment(kind, when, event_hour=event_hour)
    speaker = speakers.speaker(start, end, kind, when.start - start)
    confidence += (0.1 if speaker else 0.0) + (0.05 if when.grain in _FINE else -0.1)
    c_start, c_end = clause_span(sentence, when.start - start, when.end - start)
    return ClaimDraft(
        text=sentence[c_start:c_end],
        start=start + c_start,
        end=start + c_end,
        kind=kind,
        when=when,
        due=due,
        lead=lead_word,
        speaker=speaker,
        consequence=consequence(sentence, when.end - start),
        confidence=round(min(max(confidence, 0.05), 0.95), 2),
    )


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PAST_PERIOD = re.compile(
    r"\b(?:last\s+(?:year|month|week)|\w+\s+(?:years?|months?)\s+ago)\b", re.I
)


def _past_anchor(head: str, this_year: int) -> bool:
    """The clause before a grant of time names a past year ("In 2023 ... was given")."""
    return bool(_PAST_PERIOD.search(head)) or any(
        int(y.group()) < this_year for y in _YEAR.finditer(head)
    )


# "before next Tuesday's runoff": the date of an event, not a cut-off
_POSSESSIVE = re.compile(r"['’]s\s")
# "the show, which runs until Friday": how long something lasts
_LASTS = re.compile(
    r"\b(?:runs?|running|ran|lasts?|lasting|continues?|continuing|stays?|remains?|open)\s+$", re.I
)


def _cutoff(text: str, when: TimeExpr, lead: re.Match[str] | None) -> bool:
    """A date after "by/until/before" is a cut-off unless it names an event's day, how long
    something lasts, or when something will at last happen ("not until")."""
    if _POSSESSIVE.match(text, when.end):
        return False
    if lead is None:
        return True
    if happens_until(text[max(0, when.start - 40) : when.start]):
        return False
    return not _LASTS.search(text, max(0, lead.start() - 14), lead.start())


# "on Wednesday, the day before the holiday": the same day named again
_APPOSITION = re.compile(r",\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,2}")


def _repeats(text: str, claim: ClaimDraft, earlier: list[ClaimDraft]) -> bool:
    """The same claim said again: same due date and mostly the same words, the same day
    named again in apposition, or a back-reference to an earlier claim ("Wednesday's
    decision")."""
    words = set(_WORD.findall(claim.text.lower()))
    for other in earlier:
        if _restated(text, claim, other):
            return True  # "10 a.m. Pacific time on Monday, which is 3 a.m. Tuesday in Sydney"
        if _same_hour(text, claim, other):
            return True  # "until noon on Friday ... If by midday he does not agree": the same
        if other.due_date != claim.due_date:
            continue
        if _APPOSITION.fullmatch(text, other.when.end, claim.when.start):
            return True
        theirs = set(_WORD.findall(other.text.lower()))
        if len(words & theirs) / max(1, len(words | theirs)) >= 0.5 or other.start == claim.start:
            return True
        if claim.when.has_time and not other.when.has_time:
            continue  # "Wednesday's game will be played at 2:05 p.m.": the time is new
        at = claim.when.end - claim.start
        if claim.text[at : at + 2] in ("'s", "’s") or _LABEL.search(
            text, max(0, claim.when.start - 8), claim.when.start
        ):
            return True  # "Wednesday's decision", "the Feb. 23 election": named again
    return False


# "the Feb. 23 election" after "a snap election on Feb. 23": the date as a label
_LABEL = re.compile(r"\bthe\s+\Z", re.I)
# "..., which is 3 a.m. Tuesday in Sydney": the same moment on another clock
_RESTATED = re.compile(r"\s*,?\s*(?:which\s+is|that\s+is|i\.e\.)\s+", re.I)


def _restated(text: str, claim: ClaimDraft, other: ClaimDraft) -> bool:
    """A moment said again in another zone right after the first one."""
    return (
        claim.when.has_time
        and other.when.has_time
        and _RESTATED.fullmatch(text, other.when.end, claim.when.start) is not None
    )


def _same_hour(text: str, claim: ClaimDraft, other: ClaimDraft) -> bool:
    """A bare time of day ("by midday") of the same kind and hour as an earlier claim with a
    day ("until noon on Friday") in the same or the next sentence, about the same thing or
    as its condition ("If by midday he does not agree"): the earlier deadline named again."""
    if not (
        claim.kind is other.kind
        and claim.when.has_time
        and other.when.has_time
        and claim.due.timetz() == other.due.timetz()
        and not _DAY_WORD.search(text, claim.when.start, claim.when.end)
    ):
        return False
    between = text[other.end : claim.start]
    if len(between) > 300 or len(_SENTENCE_END.findall(between)) > 1:
        return False
    if _IF_BY.search(text, max(0, claim.when.start - 40), claim.when.start):
        return True
    return bool(_content_words(claim.text) & _content_words(other.text))


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
# "If by midday he does not agree": a condition on the deadline named before
_IF_BY = re.compile(r"\b(?:if|unless)\s+(?:by|before|until)\s+$", re.I)
_FUNCTION_WORDS = frozenset(
    """the a an and or but of to in on at by for from with that this will would must should
    said says p.m a.m noon midday midnight until before their its his her they them it
    have has had been be is are was were""".split()  # noqa: SIM905
)


def _content_words(clause: str) -> set[str]:
    words = {w for w in _WORD.findall(clause.lower()) if len(w) > 2}
    return words - _FUNCTION_WORDS
