from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tracker.migrations import HEAD, alembic_config, upgrade
from tracker.store import current_revision, make_engine, open_database, sqlite_url


def test_head_names_the_newest_migration_script() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_a_database_from_the_first_release_is_upgraded_with_its_data_kept(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path / "old.db")
    upgrade(make_engine(url), "0001")
    with make_engine(url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO claims (id, fingerprint, text, kind, time_text, due_at, tz, grain, "
                "has_time, confidence, status, revision, created_at, updated_at) VALUES "
                "(1, 'f', 'kept claim', 'deadline', 'Friday', '2025-08-09 03:59:59', "
                "'America/New_York', 'day', 0, 1.0, 'open', 1, '2025-08-05', '2025-08-05')"
            )
        )
    engine = open_database(url)
    assert current_revision(engine) == HEAD
    columns = {c["name"] for c in inspect(engine).get_columns("notices")}
    assert "leased_by" in columns
    with engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM claims")).scalar() == "kept claim"


def test_a_database_with_claims_history_and_notices_upgrades_across_a_table_rebuild(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path / "used.db")
    upgrade(make_engine(url), "0002")
    with make_engine(url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO claims (id, fingerprint, text, kind, time_text, due_at, tz, grain, "
                "has_time, confidence, status, revision, created_at, updated_at) VALUES "
                "(1, 'f', 'kept claim', 'deadline', 'Friday', '2025-08-09 03:59:59', 'UTC', "
                "'day', 0, 1.0, 'open', 1, '2025-08-05', '2025-08-05')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO claim_events (claim_id, at, action) "
                "VALUES (1, '2025-08-05', 'created')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO notices (id, claim_id, revision, kind, seq, channel, scheduled_for, "
                "status, late, attempts, created_at) VALUES "
                "('ntc_1', 1, 1, 'due', 0, 'console', '2025-08-09', 'sent', 0, 1, '2025-08-05')"
            )
        )
    engine = open_database(url)
    assert current_revision(engine) == HEAD
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim_events")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM notices")).scalar() == 1
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert not conn.execute(text("PRAGMA foreign_key_check")).fetchall()
