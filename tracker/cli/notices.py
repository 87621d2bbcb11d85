"""Commands on the outbox: notices, retry, status."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from tracker import notices as notice_service
from tracker.claims import iso
from tracker.cli.app import app, context
from tracker.cli.render import notice_json, notices_text, out, when
from tracker.config import format_duration
from tracker.errors import BadInputError
from tracker.models import NoticeStatus


@app.command()
def notices(
    ctx: typer.Context,
    pending: Annotated[
        bool, typer.Option("--pending", help="Waiting to be sent or retried.")
    ] = False,
    failed: Annotated[
        bool, typer.Option("--failed", help="Refused for good by the server.")
    ] = False,
    dead: Annotated[bool, typer.Option("--dead", help="Retries used up.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List notices (the outbox) with their state, tries and last error, one line each.

    The id is shown cut short; 'tracker retry' takes it as shown. --json gives every
    field whole.
    Example: tracker notices --dead
    """
    wanted = [
        s.value
        for s, on in (
            (NoticeStatus.PENDING, pending),
            (NoticeStatus.FAILED, failed),
            (NoticeStatus.DEAD, dead),
        )
        if on
    ]
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        found = notice_service.listing(session, wanted)
        tries = notice_service.tries(session, found)
    if as_json:
        rows = [notice_json(n, tries[n.id]) | {"claim_id": n.claim_id} for n in found]
        print(json.dumps(rows, indent=1))
        return
    if not found:
        out.print("no notices match.")
        return
    out.print(notices_text(found, tries, app_ctx.user_tz, out.width), markup=False)


@app.command()
def retry(
    ctx: typer.Context,
    notice_id: Annotated[
        str | None,
        typer.Argument(help="A dead, failed or retrying notice's id, or its start as listed."),
    ] = None,
    all_dead: Annotated[bool, typer.Option("--all-dead", help="Retry every dead notice.")] = False,
) -> None:
    """Put a dead or failed notice back in the queue; the daemon sends it on its next pass.

    Example: tracker retry ntc_3f2a9c1e ; tracker retry --all-dead
    """
    if (notice_id is None) == (not all_dead):
        raise BadInputError("give one notice id, or --all-dead")
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        if all_dead:
            count = notice_service.retry_all_dead(session, app_ctx.now())
            out.print(f"{count} dead notices queued again", markup=False)
        else:
            assert notice_id is not None
            notice = notice_service.retry(session, notice_id, app_ctx.now())
            out.print(f"notice {notice.id} queued again", markup=False)


@app.command()
def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Is the daemon alive? Heartbeat, notice counts, when the next notice is planned.

    Exits 1 when the daemon stopped, never ran, or its last pass is older than
    daemon.stale_after, so monitoring can alert on it.
    """
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        report = notice_service.status(session, app_ctx.now())
    limit = app_ctx.config.daemon.stale_after
    age = report.heartbeat_age()
    healthy = age is not None and age <= limit and report.stopped_at is None
    if as_json:
        print(
            json.dumps(
                {
                    "healthy": healthy,
                    "last_pass_at": iso(report.last_pass_at),
                    "stopped_at": iso(report.stopped_at),
                    "heartbeat_age_seconds": age.total_seconds() if age else None,
                    "daemon_pid": report.daemon_pid,
                    "notices": report.counts,
                    "open_claims": report.open_claims,
                    "next_notice_at": iso(report.next_notice_at),
                },
                indent=1,
            )
        )
    else:
        beat = (
            f"last pass {format_duration(age)} ago (pid {report.daemon_pid})"
            if age is not None
            else "the daemon has never run on this database"
        )
        verdict = "ok" if healthy else f"STALE (older than {format_duration(limit)})"
        if report.stopped_at is not None:
            verdict = f"STOPPED at {when(report.stopped_at, app_ctx.user_tz)}"
        counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
        nxt = report.next_notice_at
        planned = when(nxt, app_ctx.user_tz) if nxt else "nothing planned"
        out.print(
            f"daemon: {verdict}: {beat}\nnotices: {counts}\n"
            f"open claims: {report.open_claims}; next notice: {planned}",
            markup=False,
        )
    if not healthy:
        raise typer.Exit(1)
