"""Which notices a claim should get, and when: pure functions of the claim and config."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tracker.config import NoticesConfig
from tracker.models import NoticeKind


@dataclass(frozen=True, order=True)
class Slot:
    """One planned notice of a claim (for every channel): its moment, kind and number."""

    at: datetime
    kind: NoticeKind
    seq: int = 0


def plan_slots(due_at: datetime, planned_from: datetime, config: NoticesConfig) -> list[Slot]:
    """The notices a claim due at ``due_at`` gets, in time order.

    Reminders fall ``config.reminders`` before the due moment, the follow-up
    ``config.followup_after`` after it. A reminder that would fall before the claim was
    planned (``planned_from``: added, or extended) is left out: it could only be late.
    """
    reminders = sorted(set(config.reminders), reverse=True)
    slots = [
        Slot(due_at - before, NoticeKind.REMINDER, seq)
        for seq, before in enumerate(reminders)
        if before.total_seconds() > 0 and due_at - before > planned_from
    ]
    slots.append(Slot(due_at, NoticeKind.DUE))
    if config.followup_after is not None:
        slots.append(Slot(due_at + config.followup_after, NoticeKind.FOLLOWUP))
    return sorted(slots)


def slots_due(
    slots: list[Slot], now: datetime, due_at: datetime, *, fold: bool = True
) -> list[Slot]:
    """The slots whose moment has come. With ``fold``, stale ones fold into the latest: a
    reminder for a claim already past due is left out (the due notice says more), and so
    is the due notice once the follow-up asking for a verdict has come too."""
    come = [slot for slot in slots if slot.at <= now]
    if not fold:
        return come
    kinds = {slot.kind for slot in come}
    if due_at <= now:
        come = [slot for slot in come if slot.kind is not NoticeKind.REMINDER]
    if NoticeKind.FOLLOWUP in kinds:
        come = [slot for slot in come if slot.kind is not NoticeKind.DUE]
    return come


def next_check(slots: list[Slot], now: datetime) -> datetime | None:
    """When the claim next needs the daemon's attention, or None when its plan is done."""
    upcoming = [slot.at for slot in slots if slot.at > now]
    return min(upcoming) if upcoming else None
