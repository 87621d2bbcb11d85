"""The claim filters that 'list' and 'export' share: one view flag, --speaker, --within."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

import typer

from tracker.claims import View
from tracker.config import parse_duration
from tracker.errors import BadInputError

OpenFlag = Annotated[bool, typer.Option("--open", help="Unresolved claims.")]
DueFlag = Annotated[bool, typer.Option("--due", help="Unresolved and not yet due.")]
OverdueFlag = Annotated[bool, typer.Option("--overdue", help="Unresolved and past due.")]
ResolvedFlag = Annotated[bool, typer.Option("--resolved", help="Given a verdict.")]
AllFlag = Annotated[bool, typer.Option("--all", help="Every claim.")]
SpeakerOpt = Annotated[str | None, typer.Option("--speaker", help="Speaker contains this.")]
WithinOpt = Annotated[
    str | None,
    typer.Option(
        "--within",
        help="Due within this time (e.g. 7d, 12h); with --overdue, due that long ago at most.",
    ),
]


@dataclass(frozen=True)
class Filter:
    """Which claims a command works on, as ``claims.listing`` takes them."""

    view: View
    speaker: str | None
    within: timedelta | None


def claim_filter(
    default: View,
    *,
    open_: bool,
    due: bool,
    overdue: bool,
    resolved: bool,
    all_: bool,
    speaker: str | None,
    within: str | None,
) -> Filter:
    """The view chosen by at most one flag (``default`` when none is given), with the
    speaker and the --within span; a second flag or a bad span is a BadInputError."""
    flags = {
        View.OPEN: open_,
        View.DUE: due,
        View.OVERDUE: overdue,
        View.RESOLVED: resolved,
        View.ALL: all_,
    }
    chosen = [view for view, on in flags.items() if on]
    if len(chosen) > 1:
        raise BadInputError("choose one of " + ", ".join(f"--{view.value}" for view in flags))
    try:
        span = parse_duration(within) if within else None
    except ValueError as exc:
        raise BadInputError(f"--within: {exc}") from exc
    return Filter(chosen[0] if chosen else default, speaker, span)
