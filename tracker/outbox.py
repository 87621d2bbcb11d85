"""The notice outbox: rows made before a send, taken with a lease, closed after the answer.

Decide, then send: ``materialize`` turns a claim's planned slots whose moment has come
into Notice rows (one per channel); ``take`` leases one row with a conditional UPDATE so
that no two passes send it at once; ``record_success`` / ``record_failure`` store what
the server said. A notice is ``sent`` only after the server accepted it.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from tracker.channels.base import Message
from tracker.config import Config
from tracker.models import Attempt, Claim, ClaimStatus, Notice, NoticeStatus, Source
from tracker.plan import next_check, plan_slots, slots_due

ERROR_LIMIT = 500


def new_notice_id() -> str:
    return f"ntc_{uuid.uuid4().hex}"


def planned_from(claim: Claim) -> datetime:
    return claim.updated_at if claim.revision > 1 else claim.created_at


def is_late(scheduled_for: datetime, now: datetime, config: Config) -> bool:
    """Whether a notice sent at ``now`` counts as late (``notices.late_after`` past its moment)."""
    return now - scheduled_for > config.notices.late_after


def refresh_next_check(claim: Claim, config: Config, done_through: datetime | None) -> None:
    """Set when the claim next needs the daemon: its first planned slot after
    ``done_through`` (None: its very first slot, even a past one); None once it is done."""
    if claim.status != ClaimStatus.OPEN:
        claim.next_check_at = None
        return
    slots = plan_slots(claim.due_at, planned_from(claim), config.notices)
    if done_through is None:
        claim.next_check_at = slots[0].at if slots else None
    else:
        claim.next_check_at = next_check(slots, done_through)


def materialize(
    session: Session, claim: Claim, config: Config, channels: Iterable[str], now: datetime
) -> int:
    """Create the Notice rows whose moment has come for ``claim``; return how many."""
    slots = slots_due(
        plan_slots(claim.due_at, planned_from(claim), config.notices),
        now,
        claim.due_at,
        fold=config.notices.fold_stale,
    )
    existing = {
        (n.kind, n.seq, n.channel)
        for n in session.exec(
            select(Notice).where(Notice.claim_id == claim.id, Notice.revision == claim.revision)
        )
    }
    made = 0
    for slot in slots:
        for channel in channels:
            if (slot.kind.value, slot.seq, channel) in existing:
                continue
            session.add(
                Notice(
                    id=new_notice_id(),
                    claim_id=claim.id,  # type: ignore[arg-type]
                    revision=claim.revision,
                    kind=slot.kind.value,
                    seq=slot.seq,
                    channel=channel,
                    scheduled_for=slot.at,
                    late=is_late(slot.at, now, config),
                    next_attempt_at=now,
                    created_at=now,
                )
            )
            made += 1
    refresh_next_check(claim, config, now)
    return made


def cancel_pending(session: Session, claim_id: int, revision: int | None = None) -> int:
    """Cancel a claim's unsent notices (all, or those of an older revision)."""
    query = update(Notice).where(
        col(Notice.claim_id) == claim_id, col(Notice.status) == NoticeStatus.PENDING.value
    )
    if revision is not None:
        query = query.where(col(Notice.revision) < revision)
    result = session.execute(query.values(status=NoticeStatus.CANCELLED.value))
    return int(result.rowcount)  # type: ignore[attr-defined]


def _free(now: datetime) -> Any:
    return or_(col(Notice.lease_until).is_(None), col(Notice.lease_until) < now)


def take_batch(
    session: Session, owner: str, now: datetime, lease: timedelta, limit: int
) -> list[str]:
    """Lease up to ``limit`` ready notices for ``owner``, oldest moment first.

    Ready: pending, its next attempt come, no live lease. On PostgreSQL the rows are
    picked with FOR UPDATE SKIP LOCKED, so daemons sharing a database take disjoint
    batches without waiting on each other; SQLite, one writer at a time, ignores it.
    A daemon that dies leaves its leases to run out, after which others take them.
    """
    ready = (
        select(Notice.id)
        .where(
            Notice.status == NoticeStatus.PENDING.value,
            col(Notice.next_attempt_at) <= now,
            _free(now),
        )
        .order_by(col(Notice.scheduled_for), col(Notice.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    result = session.execute(
        update(Notice)
        .where(col(Notice.id).in_(ready.scalar_subquery()))
        .values(lease_until=now + lease, leased_by=owner)
        .returning(col(Notice.id))
    )
    return [row[0] for row in result]


def still_wanted() -> Any:
    """SQL: the notice's claim still wants it, being open at the notice's revision (no
    verdict and no new deadline since the notice was made)."""
    return (
        select(Claim.id)
        .where(
            col(Claim.id) == col(Notice.claim_id),
            col(Claim.status) == ClaimStatus.OPEN.value,
            col(Claim.revision) == col(Notice.revision),
        )
        .exists()
    )


def renew(session: Session, notice_id: str, owner: str, now: datetime, lease: timedelta) -> bool:
    """Extend ``owner``'s lease on one notice just before sending it. False when the
    lease ran out and another daemon took the notice, or it is no longer pending; a
    notice whose claim was resolved, extended or deleted meanwhile is cancelled."""
    mine = and_(
        col(Notice.id) == notice_id,
        col(Notice.leased_by) == owner,
        col(Notice.status) == NoticeStatus.PENDING.value,
    )
    result = session.execute(
        update(Notice).where(mine, still_wanted()).values(lease_until=now + lease)
    )
    if result.rowcount:  # type: ignore[attr-defined]
        return True
    session.execute(
        update(Notice)
        .where(mine)
        .values(status=NoticeStatus.CANCELLED.value, lease_until=None, leased_by=None)
    )
    return False


def release(session: Session, notice_ids: list[str], owner: str) -> None:
    """Give back leases not used (a stopping daemon), so the notices go out at once."""
    session.execute(
        update(Notice)
        .where(col(Notice.id).in_(notice_ids), col(Notice.leased_by) == owner)
        .values(lease_until=None, leased_by=None)
    )


def message_for(session: Session, notice: Notice, sent_at: datetime, *, late: bool) -> Message:
    claim = session.get(Claim, notice.claim_id)
    assert claim is not None, f"notice {notice.id} has no claim"
    source = session.get(Source, claim.source_id) if claim.source_id else None
    return Message(
        id=notice.id,
        kind=notice.kind,
        claim_id=claim.id,
        claim_text=claim.text,
        claim_kind=claim.kind,
        due_at=claim.due_at.astimezone(ZoneInfo(claim.tz)),
        tz=claim.tz,
        time_text=claim.time_text,
        sent_at=sent_at,
        scheduled_for=notice.scheduled_for,
        late=late,
        speaker=claim.speaker,
        quote=claim.quote,
        consequence=claim.consequence,
        status=claim.status,
        source_title=source.title if source else None,
        source_url=source.url if source else None,
        source_published=source.published_at.astimezone(ZoneInfo(source.tz)) if source else None,
    )


def record_success(
    session: Session, notice: Notice, receipt: str, now: datetime, duration_ms: int
) -> None:
    notice.status = NoticeStatus.SENT.value
    notice.attempts += 1
    notice.sent_at = now
    notice.receipt = receipt[:200]
    notice.last_error = None
    notice.lease_until = None
    notice.leased_by = None
    session.add(notice)
    session.add(
        Attempt(
            notice_id=notice.id, at=now, ok=True, receipt=receipt[:200], duration_ms=duration_ms
        )
    )


def retry_delay(
    attempts: int, schedule: list[timedelta], retry_after: float | None, rng: random.Random
) -> timedelta | None:
    """The wait before the next attempt after ``attempts`` tries, or None when the schedule
    is spent. Up to 10% jitter spreads retries out; a server's Retry-After is a minimum."""
    if attempts >= len(schedule):
        return None
    delay = schedule[attempts]
    delay += delay * rng.uniform(0, 0.1)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def record_failure(
    session: Session,
    notice: Notice,
    error: str,
    *,
    permanent: bool,
    retry_after: float | None,
    now: datetime,
    duration_ms: int,
    schedule: list[timedelta],
    rng: random.Random,
) -> str:
    """Store a failed attempt and decide what comes next; returns the new status."""
    error = error[:ERROR_LIMIT]
    notice.attempts += 1
    notice.last_error = error
    notice.lease_until = None
    notice.leased_by = None
    delay = None if permanent else retry_delay(notice.attempts, schedule, retry_after, rng)
    if permanent:
        notice.status = NoticeStatus.FAILED.value
    elif delay is None:
        notice.status = NoticeStatus.DEAD.value
    else:
        notice.next_attempt_at = now + delay
    session.add(notice)
    session.add(
        Attempt(
            notice_id=notice.id,
            at=now,
            ok=False,
            permanent=permanent,
            error=error,
            duration_ms=duration_ms,
        )
    )
    return notice.status
