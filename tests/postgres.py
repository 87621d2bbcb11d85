"""A throwaway PostgreSQL cluster on loopback for the tests, from Debian's packages.

It runs initdb and pg_ctl from /usr/lib/postgresql/<version>/bin (or $PG_BIN) in a
temporary folder, as the ``postgres`` user when the tests run as root (PostgreSQL
refuses to run as root). Without PostgreSQL installed, the tests that need it are
skipped, except under CI=true, where they fail: CI installs it (see .ci/run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.servers import unused_port


def pg_bin() -> Path | None:
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster; yield a SQLAlchemy URL to an empty database; stop and delete it."""
    binaries = pg_bin()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL is not installed (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = unused_port()

    def run(program: str, *args: str) -> None:
        command = _as_owner([str(binaries / program), *args])
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    try:
        run("initdb", "-D", str(data), "-A", "trust", "-U", "tracker", "--no-sync")
        run(
            "pg_ctl",
            "-D",
            str(data),
            "-l",
            str(folder / "log"),
            "-w",
            "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200",
            "start",
        )
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "tracker", "tracker")
        yield f"postgresql+psycopg://tracker@127.0.0.1:{port}/tracker"
    finally:
        if data.exists():
            subprocess.run(
                _as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(folder, ignore_errors=True)
