"""Claims with their verdicts, sources and history, as JSON, JSON Lines or CSV.

``claim_fields`` is the one claim record: ``list --json`` prints it as it is, ``export``
and ``show --json`` add the source and the history. Moments are ISO 8601 with an offset:
``due`` in the claim's zone, a source's ``published`` in the article's zone, the rest
(created, updated, resolved, history) in UTC.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from tracker import claims as claim_service
from tracker.claims import iso
from tracker.models import Claim, ClaimEvent, ClaimStatus, Source


class ExportFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


# the key order of every claim record, and so the column order of every format
CLAIM_FIELDS = (
    "id",
    "text",
    "kind",
    "status",
    "verdict_note",
    "resolved_at",
    "due",
    "due_date",
    "tz",
    "time_text",
    "speaker",
    "quote",
    "consequence",
    "start",
    "end",
    "confidence",
    "revision",
    "created_at",
    "updated_at",
    "source_id",
)
FIELDS = (*CLAIM_FIELDS, "source", "history")
SOURCE_FIELDS = ("id", "title", "url", "published", "path")
# the source spread over columns of its own; its id is the claim's source_id already
CSV_COLUMNS = (
    *CLAIM_FIELDS,
    *(f"source_{name}" for name in SOURCE_FIELDS if name != "id"),
    "history_count",
)


def _verdict_note(claim: Claim, events: list[ClaimEvent]) -> str | None:
    """The note of the resolution that gave the current verdict (none while open)."""
    if claim.status == ClaimStatus.OPEN:
        return None
    resolutions = [e for e in events if e.action == "resolved"]
    return resolutions[-1].note if resolutions else None


def source_record(source: Source | None) -> dict[str, Any] | None:
    """A claim's article, as `show --json` and `export` write it; None for a claim typed
    by hand. ``published`` keeps the article's own offset."""
    if source is None:
        return None
    return {
        "id": source.id,
        "title": source.title,
        "url": source.url,
        "published": iso(source.published_at, source.tz),
        "path": source.path,
    }


def event_record(event: ClaimEvent) -> dict[str, Any]:
    """One change in a claim's history, as `show --json` and `export` write it."""
    return {
        "at": iso(event.at),
        "action": event.action,
        "field": event.field,
        "old": event.old_value,
        "new": event.new_value,
        "note": event.note,
    }


def claim_fields(claim: Claim, events: list[ClaimEvent]) -> dict[str, Any]:
    """One claim, its keys in ``CLAIM_FIELDS`` order; ``events`` is its history, for the
    verdict note."""
    return {
        "id": claim.id,
        "text": claim.text,
        "kind": claim.kind,
        "status": claim.status,
        "verdict_note": _verdict_note(claim, events),
        "resolved_at": iso(claim.resolved_at),
        "due": iso(claim.due_at, claim.tz),
        "due_date": claim.due_at.astimezone(ZoneInfo(claim.tz)).date().isoformat(),
        "tz": claim.tz,
        "time_text": claim.time_text,
        "speaker": claim.speaker,
        "quote": claim.quote,
        "consequence": claim.consequence,
        "start": claim.start,
        "end": claim.end,
        "confidence": claim.confidence,
        "revision": claim.revision,
        "created_at": iso(claim.created_at),
        "updated_at": iso(claim.updated_at),
        "source_id": claim.source_id,
    }


def claim_record(claim: Claim, source: Source | None, events: list[ClaimEvent]) -> dict[str, Any]:
    """One exported claim, its keys in ``FIELDS`` order: ``claim_fields`` with the source
    and the history."""
    return {
        **claim_fields(claim, events),
        "source": source_record(source),
        "history": [event_record(e) for e in events],
    }


def histories(session: Session, claims: list[Claim]) -> dict[int | None, list[ClaimEvent]]:
    """Each claim's history, oldest change first."""
    events: dict[int | None, list[ClaimEvent]] = defaultdict(list)
    for chunk in _chunks(claims):
        of_chunk = col(ClaimEvent.claim_id).in_([c.id for c in chunk])
        for event in session.exec(select(ClaimEvent).where(of_chunk).order_by(col(ClaimEvent.id))):
            events[event.claim_id].append(event)
    return events


def gather(
    session: Session,
    view: claim_service.View,
    now: datetime,
    *,
    speaker: str | None = None,
    within: timedelta | None = None,
) -> list[dict[str, Any]]:
    """Every claim in ``view`` (filtered as ``claims.listing`` does), soonest due first,
    with its source and history."""
    claims = claim_service.listing(session, view, now, speaker=speaker, within=within)
    events = histories(session, claims)
    sources: dict[int | None, Source] = {}
    for chunk in _chunks(claims):
        wanted = {c.source_id for c in chunk} - set(sources) - {None}
        if wanted:
            found = session.exec(select(Source).where(col(Source.id).in_(wanted)))
            sources.update((s.id, s) for s in found)
    return [claim_record(c, sources.get(c.source_id), events[c.id]) for c in claims]


def _chunks(claims: list[Claim], size: int = 500) -> list[list[Claim]]:
    """Groups small enough for an IN list on every database."""
    return [claims[i : i + size] for i in range(0, len(claims), size)]


def _csv_row(record: dict[str, Any]) -> list[Any]:
    """A flat row: the source spread over ``source_*`` columns, the history as a count."""
    source = record["source"] or {}
    return [
        *(record[name] for name in CLAIM_FIELDS),
        *(source.get(name) for name in SOURCE_FIELDS if name != "id"),
        len(record["history"]),
    ]


def render(records: list[dict[str, Any]], fmt: ExportFormat) -> str:
    if fmt is ExportFormat.JSON:
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt is ExportFormat.JSONL:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(r) for r in records)
    return buffer.getvalue()
