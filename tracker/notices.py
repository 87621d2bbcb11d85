"""What a user can see and do with the outbox: list notices, retry dead ones, and the
daemon's status (heartbeat, counts, when the next notice is planned)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from tracker.errors import BadInputError, NotFoundError
from tracker.models import Attempt, Claim, ClaimStatus, DaemonBeat, Notice, NoticeStatus
from tracker.outbox import still_wanted

RETRYABLE = (NoticeStatus.DEAD.value, NoticeStatus.FAILED.value)


def listing(session: Session, statuses: list[str] | None = None) -> list[Notice]:
    query = select(Notice)
    if statuses:
        query = query.where(col(Notice.status).in_(statuses))
    return list(session.exec(query.order_by(col(Notice.scheduled_for), col(Notice.channel))))


def _fresh_schedule(now: datetime) -> dict[str, Any]:
    """What a retry sets: pending, due now, unleased, with its backoff schedule restarted."""
    return {
        "status": NoticeStatus.PENDING.value,
        "attempts": 0,
        "next_attempt_at": now,
        "lease_until": None,
        "leased_by": None,
    }


def tries(session: Session, notices: list[Notice]) -> dict[str, int]:
    """How many sends each notice has had in all, counted from its attempts; a manual retry
    restarts ``Notice.attempts`` (the backoff schedule) but not this."""
    ids = [n.id for n in notices]
    counted = session.exec(
        select(Attempt.notice_id, func.count())
        .where(col(Attempt.notice_id).in_(ids))
        .group_by(col(Attempt.notice_id))
    )
    return {n.id: 0 for n in notices} | dict(counted.all())


def find(session: Session, notice_id: str) -> Notice:
    """The notice with this id, or with the one id that starts so (as `tracker notices`
    lists it, cut short)."""
    notice = session.get(Notice, notice_id)
    if notice is not None:
        return notice
    query = select(Notice).where(col(Notice.id).startswith(notice_id, autoescape=True)).limit(2)
    found = list(session.exec(query)) if notice_id else []
    if not found:
        raise NotFoundError("notice", notice_id, hint="'tracker notices' shows the ids")
    if len(found) > 1:
        raise BadInputError(
            f"{notice_id!r} is the start of more than one notice id: give more of it "
            "('tracker notices --json' shows them whole)"
        )
    return found[0]


def retry(session: Session, notice_id: str, now: datetime) -> Notice:
    """Put a dead or failed notice back in the queue, with a fresh retry schedule.
    ``notice_id`` may be the start of an id, as long as only one id starts so."""
    notice = find(session, notice_id)
    notice_id = notice.id
    retrying = notice.status == NoticeStatus.PENDING.value and notice.attempts > 0
    if notice.status not in RETRYABLE and not retrying:
        raise BadInputError(
            f"notice {notice_id} is {notice.status}; only dead, failed or retrying "
            "notices can be retried"
        )
    wanted = select(Notice.id).where(Notice.id == notice_id, still_wanted())
    if session.exec(wanted).first() is None:
        raise BadInputError(
            f"notice {notice_id} belongs to a claim that has a verdict or a new deadline "
            "since; it is not sent again"
        )
    if retrying:
        notice.next_attempt_at = now  # skip the rest of the backoff wait
    else:
        notice.sqlmodel_update(_fresh_schedule(now))
    session.add(notice)
    return notice


def retry_all_dead(session: Session, now: datetime) -> int:
    """Queue every dead notice whose claim still wants it; returns how many."""
    result = session.execute(
        update(Notice)
        .where(col(Notice.status) == NoticeStatus.DEAD.value, still_wanted())
        .values(**_fresh_schedule(now))
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Status:
    now: datetime
    last_pass_at: datetime | None
    stopped_at: datetime | None
    daemon_pid: int | None
    counts: dict[str, int]
    open_claims: int
    next_notice_at: datetime | None  # the earliest planned notice moment of an open claim

    def heartbeat_age(self) -> timedelta | None:
        return self.now - self.last_pass_at if self.last_pass_at else None


def status(session: Session, now: datetime) -> Status:
    beat = session.exec(select(DaemonBeat).order_by(col(DaemonBeat.last_pass_at).desc())).first()
    counts = dict(
        session.exec(select(Notice.status, func.count()).group_by(col(Notice.status))).all()
    )
    open_claims = session.exec(
        select(func.count()).select_from(Claim).where(Claim.status == ClaimStatus.OPEN.value)
    ).one()
    next_notice_at = session.exec(
        select(func.min(Claim.next_check_at)).where(Claim.status == ClaimStatus.OPEN.value)
    ).one()
    return Status(
        now=now,
        last_pass_at=beat.last_pass_at if beat else None,
        stopped_at=beat.stopped_at if beat else None,
        daemon_pid=beat.pid if beat else None,
        counts={s.value: int(counts.get(s.value, 0)) for s in NoticeStatus},
        open_claims=int(open_claims),
        next_notice_at=next_notice_at,
    )
