"""Forward-looking dated claims: a resolved date in a sentence that looks ahead."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import datetime
from zoneinfo import ZoneInfo

from tracker.parse.context import ScanContext
from tracker.parse.due import due_moment
from tracker.parse.kinds import classify, consequence
from tracker.parse.scanner import scan
from tracker.parse.sentences import sentence_spans
from tracker.parse.speakers import find_speaker, known_people
from tracker.parse.types import ClaimDraft, Grain, TimeExpr

_WORD = re.compile(r"\w+")
_FINE = {Grain.MINUTE, Grain.HOUR, Grain.DAY}


def extract_claims(
    text: str, published: datetime, tz: ZoneInfo, *, event_hour: int = 9
) -> list[ClaimDraft]:
    """Every claim in ``text`` that comes due after ``published``, once each."""
    if published.tzinfo is None:
        raise ValueError("published must be timezone-aware")
    ctx = ScanContext(text, published.astimezone(tz), tz)
    dates = sorted((c for c in scan(ctx) if c.start_at is not None), key=lambda c: c.start)
    starts = [c.start for c in dates]
    people = known_people(text)
    claims: list[ClaimDraft] = []
    for start, end in sentence_spans(text):
        inside = dates[bisect_left(starts, start) : bisect_left(starts, end)]
        if not inside or text[start:end].rstrip("\"'”’) ").endswith("?"):
            continue
        for cand in inside:
            if ctx.direction(cand.start, cand.end) == "past":
                continue
            claim = _claim(text, (start, end), cand.to_expr(text), ctx, people, event_hour)
            if claim is not None and not _repeats(claim, claims):
                claims.append(claim)
    return claims


def _claim(
    text: str,
    span: tuple[int, int],
    when: TimeExpr,
    ctx: ScanContext,
    people: dict[str, str],
    event_hour: int,
) -> ClaimDraft | None:
    start, end = span
    sentence = text[start:end]
    found = classify(sentence, when.start - start)
    if found is None or when.end_at is None or when.end_at <= ctx.now:
        return None
    kind, confidence = found
    due = due_moment(kind, when, event_hour=event_hour)
    speaker = find_speaker(text, start, end, people)
    confidence += (0.1 if speaker else 0.0) + (0.05 if when.grain in _FINE else -0.1)
    return ClaimDraft(
        text=sentence,
        start=start,
        end=end,
        kind=kind,
        when=when,
        due=due,
        speaker=speaker,
        consequence=consequence(sentence, when.end - start),
        confidence=round(min(max(confidence, 0.05), 0.95), 2),
    )


def _repeats(claim: ClaimDraft, earlier: list[ClaimDraft]) -> bool:
    """The same claim said again: same due date and mostly the same words."""
    words = set(_WORD.findall(claim.text.lower()))
    for other in earlier:
        if other.due_date != claim.due_date:
            continue
        theirs = set(_WORD.findall(other.text.lower()))
        if len(words & theirs) / max(1, len(words | theirs)) >= 0.5 or other.start == claim.start:
            return True
    return False
