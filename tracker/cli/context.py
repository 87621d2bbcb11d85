"""What every command shares: the configuration, the database, the clock, the zones."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session

from tracker import clock
from tracker.cli.render import err
from tracker.config import Config, load_config, zone
from tracker.store import open_database, session_scope, sqlite_file


@dataclass
class Context:
    config_path: Path | None = None
    db: str | None = None
    _config: Config | None = field(default=None, repr=False)
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
            for warning in self._config.warnings:
                err.print(f"tracker: warning: {warning}", markup=False)
            if self.db:
                self._config.database.url = self.db
        return self._config

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            url = self.config.database.resolved_url()
            fresh = sqlite_file(url)
            is_new = fresh is not None and not fresh.exists()
            self._engine = open_database(url)
            if is_new:
                err.print(f"note: created a new database at {fresh}", markup=False)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session

    def now(self) -> datetime:
        return clock.now()

    @property
    def user_tz(self) -> str:
        return self.config.display.tz_name()

    def article_tz(self) -> str:
        return self.config.parser.tz_name()

    def zone_or_default(self, name: str | None) -> ZoneInfo:
        return zone(name or self.article_tz())


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("apscheduler", "aiosmtpd", "mail.log", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
