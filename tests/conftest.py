from __future__ import annotations

import io
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from tests.factories import NEW_YORK, day
from tests.postgres import throwaway_cluster
from tests.servers import SmtpServer, WebhookServer, running_smtp_server, running_webhook_server
from tracker import claims
from tracker.cli import main
from tracker.config import Config, load_config
from tracker.models import Claim
from tracker.parse.due import due_moment
from tracker.parse.types import ClaimKind
from tracker.store import open_database, session_scope, sqlite_url


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep every test away from the user's config, data and secrets."""
    for key in list(__import__("os").environ):
        if key.startswith("TRACKER"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tracker.db"


@pytest.fixture
def config(db_path: Path) -> Config:
    loaded = load_config(environ={"TRACKER_DATABASE_URL": sqlite_url(db_path)})
    return loaded


@pytest.fixture
def engine(config: Config) -> Engine:
    return open_database(config.database.url)


@pytest.fixture
def make_claim(engine: Engine, config: Config) -> Callable[..., Claim]:
    def make(
        text: str = "Russia agrees to a ceasefire",
        due: str = "2025-08-08",
        now: datetime | None = None,
        kind: ClaimKind = ClaimKind.DEADLINE,
        **extra: Any,
    ) -> Claim:
        when = day(due)
        moment = due_moment(kind, when, event_hour=config.notices.event_hour)
        added = now or datetime(2025, 8, 5, 12, tzinfo=NEW_YORK)
        with session_scope(engine) as session:
            return claims.add(session, text, when, moment, kind, config, added, **extra)

    return make


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path) -> Run:
    def run(*args: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        with pytest.raises(SystemExit) as exited:
            main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        code = exited.value.code
        return Result(code if isinstance(code, int) else 1, out, err)

    return run


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server on loopback, collecting mail."""
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def webhook_server() -> Iterator[WebhookServer]:
    """A real HTTP server on loopback, recording requests and answering as told."""
    with running_webhook_server() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster for the session (skipped where PostgreSQL is not
    installed, except under CI, where it must run)."""
    try:
        cluster = throwaway_cluster()
        url = cluster.__enter__()
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc}: CI must run the PostgreSQL tests")
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        cluster.__exit__(None, None, None)


@pytest.fixture
def postgres_url(postgres_cluster: str) -> str:
    """An empty database of its own for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_cluster, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return postgres_cluster.rsplit("/", 1)[0] + f"/{name}"
