"""The ``tracker`` command: a thin layer over the services, errors translated once here."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tracker.cli import (  # noqa: F401  (they register commands)
    claims,
    export,
    notices,
    reading,
    service,
    settings,
)
from tracker.cli.app import app
from tracker.errors import TrackerError


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI; a TrackerError becomes one line on stderr and exit status 1."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="tracker")
    except TrackerError as exc:
        print(f"tracker: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
