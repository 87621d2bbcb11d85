from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from freezegun import freeze_time

from tests.conftest import Run

REPO = Path(__file__).resolve().parent.parent
SEED = str(REPO / "seeds" / "000_43a9507da0b38242.txt")
URL = "https://news.example.test/zelensky-trump"


@pytest.fixture
def stored(cli: Run) -> Run:
    """The seed article's two claims, the Friday deadline resolved with a note, plus an
    open claim typed by hand (no source)."""
    with freeze_time("2025-08-05 16:00:00"):
        assert cli("ingest", SEED, "--source-url", URL, "--yes").code == 0
        assert cli("add", "Talks resume", "--due", "2025-09-01", "--tz", "UTC").code == 0
    with freeze_time("2025-08-09 14:00:00"):
        assert cli("resolve", "1", "broken", "--note", "no ceasefire; sanctions delayed").code == 0
    return cli


# the claim record of list --json, written out so that a renamed or dropped key fails
CLAIM_FIELDS = (
    "id",
    "text",
    "kind",
    "status",
    "verdict_note",
    "resolved_at",
    "due",
    "due_date",
    "tz",
    "time_text",
    "speaker",
    "quote",
    "consequence",
    "start",
    "end",
    "confidence",
    "revision",
    "created_at",
    "updated_at",
    "source_id",
)
# export (and show --json, which adds the notices) add the source and the history
FIELDS = (*CLAIM_FIELDS, "source", "history")
# CSV spreads the source over its own columns and counts the history
CSV_COLUMNS = (
    *CLAIM_FIELDS,
    "source_title",
    "source_url",
    "source_published",
    "source_path",
    "history_count",
)


def test_it_exports_every_claim_as_one_json_array_with_note_source_and_history(
    stored: Run,
) -> None:
    result = stored("export")
    assert result.code == 0, result.err
    records = json.loads(result.out)
    assert [r["id"] for r in records] == [2, 1, 3]
    assert all(tuple(r) == FIELDS for r in records)
    by_id = {r["id"]: r for r in records}
    broken = by_id[1]
    assert broken["status"] == "broken"
    assert broken["verdict_note"] == "no ceasefire; sanctions delayed"
    assert broken["resolved_at"] == "2025-08-09T14:00:00+00:00"
    assert broken["due"] == "2025-08-08T23:59:59-04:00" and broken["due_date"] == "2025-08-08"
    assert broken["start"] < broken["end"] and broken["source_id"] == broken["source"]["id"]
    assert broken["time_text"] == "by Friday" and broken["speaker"] == "Donald Trump"
    assert broken["source"]["url"] == URL
    assert broken["source"]["title"].startswith("Zelensky thanks Trump")
    assert broken["source"]["published"] == "2025-08-05T00:00:00-04:00"
    assert broken["source"]["path"].endswith("000_43a9507da0b38242.txt")
    assert [(h["action"], h["note"]) for h in broken["history"]] == [
        ("created", None),
        ("resolved", "no ceasefire; sanctions delayed"),
    ]
    assert by_id[3]["source"] is None and by_id[3]["status"] == "open"
    assert by_id[3]["verdict_note"] is None
    assert (by_id[3]["source_id"], by_id[3]["start"], by_id[3]["confidence"]) == (None, None, 1.0)


def test_it_writes_json_lines_to_a_file(stored: Run, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    result = stored("export", "--format", "jsonl", "--output", str(target))
    assert result.code == 0, result.err
    assert result.out == "" and "exported 3 claims" in result.err
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["id"] for line in lines] == [2, 1, 3]


def test_it_writes_csv_with_one_row_per_claim_and_a_history_count(stored: Run) -> None:
    result = stored("export", "--format", "csv")
    assert result.code == 0, result.err
    reader = csv.DictReader(io.StringIO(result.out))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = {row["id"]: row for row in reader}
    assert rows["1"]["verdict_note"] == "no ceasefire; sanctions delayed"
    assert rows["1"]["source_url"] == URL
    assert rows["1"]["history_count"] == "2"
    assert rows["3"]["source_title"] == "" and rows["3"]["status"] == "open"


def test_csv_of_no_claims_still_has_its_header(cli: Run) -> None:
    result = cli("export", "--format", "csv")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [",".join(CSV_COLUMNS)]


def test_it_filters_like_list(stored: Run) -> None:
    resolved = json.loads(stored("export", "--resolved").out)
    assert [r["id"] for r in resolved] == [1]
    still_open = json.loads(stored("export", "--open").out)
    assert [r["id"] for r in still_open] == [2, 3]
    by_speaker = json.loads(stored("export", "--all", "--speaker", "trump").out)
    assert [r["id"] for r in by_speaker] == [1]
    both = stored("export", "--open", "--resolved")
    assert both.code == 1 and "choose one of --open, --due, --overdue, --resolved, --all" in (
        both.err
    )


# view flags, the ids export writes, the ids list prints, at 2025-08-07 12:00 UTC: claim 2
# came due 2025-08-06 13:00 UTC (overdue by 23 h), claim 1 has its verdict, claim 3 comes
# due 2025-09-01 (in 25 days); without a flag export takes every claim, list the open ones
VIEWS = [
    ([], [2, 1, 3], [2, 3]),
    (["--all"], [2, 1, 3], [2, 1, 3]),
    (["--open"], [2, 3], [2, 3]),
    (["--due"], [3], [3]),
    (["--overdue"], [2], [2]),
    (["--resolved"], [1], [1]),
    (["--due", "--within", "30d"], [3], [3]),
    (["--due", "--within", "20d"], [], []),
    (["--overdue", "--within", "1d"], [2], [2]),
    (["--overdue", "--within", "12h"], [], []),
]


@pytest.mark.parametrize(
    ("flags", "exported", "listed"), VIEWS, ids=[" ".join(f) or "no flag" for f, _, _ in VIEWS]
)
def test_each_view_flag_picks_its_claims_and_export_defaults_to_all(
    stored: Run, flags: list[str], exported: list[int], listed: list[int]
) -> None:
    with freeze_time("2025-08-07 12:00:00"):
        from_export = stored("export", *flags)
        from_list = stored("list", *flags, "--json")
    assert from_export.code == 0 and from_list.code == 0, from_export.err + from_list.err
    assert [r["id"] for r in json.loads(from_export.out)] == exported
    assert [c["id"] for c in json.loads(from_list.out)] == listed


def test_list_and_show_print_the_exported_record(stored: Run) -> None:
    exported = {r["id"]: r for r in json.loads(stored("export").out)}
    listed = json.loads(stored("list", "--all", "--json").out)
    assert [c["id"] for c in listed] == [2, 1, 3]
    for claim in listed:
        assert tuple(claim) == CLAIM_FIELDS
        assert claim == {name: exported[claim["id"]][name] for name in CLAIM_FIELDS}
    assert listed[1]["verdict_note"] == "no ceasefire; sanctions delayed"
    shown = json.loads(stored("show", "1", "--json").out)
    assert tuple(shown) == (*FIELDS, "notices")
    assert {name: shown[name] for name in FIELDS} == exported[1]


def test_show_and_export_give_the_published_moment_in_the_articles_zone(stored: Run) -> None:
    shown = json.loads(stored("show", "1", "--json").out)["source"]
    (exported,) = (r["source"] for r in json.loads(stored("export").out) if r["id"] == 1)
    assert shown == exported
    assert shown["published"] == "2025-08-05T00:00:00-04:00"


def test_an_unwritable_output_is_a_one_line_error(stored: Run, tmp_path: Path) -> None:
    result = stored("export", "--output", str(tmp_path / "missing" / "claims.json"))
    assert result.code == 1
    assert result.err.strip().endswith("No such file or directory")
    assert "tracker: error: cannot write" in result.err and "Traceback" not in result.err
    assert result.out == ""
