"""Shared fixtures: a publication moment (Tuesday 2025-08-05, 10:00 New York) and helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import find_dates
from tracker.parse.types import TimeExpr

NEW_YORK = ZoneInfo("America/New_York")
PUBLISHED = datetime(2025, 8, 5, 10, 0, tzinfo=NEW_YORK)  # a Tuesday

SEED = (
    "Ukrainian President Volodymyr Zelensky has expressed appreciation to Donald Trump for "
    'what he described as "productive" talks on Tuesday, primarily focusing on sanctions '
    "against Russia, defense collaboration, and drone manufacturing. This interaction comes "
    "just before U.S. envoy Steve Witkoff's upcoming visit to Moscow.\n\n"
    "Trump previously warned that if Russia does not broker a ceasefire with Ukraine by "
    "Friday, it would face significant sanctions, including secondary penalties for those "
    "engaged in trade with Russia. Witkoff is set to meet with Vladimir Putin on Wednesday "
    "to discuss ongoing developments. Although the Kremlin has downplayed Trump's threat, "
    "spokesperson Dmitry Peskov stated last week that the Russian economy has developed "
    "resilience to sanctions after being subjected to them for an extended period.\n\n"
    "Their relationship has improved since a rocky meeting last February, where Trump "
    "criticized Zelensky for not adequately appreciating U.S. aid. Their combined procurement "
    "is projected to exceed $1 billion, focusing on air defense systems and ammunition."
)

Finder = Callable[[str], list[TimeExpr]]


@pytest.fixture
def seed_text() -> str:
    return SEED


@pytest.fixture
def dates() -> Finder:
    def run(text: str) -> list[TimeExpr]:
        return find_dates(text, PUBLISHED, NEW_YORK)

    return run


def only(found: list[TimeExpr]) -> TimeExpr:
    """The single resolved expression found."""
    resolved = [e for e in found if e.resolved]
    assert len(resolved) == 1, found
    return resolved[0]


def days(expr: TimeExpr) -> tuple[date, date]:
    """The expression's interval as [first day, day after the last day)."""
    assert expr.start_at is not None and expr.end_at is not None, expr
    return expr.start_at.date(), expr.end_at.date()
