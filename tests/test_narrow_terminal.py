"""The readable views at 80 columns: `tracker list` and `tracker notices` run as real
processes with COLUMNS=80 on a database the in-process CLI filled."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from freezegun import freeze_time

from tests.conftest import Run
from tests.processes import run_cli
from tests.servers import unused_port

LONG = (
    "The central bank announces its decision on interest rates and publishes the minutes "
    "of the meeting together with new forecasts"
)


def at_width(columns: int, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``tracker --db DB ARGS`` as its own process in a terminal ``columns`` wide."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"} | {"COLUMNS": str(columns)}
    return run_cli(env, "--db", str(db_path), *args)


def test_list_gives_the_claim_text_most_of_80_columns(cli: Run, db_path: Path) -> None:
    assert cli("add", LONG, "--due", "2030-01-10", "--tz", "UTC", "--speaker", "Lagarde").code == 0
    assert cli("add", "A short one", "--due", "2030-01-11 09:30", "--tz", "UTC").code == 0

    result = at_width(80, db_path, "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    first, second = (line for line in lines if "2030-01-1" in line)
    assert first.split()[:5] == ["1", "2030-01-10", "23:59", "open", "deadline"]
    claim_text = first[first.index("Lagarde: ") :]
    assert claim_text.startswith("Lagarde: " + LONG[:30]) and claim_text.endswith("…")
    assert len(claim_text) >= 40  # the claim gets more than half the line
    assert second.split()[:5] == ["2", "2030-01-11", "09:30", "open", "deadline"]
    assert second.rstrip().endswith("A short one")


def test_list_gives_the_speaker_a_column_when_there_is_room(cli: Run, db_path: Path) -> None:
    cli("add", LONG, "--due", "2030-01-10", "--tz", "UTC", "--speaker", "Lagarde")
    result = at_width(140, db_path, "list")
    header, row = result.stdout.splitlines()[:2]
    assert header.split() == ["id", "due", "(UTC)", "status", "kind", "speaker", "claim"]
    assert row.split()[5:7] == ["Lagarde", "The"] and "Lagarde:" not in row


@pytest.fixture
def dead_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """A webhook channel with a long name pointing at a closed port, two tries."""
    monkeypatch.setenv("TRACKER__channels__newsroom-hook__type", "webhook")
    monkeypatch.setenv(
        "TRACKER__channels__newsroom-hook__url", f"http://127.0.0.1:{unused_port()}/h"
    )
    monkeypatch.setenv("TRACKER__channels__console__enabled", "false")
    monkeypatch.setenv("TRACKER__daemon__retry", '["0s", "1h"]')
    monkeypatch.setenv("TRACKER__notices__followup_after", "off")


def test_notices_are_one_readable_line_each_at_80_columns(
    cli: Run, db_path: Path, dead_end: None
) -> None:
    with freeze_time("2025-08-10 12:00:00") as frozen:
        cli("add", "deliveries start", "--due", "2025-08-10 09:00", "--tz", "UTC")
        cli("serve", "--once")  # fails; the next try in an hour
        frozen.tick(3601)
        cli("serve", "--once")  # fails again: dead
        cli("add", "the plant reopens", "--due", "2025-08-10 13:00", "--tz", "UTC")
        frozen.tick(3600)
        cli("serve", "--once")  # its due notice fails once: pending, retried in an hour
    listed = {n["claim_id"]: n for n in json.loads(cli("notices", "--json").out)}
    assert [listed[1]["status"], listed[2]["status"]] == ["dead", "pending"]

    result = at_width(80, db_path, "notices")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == [
        "notice", "claim", "kind", "channel", "due", "(UTC)", "state", "tries"
    ]  # fmt: skip
    short = {claim: notice["id"][:12] for claim, notice in listed.items()}
    dead = next(i for i, line in enumerate(lines) if line.startswith(short[1]))
    assert lines[dead].split() == [
        short[1], "1", "due", "newsroom-ho…", "2025-08-10", "09:00", "dead", "(late)", "2"
    ]  # fmt: skip
    assert lines[dead + 1].lstrip().startswith("↳ last error: ")
    assert "refused the connection" in lines[dead + 1]
    pending = next(i for i, line in enumerate(lines) if line.startswith(short[2]))
    assert lines[pending].split()[:7] == [
        short[2], "2", "due", "newsroom-ho…", "2025-08-10", "13:00", "pending"
    ]  # fmt: skip
    # an hour on, give or take the retry jitter
    assert re.match(r"  ↳ next try 2025-08-10 1[45]:\d\d; last error: webhook", lines[pending + 1])

    # the id as listed is enough to retry the notice
    with freeze_time("2025-08-10 14:00:01"):
        retried = cli("retry", short[1])
    assert retried.code == 0, retried.err
    assert retried.out.strip() == f"notice {listed[1]['id']} queued again"


def test_retry_refuses_an_id_start_shared_by_two_notices(cli: Run, dead_end: None) -> None:
    with freeze_time("2025-08-10 12:00:00"):
        cli("add", "deliveries start", "--due", "2025-08-10 09:00", "--tz", "UTC")
        cli("add", "the plant reopens", "--due", "2025-08-10 10:00", "--tz", "UTC")
        cli("serve", "--once")
    result = cli("retry", "ntc_")
    assert result.code == 1
    assert "'ntc_' is the start of more than one notice id: give more of it" in result.err


def test_status_calls_the_next_planned_moment_the_next_notice(cli: Run) -> None:
    with freeze_time("2030-01-01 12:00:00"):
        cli("add", "deliveries start", "--due", "2030-01-10 12:00", "--tz", "UTC")
        cli("serve", "--once")
        text = cli("status")
        data = json.loads(cli("status", "--json").out)
    assert text.code == 0, text.err
    # the reminder a day before the due moment
    assert "open claims: 1; next notice: Wed 2030-01-09 12:00 UTC" in text.out
    assert "next due" not in text.out
    assert data["next_notice_at"] == "2030-01-09T12:00:00+00:00" and "next_due" not in data
