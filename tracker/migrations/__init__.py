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
    """Bring the database at ``engine`` to ``revision`` (default: the newest)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(config, revision)  # type: ignore[arg-type]
