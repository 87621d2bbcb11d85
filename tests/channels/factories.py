"""A small factory for the ``Message`` a channel is handed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.factories import NEW_YORK
from tracker.channels.base import Message

# Friday 8 August 2025, 23:59 in New York is 03:59 UTC on Saturday.
DUE = datetime(2025, 8, 8, 23, 59, tzinfo=NEW_YORK)
SENT = datetime(2025, 8, 9, 4, 0, 30, tzinfo=UTC)


def make_message(**overrides: Any) -> Message:
    fields: dict[str, Any] = {
        "id": "ntc_0198a7f3c2d14e6b9f0a",
        "kind": "due",
        "claim_id": 42,
        "claim_text": "The Senate will vote on the farm bill by Friday",
        "claim_kind": "deadline",
        "due_at": DUE,
        "tz": "America/New_York",
        "time_text": "by Friday",
        "sent_at": SENT,
        "scheduled_for": datetime(2025, 8, 9, 3, 59, tzinfo=UTC),
        "speaker": "Sen. Ada Quill",
        "quote": "We will vote on this bill by Friday, or I will eat my hat.",
        "consequence": "she will eat her hat",
        "source_title": "Senate leader sets farm bill deadline",
        "source_url": "https://news.example.com/2025/08/01/farm-bill",
        "source_published": datetime(2025, 8, 1, 9, 30, tzinfo=NEW_YORK),
    }
    fields.update(overrides)
    return Message(**fields)
