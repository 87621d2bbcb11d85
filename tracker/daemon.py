"""The daemon: one pass materialises what came due and sends it; APScheduler only ticks.

``Daemon.run_once()`` is a whole pass (``tracker serve --once`` and the tests call it);
``Daemon.serve()`` runs passes from APScheduler until SIGTERM or SIGINT, waking at the
next due moment and at least every ``daemon.poll_interval`` so that claims added from
the CLI while it runs are picked up within seconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, delete, func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from tracker import clock
from tracker.channels.base import Channel
from tracker.config import Config
from tracker.errors import DeliveryError, StorageError
from tracker.models import Claim, ClaimStatus, DaemonBeat, Notice, NoticeStatus
from tracker.outbox import (
    is_late,
    materialize,
    message_for,
    record_failure,
    record_success,
    release,
    renew,
    take_batch,
)
from tracker.store import session_scope

log = logging.getLogger("tracker.daemon")


@dataclass
class PassReport:
    at: datetime
    materialized: int = 0
    sent: int = 0
    retrying: int = 0
    given_up: int = 0
    next_wake: datetime | None = None

    def summary(self) -> str:
        wake = self.next_wake.isoformat(timespec="seconds") if self.next_wake else "nothing due"
        return (
            f"pass at {self.at.isoformat(timespec='seconds')}: {self.materialized} new notices, "
            f"{self.sent} sent, {self.retrying} to retry, {self.given_up} failed; next: {wake}"
        )


class Daemon:
    def __init__(
        self,
        engine: Engine,
        config: Config,
        channels: dict[str, Channel],
        *,
        now: Callable[[], datetime] = clock.now,
        rng: random.Random | None = None,
    ) -> None:
        self.engine = engine
        self.config = config
        self.channels = channels
        self.now = now
        self.rng = rng or random.Random()
        # who holds a lease: unique per daemon process, even across hosts
        self.name = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.stopping = threading.Event()
        self.started_at = now()

    # --- one pass -------------------------------------------------------------------------

    def run_once(self) -> PassReport:
        """Materialise what came due, then send ready notices, batch by batch, up to
        ``daemon.batch_size``; a stop request ends the pass between two notices."""
        report = PassReport(at=self.now())
        self._beat(report.at)  # at the start: alive, even if this pass runs long
        report.materialized = self._materialize(report.at)
        budget = self.config.daemon.batch_size
        while budget > 0 and not self.stopping.is_set():
            batch = self._take(min(self.config.daemon.take, budget))
            if not batch:
                break
            budget -= len(batch)
            for done, notice_id in enumerate(batch):
                if self.stopping.is_set():
                    with session_scope(self.engine) as session:
                        release(session, batch[done:], self.name)
                    break
                self._send_one(notice_id, report)
        report.next_wake = self._next_wake()
        if report.sent or report.given_up:
            self._tally(report)
        return report

    def once(self) -> PassReport:
        """One pass, as ``serve --once`` runs it: SIGTERM/SIGINT end it after the notice in
        flight, and the rest of the batch is released at once instead of waiting out the lease."""
        previous = {
            signum: signal.signal(signum, lambda *_: self.stopping.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            return self.run_once()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _materialize(self, now: datetime) -> int:
        made = 0
        with session_scope(self.engine) as session:
            claims = session.exec(
                select(Claim)
                .where(Claim.status == ClaimStatus.OPEN.value, col(Claim.next_check_at) <= now)
                .order_by(col(Claim.next_check_at))
                .limit(self.config.daemon.batch_size)
                .with_for_update(skip_locked=True)  # several daemons: disjoint claims
            ).all()
            for claim in claims:
                made += materialize(session, claim, self.config, self.channels, now)
                session.add(claim)
        return made

    def _take(self, limit: int) -> list[str]:
        with session_scope(self.engine) as session:
            return take_batch(session, self.name, self.now(), self.config.daemon.lease, limit)

    def _send_one(self, notice_id: str, report: PassReport) -> None:
        """Send one leased notice and record the answer. Anything unexpected (a claim
        deleted mid-send, a bug) is logged and the notice released: one bad row never
        stops the pass."""
        try:
            self._deliver(notice_id, report)
        except Exception:
            log.exception("notice %s could not be handled; it will be tried again", notice_id)
            with contextlib.suppress(Exception), session_scope(self.engine) as session:
                release(session, [notice_id], self.name)

    def _deliver(self, notice_id: str, report: PassReport) -> None:
        now = self.now()
        with session_scope(self.engine) as session:
            # the last gate: still ours, still pending, and its claim still open at this
            # revision (a verdict or an extension given meanwhile cancels it)
            if not renew(session, notice_id, self.name, now, self.config.daemon.lease):
                return
            notice = session.get(Notice, notice_id)
            if notice is None:
                return
            late = notice.late or is_late(notice.scheduled_for, now, self.config)
            message = message_for(session, notice, now, late=late)
            channel_name, kind = notice.channel, notice.kind
        channel = self.channels.get(channel_name)
        started = time.monotonic()
        try:
            if channel is None:
                raise DeliveryError(
                    f"channel {channel_name!r} is not configured (or disabled); "
                    "add it back to the config, or cancel this notice",
                    permanent=True,
                )
            receipt = channel.send(message)
        except DeliveryError as exc:
            self._failed(notice_id, str(exc), exc.permanent, exc.retry_after, started, report)
        except Exception as exc:  # a bug in a channel must not stop the daemon
            log.exception("channel %s raised unexpectedly", channel_name)
            self._failed(notice_id, f"{type(exc).__name__}: {exc}", False, None, started, report)
        else:
            with session_scope(self.engine) as session:
                notice = self._still_ours(session, notice_id)
                if notice is not None:
                    notice.late = late
                    record_success(session, notice, receipt, self.now(), _ms_since(started))
            report.sent += 1
            log.info("sent %s notice %s to %s: %s", kind, notice_id, channel_name, receipt)

    def _still_ours(self, session: Session, notice_id: str) -> Notice | None:
        """The notice, if this daemon still holds it; else None (deleted with its claim,
        or taken over after our lease ran out: its new holder records the outcome)."""
        notice = session.get(Notice, notice_id)
        if notice is None or notice.leased_by != self.name:
            log.warning(
                "notice %s changed while it was being sent; outcome not recorded", notice_id
            )
            return None
        return notice

    def _failed(
        self,
        notice_id: str,
        error: str,
        permanent: bool,
        retry_after: float | None,
        started: float,
        report: PassReport,
    ) -> None:
        with session_scope(self.engine) as session:
            notice = self._still_ours(session, notice_id)
            if notice is None:
                return
            channel = notice.channel
            status = record_failure(
                session,
                notice,
                error,
                permanent=permanent,
                retry_after=retry_after,
                now=self.now(),
                duration_ms=_ms_since(started),
                schedule=self.config.daemon.retry,
                rng=self.rng,
            )
        if status == NoticeStatus.PENDING.value:
            report.retrying += 1
            log.warning("notice %s to %s failed, will retry: %s", notice_id, channel, error)
        else:
            report.given_up += 1
            log.error("notice %s to %s %s: %s", notice_id, channel, status, error)

    def _next_wake(self) -> datetime | None:
        with Session(self.engine) as session:
            claim_at = session.exec(
                select(func.min(Claim.next_check_at)).where(Claim.status == ClaimStatus.OPEN.value)
            ).one()
            # a notice leased by a daemon (maybe a dead one) is ready when its lease ends
            ready_at = case(
                (col(Notice.lease_until) > col(Notice.next_attempt_at), Notice.lease_until),
                else_=Notice.next_attempt_at,
            )
            notice_at = session.exec(
                select(func.min(ready_at)).where(Notice.status == NoticeStatus.PENDING.value)
            ).one()
        moments = [_aware(m) for m in (claim_at, notice_at) if m is not None]
        return min(moments) if moments else None

    def _beat(self, at: datetime) -> None:
        with session_scope(self.engine) as session:
            beat = session.get(DaemonBeat, self.name)
            if beat is None:
                # every start is a new row (cron runs 'serve --once' all day): rows no daemon
                # has touched for daemon.stale_after are history, and go
                session.execute(
                    delete(DaemonBeat).where(
                        col(DaemonBeat.last_pass_at) < at - self.config.daemon.stale_after
                    )
                )
                beat = DaemonBeat(name=self.name, pid=os.getpid(), started_at=self.started_at)
            beat.pid = os.getpid()
            beat.last_pass_at = at
            beat.stopped_at = None
            session.add(beat)

    def _tally(self, report: PassReport) -> None:
        """Add what a pass sent and gave up on to this daemon's totals."""
        with session_scope(self.engine) as session:
            session.execute(
                update(DaemonBeat)
                .where(col(DaemonBeat.name) == self.name)
                .values(
                    sent=col(DaemonBeat.sent) + report.sent,
                    failed=col(DaemonBeat.failed) + report.given_up,
                )
            )

    # --- the service ----------------------------------------------------------------------

    def serve(self) -> None:
        """Run passes until SIGTERM/SIGINT; a send in flight finishes before the exit."""
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        poll = self.config.daemon.poll_interval
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone="UTC",
        )

        def tick() -> None:
            try:
                report = self.run_once()
            except StorageError as exc:
                log.error("pass failed, will try again: %s", exc)
                return
            except Exception:  # the service keeps running; the next tick tries again
                log.exception("pass failed, will try again")
                return
            if report.materialized or report.sent or report.retrying or report.given_up:
                log.info(report.summary())
            wake = report.next_wake
            if wake is not None and wake < self.now() + poll and not self.stopping.is_set():
                scheduler.modify_job("pass", next_run_time=max(wake, self.now()))

        scheduler.add_job(
            tick, "interval", seconds=poll.total_seconds(), id="pass", next_run_time=self.now()
        )
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.stopping.set())
        scheduler.start()
        log.info(
            "tracker daemon started (pid %d), channels: %s",
            os.getpid(),
            ", ".join(self.channels) or "none",
        )
        slowest = max(
            (float(getattr(c.settings, "timeout", 0)) for c in self.channels.values()), default=0.0
        )
        if self.config.daemon.lease.total_seconds() < slowest + 10:
            log.warning(
                "daemon.lease (%ss) is barely longer than the slowest channel timeout (%ss): "
                "another daemon may take over a slow send and deliver it twice",
                int(self.config.daemon.lease.total_seconds()),
                int(slowest),
            )
        self.stopping.wait()
        log.info("stopping (a notice in flight is finished first)")
        scheduler.shutdown(wait=True)
        with session_scope(self.engine) as session:
            beat = session.get(DaemonBeat, self.name)
            if beat is not None:
                beat.stopped_at = self.now()
                session.add(beat)
        log.info("stopped")


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
