"""Issue 4, fault test 9: 5,000 claims due in the same minute, one receiver."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from tests.factories import NEW_YORK, day, webhook_only
from tests.servers import WebhookServer
from tracker import claims
from tracker.config import Config, build_channels
from tracker.daemon import Daemon
from tracker.models import Notice
from tracker.parse.types import ClaimKind
from tracker.store import session_scope

CLAIMS = 5000


def test_five_thousand_claims_due_in_one_minute_are_each_delivered_exactly_once(
    engine: Engine, config: Config, webhook_server: WebhookServer
) -> None:
    config = webhook_only(config, webhook_server.url)
    when = day("2025-08-08")
    start = datetime(2025, 8, 8, 12, tzinfo=NEW_YORK)
    added = start - timedelta(hours=1)
    with session_scope(engine) as session:
        for n in range(CLAIMS):
            claims.add(
                session,
                f"claim {n}",
                when,
                start + timedelta(seconds=n % 60),
                ClaimKind.DEADLINE,
                config,
                added,
            )
    now = start + timedelta(minutes=1)
    daemon = Daemon(engine, config, build_channels(config), now=lambda: now, rng=random.Random(3))
    for _ in range(CLAIMS):  # each pass takes one batch; a bound, not an expectation
        report = daemon.run_once()
        if report.next_wake is None or report.next_wake > now:
            break
    ids = Counter(r.headers["webhook-id"] for r in webhook_server.requests)
    assert len(ids) == CLAIMS
    assert max(ids.values()) == 1
    with Session(engine) as session:
        by_status = dict(
            session.exec(select(Notice.status, func.count()).group_by(Notice.status)).all()
        )
    assert by_status == {"sent": CLAIMS}
