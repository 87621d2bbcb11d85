"""Commands that read articles: dates, extract, ingest."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.progress import Progress

from tracker import claims as claim_service
from tracker import parse
from tracker.articles import (
    Dated,
    date_article,
    expand_sources,
    parse_moment,
    read_article,
)
from tracker.cli.app import app, context
from tracker.cli.render import (
    dates_table,
    draft_json,
    drafts_text,
    err,
    out,
    plural,
    timex_json,
    when,
)
from tracker.config import zone
from tracker.errors import ArticleTooLargeError, BadInputError, TrackerError

PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        "-p",
        help="Publication date or moment (ISO 8601); relative "
        "dates resolve against it. Default: the article header's 'published:'.",
    ),
]
TzOpt = Annotated[
    str | None,
    typer.Option(
        "--tz",
        help="IANA time zone of the article (e.g. America/New_York). "
        "Default: the header's 'tz:', then parser.default_tz, then this machine's.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (the documented contract).")]
JsonlOpt = Annotated[
    bool, typer.Option("--jsonl", help="Batch: read {id, text, published, tz} lines on stdin.")
]
ArticleArg = Annotated[
    str | None, typer.Argument(help="Article file, http(s) URL, or - for stdin.")
]


def _dated(ctx: typer.Context, source: str | None, published: str | None, tz: str | None) -> Dated:
    if source is None:
        raise BadInputError("give an article file (or - for stdin), or use --jsonl")
    app_ctx = context(ctx)
    article = read_article(source, app_ctx.config.parser.max_article_bytes)
    return date_article(article, published, tz, app_ctx.article_tz())


def _batch(key: str, handle: Any, max_bytes: int) -> None:
    """Run ``handle(text, published, tz) -> list`` over JSONL items on stdin, writing
    ``{"id", key: [...]}`` lines (an ``error`` field when an item could not be read)."""
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        item: dict[str, Any] = {}
        try:
            item = json.loads(line)
            tz = zone(item.get("tz") or "UTC")
            text = str(item["text"])
            if len(text.encode()) > max_bytes:
                raise ArticleTooLargeError("the text", max_bytes)
            result = {
                "id": item.get("id"),
                key: handle(text, parse_moment(str(item["published"]), tz), tz),
            }
        except (TrackerError, KeyError, ValueError, TypeError) as exc:
            result = {"id": item.get("id"), key: [], "error": f"line {number}: {exc}"}
        print(json.dumps(result, ensure_ascii=False), flush=True)


@app.command()
def dates(
    ctx: typer.Context,
    article: ArticleArg = None,
    published: PublishedOpt = None,
    tz: TzOpt = None,
    as_json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Show every date and time expression in an article and how it was resolved.

    Example: tracker dates story.txt --published 2025-08-05 --tz America/New_York
    """
    parser = context(ctx).config.parser
    day_first = parser.day_first
    if jsonl:

        def handle(text: str, when: Any, zone_: Any) -> list[dict[str, Any]]:
            return [timex_json(e) for e in parse.find_dates(text, when, zone_, day_first=day_first)]

        return _batch("dates", handle, parser.max_article_bytes)
    dated = _dated(ctx, article, published, tz)
    found = parse.find_dates(dated.article.text, dated.published, dated.tz, day_first=day_first)
    if as_json:
        print(json.dumps([timex_json(e) for e in found], ensure_ascii=False, indent=1))
        return
    out.print(
        f"{len(found)} expressions in {dated.article.name}, published "
        f"{dated.published:%a %Y-%m-%d %H:%M %Z} ({dated.tz.key})"
    )
    if found:
        out.print(dates_table(found))


@app.command()
def extract(
    ctx: typer.Context,
    article: ArticleArg = None,
    published: PublishedOpt = None,
    tz: TzOpt = None,
    as_json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Print the dated forward-looking claims in an article. Writes nothing.

    Example: tracker extract story.txt --published 2025-08-05 --tz America/New_York
    """
    config = context(ctx).config
    event_hour = config.notices.event_hour
    if jsonl:
        return _batch(
            "claims",
            lambda text, when, zone_: [
                draft_json(d)
                for d in parse.extract_claims(text, when, zone_, event_hour=event_hour)
            ],
            config.parser.max_article_bytes,
        )
    dated = _dated(ctx, article, published, tz)
    drafts = parse.extract_claims(
        dated.article.text, dated.published, dated.tz, event_hour=event_hour
    )
    if as_json:
        print(json.dumps([draft_json(d) for d in drafts], ensure_ascii=False, indent=1))
        return
    _show_drafts(dated, drafts)


def _show_drafts(dated: Dated, drafts: list[Any]) -> None:
    title = (
        f"{dated.article.name} — published {dated.published:%a %Y-%m-%d} "
        f"({dated.tz.key}): {len(drafts)} dated claims"
    )
    if drafts:
        out.print(drafts_text(drafts, title))
    else:
        out.print(f"{title}.")


@app.command()
def ingest(
    ctx: typer.Context,
    sources: Annotated[
        list[str], typer.Argument(help="Article files, folders, URLs, or - for stdin.")
    ],
    published: PublishedOpt = None,
    tz: TzOpt = None,
    source_url: Annotated[
        str | None, typer.Option("--source-url", help="Where the article was published.")
    ] = None,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes", "-y", help="Store without asking; needed when stdin is not a terminal."
        ),
    ] = False,
) -> None:
    """Extract claims from articles and store them, so their notices get sent.

    Ingesting the same article twice adds nothing twice. Without a terminal to ask on
    (piped, cron) it stores nothing unless given --yes.
    Example: tracker ingest seeds/ --yes
    """
    app_ctx = context(ctx)
    config = app_ctx.config
    files = expand_sources(sources)
    if not files:
        raise BadInputError(
            "no article files (.txt, .md, .text or no suffix) found in " + ", ".join(sources)
        )
    # the header line that says per file what each of these options says for one article
    per_file = {
        "--published": ("'published: YYYY-MM-DD'", published),
        "--source-url": ("'url: …'", source_url),
    }
    given = [name for name, (_, value) in per_file.items() if value]
    if len(files) > 1 and given:
        one = len(given) == 1
        lines = " and ".join(per_file[name][0] for name in given) + (" line" if one else " lines")
        raise BadInputError(
            f"{' and '.join(given)} describe{'s' if one else ''} one article; to ingest "
            f"several, give each file its own {lines} in a header at its top (between two "
            "'---' lines), or ingest them one at a time"
        )
    if not yes and not (sys.stdin and sys.stdin.isatty()):
        raise BadInputError(
            "standard input is not a terminal (a pipe, a file or cron), so nobody can "
            "answer whether to store the claims: pass --yes to store them "
            "('tracker extract' only shows them)"
        )
    failed: list[str] = []
    batches: list[tuple[Dated, list[Any]]] = []
    with Progress(console=err, transient=True, disable=len(files) < 5) as progress:
        task = progress.add_task("reading", total=len(files))
        for name in files:
            try:
                article = read_article(name, config.parser.max_article_bytes)
                dated = date_article(
                    article, published, tz, app_ctx.article_tz(), one_of_many=len(files) > 1
                )
                drafts = parse.extract_claims(
                    dated.article.text,
                    dated.published,
                    dated.tz,
                    event_hour=config.notices.event_hour,
                )
                batches.append((dated, drafts))
            except TrackerError as exc:
                failed.append(name)
                err.print(f"tracker: skipped {name}: {exc}", markup=False)
            progress.advance(task)
    total = sum(len(drafts) for _, drafts in batches)
    if not yes:
        for dated, drafts in batches:
            _show_drafts(dated, drafts)
        question = f"Store {plural(total, 'claim')} from {plural(len(batches), 'article')}?"
        if batches and not typer.confirm(question):
            err.print("nothing stored.")
            raise typer.Exit(1)
    added = known = late = 0
    now = app_ctx.now()
    for dated, drafts in batches:
        with app_ctx.session() as session:
            result = claim_service.ingest(session, dated, drafts, config, now, url=source_url)
            added += len(result.added)
            known += result.known
            late += sum(1 for claim in result.added if claim.due_at <= now)
            for claim in result.added:
                due = when(claim.due_at, claim.tz)
                out.print(f"stored claim {claim.id}: due {due} — {claim.text}", markup=False)
    out.print(
        f"{plural(len(batches), 'article')} read, {len(failed)} skipped; "
        f"{plural(added, 'claim')} stored, {known} already known."
    )
    if late:
        err.print(
            f"note: {plural(late, 'claim')} already past due; the daemon asks for "
            "their verdicts on its next pass",
            markup=False,
        )
    if failed:
        raise typer.Exit(1)
