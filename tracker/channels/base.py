"""The channel interface: one attempt to hand one notice to one server.

Channels know nothing of the database. The daemon builds a ``Message`` from the stored
rows, calls ``Channel.send`` once, and records the outcome; retries live in the outbox.
"""

from __future__ import annotations

import socket
import ssl
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from tracker.errors import DeliveryError

__all__ = ["Channel", "ChannelSettings", "DeliveryError", "Message", "network_failure"]


class ChannelSettings(BaseModel):
    """Settings shared by every channel; each channel module subclasses it."""

    model_config = ConfigDict(extra="forbid")

    type: str
    enabled: bool = True


@dataclass(frozen=True)
class Message:
    """Everything a channel may say about one notice.

    ``id`` is the notice's stable id: the email Message-ID and the webhook-id, the same
    on every attempt, so receivers can drop repeats. ``kind`` is reminder, due, followup
    or test. ``sent_at`` is the moment of this attempt (from the injected clock).
    Datetimes are timezone-aware; ``due_at`` is in the claim's zone ``tz``.
    """

    id: str
    kind: str
    claim_id: int | None
    claim_text: str
    claim_kind: str
    due_at: datetime
    tz: str
    time_text: str
    sent_at: datetime
    scheduled_for: datetime
    late: bool = False
    speaker: str | None = None
    quote: str | None = None
    consequence: str | None = None
    status: str = "open"
    source_title: str | None = None
    source_url: str | None = None
    source_published: datetime | None = None

    def subject(self) -> str:
        lead = {
            "reminder": "Coming due",
            "due": "Due now",
            "followup": "Verdict needed",
            "test": "Test notice",
        }.get(self.kind, self.kind.capitalize())
        late = " (late)" if self.late else ""
        return f"[tracker] {lead}{late}: {self.claim_text}"

    def to_json(self) -> dict[str, Any]:
        """The documented JSON body of a notice (the webhook payload's ``data``)."""
        return {
            "notice_id": self.id,
            "notice_kind": self.kind,
            "late": self.late,
            "scheduled_for": self.scheduled_for.isoformat(),
            "claim": {
                "id": self.claim_id,
                "text": self.claim_text,
                "kind": self.claim_kind,
                "status": self.status,
                "speaker": self.speaker,
                "quote": self.quote,
                "consequence": self.consequence,
                "time_text": self.time_text,
                "due": self.due_at.isoformat(),
                "due_date": self.due_at.date().isoformat(),
                "tz": self.tz,
            },
            "source": {
                "title": self.source_title,
                "url": self.source_url,
                "published": self.source_published.isoformat() if self.source_published else None,
            },
        }


class Channel(ABC):
    """One configured destination. Subclasses set ``Settings`` and implement ``send``."""

    Settings: ClassVar[type[ChannelSettings]]

    def __init__(self, name: str, settings: ChannelSettings) -> None:
        self.name = name
        self.settings = settings

    @abstractmethod
    def send(self, message: Message) -> str:
        """Make one attempt to deliver ``message``.

        Returns a short receipt for the record (e.g. "250 OK", "HTTP 204").
        Raises ``DeliveryError`` (``permanent`` or not) when the server did not accept it.
        """


def network_failure(exc: OSError, check: str, timeout: float, tls: str | None = None) -> str:
    """Why a server could not be reached, said after its name ("webhook https://h …");
    ``check`` names the settings that point at the server, e.g. "channels.hook.url", and
    ``tls`` the table whose ``security``/``verify_tls`` keys to suggest on a TLS failure."""
    match exc:
        case ConnectionRefusedError():
            return f"refused the connection (is it running? check {check})"
        case TimeoutError():
            return f"did not answer within {timeout:g}s (check {check}/timeout)"
        case socket.gaierror():
            return f"could not be found: {exc.strerror} (check {check})"
        case ssl.SSLCertVerificationError():
            hint = f"; set {tls}.verify_tls = false only for a self-signed test server"
            return (
                f"has a TLS certificate we do not trust ({exc.verify_message}){hint if tls else ''}"
            )
        case ssl.SSLError():
            hint = f"; check {tls}.security and port" if tls else ""
            return f"TLS failed ({exc.reason}{hint})"
    return f"could not be reached: {exc.strerror or exc}"
