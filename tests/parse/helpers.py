"""Helpers the claim tests share: the claims, due dates and tense of a text published at the
shared moment (Tuesday 2025-08-05, 10:00 New York), and the speakers of a text published on
Monday 2024-03-04, 9:00 London (the moment the speaker tests were written for)."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.parse.conftest import NEW_YORK, PUBLISHED
from tracker.parse import extract_claims
from tracker.parse.tense import direction
from tracker.parse.types import ClaimDraft


def claims(text: str) -> list[ClaimDraft]:
    return extract_claims(text, PUBLISHED, NEW_YORK)


LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2024, 3, 4, 9, 0, tzinfo=LONDON)


def speakers(text: str) -> list[str | None]:
    """The speaker of each claim in ``text``, published on Monday 2024-03-04 in London."""
    return [c.speaker for c in extract_claims(text, MONDAY, LONDON)]


def dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


def at(text: str, phrase: str) -> str:
    """Which way the date ``phrase`` in ``text`` points: "past", "future" or "neutral"."""
    i = text.index(phrase)
    return direction(text, i, i + len(phrase))


CLAIMS = Path(__file__).resolve().parents[2] / "bench" / "claims"


@cache
def claims_texts() -> tuple[str, ...]:
    """The text of every passage of every labelled claims file."""
    return tuple(
        json.loads(line)["text"]
        for path in sorted(CLAIMS.glob("*.jsonl"))
        for line in path.read_text().splitlines()
    )
