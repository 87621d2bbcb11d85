"""Issue 4, fault test 8: due moments across daylight-saving changes (America/New_York)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from freezegun import freeze_time

from tests.conftest import Run
from tests.factories import NEW_YORK
from tracker.parse import extract_claims


@freeze_time("2026-03-01 12:00:00")
def test_a_time_skipped_by_spring_forward_comes_due_an_hour_later_on_the_clock(cli: Run) -> None:
    # 2026-03-08 02:00 EST jumps to 03:00 EDT: 02:30 does not exist and is read with the
    # offset before the change (EST), which is 03:30 EDT, 07:30 UTC.
    result = cli("add", "polls open", "--due", "2026-03-08 02:30", "--tz", "America/New_York")
    assert result.code == 0, result.err
    (claim,) = json.loads(cli("list", "--json").out)
    due = datetime.fromisoformat(claim["due"])
    assert due.astimezone(UTC) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert claim["due"] == "2026-03-08T03:30:00-04:00"


def test_by_sunday_across_the_autumn_change_is_due_at_the_end_of_sunday_standard_time() -> None:
    # Published Thursday 2026-10-29 (EDT); clocks fall back on Sunday 2026-11-01.
    published = datetime(2026, 10, 29, 9, tzinfo=NEW_YORK)
    text = "The union said workers will strike unless a deal is signed by Sunday."
    (claim,) = extract_claims(text, published, NEW_YORK)
    assert claim.due.isoformat() == "2026-11-01T23:59:59-05:00"
    assert claim.due.astimezone(UTC) == datetime(2026, 11, 2, 4, 59, 59, tzinfo=UTC)


@freeze_time("2026-10-29 13:00:00")
def test_a_day_before_reminder_is_24_real_hours_before_across_the_change(cli: Run) -> None:
    assert (
        cli("add", "deal signed", "--due", "2026-11-01 20:00", "--tz", "America/New_York").code == 0
    )
    # due 2026-11-01 20:00 EST (01:00 UTC on Nov 2); the reminder falls 24 hours before,
    # 21:00 EDT on Oct 31, which is 23 hours earlier on the wall clock
    with freeze_time("2026-11-01 12:00:00"):
        cli("serve", "--once")
    shown = json.loads(cli("show", "1", "--json").out)
    (reminder,) = [n for n in shown["notices"] if n["kind"] == "reminder"]
    due = datetime.fromisoformat(shown["due"])
    assert due - datetime.fromisoformat(reminder["scheduled_for"]) == timedelta(hours=24)
