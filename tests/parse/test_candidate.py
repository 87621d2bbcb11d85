"""A candidate renamed for its rule family keeps everything else."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tracker.parse.rules.base import Candidate, Clock
from tracker.parse.types import Grain


def test_naming_a_candidate_keeps_every_other_field() -> None:
    start_at = datetime(2026, 5, 1, 18, tzinfo=UTC)
    end_at = datetime(2026, 5, 2, tzinfo=UTC)
    cand = Candidate(3, 9, Grain.DAY, start_at, end_at, True, "n", "", Clock(3, 0), (18, 24), True)
    assert cand.named("weekday") == replace(cand, family="weekday")
