"""The whole path on real parts: the daemon as its own process, a claim added from the
CLI, an email to a loopback SMTP server and a signed webhook to a loopback HTTP server."""

from __future__ import annotations

import base64
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select
from standardwebhooks.webhooks import Webhook

from tests.factories import write_config_tables
from tests.processes import DaemonProcess, run_cli, tracker_env, wait_for
from tests.servers import SmtpServer, WebhookServer
from tracker.models import Notice
from tracker.store import open_database, sqlite_url

SECRET = "whsec_" + base64.b64encode(b"a secret of thirty-two bytes....").decode()


def write_both_channels(path: Path, db: Path, smtp: SmtpServer, hook: WebhookServer) -> None:
    mail = {
        "type": "email",
        "host": smtp.host,
        "port": smtp.port,
        "security": "plain",
        "from_addr": "tracker@example.test",
        "to": ["desk@example.test", "editor@example.test"],
    }
    webhook = {"type": "webhook", "url": hook.url, "secret_env": "TRACKER_WEBHOOK_SECRET"}
    write_config_tables(
        path,
        database={"url": sqlite_url(db)},
        daemon={"poll_interval": "1s"},
        channels={"mail": mail, "hook": webhook},
    )


def test_a_claim_added_while_the_daemon_runs_arrives_by_email_and_webhook(
    tmp_path: Path, smtp_server: SmtpServer, webhook_server: WebhookServer
) -> None:
    smtp, hook = smtp_server, webhook_server
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_both_channels(config, db, smtp, hook)
    env = tracker_env(config, TRACKER_WEBHOOK_SECRET=SECRET)
    with DaemonProcess(env, tmp_path / "daemon.log") as daemon:
        due = (datetime.now(UTC) + timedelta(seconds=4)).replace(microsecond=0)
        added = run_cli(
            env,
            "add",
            "Russia agrees to a ceasefire",
            "--due",
            due.isoformat(),
            "--tz",
            "UTC",
            "--speaker",
            "Donald Trump",
        )
        assert added.returncode == 0, added.stderr
        arrived_in_time = wait_for(lambda: bool(smtp.received and hook.requests), 40)
        arrived = datetime.now(UTC)
        code = daemon.stop(signal.SIGTERM)
    assert arrived_in_time, daemon.log()
    assert code == 0, daemon.log()
    assert arrived >= due
    mail = smtp.received[0].message()
    assert "Russia agrees to a ceasefire" in mail["Subject"]
    assert sorted(smtp.received[0].rcpt_tos) == ["desk@example.test", "editor@example.test"]
    request = hook.requests[0]
    Webhook(SECRET).verify(request.body, request.headers)
    body = request.json()
    assert body["data"]["claim"]["speaker"] == "Donald Trump"
    assert body["data"]["notice_kind"] == "due"

    engine = open_database(sqlite_url(db))
    with Session(engine) as session:
        rows = session.exec(select(Notice)).all()
    assert sorted((n.channel, n.kind, n.status) for n in rows) == [
        ("hook", "due", "sent"),
        ("mail", "due", "sent"),
    ]
    assert all(n.lease_until is None for n in rows)
    by_channel = {n.channel: n for n in rows}
    assert request.headers["webhook-id"] == by_channel["hook"].id
    assert mail["Message-ID"] == f"<{by_channel['mail'].id}@tracker>"
    assert len(smtp.received) == 1 and len(hook.requests) == 1
