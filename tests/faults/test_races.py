"""Races between the CLI, the daemon and dead daemons, found in review."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from tests.factories import Clock, webhook_only
from tests.faults.conftest import DUE
from tests.servers import Reply, WebhookServer
from tracker import claims
from tracker import notices as notice_service
from tracker.config import Config, build_channels
from tracker.daemon import Daemon, PassReport
from tracker.errors import BadInputError
from tracker.models import Claim, Notice
from tracker.outbox import take_batch
from tracker.store import session_scope


def notice_rows(engine: Engine) -> list[Notice]:
    with Session(engine) as session:
        return list(session.exec(select(Notice).order_by(Notice.claim_id)))


def test_a_notice_leased_by_a_dead_daemon_wakes_us_when_the_lease_ends_not_before(
    engine: Engine,
    config: Config,
    make_claim: Callable[..., Claim],
    webhook_server: WebhookServer,
) -> None:
    config = webhook_only(config, webhook_server.url)
    make_claim()
    clock = Clock(DUE + timedelta(seconds=1))
    Daemon(engine, config, {}, now=clock).run_once()  # materialise only
    daemon = Daemon(engine, config, build_channels(config), now=clock)
    daemon.run_once()  # sends it; now plant a fresh pending notice leased by a ghost
    with session_scope(engine) as session:
        session.add(
            Notice(
                id="ntc_ghost",
                claim_id=1,
                revision=1,
                kind="due",
                seq=1,
                channel="hook",
                scheduled_for=DUE,
                next_attempt_at=DUE,
                created_at=DUE,
            )
        )
    with session_scope(engine) as session:
        assert take_batch(session, "ghost", clock(), config.daemon.lease, 10) == ["ntc_ghost"]
    report = daemon.run_once()
    assert report.sent == 0
    assert report.next_wake is not None
    assert report.next_wake >= clock() + config.daemon.lease - timedelta(seconds=1)


def test_a_claim_deleted_while_its_notice_is_in_flight_does_not_stop_the_pass(
    engine: Engine,
    config: Config,
    make_claim: Callable[..., Claim],
    webhook_server: WebhookServer,
) -> None:
    config = webhook_only(config, webhook_server.url)
    first, second = make_claim("first", due="2025-08-07"), make_claim("second")
    webhook_server.reply(Reply(204, delay=1.0))  # the first request is held for a second

    def delete_first() -> None:
        time.sleep(0.3)
        with session_scope(engine) as session:
            claims.remove(session, first.id)

    deleter = threading.Thread(target=delete_first)
    deleter.start()
    daemon = Daemon(
        engine,
        config,
        build_channels(config),
        now=Clock(DUE + timedelta(seconds=1)),
        rng=random.Random(1),
    )
    daemon.run_once()
    deleter.join()
    rows = notice_rows(engine)
    assert [(n.claim_id, n.status) for n in rows] == [(second.id, "sent")]


def test_a_notice_whose_claim_was_resolved_after_it_was_leased_is_cancelled_not_sent(
    engine: Engine,
    config: Config,
    make_claim: Callable[..., Claim],
    webhook_server: WebhookServer,
) -> None:
    config = webhook_only(config, webhook_server.url)
    claim = make_claim()
    clock = Clock(DUE + timedelta(seconds=1))
    daemon = Daemon(engine, config, build_channels(config), now=clock)
    daemon._materialize(clock())
    with session_scope(engine) as session:
        (notice_id,) = take_batch(session, daemon.name, clock(), config.daemon.lease, 10)
    with session_scope(engine) as session:
        claims.resolve(session, claim.id, "kept", clock())
    daemon._send_one(notice_id, PassReport(clock()))
    assert webhook_server.requests == []
    assert [n.status for n in notice_rows(engine)] == ["cancelled"]


def test_a_dead_notice_of_a_resolved_claim_is_not_sent_again_by_retry(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    with session_scope(engine) as session:
        session.add(
            Notice(
                id="ntc_dead",
                claim_id=claim.id,
                revision=1,
                kind="due",
                seq=0,
                channel="console",
                scheduled_for=DUE,
                status="dead",
                attempts=8,
                created_at=DUE,
            )
        )
    with session_scope(engine) as session:
        claims.resolve(session, claim.id, "broken", DUE)
    with session_scope(engine) as session, pytest.raises(BadInputError, match="verdict"):
        notice_service.retry(session, "ntc_dead", DUE)
    with session_scope(engine) as session:
        assert notice_service.retry_all_dead(session, DUE) == 0
