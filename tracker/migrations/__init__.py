"""Schema migrations (Alembic), run from code: no alembic.ini for users to manage.

``HEAD`` names the newest revision so that opening an up-to-date database costs one
query and never imports Alembic; a test checks it against the scripts.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

HEAD = "0003"
SCRIPTS = Path(__file__).parent


def alembic_config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database at ``engine`` to ``revision`` (default: the newest), all in one
    transaction: a migration that fails leaves the database as it was."""
    from alembic import command

    config = alembic_config()
    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine, config, revision)
        return
    with engine.begin() as connection:
        config.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(config, revision)  # type: ignore[arg-type]


def _upgrade_sqlite(engine: Engine, config: object, revision: str) -> None:
    """SQLite needs two things Alembic cannot give it from inside a transaction: foreign
    keys off, so a table can be rebuilt (ALTER by copy) while other rows point at it; and
    an explicit BEGIN, since the sqlite3 module commits before DDL otherwise."""
    from alembic import command

    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.isolation_level = None  # type: ignore[union-attr]  # we issue BEGIN ourselves
        raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                raw.execute("BEGIN")  # type: ignore[union-attr]
                config.attributes["connection"] = connection  # type: ignore[attr-defined]
                command.upgrade(config, revision)  # type: ignore[arg-type]
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()  # type: ignore[union-attr]
                if broken:
                    raise RuntimeError(f"migration left rows without their parents: {broken[:3]}")
        finally:
            connection.invalidate()  # the pragmas above must not follow it back to the pool
