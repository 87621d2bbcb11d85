"""How claims, dates and notices look: the JSON contracts and the readable tables.

A stored claim's JSON is ``tracker.export.claim_fields``, which ``export`` shares.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.channels.text import cut
from tracker.claims import iso
from tracker.models import Claim, Notice
from tracker.parse.types import ClaimDraft, TimeExpr

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def plural(count: int, word: str) -> str:
    """'1 article', '2 articles'."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def when(moment: datetime, tz: str) -> str:
    """'Fri 2025-08-08 23:59 EDT' in the zone ``tz``."""
    return moment.astimezone(ZoneInfo(tz)).strftime("%a %Y-%m-%d %H:%M %Z")


def short_when(moment: datetime, tz: str) -> str:
    """'2025-08-08 23:59' in the zone ``tz``, for a table column headed by ``zone_label``."""
    return moment.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def zone_label(tz: str) -> str:
    """'New_York' for America/New_York: short enough for a column header."""
    return tz.rsplit("/", 1)[-1]


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis. Unlike
    ``one_line`` it keeps runs of spaces: they pad the columns of a row."""
    return cut(" ".join(text.splitlines()).rstrip(), width)


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


WIDE = 110  # from this many columns on, `tracker list` gives the speaker a column of its own


def claims_table(claims: list[Claim], user_tz: str, columns: int) -> Table:
    """One line per claim: id, due, status and kind keep their (short) width and the claim
    text gets the rest, cut with an ellipsis ('tracker show ID' prints it whole). Below
    ``WIDE`` columns the speaker goes in front of the claim text instead of a column."""
    wide = columns >= WIDE
    names = ["id", f"due ({zone_label(user_tz)})", "status", "kind"] + (["speaker"] if wide else [])
    rows = [
        [str(c.id), short_when(c.due_at, user_tz), c.status, c.kind]
        + ([c.speaker or "-"] if wide else [])
        for c in claims
    ]
    table = Table(box=None, expand=True, pad_edge=False, padding=(0, 1, 0, 0))
    for i, name in enumerate(names):
        widest = max([len(name), *(len(row[i]) for row in rows)])
        width = widest if name != "speaker" else min(max(widest, 7), 16)
        table.add_column(name, width=width, no_wrap=True, overflow="ellipsis")
    table.add_column("claim", no_wrap=True, overflow="ellipsis", ratio=1)
    for row, claim in zip(rows, claims, strict=True):
        text = Text(claim.text)
        if not wide and claim.speaker:
            text = Text.assemble((f"{claim.speaker}: ", "dim"), claim.text)
        table.add_row(*row, text)
    return table


SHORT_ID = len("ntc_") + 8  # a notice id as `tracker notices` shows it; `retry` takes it


def notices_text(notices: list[Notice], tries: dict[str, int], user_tz: str, width: int) -> Text:
    """One line per notice, its id cut to ``SHORT_ID`` characters, and under it, indented,
    the next try and the last error, cut to ``width`` ('tracker notices --json' and
    'tracker show CLAIM' print them whole)."""
    due = f"due ({zone_label(user_tz)})"
    header = ("notice", "claim", "kind", "channel", due, "state", "tries")
    rows = [
        (
            n.id[:SHORT_ID],
            str(n.claim_id),
            n.kind,
            clip(n.channel, 12),
            short_when(n.scheduled_for, user_tz),
            n.status + (" (late)" if n.late else ""),
            str(tries[n.id]),
        )
        for n in notices
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        return clip(" ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)), width)

    lines = [Text(line(header), style="bold")]
    for n, row in zip(notices, rows, strict=True):
        lines.append(Text(line(row)))
        detail = []
        if n.status == "pending" and n.attempts and n.next_attempt_at:
            detail.append(f"next try {short_when(n.next_attempt_at, user_tz)}")
        if n.last_error:
            detail.append(f"last error: {n.last_error}")
        if detail:
            lines.append(Text(clip("  ↳ " + "; ".join(detail), width), style="dim"))
    return Text("\n").join(lines)
