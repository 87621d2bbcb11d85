from __future__ import annotations

import random
import socket
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from tests.factories import NEW_YORK, Clock, day, webhook_only
from tracker import claims
from tracker.config import Config, build_channels
from tracker.daemon import Daemon
from tracker.models import Attempt, Claim, Notice
from tracker.parse.due import due_moment
from tracker.parse.types import ClaimKind
from tracker.store import session_scope

ADDED = datetime(2025, 8, 5, 12, tzinfo=NEW_YORK)
DUE = datetime(2025, 8, 8, 23, 59, 59, tzinfo=NEW_YORK)


def daemon_at(engine: Engine, config: Config, clock: Clock) -> Daemon:
    return Daemon(engine, config, build_channels(config), now=clock, rng=random.Random(1))


def notices(engine: Engine) -> list[Notice]:
    with Session(engine) as session:
        return list(session.exec(select(Notice).order_by(Notice.scheduled_for)))


def test_it_sends_reminder_due_and_followup_each_once_at_their_moments(
    engine: Engine,
    config: Config,
    make_claim: Callable[..., Claim],
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_claim()
    clock = Clock(ADDED)
    daemon = daemon_at(engine, config, clock)
    assert daemon.run_once().sent == 0
    assert daemon.run_once().next_wake == DUE - timedelta(days=1)

    sent = []
    for moment in (DUE - timedelta(days=1), DUE, DUE + timedelta(days=1)):
        clock.moment = moment
        sent.append(daemon.run_once().sent)
        assert daemon.run_once().sent == 0  # a second pass at the same moment sends nothing
    assert sent == [1, 1, 1]
    assert [(n.kind, n.status, n.late) for n in notices(engine)] == [
        ("reminder", "sent", False),
        ("due", "sent", False),
        ("followup", "sent", False),
    ]
    printed = capsys.readouterr().out
    assert "Coming due" in printed and "Due now" in printed and "Verdict needed" in printed


def test_it_sends_what_it_missed_while_down_marked_late_without_stale_notices(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    make_claim()
    report = daemon_at(engine, config, Clock(DUE + timedelta(hours=2))).run_once()
    assert report.sent == 1
    assert [(n.kind, n.late) for n in notices(engine)] == [("due", True)]
    report = daemon_at(engine, config, Clock(DUE + timedelta(days=2))).run_once()
    assert [(n.kind, n.late) for n in notices(engine)] == [("due", True), ("followup", True)]


def test_a_claim_stored_long_after_its_date_gets_one_notice_asking_for_a_verdict(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    make_claim(now=DUE + timedelta(days=30))
    report = daemon_at(engine, config, Clock(DUE + timedelta(days=30))).run_once()
    assert report.sent == 1
    assert [(n.kind, n.late) for n in notices(engine)] == [("followup", True)]


def test_it_sends_nothing_more_for_a_resolved_claim(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    with session_scope(engine) as session:
        claims.resolve(session, claim.id, "kept", ADDED + timedelta(hours=1))
    assert daemon_at(engine, config, Clock(DUE + timedelta(days=2))).run_once().sent == 0
    assert notices(engine) == []


def test_it_replans_notices_when_a_deadline_is_extended(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    clock = Clock(DUE - timedelta(hours=12))
    daemon = daemon_at(engine, config, clock)
    daemon.run_once()  # the reminder goes out
    new_when = day("2025-08-15")
    with session_scope(engine) as session:
        claims.extend(
            session,
            claim.id,
            new_when,
            due_moment(ClaimKind.DEADLINE, new_when),
            config,
            clock.moment,
        )
    clock.moment = DUE + timedelta(hours=1)
    assert daemon.run_once().sent == 0  # the old due moment passes quietly
    clock.moment = DUE + timedelta(days=7)
    assert daemon.run_once().sent == 1
    assert [(n.kind, n.revision) for n in notices(engine)] == [("reminder", 1), ("due", 2)]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_it_retries_a_failed_send_with_backoff_and_keeps_the_error(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    config = webhook_only(config, f"http://127.0.0.1:{closed_port()}/hook", timeout=2)
    make_claim()
    clock = Clock(DUE + timedelta(minutes=1))
    daemon = daemon_at(engine, config, clock)
    report = daemon.run_once()
    assert (report.sent, report.retrying) == (0, 1)
    (notice,) = notices(engine)
    assert notice.status == "pending" and notice.attempts == 1
    assert "127.0.0.1" in (notice.last_error or "")
    assert notice.next_attempt_at is not None
    assert notice.next_attempt_at - clock.moment >= config.daemon.retry[1]

    clock.moment += timedelta(seconds=1)
    assert daemon.run_once().retrying == 0  # not yet: backoff holds it back


def test_it_gives_up_when_the_retry_schedule_is_spent(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    config = webhook_only(config, f"http://127.0.0.1:{closed_port()}/hook", timeout=2)
    config.daemon.retry = [timedelta(0), timedelta(seconds=5), timedelta(seconds=5)]
    make_claim()
    clock = Clock(DUE + timedelta(minutes=1))
    daemon = daemon_at(engine, config, clock)
    for _ in range(3):
        daemon.run_once()
        clock.moment += timedelta(seconds=6)
    (notice,) = notices(engine)
    assert (notice.status, notice.attempts) == ("dead", 3)
    with Session(engine) as session:
        assert len(session.exec(select(Attempt)).all()) == 3


def test_it_fails_a_notice_for_a_channel_no_longer_configured(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    make_claim()
    clock = Clock(DUE + timedelta(minutes=1))
    Daemon(engine, config, {}, now=clock).run_once()  # materialised for no channel
    daemon_at(engine, config, clock).run_once()
    with session_scope(engine) as session:
        session.add(
            Notice(
                id="ntc_gone",
                claim_id=1,
                revision=1,
                kind="due",
                seq=0,
                channel="gone",
                scheduled_for=DUE,
                next_attempt_at=DUE,
                created_at=DUE,
            )
        )
    report = daemon_at(engine, config, clock).run_once()
    assert report.given_up == 1
    with Session(engine) as session:
        gone = session.get(Notice, "ntc_gone")
    assert gone is not None and gone.status == "failed"
    assert "'gone' is not configured" in (gone.last_error or "")
