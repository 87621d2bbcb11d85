"""The plain-text rendering of a notice, shared by the console and email channels, and the
two helpers that keep text short: ``one_line`` and ``cut`` (the CLI's columns use it too)."""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.channels.base import Message
from tracker.models import VERDICTS

VERDICT_CHOICES = "|".join(VERDICTS)

_LEADS = {
    "reminder": "Reminder: this claim comes due soon.",
    "due": "Due now: this claim has reached its due moment.",
    "followup": "Verdict needed: this claim came due. Was it kept?",
    "test": "Test notice: if you can read this, the channel works.",
}


def format_moment(moment: datetime, tz: str | None = None) -> str:
    """'Fri 8 Aug 2025 23:59 EDT (America/New_York)'; without ``tz``, just the local part."""
    text = f"{moment:%a} {moment.day} {moment:%b %Y %H:%M %Z}".rstrip()
    return f"{text} ({tz})" if tz else text


def one_line(text: str) -> str:
    """Collapse newlines and runs of spaces: for headers and one-line error messages."""
    return " ".join(text.split())


def cut(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its start and "…" in exactly
    ``width`` (one character when ``width`` is 0)."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def render_text(message: Message) -> str:
    """A readable multi-line notice: what happened, the claim, its source, what to do."""
    lines = [_LEADS.get(message.kind, f"{message.kind.capitalize()} notice."), ""]
    lines += _claim_lines(message)
    if message.late:
        lines += [
            "",
            f"Late: planned for {format_moment(message.scheduled_for.astimezone(UTC))}, "
            f"sent {format_moment(message.sent_at.astimezone(UTC))}",
            "(the claim was stored after this moment, the daemon was not running, "
            "or earlier attempts failed).",
        ]
    lines += ["", *_command_lines(message.claim_id), "", f"-- tracker notice {message.id}"]
    return "\n".join(lines) + "\n"


def _field(label: str, value: str | None) -> list[str]:
    return [f"  {label + ':':<13}{value}"] if value else []


def _more(value: str) -> list[str]:
    """A continuation line under the previous field."""
    return [f"  {'':<13}{value}"]


def _claim_lines(message: Message) -> list[str]:
    due = message.due_at
    lines = _field("Claim", message.claim_text)
    lines += _field("Speaker", message.speaker)
    lines += _field("Kind", message.claim_kind)
    lines += _field("Quote", f"\u201c{message.quote}\u201d" if message.quote else None)
    lines += _field("Consequence", message.consequence)
    lines += _field("Due", format_moment(due, message.tz))
    lines += _more(format_moment(due.astimezone(UTC)))
    lines += _field("Said as", f"\u201c{message.time_text}\u201d" if message.time_text else None)
    lines += _field("Status", message.status)
    lines += _source_lines(message)
    return lines


def _source_lines(message: Message) -> list[str]:
    published = message.source_published
    parts = [
        message.source_title,
        message.source_url,
        f"published {format_moment(published)}" if published else None,
    ]
    present = [part for part in parts if part]
    if not present:
        return []
    first, *rest = present
    return _field("Source", first) + [line for part in rest for line in _more(part)]


def _command_lines(claim_id: int | None) -> list[str]:
    if claim_id is None:
        return ["(No claim to act on.)"]
    return [
        "What to do:",
        f"  tracker resolve {claim_id} {VERDICT_CHOICES}",
        f'  tracker extend {claim_id} --to "<new due date>"',
        f"  tracker show {claim_id}",
    ]
