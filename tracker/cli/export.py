"""The export command: claims with verdicts, notes, sources and history, to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from tracker import export as export_service
from tracker.claims import View
from tracker.cli.app import app, context
from tracker.cli.render import err, plural
from tracker.cli.views import (
    AllFlag,
    DueFlag,
    OpenFlag,
    OverdueFlag,
    ResolvedFlag,
    SpeakerOpt,
    WithinOpt,
    claim_filter,
)
from tracker.errors import BadInputError
from tracker.export import ExportFormat


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one array; jsonl: one claim per line; "
            "csv: one row per claim, the history as a count.",
        ),
    ] = ExportFormat.JSON,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of stdout."),
    ] = None,
    open_: OpenFlag = False,
    due: DueFlag = False,
    overdue: OverdueFlag = False,
    resolved: ResolvedFlag = False,
    all_: AllFlag = False,
    speaker: SpeakerOpt = None,
    within: WithinOpt = None,
) -> None:
    """Export claims with their verdict, verdict note, source and history; every claim
    (--all) unless a view flag says otherwise, the same flags as 'tracker list'.

    Example: tracker export --resolved --format csv --output verdicts.csv
    """
    chosen = claim_filter(
        View.ALL,
        open_=open_,
        due=due,
        overdue=overdue,
        resolved=resolved,
        all_=all_,
        speaker=speaker,
        within=within,
    )
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        records = export_service.gather(
            session, chosen.view, app_ctx.now(), speaker=chosen.speaker, within=chosen.within
        )
    text = export_service.render(records, fmt)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise BadInputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    err.print(f"exported {plural(len(records), 'claim')} to {output}", markup=False)
