from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.config import NoticesConfig
from tracker.models import NoticeKind
from tracker.plan import next_check, plan_slots, slots_due

DUE = datetime(2025, 8, 9, 3, 59, 59, tzinfo=UTC)  # Fri 8 Aug 23:59:59 in New York
ADDED = datetime(2025, 8, 5, 12, tzinfo=UTC)


def kinds(slots: list) -> list[str]:
    return [s.kind.value for s in slots]


def test_it_plans_a_reminder_the_due_notice_and_a_followup_by_default() -> None:
    slots = plan_slots(DUE, ADDED, NoticesConfig())
    assert kinds(slots) == ["reminder", "due", "followup"]
    assert [s.at for s in slots] == [DUE - timedelta(days=1), DUE, DUE + timedelta(days=1)]


def test_it_orders_several_reminders_earliest_first() -> None:
    config = NoticesConfig(reminders=["1d", "3d", "2h"], followup_after=None)
    slots = plan_slots(DUE, ADDED, config)
    assert [s.at for s in slots] == [
        DUE - timedelta(days=3),
        DUE - timedelta(days=1),
        DUE - timedelta(hours=2),
        DUE,
    ]
    assert [s.seq for s in slots if s.kind is NoticeKind.REMINDER] == [0, 1, 2]


def test_it_leaves_out_reminders_that_fall_before_the_claim_was_added() -> None:
    slots = plan_slots(DUE, DUE - timedelta(hours=3), NoticesConfig())
    assert kinds(slots) == ["due", "followup"]


def test_it_plans_no_followup_when_turned_off() -> None:
    assert kinds(plan_slots(DUE, ADDED, NoticesConfig(followup_after=None))) == ["reminder", "due"]


def test_it_folds_a_stale_reminder_into_the_due_notice() -> None:
    slots = plan_slots(DUE, ADDED, NoticesConfig())
    after_due = DUE + timedelta(hours=1)
    assert kinds(slots_due(slots, after_due, DUE)) == ["due"]
    assert kinds(slots_due(slots, DUE - timedelta(hours=1), DUE)) == ["reminder"]


def test_it_folds_a_stale_due_notice_into_the_followup() -> None:
    slots = plan_slots(DUE, ADDED, NoticesConfig())
    assert kinds(slots_due(slots, DUE + timedelta(days=3), DUE)) == ["followup"]


def test_it_sends_every_stale_notice_when_folding_is_off() -> None:
    slots = plan_slots(DUE, ADDED, NoticesConfig())
    late = slots_due(slots, DUE + timedelta(days=3), DUE, fold=False)
    assert kinds(late) == ["reminder", "due", "followup"]


def test_it_says_when_the_claim_next_needs_attention() -> None:
    slots = plan_slots(DUE, ADDED, NoticesConfig())
    assert next_check(slots, ADDED) == DUE - timedelta(days=1)
    assert next_check(slots, DUE) == DUE + timedelta(days=1)
    assert next_check(slots, DUE + timedelta(days=2)) is None
