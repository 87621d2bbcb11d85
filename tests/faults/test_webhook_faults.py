"""Issue 4, fault tests 1-3: a real receiver on loopback that fails in the ways servers do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.faults.conftest import Rig
from tests.servers import Reply, WebhookServer, unused_port


def webhook(url: str, timeout: float = 2) -> dict[str, object]:
    return {"type": "webhook", "url": url, "timeout": timeout}


def test_three_500s_then_a_200_make_one_delivery_after_four_attempts_with_backoff(
    rig: Callable[..., Rig], webhook_server: WebhookServer
) -> None:
    webhook_server.reply(Reply(500), Reply(500), Reply(500), Reply(200))
    r = rig(webhook(webhook_server.url))
    r.daemon.run_once()
    waits = []
    for _ in range(3):
        notice = r.notice()
        assert notice.status == "pending" and notice.next_attempt_at is not None
        wait = notice.next_attempt_at - r.clock.moment
        waits.append(wait)
        r.pass_until(notice.next_attempt_at - timedelta(seconds=1))  # too early: nothing
        assert r.notice().attempts == notice.attempts
        r.pass_until(notice.next_attempt_at)
    notice = r.notice()
    assert (notice.status, notice.attempts) == ("sent", 4)
    assert [a.ok for a in r.attempts()] == [False, False, False, True]
    assert len(webhook_server.requests) == 4
    assert {req.headers["webhook-id"] for req in webhook_server.requests} == {notice.id}
    schedule = [timedelta(seconds=5), timedelta(minutes=5), timedelta(minutes=30)]
    for wait, planned in zip(waits, schedule, strict=True):
        assert planned <= wait <= planned * 1.1 + timedelta(seconds=1)


def test_a_400_is_tried_once_and_marked_failed_with_status_and_body(
    rig: Callable[..., Rig], webhook_server: WebhookServer
) -> None:
    webhook_server.reply(Reply(400, body='{"error": "unknown field claim"}'))
    r = rig(webhook(webhook_server.url))
    r.daemon.run_once()
    r.pass_until(r.clock.moment + timedelta(days=1))
    notice = r.notice()
    assert (notice.status, notice.attempts) == ("failed", 1)
    assert "HTTP 400" in (notice.last_error or "")
    assert "unknown field claim" in (notice.last_error or "")
    assert len(webhook_server.requests) == 1


def test_a_429_is_retried_no_sooner_than_its_retry_after(
    rig: Callable[..., Rig], webhook_server: WebhookServer
) -> None:
    webhook_server.reply(Reply(429, headers={"Retry-After": "120"}))
    r = rig(webhook(webhook_server.url))
    r.daemon.run_once()
    notice = r.notice()
    assert notice.next_attempt_at is not None
    assert notice.next_attempt_at - r.clock.moment >= timedelta(seconds=120)
    r.pass_until(r.clock.moment + timedelta(seconds=60))
    assert len(webhook_server.requests) == 1
    r.pass_until(notice.next_attempt_at)
    assert r.notice().status == "sent" and len(webhook_server.requests) == 2


def test_a_receiver_that_hangs_past_the_timeout_is_retried_with_the_error_kept(
    rig: Callable[..., Rig], webhook_server: WebhookServer
) -> None:
    webhook_server.reply(Reply(200, delay=3))
    r = rig(webhook(webhook_server.url, timeout=0.5))
    r.daemon.run_once()
    notice = r.notice()
    assert notice.status == "pending" and notice.attempts == 1
    assert "did not answer within 0.5s" in (notice.last_error or "")


def test_a_refused_connection_is_retried_with_the_error_kept(rig: Callable[..., Rig]) -> None:
    r = rig(webhook(f"http://127.0.0.1:{unused_port()}/hook"))
    r.daemon.run_once()
    notice = r.notice()
    assert notice.status == "pending" and "refused the connection" in (notice.last_error or "")


def test_an_unresolvable_host_is_retried_with_the_error_kept(rig: Callable[..., Rig]) -> None:
    r = rig(webhook("http://tracker-receiver.invalid/hook"))
    r.daemon.run_once()
    notice = r.notice()
    assert notice.status == "pending" and "could not be found" in (notice.last_error or "")
