"""The same code on PostgreSQL: migrations, the whole notice path, and two daemons."""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import inspect
from sqlmodel import Session, func, select

from tests.factories import NEW_YORK, day, webhook_only
from tests.servers import WebhookServer
from tracker import claims
from tracker.config import Config, build_channels
from tracker.daemon import Daemon
from tracker.migrations import HEAD
from tracker.models import Notice
from tracker.parse.types import ClaimKind
from tracker.store import current_revision, open_database, session_scope

START = datetime(2025, 8, 8, 12, tzinfo=NEW_YORK)


def add_claims(engine: object, config: Config, count: int) -> None:
    when = day("2025-08-08")
    with session_scope(engine) as session:  # type: ignore[arg-type]
        for n in range(count):
            claims.add(
                session,
                f"claim {n}",
                when,
                START + timedelta(seconds=n % 60),
                ClaimKind.DEADLINE,
                config,
                START - timedelta(hours=1),
            )


def test_the_schema_migrates_and_a_notice_goes_out_on_postgresql(
    postgres_url: str, config: Config, webhook_server: WebhookServer
) -> None:
    engine = open_database(postgres_url)
    assert current_revision(engine) == HEAD
    assert "notices" in inspect(engine).get_table_names()
    config = webhook_only(config, webhook_server.url)
    add_claims(engine, config, 1)
    report = Daemon(
        engine, config, build_channels(config), now=lambda: START + timedelta(minutes=5)
    ).run_once()
    assert report.sent == 1
    with Session(engine) as session:
        (notice,) = session.exec(select(Notice)).all()
    assert notice.status == "sent"
    assert webhook_server.requests[0].headers["webhook-id"] == notice.id


def test_two_daemons_on_one_database_send_every_notice_exactly_once(
    postgres_url: str, config: Config, webhook_server: WebhookServer
) -> None:
    config = webhook_only(config, webhook_server.url)
    add_claims(open_database(postgres_url), config, 400)
    now = START + timedelta(minutes=5)
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        engine = open_database(postgres_url)
        daemon = Daemon(
            engine, config, build_channels(config), now=lambda: now, rng=random.Random(seed)
        )
        try:
            for _ in range(200):
                report = daemon.run_once()
                if report.next_wake is None or report.next_wake > now:
                    break
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    ids = Counter(r.headers["webhook-id"] for r in webhook_server.requests)
    assert len(ids) == 400 and max(ids.values()) == 1
    with Session(open_database(postgres_url)) as session:
        by_status = dict(
            session.exec(select(Notice.status, func.count()).group_by(Notice.status)).all()
        )
    assert by_status == {"sent": 400}
