from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy.engine import Engine

from tests.factories import NEW_YORK, day
from tracker import claims
from tracker.articles import Article, Dated
from tracker.config import Config
from tracker.errors import BadInputError, NotFoundError
from tracker.models import Claim, Notice, NoticeStatus
from tracker.parse.due import due_moment
from tracker.parse.types import ClaimDraft, ClaimKind
from tracker.store import session_scope

NOW = datetime(2025, 8, 5, 12, tzinfo=NEW_YORK)


def seed_dated() -> Dated:
    text = (
        "Trump warned that if Russia does not agree to a ceasefire by Friday, it faces sanctions."
    )
    return Dated(
        Article(text=text, name="story.txt"), datetime(2025, 8, 5, tzinfo=NEW_YORK), NEW_YORK
    )


def seed_draft() -> ClaimDraft:
    when = day("2025-08-08")
    return ClaimDraft(
        text="if Russia does not agree to a ceasefire by Friday",
        start=18,
        end=69,
        kind=ClaimKind.DEADLINE,
        when=when,
        due=due_moment(ClaimKind.DEADLINE, when),
        speaker="Donald Trump",
        consequence="it faces sanctions",
    )


def test_it_stores_an_article_and_its_claims_once(engine: Engine, config: Config) -> None:
    with session_scope(engine) as session:
        first = claims.ingest(session, seed_dated(), [seed_draft()], config, NOW)
    with session_scope(engine) as session:
        second = claims.ingest(session, seed_dated(), [seed_draft()], config, NOW)
        stored = claims.listing(session, claims.View.ALL, NOW)
    assert len(first.added) == 1 and first.new_source
    assert second.added == [] and second.known == 1 and not second.new_source
    assert len(stored) == 1
    assert stored[0].quote == seed_dated().article.text[18:69]
    assert stored[0].due_at.astimezone(NEW_YORK).date().isoformat() == "2025-08-08"


def test_it_keeps_the_old_deadline_in_history_when_extended(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    later = NOW + timedelta(days=1)
    new_when = day("2025-08-15")
    with session_scope(engine) as session:
        claims.extend(
            session,
            claim.id,
            new_when,
            due_moment(ClaimKind.DEADLINE, new_when),
            config,
            later,
            note="pushed back",
        )
        events = claims.history(session, claim.id)
        moved = claims.get(session, claim.id)
    assert [e.action for e in events] == ["created", "extended"]
    assert events[1].old_value == claim.due_at.isoformat()
    assert moved.due_at.astimezone(NEW_YORK).date().isoformat() == "2025-08-15"
    assert moved.revision == 2 and events[1].note == "pushed back"


def test_it_cancels_pending_notices_when_a_claim_is_resolved(
    engine: Engine, config: Config, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    with session_scope(engine) as session:
        session.add(
            Notice(
                id="ntc_x",
                claim_id=claim.id,
                revision=1,
                kind="due",
                channel="console",
                scheduled_for=claim.due_at,
                created_at=NOW,
            )
        )
    with session_scope(engine) as session:
        claims.resolve(session, claim.id, "broken", NOW, note="no ceasefire")
    with session_scope(engine) as session:
        notice = session.get(Notice, "ntc_x")
        resolved = claims.get(session, claim.id)
    assert notice is not None and notice.status == NoticeStatus.CANCELLED.value
    assert resolved.status == "broken" and resolved.next_check_at is None


def test_it_refuses_an_unknown_verdict_and_changes_nothing(
    engine: Engine, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    with pytest.raises(BadInputError, match="unknown verdict 'maybe'"), session_scope(engine) as s:
        claims.resolve(s, claim.id, "maybe", NOW)
    with session_scope(engine) as session:
        assert claims.get(session, claim.id).status == "open"


def test_it_says_which_id_is_unknown(engine: Engine) -> None:
    with pytest.raises(NotFoundError, match="no claim with id 42"), session_scope(engine) as s:
        claims.get(s, 42)


def test_it_lists_claims_by_view(engine: Engine, make_claim: Callable[..., Claim]) -> None:
    past = make_claim("old promise", due="2025-08-01")
    soon = make_claim("meeting", due="2025-08-07")
    later = make_claim("deliveries", due="2025-09-30")
    done = make_claim("done", due="2025-08-06")
    with session_scope(engine) as session:
        claims.resolve(session, done.id, "kept", NOW)
    with session_scope(engine) as session:

        def ids(view: claims.View, **kw: object) -> list[int | None]:
            return [c.id for c in claims.listing(session, view, NOW, **kw)]  # type: ignore[arg-type]

        assert ids(claims.View.OPEN) == [past.id, soon.id, later.id]
        assert ids(claims.View.OVERDUE) == [past.id]
        assert ids(claims.View.DUE) == [soon.id, later.id]
        assert ids(claims.View.DUE, within=timedelta(days=7)) == [soon.id]
        assert ids(claims.View.RESOLVED) == [done.id]
        assert len(ids(claims.View.ALL)) == 4


def test_it_deletes_a_claim_with_its_notices_and_history(
    engine: Engine, make_claim: Callable[..., Claim]
) -> None:
    claim = make_claim()
    with session_scope(engine) as session:
        session.add(
            Notice(
                id="ntc_y",
                claim_id=claim.id,
                revision=1,
                kind="due",
                channel="console",
                scheduled_for=claim.due_at,
                created_at=NOW,
            )
        )
    with session_scope(engine) as session:
        claims.remove(session, claim.id)
    with session_scope(engine) as session:
        assert session.get(Notice, "ntc_y") is None
        assert claims.history(session, claim.id) == []
        with pytest.raises(NotFoundError):
            claims.get(session, claim.id)


def test_it_stores_due_moments_as_utc_and_gives_them_back_aware(
    make_claim: Callable[..., Claim], engine: Engine
) -> None:
    claim = make_claim(due="2025-08-08")
    with session_scope(engine) as session:
        stored = claims.get(session, claim.id)
    assert stored.due_at.utcoffset() == timedelta(0)
    assert stored.due_at.astimezone(NEW_YORK).isoformat() == ("2025-08-08T23:59:59-04:00")
