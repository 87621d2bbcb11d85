from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from tests.factories import NEW_YORK, Clock
from tracker.config import Config, build_channels
from tracker.daemon import Daemon
from tracker.models import Attempt, Claim, Notice

DUE = datetime(2025, 8, 8, 23, 59, 59, tzinfo=NEW_YORK)


@dataclass
class Rig:
    """A daemon with one channel, one claim due at DUE, and a clock just past it."""

    engine: Engine
    clock: Clock
    daemon: Daemon

    def notice(self) -> Notice:
        with Session(self.engine) as session:
            (notice,) = session.exec(select(Notice)).all()
            return notice

    def attempts(self) -> list[Attempt]:
        with Session(self.engine) as session:
            return list(session.exec(select(Attempt).order_by(col(Attempt.id))))

    def pass_until(self, moment: datetime) -> None:
        """Move the clock to ``moment`` and run one pass."""
        self.clock.moment = moment
        self.daemon.run_once()


@pytest.fixture
def rig(engine: Engine, config: Config, make_claim: Callable[..., Claim]) -> Callable[..., Rig]:
    def build(channel: dict[str, Any]) -> Rig:
        changed = config.model_copy(deep=True)
        changed.channels = {"out": channel}
        changed.notices.followup_after = None
        make_claim(due="2025-08-08")
        clock = Clock(DUE + timedelta(seconds=1))
        daemon = Daemon(engine, changed, build_channels(changed), now=clock, rng=random.Random(7))
        return Rig(engine, clock, daemon)

    return build
