"""Issue 4, fault tests 5-7: the daemon as a real process, killed, stopped, and blocked."""

from __future__ import annotations

import signal
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

from tests.factories import write_config_tables
from tests.processes import DaemonProcess, run_cli, tracker_env, wait_for
from tests.servers import Reply, WebhookServer
from tracker.models import Notice
from tracker.store import open_database, sqlite_url


def write_daemon_config(path: Path, db: Path, hook: WebhookServer, **daemon: str) -> None:
    write_config_tables(
        path,
        database={"url": sqlite_url(db)},
        notices={"followup_after": "off", "late_after": "1s"},
        daemon={"poll_interval": "1s", **daemon},
        channels={"hook": {"type": "webhook", "url": hook.url, "timeout": 30}},
    )


def add_due_in(env: dict[str, str], text: str, seconds: float) -> None:
    due = (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")
    result = run_cli(env, "add", text, "--due", due, "--tz", "UTC")
    assert result.returncode == 0, result.stderr


def stored(db: Path) -> list[Notice]:
    with Session(open_database(sqlite_url(db))) as session:
        return list(session.exec(select(Notice)))


def test_a_notice_in_flight_when_the_daemon_is_killed_is_sent_again_with_the_same_id(
    tmp_path: Path, webhook_server: WebhookServer
) -> None:
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_daemon_config(config, db, webhook_server, lease="3s")
    env = tracker_env(config)
    webhook_server.reply(Reply(204), Reply(204, delay=60))  # the second request hangs
    add_due_in(env, "first claim", 1)
    add_due_in(env, "second claim", 3)
    with DaemonProcess(env, tmp_path / "first.log") as daemon:
        assert wait_for(lambda: len(webhook_server.requests) == 2, 30), daemon.log()
        daemon.stop(signal.SIGKILL)
    first_id, in_flight_id = (r.headers["webhook-id"] for r in webhook_server.requests)

    with DaemonProcess(env, tmp_path / "second.log") as daemon:
        assert wait_for(lambda: len(webhook_server.requests) == 3, 30), daemon.log()
        time.sleep(1.5)  # a few more passes: nothing else may go out
        assert daemon.stop() == 0

    ids = [r.headers["webhook-id"] for r in webhook_server.requests]
    assert ids == [first_id, in_flight_id, in_flight_id]
    assert {n.status for n in stored(db)} == {"sent"}


def test_notices_missed_while_the_daemon_was_down_go_out_once_marked_late(
    tmp_path: Path, webhook_server: WebhookServer
) -> None:
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_daemon_config(config, db, webhook_server)
    env = tracker_env(config)
    for n in range(3):
        add_due_in(env, f"claim {n}", 0.5 + n)
    time.sleep(5)  # the daemon is down while all three come due
    with DaemonProcess(env, tmp_path / "daemon.log") as daemon:
        assert wait_for(lambda: len(webhook_server.requests) >= 3, 30), daemon.log()
        time.sleep(1.5)
        assert daemon.stop() == 0
    status = run_cli(env, "status")
    assert status.returncode == 1 and "STOPPED" in status.stdout
    assert len(webhook_server.requests) == 3
    assert len({r.headers["webhook-id"] for r in webhook_server.requests}) == 3
    assert all(r.json()["data"]["late"] for r in webhook_server.requests)
    assert [(n.status, n.late) for n in stored(db)] == [("sent", True)] * 3


def test_the_daemon_waits_out_a_cli_holding_the_database_lock(
    tmp_path: Path, webhook_server: WebhookServer
) -> None:
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_daemon_config(config, db, webhook_server)
    env = tracker_env(config)
    add_due_in(env, "claim under lock", 5)
    with DaemonProcess(env, tmp_path / "daemon.log") as daemon:
        time.sleep(1.5)
        holder = sqlite3.connect(db, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")
        time.sleep(5)  # the claim comes due while the lock is held
        assert webhook_server.requests == []
        holder.rollback()
        holder.close()
        assert wait_for(lambda: len(webhook_server.requests) == 1, 20), daemon.log()
        assert daemon.process.poll() is None  # still running
        assert daemon.stop() == 0
    assert "ERROR" not in daemon.log()
    assert [n.status for n in stored(db)] == ["sent"]


def test_a_second_daemon_on_the_same_sqlite_file_refuses_to_start(
    tmp_path: Path, webhook_server: WebhookServer
) -> None:
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_daemon_config(config, db, webhook_server)
    env = tracker_env(config)
    with DaemonProcess(env, tmp_path / "daemon.log") as daemon:
        assert wait_for(lambda: "daemon started" in daemon.log(), 20), daemon.log()
        second = run_cli(env, "serve", "--once")
        assert daemon.stop() == 0
    assert second.returncode == 1
    assert f"another tracker daemon (pid {daemon.process.pid}) is already serving" in (
        second.stderr
    )


def test_ctrl_c_during_serve_once_finishes_the_send_in_flight_and_releases_the_rest(
    tmp_path: Path, webhook_server: WebhookServer
) -> None:
    config, db = tmp_path / "tracker.toml", tmp_path / "tracker.db"
    write_daemon_config(config, db, webhook_server, lease="10m")
    env = tracker_env(config)
    for n in range(3):
        add_due_in(env, f"claim {n}", 1)
    time.sleep(1.5)
    webhook_server.reply(Reply(204, delay=2))  # the first send is in flight when Ctrl-C comes
    with DaemonProcess(env, tmp_path / "once.log", "--once") as once:
        assert wait_for(lambda: len(webhook_server.requests) == 1, 30), once.log()
        code = once.stop(signal.SIGINT)
        assert code == 1, once.log()
        assert "stopped early" in once.log()

    notices = stored(db)
    assert [n.status for n in notices].count("sent") == 1
    left = [n for n in notices if n.status != "sent"]
    assert len(left) == 2
    assert all(n.leased_by is None and n.lease_until is None for n in left)
