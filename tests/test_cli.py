from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from freezegun import freeze_time

from tests.conftest import Run
from tracker.cli.app import app

REPO = Path(__file__).resolve().parent.parent
SEED = str(REPO / "seeds" / "000_43a9507da0b38242.txt")


def test_extract_finds_the_seed_claims_and_writes_nothing(cli: Run, db_path: Path) -> None:
    result = cli("extract", SEED, "--json")
    assert result.code == 0, result.err
    claims = json.loads(result.out)
    by_date = {c["due_date"]: c for c in claims}
    assert sorted(by_date) == ["2025-08-06", "2025-08-08"]
    assert by_date["2025-08-08"]["kind"] == "deadline"
    assert by_date["2025-08-08"]["speaker"] == "Donald Trump"
    assert by_date["2025-08-06"]["kind"] == "event"
    for claim in claims:
        assert {"text", "start", "end", "due", "time_text"} <= set(claim)
    assert not db_path.exists()


def test_extract_refuses_an_article_without_a_publication_date(cli: Run, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The vote will be held on Friday.")
    result = cli("extract", str(story))
    assert result.code == 1
    assert "no publication date" in result.err and "Traceback" not in result.err


def test_extract_reads_stdin(cli: Run) -> None:
    result = cli(
        "extract",
        "-",
        "--published",
        "2025-08-05",
        "--tz",
        "America/New_York",
        "--json",
        stdin="Witkoff is set to meet with Vladimir Putin on Wednesday.",
    )
    assert result.code == 0, result.err
    assert [c["due_date"] for c in json.loads(result.out)] == ["2025-08-06"]


def test_dates_follows_the_benchmark_contract(cli: Run) -> None:
    result = cli("dates", SEED, "--json")
    assert result.code == 0, result.err
    found = json.loads(result.out)
    text = Path(SEED).read_text().split("---\n", 2)[2]
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]
    friday = next(i for i in found if "Friday" in i["text"])
    assert friday["start_at"] == "2025-08-08T00:00:00-04:00"
    assert friday["end_at"] == "2025-08-09T00:00:00-04:00"
    assert friday["grain"] == "day"


def test_dates_batch_mode_answers_one_line_per_item(cli: Run) -> None:
    items = [
        {"id": "a", "text": "on Friday", "published": "2025-08-05", "tz": "UTC"},
        {"id": "b", "text": "next week", "published": "2025-08-05T12:00:00+00:00", "tz": "UTC"},
    ]
    result = cli("dates", "--jsonl", stdin="\n".join(json.dumps(i) for i in items))
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert all("dates" in line for line in lines)


@freeze_time("2025-08-05 16:00:00")
def test_a_claim_goes_through_add_show_extend_resolve_and_delete(cli: Run) -> None:
    added = cli(
        "add",
        "Russia agrees to a ceasefire",
        "--due",
        "Friday",
        "--tz",
        "America/New_York",
        "--speaker",
        "Donald Trump",
    )
    assert added.code == 0, added.err
    assert "added claim 1" in added.out and "2025-08-08" in added.out

    listed = json.loads(cli("list", "--json").out)
    assert [(c["id"], c["due_date"], c["speaker"]) for c in listed] == [
        (1, "2025-08-08", "Donald Trump")
    ]
    shown = cli("show", "1")
    assert "Fri 2025-08-08 23:59 EDT" in shown.out and "created" in shown.out

    assert cli("extend", "1", "--to", "2025-08-15", "--note", "pushed back").code == 0
    history = json.loads(cli("show", "1", "--json").out)["history"]
    assert [h["action"] for h in history] == ["created", "extended"]
    assert history[1]["old"].startswith("2025-08-08") and history[1]["new"].startswith("2025-08-15")

    assert cli("resolve", "1", "broken", "--note", "no ceasefire").code == 0
    assert json.loads(cli("list", "--resolved", "--json").out)[0]["status"] == "broken"
    assert cli("list", "--json").out.strip() == "[]"
    assert cli("delete", "1", "--yes").code == 0
    assert json.loads(cli("list", "--all", "--json").out) == []


@freeze_time("2025-08-05 16:00:00")
def test_an_unparseable_due_is_an_error_that_stores_nothing(cli: Run) -> None:
    result = cli("add", "Something happens", "--due", "blorp", "--tz", "UTC")
    assert result.code == 1
    assert "could not understand the date 'blorp'" in result.err
    assert json.loads(cli("list", "--all", "--json").out) == []


def test_an_unknown_claim_id_is_a_one_line_error(cli: Run) -> None:
    for command in (
        ["show", "7"],
        ["resolve", "7", "kept"],
        ["delete", "7", "--yes"],
        ["extend", "7", "--to", "Friday"],
    ):
        result = cli(*command)
        assert result.code == 1
        assert result.err.strip().splitlines()[-1] == (
            "tracker: error: no claim with id 7: 'tracker list --all' shows the ids"
        )


def test_an_unknown_time_zone_is_refused(cli: Run) -> None:
    result = cli("extract", SEED, "--tz", "Europe/Atlantis")
    assert result.code == 1 and "unknown time zone 'Europe/Atlantis'" in result.err


@freeze_time("2026-11-27 08:00:00")
def test_ingest_twice_adds_nothing_twice(cli: Run) -> None:
    first = cli("ingest", str(REPO / "seeds"), "--yes")
    second = cli("ingest", str(REPO / "seeds"), "--yes")
    assert first.code == 0, first.err
    assert "2 claims stored, 0 already known" in first.out
    assert "0 claims stored, 2 already known" in second.out
    assert len(json.loads(cli("list", "--all", "--json").out)) == 2


def test_ingest_skips_a_bad_file_reports_it_and_stores_the_rest(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "good.txt").write_text(Path(SEED).read_text())
    result = cli("ingest", str(tmp_path), "--yes")
    assert result.code == 1
    assert "bad.txt" in result.err and "binary" in result.err
    assert "2 claims stored" in result.out


def test_a_locked_database_gives_a_clear_error_and_loses_nothing(
    cli: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("add", "first claim", "--due", "2030-01-01 12:00", "--tz", "UTC").code == 0
    monkeypatch.setattr("tracker.store.BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("add", "second claim", "--due", "2030-01-02 12:00", "--tz", "UTC")
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 1
    assert "locked by another process" in result.err and "Traceback" not in result.err
    assert [c["text"] for c in json.loads(cli("list", "--all", "--json").out)] == ["first claim"]


def test_notify_test_reports_delivery_through_the_console(cli: Run) -> None:
    result = cli("notify-test", "console")
    assert result.code == 0, result.err
    assert "Test notice" in result.out and "delivered through console" in result.out


def test_notify_test_names_the_channels_it_knows(cli: Run) -> None:
    result = cli("notify-test", "pager")
    assert (
        result.code == 1 and "no enabled channel named 'pager' (configured: console)" in result.err
    )


def test_serve_once_sends_what_is_due(cli: Run) -> None:
    cli("add", "deliveries start", "--due", "2020-01-01 09:00", "--tz", "UTC")
    result = cli("serve", "--once")
    assert result.code == 0, result.err
    assert "Verdict needed (late): deliveries start" in result.out
    assert "1 sent" in result.out  # the follow-up; the long-past due notice folds into it


def test_every_command_has_help_with_an_explanation() -> None:
    from typer.main import get_command

    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and len(command.help) > 20, name


def test_help_fits_80_columns_and_shows_flags_without_a_value_placeholder(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.main import get_command

    monkeypatch.setenv("COLUMNS", "80")
    names = list(get_command(app).commands)  # type: ignore[attr-defined]
    for args in [[], *([name] for name in names)]:
        result = cli(*args, "--help")
        assert result.code == 0, (args, result.err)
        lines = result.out.splitlines()
        assert max(len(line) for line in lines) <= 80, args
        assert "<bool>" not in result.out, args
        (help_row,) = [line for line in lines if "--help" in line]
        assert help_row.split()[1:4] == ["--help", "-h", "Show"], args
    listed = cli("list", "--help").out
    assert any(line.split()[1:3] == ["--json", "Print"] for line in listed.splitlines())
    assert any(line.split()[1:3] == ["--within", "<str>"] for line in listed.splitlines())


def test_notify_test_says_plainly_when_the_smtp_server_is_unreachable(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.servers import unused_port

    for key, value in {
        "type": "email",
        "host": "127.0.0.1",
        "port": str(unused_port()),
        "security": "plain",
        "from_addr": "t@example.test",
        "to": "desk@example.test",
    }.items():
        monkeypatch.setenv(f"TRACKER__channels__mail__{key}", value)
    result = cli("notify-test", "mail")
    assert result.code == 1
    assert "not delivered (temporary failure)" in result.err
    assert "refused the connection" in result.err and "Traceback" not in result.err


def test_a_broken_config_is_refused_with_the_key(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "tracker.toml"
    path.write_text("[notices]\nevent_hour = 25\n")
    monkeypatch.setenv("TRACKER_CONFIG", str(path))
    result = cli("list")
    assert result.code == 1
    assert result.err.startswith("tracker: error: bad configuration: notices.event_hour")


def test_a_plain_path_in_the_database_url_is_a_sqlite_file(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", str(tmp_path / "plain.db"))
    from tracker.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["add", "a claim", "--due", "2030-01-01 12:00", "--tz", "UTC"])
    assert exited.value.code == 0
    assert (tmp_path / "plain.db").exists()


def test_a_database_url_that_does_not_parse_is_a_clear_error(cli: Run) -> None:
    result = cli("--db", "postgresql+psycopg://user@host:notaport/db", "list")
    assert result.code == 1
    assert "is not a database URL: write a SQLite file path" in result.err
    assert "Traceback" not in result.err


@freeze_time("2025-08-05 16:00:00")
def test_a_verdict_is_not_overwritten_or_reopened_by_accident(cli: Run) -> None:
    cli("add", "ceasefire", "--due", "Friday", "--tz", "America/New_York")
    assert cli("resolve", "1", "kept").code == 0
    again = cli("resolve", "1", "broken")
    assert again.code == 1 and "already has the verdict kept; pass --force" in again.err
    assert cli("resolve", "1", "broken", "--force").code == 0

    moved = cli("extend", "1", "--to", "2025-08-15")
    assert moved.code == 1 and "pass --reopen" in moved.err
    assert cli("extend", "1", "--to", "2025-08-15", "--reopen").code == 0
    shown = json.loads(cli("show", "1", "--json").out)
    assert shown["status"] == "open"
    assert [(h["action"], h["new"]) for h in shown["history"]][-2:] == [
        ("reopened", "open"),
        ("extended", "2025-08-15T23:59:59-04:00"),
    ]


@freeze_time("2025-08-05 16:00:00")
def test_show_lists_the_notices_still_to_come(cli: Run) -> None:
    cli("add", "ceasefire", "--due", "Friday", "--tz", "America/New_York")
    shown = cli("show", "1").out
    assert "reminder" in shown and "followup" in shown and "planned" in shown


def test_an_offset_without_a_zone_is_refused_rather_than_guessed(cli: Run, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The union will strike tomorrow.")
    result = cli("extract", str(story), "--published", "2025-08-05T22:00:00-07:00")
    assert result.code == 1 and "pass --tz" in result.err
    ok = cli(
        "extract",
        str(story),
        "--published",
        "2025-08-05T22:00:00-07:00",
        "--tz",
        "America/Los_Angeles",
        "--json",
    )
    assert [c["due_date"] for c in json.loads(ok.out)] == ["2025-08-06"]


def test_one_source_url_is_not_stamped_on_several_articles(cli: Run) -> None:
    result = cli("ingest", str(REPO / "seeds"), SEED, "--source-url", "https://x.test/a")
    assert result.code == 1 and "--source-url describes one article" in result.err
    assert "--published" not in result.err


def ingest_piped(db_path: Path, stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``tracker ingest ARGS`` as its own process, its standard input a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db_path), "ingest", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ingest_without_a_terminal_stores_nothing_unless_told_yes(db_path: Path) -> None:
    story = "Witkoff is set to meet with Vladimir Putin on Wednesday."
    dated = ("--published", "2025-08-05", "--tz", "UTC")
    for stdin, args in [(story, ("-", *dated)), ("y\n", (SEED,))]:
        refused = ingest_piped(db_path, stdin, *args)
        assert refused.returncode == 1, refused.stderr
        assert "standard input is not a terminal" in refused.stderr
        assert "pass --yes" in refused.stderr and "Traceback" not in refused.stderr
        assert refused.stdout == ""  # nothing shown, nothing asked
    listed = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db_path), "list", "--all", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert json.loads(listed.stdout) == []

    stored = ingest_piped(db_path, story, "-", *dated, "--yes")
    assert stored.returncode == 0, stored.stderr
    assert "1 claim stored" in stored.stdout


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://me:hunter2@db:notaport/t",
        "postgresql+psycopg://me:hunter2@127.0.0.1:1/t",
    ],
    ids=["url that does not parse", "server that refuses"],
)
def test_a_database_password_never_appears_in_an_error(cli: Run, url: str) -> None:
    result = cli("--db", url, "list")
    assert result.code == 1
    assert "hunter2" not in result.err + result.out
    assert "me:***@" in result.err


def test_a_deleted_claims_id_is_never_given_to_another(cli: Run) -> None:
    for text in ("first", "second"):
        cli("add", text, "--due", "2030-01-01 12:00", "--tz", "UTC")
    assert cli("delete", "2", "--yes").code == 0
    added = cli("add", "third", "--due", "2030-01-01 12:00", "--tz", "UTC")
    assert "added claim 3" in added.out


def test_list_gives_each_claim_one_line_and_cuts_long_text(cli: Run) -> None:
    long_text = "The central bank announces its decision on interest rates " * 3
    assert cli("add", long_text, "--due", "2030-01-10", "--tz", "UTC", "--speaker", "X").code == 0
    assert cli("add", "A short one", "--due", "2030-01-11", "--tz", "UTC").code == 0

    lines = cli("list").out.strip("\n").splitlines()
    rows = [line for line in lines if "2030-01-1" in line]
    assert len(rows) == 2
    assert rows[0].rstrip().endswith("…") and "The central bank" in rows[0]
    assert "A short one" in rows[1]
    assert max(len(line) for line in lines) <= 80


def test_show_does_not_list_a_folded_notice_as_planned(cli: Run) -> None:
    with freeze_time("2025-08-08 12:00:00"):
        cli("add", "deliveries start", "--due", "2025-08-10 09:00", "--tz", "UTC")
    with freeze_time("2025-08-10 10:00:00"):  # the daemon first runs after the due moment
        assert cli("serve", "--once").code == 0
        shown = cli("show", "1").out
    planned = [line for line in shown.splitlines() if line.rstrip().endswith("planned")]
    assert [line.split()[0] for line in planned] == ["followup"]
    assert "reminder" not in shown


def test_a_database_under_a_file_is_an_error_not_a_traceback(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("not a folder")
    result = cli("--db", str(tmp_path / "story.txt" / "t.db"), "list")
    assert result.code == 1
    assert "cannot open the database" in result.err
    assert "check that its folder exists and is writable" in result.err
    assert "Traceback" not in result.err


def test_a_database_kind_we_do_not_support_names_what_we_do(cli: Run) -> None:
    result = cli("--db", "mysql://u@127.0.0.1/x", "list")
    assert result.code == 1
    assert "supports SQLite (a file path) and PostgreSQL" in result.err


def test_extending_a_deadline_into_the_past_says_so(cli: Run) -> None:
    cli("add", "ships the phone", "--due", "2030-01-01 12:00", "--tz", "UTC")
    result = cli("extend", "1", "--to", "2020-01-01")
    assert result.code == 0, result.err
    assert "note: it is already past due" in result.err
    assert "already past due" not in cli("extend", "1", "--to", "2031-01-01").err


def test_a_bad_from_date_names_the_option_as_written(cli: Run) -> None:
    result = cli("add", "x", "--due", "Friday", "--from", "yesterday")
    assert result.code != 0
    assert "--published/--from 'yesterday' is not an ISO date" in result.err


def test_an_undated_file_in_a_folder_gets_a_hint_that_works(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "dated.txt").write_text(Path(SEED).read_text())
    undated = folder / "undated.txt"
    undated.write_text("The union said it will strike on Friday.\n")
    result = cli("ingest", str(folder), "--yes")
    assert result.code == 1
    (skipped,) = [line for line in result.err.splitlines() if "skipped" in line]
    assert "undated.txt has no publication date" in skipped
    assert "add a header at the top of the file: a line '---', then 'published: YYYY-MM-DD'" in (
        skipped
    )
    assert "pass --published" not in skipped  # refused with several files
    assert "--published" in cli("ingest", str(folder), "--published", "2025-08-05").err

    # doing what the hint says is enough
    undated.write_text("---\npublished: 2025-08-05\ntz: UTC\n---\n" + undated.read_text())
    again = cli("ingest", str(folder), "--yes")
    assert again.code == 0, again.err
    assert "2 articles read, 0 skipped; 1 claim stored, 2 already known." in again.out


def test_a_lone_undated_file_is_told_to_pass_published(cli: Run, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The union said it will strike on Friday.\n")
    result = cli("ingest", str(story), "--yes")
    assert result.code == 1 and "pass --published YYYY-MM-DD" in result.err


def test_demo_replays_the_shipped_sample_from_any_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER")}
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "demo"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "000_43a9507da0b38242.txt (published Tue 2025-08-05 America/New_York)" in result.stdout
    assert "Replaying the daemon through time" in result.stdout
    assert "Done: 2 claims await a verdict" in result.stdout
    assert list(elsewhere.iterdir()) == []  # its database lived in a folder of its own


def test_the_shipped_samples_are_the_seeds() -> None:
    shipped = resources.files("tracker") / "samples"
    seeds = sorted(p for p in (REPO / "seeds").iterdir() if p.suffix == ".txt")
    assert sorted(p.name for p in shipped.iterdir()) == [p.name for p in seeds]
    for seed in seeds:
        assert (shipped / seed.name).read_text() == seed.read_text()


def test_demo_of_a_missing_folder_says_what_to_give(cli: Run, tmp_path: Path) -> None:
    result = cli("demo", str(tmp_path / "nowhere"))
    assert result.code == 1
    assert "nowhere: no such folder; give a folder of articles, or no argument" in result.err
    empty = cli("demo", str(tmp_path))
    assert empty.code == 1 and "no articles (.txt, .md, .text) in" in empty.err


def test_show_leaves_out_a_reminder_made_before_the_config_changed(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slots are keyed by (kind, seq): with fewer reminders, reminder 0 moves after the
    claim's next_check_at, but it was made already and the daemon will not send it."""
    monkeypatch.setenv("TRACKER__notices__reminders", '["2d", "1d"]')
    with freeze_time("2025-08-01 12:00:00"):
        cli("add", "deliveries start", "--due", "2025-08-10 12:00", "--tz", "UTC")
    with freeze_time("2025-08-08 12:00:01"):
        assert "1 sent" in cli("serve", "--once").out  # reminder 0, two days before
    monkeypatch.setenv("TRACKER__notices__reminders", '["12h"]')
    shown = cli("show", "1").out
    planned = [line.split()[0] for line in shown.splitlines() if line.endswith("planned")]
    assert planned == ["due", "followup"]
    with freeze_time("2025-08-10 00:00:01"):  # where the new reminder 0 would fall
        assert "0 sent" in cli("serve", "--once").out
    kinds = [n["kind"] for n in json.loads(cli("notices", "--json").out)]
    assert kinds == ["reminder"]
