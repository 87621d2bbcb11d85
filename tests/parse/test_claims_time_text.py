from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tracker.parse import extract_claims
from tracker.parse.types import ClaimKind

NEW_YORK = ZoneInfo("America/New_York")
TUESDAY = datetime(2025, 8, 5, 8, tzinfo=NEW_YORK)


def only(text: str):  # type: ignore[no-untyped-def]
    (claim,) = extract_claims(text, TUESDAY, NEW_YORK)
    return claim


def test_time_text_keeps_the_preposition_as_written() -> None:
    assert only("The council will vote on Thursday.").time_text == "on Thursday"
    assert only("Talks must conclude by Friday, the envoy said.").time_text == "by Friday"


def test_a_cut_off_with_by_is_a_deadline_due_at_the_end_of_the_day() -> None:
    claim = only("The final report is due by Friday.")
    assert claim.kind is ClaimKind.DEADLINE
    assert claim.due.isoformat() == "2025-08-08T23:59:59-04:00"


def test_a_scheduled_day_stays_an_event_due_in_the_morning() -> None:
    claim = only("The committee is scheduled to meet on Thursday.")
    assert claim.kind is ClaimKind.EVENT
    assert claim.due.isoformat() == "2025-08-07T09:00:00-04:00"


def test_an_event_over_several_days_comes_due_at_the_end_of_the_last() -> None:
    claim = only("The festival will take place at the end of August.")
    assert claim.due.date().isoformat() == "2025-08-31"
