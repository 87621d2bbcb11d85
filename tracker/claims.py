"""What a user does with claims: store, list, resolve, extend, delete; each change recorded.

Every function takes an open session and ``now``; the caller owns the transaction, so a
failure part-way writes nothing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, delete, select

from tracker.articles import Dated
from tracker.config import Config
from tracker.errors import BadInputError, NotFoundError
from tracker.models import (
    VERDICTS,
    Attempt,
    Claim,
    ClaimEvent,
    ClaimStatus,
    Notice,
    Source,
)
from tracker.outbox import cancel_pending, refresh_next_check
from tracker.parse.types import ClaimDraft, ClaimKind, TimeExpr


class View(StrEnum):
    OPEN = "open"
    DUE = "due"
    OVERDUE = "overdue"
    RESOLVED = "resolved"
    ALL = "all"


@dataclass
class IngestResult:
    source: Source
    added: list[Claim] = field(default_factory=list)
    known: int = 0
    new_source: bool = True


def _fingerprint(text: str, due: datetime) -> str:
    words = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha256(f"{words}|{due.date().isoformat()}".encode()).hexdigest()


def _record(
    session: Session,
    claim: Claim,
    action: str,
    now: datetime,
    *,
    field_name: str | None = None,
    old: str | None = None,
    new: str | None = None,
    note: str | None = None,
) -> None:
    session.add(
        ClaimEvent(
            claim_id=claim.id,  # type: ignore[arg-type]
            at=now,
            action=action,
            field=field_name,
            old_value=old,
            new_value=new,
            note=note,
        )
    )


def iso(moment: datetime | None, tz: str | None = None) -> str | None:
    """ISO 8601 with offset, in the zone ``tz`` when given (else as stored, UTC); None
    stays None. The one formatter for moments in JSON, exports and history values."""
    if moment is None:
        return None
    return (moment.astimezone(ZoneInfo(tz)) if tz else moment).isoformat()


def _new_claim(session: Session, claim: Claim, config: Config, now: datetime) -> Claim:
    claim.created_at = claim.updated_at = now
    refresh_next_check(claim, config, None)
    session.add(claim)
    session.flush()
    _record(session, claim, "created", now, field_name="due_at", new=iso(claim.due_at, claim.tz))
    return claim


def ingest(
    session: Session,
    dated: Dated,
    drafts: list[ClaimDraft],
    config: Config,
    now: datetime,
    *,
    url: str | None = None,
) -> IngestResult:
    """Store the article and its claims; an article or claim already stored is skipped."""
    article = dated.article
    source = session.exec(select(Source).where(Source.fingerprint == dated.fingerprint)).first()
    if source is None:
        source = Source(
            fingerprint=dated.fingerprint,
            title=article.header.get("title") or _title(article.text),
            url=url or article.header.get("url"),
            path=str(article.path.resolve()) if article.path else None,
            published_at=dated.published,
            tz=dated.tz.key,
            text=article.text,
            created_at=now,
        )
        session.add(source)
        session.flush()
        result = IngestResult(source=source)
    else:
        result = IngestResult(source=source, new_source=False)
    known = set(session.exec(select(Claim.fingerprint).where(Claim.source_id == source.id)))
    for draft in drafts:
        fingerprint = _fingerprint(draft.text, draft.due)
        if fingerprint in known:
            result.known += 1
            continue
        known.add(fingerprint)
        claim = Claim(
            source_id=source.id,
            fingerprint=fingerprint,
            text=draft.text,
            quote=article.text[draft.start : draft.end],
            start=draft.start,
            end=draft.end,
            kind=draft.kind.value,
            speaker=draft.speaker,
            consequence=draft.consequence,
            time_text=draft.time_text,
            due_at=draft.due,
            tz=dated.tz.key,
            grain=(draft.when.grain or "day"),
            has_time=draft.when.has_time,
            confidence=draft.confidence,
        )
        result.added.append(_new_claim(session, claim, config, now))
    return result


def _title(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "…"


def add(
    session: Session,
    text: str,
    when: TimeExpr,
    due: datetime,
    kind: ClaimKind,
    config: Config,
    now: datetime,
    *,
    speaker: str | None = None,
) -> Claim:
    """Store a claim typed by hand."""
    if not text.strip():
        raise BadInputError("the claim text is empty: say what was claimed")
    claim = Claim(
        fingerprint=uuid.uuid4().hex,
        text=text.strip(),
        kind=kind.value,
        speaker=speaker,
        time_text=when.text,
        due_at=due,
        tz=due.tzinfo.key,  # type: ignore[union-attr]
        grain=(when.grain or "day"),
        has_time=when.has_time,
        confidence=1.0,
    )
    return _new_claim(session, claim, config, now)


def get(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError("claim", claim_id)
    return claim


def listing(
    session: Session,
    view: View,
    now: datetime,
    *,
    speaker: str | None = None,
    within: timedelta | None = None,
) -> list[Claim]:
    query = select(Claim)
    if view in (View.OPEN, View.DUE, View.OVERDUE):
        query = query.where(Claim.status == ClaimStatus.OPEN.value)
    if view is View.RESOLVED:
        query = query.where(Claim.status != ClaimStatus.OPEN.value)
    if view is View.OVERDUE:
        query = query.where(col(Claim.due_at) < now)
    if view is View.DUE:
        query = query.where(col(Claim.due_at) >= now)
    if within is not None and view is View.OVERDUE:
        query = query.where(col(Claim.due_at) >= now - within)
    elif within is not None:
        query = query.where(col(Claim.due_at) >= now, col(Claim.due_at) <= now + within)
    if speaker:
        query = query.where(col(Claim.speaker).ilike(f"%{speaker}%"))
    return list(session.exec(query.order_by(col(Claim.due_at), col(Claim.id))))


def resolve(
    session: Session,
    claim_id: int,
    verdict: str,
    now: datetime,
    note: str | None = None,
    *,
    force: bool = False,
) -> Claim:
    """Give the claim its verdict; changing an earlier verdict needs ``force``."""
    if verdict not in VERDICTS:
        raise BadInputError(f"unknown verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    claim = get(session, claim_id)
    if claim.status != ClaimStatus.OPEN and not force:
        raise BadInputError(
            f"claim {claim_id} already has the verdict {claim.status}; pass --force to change it"
        )
    old = claim.status
    claim.status = verdict
    claim.resolved_at = now
    claim.updated_at = now
    claim.next_check_at = None
    cancel_pending(session, claim_id)
    session.add(claim)
    _record(session, claim, "resolved", now, field_name="status", old=old, new=verdict, note=note)
    return claim


def extend(
    session: Session,
    claim_id: int,
    when: TimeExpr,
    due: datetime,
    config: Config,
    now: datetime,
    note: str | None = None,
    *,
    reopen: bool = False,
) -> Claim:
    """Move the deadline: the old one stays in history, the notices are planned anew.
    A claim that already has a verdict is reopened only with ``reopen``."""
    claim = get(session, claim_id)
    if claim.status != ClaimStatus.OPEN:
        if not reopen:
            raise BadInputError(
                f"claim {claim_id} already has the verdict {claim.status}; pass --reopen "
                "to reopen it with the new deadline"
            )
        _record(
            session,
            claim,
            "reopened",
            now,
            field_name="status",
            old=claim.status,
            new=ClaimStatus.OPEN.value,
            note=note,
        )
    old_due = claim.due_at
    claim.due_at = due
    claim.time_text = when.text
    claim.grain = when.grain or "day"
    claim.has_time = when.has_time
    claim.revision += 1
    claim.status = ClaimStatus.OPEN.value
    claim.resolved_at = None
    claim.updated_at = now
    cancel_pending(session, claim_id, claim.revision)
    refresh_next_check(claim, config, None)
    session.add(claim)
    _record(
        session,
        claim,
        "extended",
        now,
        field_name="due_at",
        old=iso(old_due, claim.tz),
        new=iso(due, claim.tz),
        note=note,
    )
    return claim


def remove(session: Session, claim_id: int) -> Claim:
    claim = get(session, claim_id)
    notice_ids = select(Notice.id).where(Notice.claim_id == claim_id)
    session.exec(delete(Attempt).where(col(Attempt.notice_id).in_(notice_ids)))
    session.exec(delete(Notice).where(col(Notice.claim_id) == claim_id))
    session.exec(delete(ClaimEvent).where(col(ClaimEvent.claim_id) == claim_id))
    session.delete(claim)
    return claim


def history(session: Session, claim_id: int) -> list[ClaimEvent]:
    return list(
        session.exec(
            select(ClaimEvent).where(ClaimEvent.claim_id == claim_id).order_by(col(ClaimEvent.id))
        )
    )


def notices(session: Session, claim_id: int) -> list[Notice]:
    return list(
        session.exec(
            select(Notice)
            .where(Notice.claim_id == claim_id)
            .order_by(col(Notice.scheduled_for), col(Notice.channel))
        )
    )


def source_of(session: Session, claim: Claim) -> Source | None:
    return session.get(Source, claim.source_id) if claim.source_id else None
