"""How claims, dates and notices look: the JSON contracts and the readable tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.models import Claim, Notice, Source
from tracker.parse.types import ClaimDraft, TimeExpr

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def plural(count: int, word: str) -> str:
    """'1 article', '2 articles'."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def when(moment: datetime, tz: str) -> str:
    """'Fri 2025-08-08 23:59 EDT' in the zone ``tz``."""
    return moment.astimezone(ZoneInfo(tz)).strftime("%a %Y-%m-%d %H:%M %Z")


def timex_json(expr: TimeExpr) -> dict[str, Any]:
    """One object of the ``tracker dates`` contract (../shared/bench/README.md)."""
    return {
        "text": expr.text,
        "start": expr.start,
        "end": expr.end,
        "grain": expr.grain.value if expr.grain else None,
        "start_at": iso(expr.start_at),
        "end_at": iso(expr.end_at),
        "note": expr.note,
    }


def draft_json(draft: ClaimDraft) -> dict[str, Any]:
    """One object of the ``tracker extract`` contract."""
    return {
        "text": draft.text,
        "start": draft.start,
        "end": draft.end,
        "due": draft.due.isoformat(),
        "due_date": draft.due_date.isoformat(),
        "time_text": draft.time_text,
        "speaker": draft.speaker,
        "kind": draft.kind.value,
        "consequence": draft.consequence,
        "confidence": round(draft.confidence, 2),
        "grain": draft.when.grain.value if draft.when.grain else None,
    }


def claim_json(claim: Claim, source: Source | None = None) -> dict[str, Any]:
    due_local = claim.due_at.astimezone(ZoneInfo(claim.tz))
    data: dict[str, Any] = {
        "id": claim.id,
        "text": claim.text,
        "kind": claim.kind,
        "status": claim.status,
        "speaker": claim.speaker,
        "consequence": claim.consequence,
        "time_text": claim.time_text,
        "due": due_local.isoformat(),
        "due_date": due_local.date().isoformat(),
        "tz": claim.tz,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "confidence": claim.confidence,
        "source_id": claim.source_id,
        "revision": claim.revision,
        "created_at": iso(claim.created_at),
        "resolved_at": iso(claim.resolved_at),
    }
    if source is not None:
        data["source"] = {
            "id": source.id,
            "title": source.title,
            "url": source.url,
            "path": source.path,
            "published": iso(source.published_at),
        }
    return data


def notice_json(notice: Notice, tries: int) -> dict[str, Any]:
    return {
        "id": notice.id,
        "kind": notice.kind,
        "channel": notice.channel,
        "status": notice.status,
        "scheduled_for": iso(notice.scheduled_for),
        "late": notice.late,
        "attempts": tries,
        "sent_at": iso(notice.sent_at),
        "next_attempt_at": iso(notice.next_attempt_at) if notice.status == "pending" else None,
        "last_error": notice.last_error,
        "receipt": notice.receipt,
    }


def drafts_text(drafts: list[ClaimDraft], title: str) -> Text:
    """Claims as a list that stays readable in a narrow terminal (a table of long
    sentences does not)."""
    text = Text(title + "\n", style="bold")
    for n, draft in enumerate(drafts, start=1):
        due = draft.due.strftime("%a %Y-%m-%d %H:%M %Z")
        text.append(f"\n{n}. {draft.kind.value}, due {due}", style="bold")
        text.append(f" ({draft.time_text!r}), said by {draft.speaker or '-'}\n")
        text.append(f"   {draft.text}\n")
        if draft.consequence:
            text.append(f"   consequence: {draft.consequence}\n", style="dim")
    return text


def dates_table(exprs: list[TimeExpr]) -> Table:
    table = Table(show_lines=False)
    for name in ("offset", "text", "grain", "resolves to", "why"):
        table.add_column(name, overflow="fold")
    for expr in exprs:
        if expr.start_at and expr.end_at:
            value = f"{expr.start_at:%Y-%m-%d %H:%M} → {expr.end_at:%Y-%m-%d %H:%M}"
        else:
            value = "[dim]not a calendar date[/dim]"
        table.add_row(
            f"{expr.start}-{expr.end}",
            expr.text,
            expr.grain.value if expr.grain else "-",
            value,
            expr.note,
        )
    return table


def claims_table(claims: list[Claim], user_tz: str) -> Table:
    """One line per claim: the other columns keep their width and the claim text gets the
    rest, cut with an ellipsis ('tracker show ID' prints it whole)."""
    rows = [
        (
            str(claim.id),
            when(claim.due_at, user_tz),
            claim.status,
            claim.kind,
            claim.speaker or "-",
            claim.text,
        )
        for claim in claims
    ]
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, padding=(0, 1, 0, 0))
    for i, name in enumerate(("id", "due", "status", "kind", "speaker")):
        widest = max((len(row[i]) for row in rows), default=0)
        width = max(widest, len(name)) if name != "speaker" else min(max(widest, 7), 16)
        table.add_column(name, width=width, no_wrap=True, overflow="ellipsis")
    table.add_column("claim", no_wrap=True, overflow="ellipsis", ratio=1)
    for row in rows:
        table.add_row(*row)
    return table
