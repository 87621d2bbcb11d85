"""Issue 4, test 10: three daemons on one PostgreSQL database, one killed midway."""

from __future__ import annotations

import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, func, select

from tests.factories import write_config_tables
from tests.processes import DaemonProcess, tracker_env, wait_for
from tests.servers import WebhookServer
from tracker import claims
from tracker.config import load_config
from tracker.models import Notice
from tracker.parse.due import due_moment
from tracker.parse.types import ClaimKind, Grain, TimeExpr
from tracker.store import open_database, session_scope

CLAIMS = 2000


def test_three_daemons_share_the_work_and_survive_one_killed(
    tmp_path: Path, postgres_url: str, webhook_server: WebhookServer
) -> None:
    path = tmp_path / "tracker.toml"
    write_config_tables(
        path,
        database={"url": postgres_url},
        notices={"followup_after": "off", "reminders": []},
        daemon={"poll_interval": "1s", "lease": "3s"},
        channels={"hook": {"type": "webhook", "url": webhook_server.url}},
    )
    config = load_config(path, environ={})
    engine = open_database(postgres_url)
    start = datetime.now(UTC) + timedelta(seconds=6)
    with session_scope(engine) as session:
        for n in range(CLAIMS):
            moment = start + timedelta(milliseconds=2 * n)  # due over about four seconds
            when = TimeExpr(
                text="then",
                start=0,
                end=4,
                grain=Grain.MINUTE,
                start_at=moment.astimezone(ZoneInfo("UTC")),
                end_at=moment,
                has_time=True,
            )
            claims.add(
                session,
                f"claim {n}",
                when,
                due_moment(ClaimKind.DEADLINE, when),
                ClaimKind.DEADLINE,
                config,
                datetime.now(UTC),
            )
    env = tracker_env(path)
    daemons = [DaemonProcess(env, tmp_path / f"daemon{n}.log") for n in range(3)]
    try:
        assert wait_for(lambda: len(webhook_server.requests) >= CLAIMS // 3, 60)
        daemons[0].stop(signal.SIGKILL)
        assert wait_for(
            lambda: len({r.headers["webhook-id"] for r in webhook_server.requests}) >= CLAIMS, 90
        ), daemons[1].log()
        time.sleep(4)  # past a lease: nothing more may go out
        for daemon in daemons[1:]:
            assert daemon.stop() == 0
    finally:
        for daemon in daemons:
            daemon.__exit__()

    sent = Counter(r.headers["webhook-id"] for r in webhook_server.requests)
    assert len(sent) == CLAIMS
    repeats = [notice_id for notice_id, count in sent.items() if count > 1]
    assert len(repeats) <= 1  # only the request the killed daemon had in flight
    assert all(count <= 2 for count in sent.values())
    with Session(engine) as session:
        by_status = dict(
            session.exec(select(Notice.status, func.count()).group_by(Notice.status)).all()
        )
    assert by_status == {"sent": CLAIMS}
    served = [d for d in daemons[1:] if "sent due notice" in d.log()]
    assert len(served) == 2  # both survivors took part
