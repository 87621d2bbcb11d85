"""The stored shape of tracker: sources, claims, their history, and the notice outbox.

All datetimes are stored as UTC and come back timezone-aware (``UTCDateTime``); a claim
keeps its own IANA zone in ``tz`` for display and for its calendar date.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as naive UTC and returned aware, on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class ClaimStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    PARTLY = "partly"
    EXTENDED = "extended"
    UNCLEAR = "unclear"
    WITHDRAWN = "withdrawn"


VERDICTS = tuple(s.value for s in ClaimStatus if s is not ClaimStatus.OPEN)


class NoticeKind(StrEnum):
    REMINDER = "reminder"
    DUE = "due"
    FOLLOWUP = "followup"


class NoticeStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    DEAD = "dead"
    CANCELLED = "cancelled"


class Source(SQLModel, table=True):
    """An article (or a hand entry) that claims came from."""

    __tablename__ = "sources"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(max_length=64, unique=True)
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published_at: datetime = _utc()
    tz: str = Field(max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = _utc()


class Claim(SQLModel, table=True):
    """A forward-looking statement with a due moment, open until given a verdict."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("source_id", "fingerprint", name="uq_claims_source_fingerprint"),
        Index("ix_claims_status_next_check", "status", "next_check_at"),
        {"sqlite_autoincrement": True},  # ids are never reused: notices quote them
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int | None = Field(default=None, foreign_key="sources.id", index=True)
    fingerprint: str = Field(max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    quote: str | None = Field(default=None, sa_column=Column(Text))
    start: int | None = None
    end: int | None = None
    kind: str = Field(max_length=16)
    speaker: str | None = None
    consequence: str | None = Field(default=None, sa_column=Column(Text))
    time_text: str
    due_at: datetime = _utc(index=True)
    tz: str = Field(max_length=64)
    grain: str = Field(max_length=16)
    has_time: bool = False
    confidence: float = 1.0
    status: str = Field(default=ClaimStatus.OPEN.value, max_length=16)
    revision: int = 1
    next_check_at: datetime | None = _utc(nullable=True)
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    resolved_at: datetime | None = _utc(nullable=True)


class ClaimEvent(SQLModel, table=True):
    """One change to a claim, with the old and new value: its history."""

    __tablename__ = "claim_events"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", index=True)
    at: datetime = _utc()
    action: str = Field(max_length=16)
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    note: str | None = Field(default=None, sa_column=Column(Text))


class Notice(SQLModel, table=True):
    """One notice to one channel: the outbox row, created before its first send.

    ``id`` is stable: it is the email Message-ID and the webhook-id on every attempt.
    A row is taken for sending by setting ``lease_until``; it is ``sent`` only after the
    server accepted it.
    """

    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint(
            "claim_id", "revision", "kind", "seq", "channel", name="uq_notices_plan_slot"
        ),
        Index("ix_notices_status_next_attempt", "status", "next_attempt_at"),
    )

    id: str = Field(primary_key=True, max_length=40)
    claim_id: int = Field(foreign_key="claims.id", index=True)
    revision: int
    kind: str = Field(max_length=16)
    seq: int = 0
    channel: str = Field(max_length=64)
    scheduled_for: datetime = _utc()
    status: str = Field(default=NoticeStatus.PENDING.value, max_length=16)
    late: bool = False
    attempts: int = 0
    next_attempt_at: datetime | None = _utc(nullable=True)
    lease_until: datetime | None = _utc(nullable=True)
    leased_by: str | None = Field(default=None, max_length=64)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    receipt: str | None = None
    sent_at: datetime | None = _utc(nullable=True)
    created_at: datetime = _utc()


class Attempt(SQLModel, table=True):
    """One try at sending a notice, successful or not."""

    __tablename__ = "attempts"

    id: int | None = Field(default=None, primary_key=True)
    notice_id: str = Field(foreign_key="notices.id", index=True, max_length=40)
    at: datetime = _utc()
    ok: bool
    permanent: bool = False
    error: str | None = Field(default=None, sa_column=Column(Text))
    receipt: str | None = None
    duration_ms: int = 0


class DaemonBeat(SQLModel, table=True):
    """A daemon's heartbeat: when its latest pass began, and what its passes did."""

    __tablename__ = "daemon_beats"

    name: str = Field(primary_key=True, max_length=64)
    pid: int
    started_at: datetime = _utc()
    last_pass_at: datetime = _utc()
    stopped_at: datetime | None = _utc(nullable=True)
    sent: int = 0
    failed: int = 0
