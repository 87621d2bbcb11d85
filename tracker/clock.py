"""The only place that reads the wall clock.

Everything else takes ``now`` as an argument. Tests travel in time with freezegun, which
patches ``datetime.now`` here as everywhere.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current moment, timezone-aware, in UTC."""
    return datetime.now(UTC)
