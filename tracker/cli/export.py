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
    open_: Annotated[bool, typer.Option("--open", help="Unresolved claims only.")] = False,
    resolved: Annotated[
        bool, typer.Option("--resolved", help="Claims with a verdict only.")
    ] = False,
    all_: Annotated[bool, typer.Option("--all", help="Every claim (the default).")] = False,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker contains this.")] = None,
) -> None:
    """Export claims with their verdict, verdict note, source and history.

    Example: tracker export --resolved --format csv --output verdicts.csv
    """
    chosen = [
        v for v, on in ((View.OPEN, open_), (View.RESOLVED, resolved), (View.ALL, all_)) if on
    ]
    if len(chosen) > 1:
        raise BadInputError("choose one of --open, --resolved, --all")
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        records = export_service.gather(
            session, chosen[0] if chosen else View.ALL, app_ctx.now(), speaker=speaker
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
