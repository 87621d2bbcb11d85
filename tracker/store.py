"""Opening the database: engine, sessions, migrations, and the dialect-specific corner.

Everything SQLite-only lives in the block marked ``SQLite`` below; the rest of the code
speaks plain SQLAlchemy so that a PostgreSQL URL works the same.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from tracker.errors import StorageError
from tracker.migrations import HEAD, upgrade
from tracker.redact import mask_url

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database or an in-memory one."""
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return None
    return Path(url.removeprefix("sqlite:///"))


# --- SQLite ------------------------------------------------------------------------------
# WAL lets the CLI read while the daemon writes; busy_timeout makes a writer wait for a
# lock instead of failing at once; foreign keys are off by default in SQLite.


def _prepare_sqlite(url: str) -> dict[str, Any]:
    path = url.removeprefix("sqlite:///")
    if path and path != ":memory:":
        try:
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _unwritable(url, exc) from exc
    return {"timeout": BUSY_TIMEOUT_MS / 1000}


def _unwritable(url: str, exc: OSError) -> StorageError:
    return StorageError(
        f"cannot open the database {mask_url(url)}: {exc.strerror or exc} ({exc.filename}); "
        "check that its folder exists and is writable"
    )


@contextmanager
def _sqlite_lock(
    url: str, name: str, busy: Callable[[Path, str], Exception] | None = None
) -> Iterator[None]:
    """Hold an exclusive flock on the file ``<database>.<name>``, which then holds our pid.
    Without ``busy``, wait for it; with it, raise ``busy(database, holder's pid)`` at once
    if another process holds it. Nothing to lock for a database that is not a file."""
    path = sqlite_file(url)
    if path is None:
        yield
        return
    try:
        handle = open(f"{path}.{name}", "a+")  # noqa: SIM115  (closed by the with below)
    except OSError as exc:
        raise _unwritable(url, exc) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (fcntl.LOCK_NB if busy else 0))
        except BlockingIOError:
            assert busy is not None  # only a non-blocking flock is refused
            handle.seek(0)
            raise busy(path, handle.read().strip() or "unknown") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _another_daemon(path: Path, pid: str) -> StorageError:
    return StorageError(
        f"another tracker daemon (pid {pid}) is already serving {path}; stop it "
        "first (several daemons can share one database only on PostgreSQL)"
    )


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# ------------------------------------------------------------------------------------------


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def daemon_lock(engine: Engine) -> Iterator[None]:
    """Held while a daemon serves the database: refuses a second one on SQLite; on
    PostgreSQL daemons share the work through row locks, so nothing is held."""
    if is_sqlite(engine):
        with _sqlite_lock(str(engine.url), "daemon-lock", busy=_another_daemon):
            yield
        return
    yield


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Hold off other processes migrating the same database (first one wins, the others
    then find it up to date)."""
    if is_sqlite(engine):
        # two processes opening a new database at once must not both create its tables
        with _sqlite_lock(str(engine.url), "migrate-lock"):
            yield
        return
    with engine.connect() as conn:  # PostgreSQL: a session-level advisory lock
        conn.execute(text("SELECT pg_advisory_lock(7215368)"))
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(7215368)"))


def make_engine(url: str) -> Engine:
    """An engine for ``url``, with the SQLite settings applied when it is SQLite."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args=_prepare_sqlite(url))
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # the dialect's driver
        raise StorageError(_missing_driver(url, exc.name)) from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(url: str, *, migrate: bool = True) -> Engine:
    """Open the database at ``url`` and bring its schema up to date.

    Raises StorageError with a readable reason when it cannot be opened or migrated.
    """
    try:
        engine = make_engine(url)
        # On SQLite even the check runs under the lock: the first connection to a new
        # file switches it to WAL, which fails or deadlocks while another process holds
        # it open in a migration.
        if migrate and (is_sqlite(engine) or current_revision(engine) != HEAD):
            with migration_lock(engine):
                if current_revision(engine) != HEAD:
                    upgrade(engine)
    except OperationalError as exc:
        raise storage_error(exc, url) from exc
    except (ArgumentError, ValueError) as exc:
        raise StorageError(
            f"database.url {mask_url(url)} is not a database URL: write a SQLite file "
            "path, sqlite:////abs/path.db, or postgresql+psycopg://user@host/db"
        ) from exc
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot open the database {mask_url(url)}: {exc}") from exc
    return engine


def _missing_driver(url: str, module: str | None) -> str:
    if url.startswith("postgresql"):
        return (
            f"database.url {mask_url(url)} needs the PostgreSQL driver ({module} is not "
            "installed): pip install psycopg"
        )
    return (
        f"database.url {mask_url(url)} needs {module}, which is not installed; tracker "
        "supports SQLite (a file path) and PostgreSQL (postgresql+psycopg://user@host/db)"
    )


def storage_error(exc: SQLAlchemyError, url: str | None = None) -> StorageError:
    where = f" {mask_url(url)}" if url else ""
    reason = str(getattr(exc, "orig", exc))
    if "locked" in reason or "busy" in reason:
        return StorageError(
            f"the database{where} is locked by another process and stayed locked for "
            f"{BUSY_TIMEOUT_MS // 1000} s; wait for it to finish and try again"
        )
    if "unable to open" in reason:
        return StorageError(
            f"cannot open the database{where}: check that its folder exists and is writable"
        )
    return StorageError(f"database error{where}: {reason}")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error: no partial writes."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise storage_error(exc) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
