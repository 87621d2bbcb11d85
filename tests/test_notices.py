from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from freezegun import freeze_time

from tests.conftest import Run
from tests.servers import unused_port


@pytest.fixture
def dead_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """A webhook channel pointing at a closed port, with a two-try retry schedule."""
    monkeypatch.setenv("TRACKER__channels__hook__type", "webhook")
    monkeypatch.setenv("TRACKER__channels__hook__url", f"http://127.0.0.1:{unused_port()}/h")
    monkeypatch.setenv("TRACKER__channels__console__enabled", "false")
    monkeypatch.setenv("TRACKER__daemon__retry", '["0s", "1s"]')
    monkeypatch.setenv("TRACKER__notices__followup_after", "off")


def test_dead_notices_are_listed_and_can_be_retried(cli: Run, dead_end: None) -> None:
    with freeze_time("2025-08-10 12:00:00") as frozen:
        assert cli("add", "deliveries start", "--due", "2025-08-10 09:00", "--tz", "UTC").code == 0
        assert cli("serve", "--once").code == 0  # first try fails, a retry is planned
        frozen.tick(2)
        assert cli("serve", "--once").code == 1  # second try fails: the schedule is spent
        dead = json.loads(cli("notices", "--dead", "--json").out)
        assert len(dead) == 1 and dead[0]["attempts"] == 2
        assert "refused the connection" in dead[0]["last_error"]

        assert cli("retry", "--all-dead").out.strip() == "1 dead notices queued again"
        pending = json.loads(cli("notices", "--pending", "--json").out)
        assert [n["id"] for n in pending] == [dead[0]["id"]]
        assert pending[0]["attempts"] == 2  # the tries so far stay on record
        assert json.loads(cli("notices", "--dead", "--json").out) == []
        assert cli("serve", "--once").code == 0  # a fresh schedule: this failure is retried
        (again,) = json.loads(cli("notices", "--pending", "--json").out)
        assert again["attempts"] == 3


def test_retry_sends_a_retrying_notice_now_and_refuses_a_sent_one(cli: Run, dead_end: None) -> None:
    with freeze_time("2025-08-10 12:00:00"):
        cli("add", "deliveries start", "--due", "2025-08-10 09:00", "--tz", "UTC")
        cli("serve", "--once")  # fails; the next try waits 1 s
        (pending,) = json.loads(cli("notices", "--pending", "--json").out)
        assert pending["next_attempt_at"] > "2025-08-10T12:00:00+00:00"
        assert cli("retry", pending["id"]).code == 0
        (now_due,) = json.loads(cli("notices", "--pending", "--json").out)
        assert now_due["next_attempt_at"] == "2025-08-10T12:00:00+00:00"
        assert now_due["attempts"] == 1  # the count of tries is kept
    assert cli("retry", "ntc_nope").err.strip().endswith("'tracker notices' shows the ids")


def test_retry_refuses_a_sent_notice(cli: Run) -> None:
    with freeze_time("2025-08-10 12:00:00"):
        cli("add", "deliveries start", "--due", "2025-08-10 13:00", "--tz", "UTC")
        with freeze_time("2025-08-10 13:00:01"):
            cli("serve", "--once")
        (sent,) = json.loads(cli("notices", "--json").out)
        result = cli("retry", sent["id"])
    assert result.code == 1
    assert "is sent; only dead, failed or retrying notices can be retried" in result.err


def test_status_fails_until_the_daemon_has_run_and_when_it_goes_quiet(cli: Run) -> None:
    with freeze_time("2025-08-10 12:00:00") as frozen:
        never = cli("status")
        assert never.code == 1 and "never run" in never.out
        cli("serve", "--once")
        fresh = cli("status", "--json")
        assert fresh.code == 0 and json.loads(fresh.out)["healthy"] is True
        frozen.tick(120)
        stale = cli("status")
        assert stale.code == 1 and "STALE" in stale.out and "last pass 2m ago" in stale.out


def test_beats_of_daemons_gone_for_longer_than_stale_after_are_pruned(
    cli: Run, db_path: Path
) -> None:
    with freeze_time("2025-08-10 12:00:00") as frozen:
        for _ in range(4):  # cron: a new daemon each time
            assert cli("serve", "--once").code == 0
            frozen.tick(120)  # longer than daemon.stale_after (1 min)
        assert cli("serve", "--once").code == 0
        beats = sqlite3.connect(db_path).execute("SELECT count(*) FROM daemon_beats").fetchone()
        assert beats == (1,)
        assert "last pass" in cli("status").out
