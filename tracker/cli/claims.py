"""Commands on stored claims: add, list, show, resolve, extend, delete."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from tracker import claims as claim_service
from tracker import notices as notice_service
from tracker import parse
from tracker.articles import parse_moment
from tracker.cli.app import app, context
from tracker.cli.render import (
    claims_table,
    err,
    notice_json,
    out,
    plural,
    when,
)
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
from tracker.export import claim_fields, claim_record, histories
from tracker.models import VERDICTS
from tracker.outbox import planned_from
from tracker.parse.due import due_moment
from tracker.parse.types import ClaimKind, Grain, TimeExpr
from tracker.plan import plan_slots

IdArg = Annotated[int, typer.Argument(help="The claim's id (see 'tracker list').")]
NoteOpt = Annotated[str | None, typer.Option("--note", "-n", help="Why, for the history.")]


def resolve_due(phrase: str, base: datetime, tz: ZoneInfo) -> TimeExpr:
    """A user's due phrase: an exact ISO moment, or natural language read as the future."""
    text = phrase.strip()
    if len(text) > 10 and text[:4].isdigit():
        try:
            moment = parse_moment(text, tz, "--due")
        except BadInputError:
            pass
        else:
            return TimeExpr(
                text=text,
                start=0,
                end=len(text),
                grain=Grain.MINUTE,
                start_at=moment,
                end_at=moment + timedelta(minutes=1),
                has_time=True,
                note="an exact moment",
            )
    return parse.resolve_phrase(text, base, tz)


@app.command()
def add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The claim, as stated.")],
    due: Annotated[
        str,
        typer.Option(
            "--due",
            "-d",
            help="When it comes due: 'Friday', 'in 10 days', 'end of month', '2025-08-08 17:00'.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            "--from",
            help="When it was said (ISO date); --due resolves against it. Default: now.",
        ),
    ] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="The claim's IANA time zone.")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Who said it.")] = None,
    kind: Annotated[
        ClaimKind, typer.Option("--kind", "-k", help="What kind of claim.")
    ] = ClaimKind.DEADLINE,
) -> None:
    """Store a claim by hand.

    Example: tracker add "Russia agrees to a ceasefire" --due Friday --from 2025-08-05
    --tz America/New_York --speaker "Donald Trump"
    """
    app_ctx = context(ctx)
    zone_ = app_ctx.zone_or_default(tz)
    now = app_ctx.now()
    base = (
        parse_moment(published, zone_, "--published/--from") if published else now.astimezone(zone_)
    )
    expr = resolve_due(due, base, zone_)
    moment = due_moment(kind, expr, event_hour=app_ctx.config.notices.event_hour)
    with app_ctx.session() as session:
        claim = claim_service.add(
            session, text, expr, moment, kind, app_ctx.config, now, speaker=speaker
        )
    out.print(
        f"added claim {claim.id}: due {when(claim.due_at, claim.tz)} ({expr.text})", markup=False
    )
    _note_if_past_due(claim.due_at, now)


@app.command("list")
def list_(
    ctx: typer.Context,
    open_: OpenFlag = False,
    due: DueFlag = False,
    overdue: OverdueFlag = False,
    resolved: ResolvedFlag = False,
    all_: AllFlag = False,
    speaker: SpeakerOpt = None,
    within: WithinOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List claims, soonest due first; unresolved ones (--open) unless told otherwise.

    Example: tracker list --due --within 7d
    """
    chosen = claim_filter(
        claim_service.View.OPEN,
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
        claims = claim_service.listing(
            session, chosen.view, app_ctx.now(), speaker=chosen.speaker, within=chosen.within
        )
        events = histories(session, claims) if as_json else {}
    if as_json:
        records = [claim_fields(c, events[c.id]) for c in claims]
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif claims:
        out.print(claims_table(claims, app_ctx.user_tz, out.width))
    else:
        out.print("no claims match.")


@app.command()
def show(
    ctx: typer.Context,
    claim_id: IdArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a claim: its quote and source, due moment, notices and history."""
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        claim = claim_service.get(session, claim_id)
        source = claim_service.source_of(session, claim)
        notices = claim_service.notices(session, claim_id)
        tries = notice_service.tries(session, notices)
        events = claim_service.history(session, claim_id)
    if as_json:
        data = claim_record(claim, source, events)
        data["notices"] = [notice_json(n, tries[n.id]) for n in notices]
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    lines = [
        f"claim {claim.id} [{claim.status}] {claim.kind}: {claim.text}",
        f"  said by:     {claim.speaker or '-'}",
        f"  date phrase: {claim.time_text!r}",
        f"  due:         {when(claim.due_at, claim.tz)} ({claim.tz})",
        f"  your time:   {when(claim.due_at, app_ctx.user_tz)} ({app_ctx.user_tz})",
    ]
    if claim.consequence:
        lines.append(f"  consequence: {claim.consequence}")
    if source is not None:
        lines.append(
            f"  source:      {source.title or '-'}"
            f" (published {when(source.published_at, source.tz)})"
        )
        lines.extend(f"               {v}" for v in (source.url, source.path) if v)
    if claim.quote:
        lines.append(f"  quote:       “{claim.quote}”")
    # the daemon has dealt with every slot before next_check_at: made, or folded away.
    # With one config that alone leaves out every made slot (made at or before the pass
    # that moved next_check_at past it). `made` is for a config changed since: slots are
    # keyed by (kind, seq), so with fewer reminders the made reminder 0 can move after
    # next_check_at, and the daemon will not send it again.
    made = {(n.kind, n.seq) for n in notices if n.revision == claim.revision}
    after = claim.next_check_at
    upcoming = [
        slot
        for slot in plan_slots(claim.due_at, planned_from(claim), app_ctx.config.notices)
        if after is not None and slot.at >= after and (slot.kind.value, slot.seq) not in made
    ]
    lines.append("notices:" if notices or upcoming else "notices: none planned")
    for slot in upcoming:
        lines.append(
            f"  {slot.kind.value:<9} {when(slot.at, app_ctx.user_tz)} → every channel: planned"
        )
    for n in notices:
        state = n.status + (" (late)" if n.late else "")
        extra = f", sent {when(n.sent_at, app_ctx.user_tz)}" if n.sent_at else ""
        if n.status == "pending" and n.attempts and n.next_attempt_at:
            extra = f", retry at {when(n.next_attempt_at, app_ctx.user_tz)}"
        lines.append(
            f"  {n.kind:<9} {when(n.scheduled_for, app_ctx.user_tz)} → {n.channel}: "
            f"{state}, {plural(tries[n.id], 'attempt')}{extra}  [{n.id}]"
        )
        if n.last_error:
            lines.append(f"            last error: {n.last_error}")
    lines.append("history:")
    for e in events:
        change = f" {e.field}: {e.old_value or '-'} → {e.new_value}" if e.field else ""
        note = f" ({e.note})" if e.note else ""
        lines.append(f"  {when(e.at, app_ctx.user_tz)} {e.action}{change}{note}")
    out.print("\n".join(lines), markup=False)


@app.command()
def resolve(
    ctx: typer.Context,
    claim_id: IdArg,
    verdict: Annotated[str, typer.Argument(help="One of: " + ", ".join(VERDICTS) + ".")],
    note: NoteOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an earlier verdict.")] = False,
) -> None:
    """Give a claim its verdict; its pending notices are cancelled.

    'extended' records that the speaker moved the deadline and closes the claim; to keep
    following it with the new date, use 'tracker extend' instead.

    Example: tracker resolve 3 broken --note "no ceasefire; sanctions delayed"
    """
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        claim = claim_service.resolve(
            session, claim_id, verdict.lower(), app_ctx.now(), note, force=force
        )
    out.print(f"claim {claim.id} resolved: {claim.status}", markup=False)


@app.command()
def extend(
    ctx: typer.Context,
    claim_id: IdArg,
    to: Annotated[
        str,
        typer.Option("--to", help="The new deadline: 'next Friday', '2025-09-01', 'in two weeks'."),
    ],
    note: NoteOpt = None,
    reopen: Annotated[
        bool, typer.Option("--reopen", help="Reopen a claim that already has a verdict.")
    ] = False,
) -> None:
    """Move a claim's deadline; the old one stays in its history, notices are replanned.

    Example: tracker extend 3 --to "next Friday" --note "deadline pushed back"
    """
    app_ctx = context(ctx)
    now = app_ctx.now()
    with app_ctx.session() as session:
        claim = claim_service.get(session, claim_id)
        zone_ = ZoneInfo(claim.tz)
        expr = resolve_due(to, now.astimezone(zone_), zone_)
        moment = due_moment(
            ClaimKind(claim.kind), expr, event_hour=app_ctx.config.notices.event_hour
        )
        claim = claim_service.extend(
            session, claim_id, expr, moment, app_ctx.config, now, note, reopen=reopen
        )
    out.print(f"claim {claim.id} now due {when(claim.due_at, claim.tz)}", markup=False)
    _note_if_past_due(claim.due_at, now)


def _note_if_past_due(due_at: datetime, now: datetime) -> None:
    if due_at <= now:
        err.print(
            "note: it is already past due; the daemon sends its notices, marked late, "
            "on its next pass",
            markup=False,
        )


@app.command()
def delete(
    ctx: typer.Context,
    claim_id: IdArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a claim with its notices and history."""
    app_ctx = context(ctx)
    with app_ctx.session() as session:
        claim = claim_service.get(session, claim_id)
        if not yes and not typer.confirm(f"Delete claim {claim_id} ({claim.text})?"):
            raise typer.Exit(1)
        claim_service.remove(session, claim_id)
    out.print(f"deleted claim {claim_id}", markup=False)
