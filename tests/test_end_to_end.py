"""The whole path on real parts: the daemon as its own process, a claim added from the
CLI, an email to a loopback SMTP server and a signed webhook to a loopback HTTP server."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select
from standardwebhooks.webhooks import Webhook

from tests.servers import SmtpServer, WebhookServer
from tracker.models import Notice
from tracker.store import open_database, sqlite_url

SECRET = "whsec_" + base64.b64encode(b"a secret of thirty-two bytes....").decode()


def write_config(path: Path, db: Path, smtp: SmtpServer, hook: WebhookServer) -> None:
    path.write_text(f"""
version = 1
[database]
url = "{sqlite_url(db)}"
[daemon]
poll_interval = "1s"
[channels.mail]
type = "email"
host = "{smtp.host}"
port = {smtp.port}
security = "plain"
from_addr = "tracker@example.test"
to = ["desk@example.test", "editor@example.test"]
[channels.hook]
type = "webhook"
url = "{hook.url}"
""")


def tracker_env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER")}
    env |= {
        "TRACKER_CONFIG": str(config),
        "TRACKER_WEBHOOK_SECRET": SECRET,
        "PYTHONUNBUFFERED": "1",
    }
    return env


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_a_claim_added_while_the_daemon_runs_arrives_by_email_and_webhook(
    tmp_path: Path, smtp_server: SmtpServer, webhook_server: WebhookServer
) -> None:
    smtp, hook = smtp_server, webhook_server
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_config(config, db, smtp, hook)
    env = tracker_env(config)
    log = (tmp_path / "daemon.log").open("w")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "tracker", "serve"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        due = (datetime.now(UTC) + timedelta(seconds=4)).replace(microsecond=0)
        added = subprocess.run(
            [
                sys.executable,
                "-m",
                "tracker",
                "add",
                "Russia agrees to a ceasefire",
                "--due",
                due.isoformat(),
                "--tz",
                "UTC",
                "--speaker",
                "Donald Trump",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert added.returncode == 0, added.stderr
        assert wait_for(lambda: len(smtp.received) >= 1 and len(hook.requests) >= 1, 40), (
            tmp_path / "daemon.log"
        ).read_text()
        arrived = datetime.now(UTC)
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=30)
        log.close()

    assert code == 0, (tmp_path / "daemon.log").read_text()
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
