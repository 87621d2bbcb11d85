"""Small builders for test data."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tracker.config import Config
from tracker.parse.types import Grain, TimeExpr

NEW_YORK = ZoneInfo("America/New_York")


def day(value: str, tz: ZoneInfo = NEW_YORK) -> TimeExpr:
    """A day-grain date phrase resolved to the local day ``value`` (YYYY-MM-DD)."""
    start = datetime.fromisoformat(value).replace(tzinfo=tz)
    return TimeExpr(
        text=value,
        start=0,
        end=len(value),
        grain=Grain.DAY,
        start_at=start,
        end_at=start + timedelta(days=1),
    )


class Clock:
    """An injectable clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment


def webhook_only(config: Config, url: str, **settings: Any) -> Config:
    """A copy of ``config`` whose one channel is a webhook named "hook" posting to ``url``,
    without follow-ups: one notice per claim."""
    changed = config.model_copy(deep=True)
    changed.channels = {"hook": {"type": "webhook", "url": url, **settings}}
    changed.notices.followup_after = None
    return changed


def write_config_tables(path: Path, **tables: dict[str, Any]) -> Path:
    """Write a version 1 ``tracker.toml`` at ``path``: each keyword a ``[table]``, a table
    nested in one a ``[table.name]`` (``channels={"hook": {...}}``)."""
    lines = ["version = 1"]

    def add(name: str, table: dict[str, Any]) -> None:
        values = [f"{k} = {json.dumps(v)}" for k, v in table.items() if not isinstance(v, dict)]
        lines.extend([f"[{name}]", *values] if values else [])
        for key, value in table.items():
            if isinstance(value, dict):
                add(f"{name}.{key}", value)

    for name, table in tables.items():
        add(name, table)
    path.write_text("\n".join(lines) + "\n")
    return path
