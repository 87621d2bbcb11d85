"""Commands that run the service: serve, notify-test, demo, migrate."""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from tracker import claims as claim_service
from tracker import parse
from tracker.articles import date_article, expand_sources, read_article
from tracker.channels.base import Message
from tracker.cli.app import app, context
from tracker.cli.context import Context
from tracker.cli.render import err, out, when
from tracker.config import Config, build_channels
from tracker.daemon import Daemon
from tracker.errors import BadInputError, DeliveryError, TrackerError
from tracker.models import Claim
from tracker.redact import mask_url
from tracker.store import (
    daemon_lock,
    open_database,
    session_scope,
    sqlite_url,
)


@app.command()
def serve(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Do one pass and exit (for cron).")] = False,
) -> None:
    """Run the daemon in the foreground: send reminders, due notices and follow-ups.

    Stops cleanly on SIGTERM or Ctrl-C. For systemd see config/tracker.service.
    """
    app_ctx = context(ctx)
    channels = build_channels(app_ctx.config)
    if not channels:
        raise BadInputError(
            f"no channel is enabled in {app_ctx.config.source}: enable one under [channels] "
            "(console, email or webhook), or notices would have nowhere to go"
        )
    daemon = Daemon(app_ctx.engine, app_ctx.config, channels)
    with daemon_lock(app_ctx.engine):
        if once:
            report = daemon.once()
            out.print(report.summary(), markup=False)
            if daemon.stopping.is_set():
                err.print(
                    "stopped early: the unsent notices are left for the next pass", markup=False
                )
            if report.given_up or daemon.stopping.is_set():
                raise typer.Exit(1)
            return
        err.print(
            f"database: {mask_url(app_ctx.config.database.resolved_url())}; "
            f"config: {app_ctx.config.source}",
            markup=False,
        )
        daemon.serve()


@app.command("notify-test")
def notify_test(
    ctx: typer.Context,
    channel: Annotated[str, typer.Argument(help="A channel name from the config.")],
) -> None:
    """Send a test notice through one channel and say whether the server accepted it."""
    app_ctx = context(ctx)
    channels = build_channels(app_ctx.config)
    if channel not in channels:
        known = ", ".join(channels) or "none"
        raise BadInputError(f"no enabled channel named {channel!r} (configured: {known})")
    now = app_ctx.now()
    message = Message(
        id=f"test_{uuid.uuid4().hex}",
        kind="test",
        claim_id=None,
        claim_text="This is a test notice from tracker",
        claim_kind="event",
        due_at=now.astimezone(app_ctx.zone_or_default(None)),
        tz=app_ctx.article_tz(),
        time_text="now",
        sent_at=now,
        scheduled_for=now,
    )
    try:
        receipt = channels[channel].send(message)
    except DeliveryError as exc:
        kind = "permanent" if exc.permanent else "temporary"
        err.print(f"tracker: error: not delivered ({kind} failure): {exc}", markup=False)
        raise typer.Exit(1) from exc
    out.print(f"delivered through {channel}: {receipt}", markup=False)


@app.command()
def migrate(ctx: typer.Context) -> None:
    """Bring the database schema up to date (also done on every start)."""
    url = context(ctx).config.database.resolved_url()
    open_database(url)  # migrates under a lock, so a running daemon or CLI cannot race it
    out.print(f"database {mask_url(url)} is up to date", markup=False)


@app.command()
def demo(
    ctx: typer.Context,
    seeds: Annotated[
        Path | None,
        typer.Argument(help="Folder of articles (default: the sample shipped with tracker)."),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir", help="Where to keep the demo database (default: a temporary folder)."
        ),
    ] = None,
) -> None:
    """Replay sample articles: extract their claims, then run the daemon through time
    from publication to the last follow-up, printing each notice (console channel).

    Uses its own database; your real one is not touched. Works from any folder.
    Example: tracker demo ; tracker demo seeds/
    """
    with _samples(seeds) as folder:
        if data_dir is not None:
            return _demo(context(ctx), folder, data_dir)
        with tempfile.TemporaryDirectory(prefix="tracker-demo-") as scratch:
            _demo(context(ctx), folder, Path(scratch))


@contextmanager
def _samples(given: Path | None) -> Iterator[Path]:
    """The folder (or file) given, or the sample articles installed with the package."""
    if given is not None:
        if not given.exists():
            raise BadInputError(
                f"{given}: no such folder; give a folder of articles, or no argument for "
                "the sample shipped with tracker"
            )
        yield given
        return
    with resources.as_file(resources.files("tracker") / "samples") as folder:
        if not folder.is_dir():
            raise BadInputError(
                f"the sample articles are missing from this installation ({folder}); "
                "reinstall tracker (pip install --force-reinstall tracker), or give a "
                "folder of articles: tracker demo PATH"
            )
        yield folder


def _demo(app_ctx: Context, seeds: Path, folder: Path) -> None:
    config = app_ctx.config.model_copy(deep=True)
    config.database.url = sqlite_url(folder.resolve() / "demo.db")
    config.channels = {"console": {"type": "console"}}
    files = expand_sources([str(seeds)])
    if not files:
        raise BadInputError(
            f"no articles (.txt, .md, .text) in {seeds}: give a folder of articles, each "
            "with a 'published:' header, or no argument for the sample shipped with tracker"
        )
    engine = open_database(config.database.url)
    last: datetime | None = None
    zone_ = ZoneInfo("UTC")
    for name in files:
        try:
            dated = date_article(
                read_article(name), None, None, app_ctx.article_tz(), one_of_many=True
            )
        except TrackerError as exc:
            err.print(f"skipped {name}: {exc}", markup=False)
            continue
        drafts = parse.extract_claims(
            dated.article.text, dated.published, dated.tz, event_hour=config.notices.event_hour
        )
        out.print(
            f"\n[bold]{Path(name).name}[/bold] (published {dated.published:%a %Y-%m-%d} "
            f"{dated.tz.key}): {len(drafts)} dated claims"
        )
        with session_scope(engine) as session:
            result = claim_service.ingest(session, dated, drafts, config, dated.published)
        for claim in result.added:
            out.print(
                f"  claim {claim.id}: {claim.kind}, due {when(claim.due_at, claim.tz)}, "
                f"said by {claim.speaker or '-'}: {claim.text}",
                markup=False,
            )
        last = max(last or dated.published, dated.published)
        zone_ = dated.tz
    if last is None:
        engine.dispose()
        raise BadInputError(
            f"no readable articles in {seeds}: each needs a 'published:' header (see above)"
        )
    _replay(engine, config, last, zone_)
    engine.dispose()
    out.print("\nTo run for real: tracker ingest ARTICLES... --yes && tracker serve")


def _replay(engine: Engine, config: Config, start: datetime, tz: ZoneInfo) -> None:
    """Run daemon passes at each moment something falls due, on a simulated clock."""
    moment = [start]
    daemon = Daemon(engine, config, build_channels(config), now=lambda: moment[0])
    logging.getLogger("tracker.daemon").setLevel(logging.WARNING)
    out.print("\n[bold]Replaying the daemon through time[/bold] (console channel):")
    for _ in range(1000):
        out.print(f"\n[bold cyan]── {moment[0].astimezone(tz):%a %Y-%m-%d %H:%M %Z} ──[/bold cyan]")
        report = daemon.run_once()
        if report.sent == 0:
            out.print("nothing to send")
        if report.next_wake is None:
            break
        moment[0] = max(report.next_wake, moment[0] + timedelta(seconds=1))
    with session_scope(engine) as session:
        open_claims = session.exec(select(Claim).where(col(Claim.status) == "open")).all()
    out.print(
        f"\nDone: {len(open_claims)} claims await a verdict (tracker resolve ID kept|broken|…)."
    )
