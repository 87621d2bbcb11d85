from __future__ import annotations

import base64
import json
import secrets
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook

from tests.channels.factories import SENT, make_message
from tests.servers import Reply, WebhookServer, unused_port
from tracker.channels import WebhookChannel, build_channel
from tracker.errors import DeliveryError

KEY = secrets.token_bytes(24)
SECRET = "whsec_" + base64.b64encode(KEY).decode()


@pytest.fixture(autouse=True)
def signing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_WEBHOOK_SECRET", SECRET)


def webhook_channel(url: str, **settings: Any) -> WebhookChannel:
    """A webhook channel signing with $TRACKER_WEBHOOK_SECRET unless told otherwise."""
    settings.setdefault("secret_env", "TRACKER_WEBHOOK_SECRET")
    channel = build_channel("hook", {"type": "webhook", "url": url, "timeout": 5, **settings})
    assert isinstance(channel, WebhookChannel)
    return channel


def failure(channel: WebhookChannel) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        channel.send(make_message())
    return caught.value


def test_it_posts_a_notice_that_standard_webhooks_verifies(webhook_server: WebhookServer) -> None:
    # The verifier rejects timestamps more than five minutes from its own clock.
    message = make_message(sent_at=datetime.now(UTC))

    receipt = webhook_channel(webhook_server.url).send(message)

    assert receipt == "HTTP 204"
    [request] = webhook_server.requests
    assert request.method == "POST"
    assert request.path == "/hooks/tracker"
    payload = Webhook(SECRET).verify(request.body, request.headers)
    assert payload == {
        "type": "notice.due",
        "timestamp": message.sent_at.isoformat(),
        "data": json.loads(json.dumps(message.to_json())),
    }
    assert request.headers["webhook-id"] == message.id
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == "tracker/0.1.0"


def test_it_signs_with_the_raw_bytes_of_a_secret_without_the_whsec_prefix(
    webhook_server: WebhookServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_KEY", "plain shared secret")
    webhook_channel(webhook_server.url, secret_env="HOOK_KEY").send(
        make_message(sent_at=datetime.now(UTC))
    )

    [request] = webhook_server.requests
    Webhook(b"plain shared secret").verify(request.body, request.headers)


def test_it_stamps_the_attempt_time_from_the_message_not_the_wall_clock(
    webhook_server: WebhookServer,
) -> None:
    webhook_channel(webhook_server.url).send(make_message())

    assert webhook_server.requests[0].headers["webhook-timestamp"] == str(int(SENT.timestamp()))


def test_it_sends_the_same_webhook_id_on_every_attempt(webhook_server: WebhookServer) -> None:
    channel = webhook_channel(webhook_server.url)
    channel.send(make_message())
    channel.send(make_message(sent_at=SENT + timedelta(minutes=5)))

    first, second = (request.headers for request in webhook_server.requests)
    assert first["webhook-id"] == second["webhook-id"] == "ntc_0198a7f3c2d14e6b9f0a"
    assert first["webhook-timestamp"] != second["webhook-timestamp"]


def test_it_sends_no_signature_when_no_secret_is_configured(
    webhook_server: WebhookServer,
) -> None:
    webhook_channel(webhook_server.url, secret_env="").send(make_message())

    assert "webhook-signature" not in webhook_server.requests[0].headers


def test_it_refuses_to_send_unsigned_when_the_configured_secret_is_unset(
    webhook_server: WebhookServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRACKER_WEBHOOK_SECRET")
    error = failure(webhook_channel(webhook_server.url))

    assert error.permanent
    assert "$TRACKER_WEBHOOK_SECRET (the signing secret of channels.hook) is empty" in str(error)
    assert webhook_server.requests == []


def test_it_adds_the_extra_headers_from_the_settings(webhook_server: WebhookServer) -> None:
    webhook_channel(webhook_server.url, headers={"X-Team": "desk"}).send(make_message())

    assert webhook_server.requests[0].headers["x-team"] == "desk"


def test_it_marks_a_500_as_transient(webhook_server: WebhookServer) -> None:
    webhook_server.reply(Reply(500, body="database is down"))

    error = failure(webhook_channel(webhook_server.url))

    assert not error.permanent
    assert str(error) == (
        f"webhook http://127.0.0.1:{webhook_server.port} answered "
        "HTTP 500 Internal Server Error: database is down"
    )


def test_it_marks_a_400_as_permanent_with_the_status_and_an_excerpt_of_the_body(
    webhook_server: WebhookServer,
) -> None:
    webhook_server.reply(Reply(400, body="unknown field 'data'\n" + "x" * 1000))

    error = failure(webhook_channel(webhook_server.url))

    assert error.permanent
    assert "HTTP 400 Bad Request: unknown field 'data' xxx" in str(error)
    excerpt = str(error).partition(": ")[2]
    assert len(excerpt) == 200
    assert "\n" not in str(error)


def test_it_marks_a_429_as_transient_with_its_retry_after_seconds(
    webhook_server: WebhookServer,
) -> None:
    webhook_server.reply(Reply(429, headers={"Retry-After": "7"}))

    error = failure(webhook_channel(webhook_server.url))

    assert not error.permanent
    assert error.retry_after == 7


def test_it_reads_a_retry_after_date_relative_to_the_attempt_time(
    webhook_server: WebhookServer,
) -> None:
    later = format_datetime(SENT + timedelta(seconds=90), usegmt=True)
    webhook_server.reply(Reply(503, headers={"Retry-After": later}))

    error = failure(webhook_channel(webhook_server.url))

    assert not error.permanent
    assert error.retry_after == 90


def test_it_marks_a_redirect_as_permanent_without_following_it(
    webhook_server: WebhookServer,
) -> None:
    webhook_server.reply(Reply(301, headers={"Location": "https://elsewhere.example/hook"}))

    error = failure(webhook_channel(webhook_server.url))

    assert error.permanent
    assert "HTTP 301" in str(error)
    assert "https://elsewhere.example/hook" in str(error)
    assert len(webhook_server.requests) == 1


def test_it_gives_up_on_a_server_slower_than_the_timeout(webhook_server: WebhookServer) -> None:
    webhook_server.reply(Reply(204, delay=5))

    error = failure(webhook_channel(webhook_server.url, timeout=0.2))

    assert not error.permanent
    assert str(error).endswith("did not answer within 0.2s (check channels.hook.url/timeout)")


def test_it_marks_a_refused_connection_as_transient() -> None:
    port = unused_port()

    error = failure(webhook_channel(f"http://127.0.0.1:{port}/hook"))

    assert not error.permanent
    assert str(error) == (
        f"webhook http://127.0.0.1:{port} refused the connection "
        "(is it running? check channels.hook.url)"
    )


def test_it_marks_an_unknown_host_as_transient() -> None:
    error = failure(webhook_channel("http://no-such-host.invalid/hook"))

    assert not error.permanent
    assert "could not be found" in str(error)


def test_it_keeps_the_secret_out_of_the_error_even_if_the_server_echoes_it(
    webhook_server: WebhookServer,
) -> None:
    webhook_server.reply(Reply(401, body=f"bad secret {SECRET}"))

    error = failure(webhook_channel(webhook_server.url))

    assert error.permanent
    assert SECRET not in str(error)
    assert "bad secret ***" in str(error)


def test_it_refuses_a_whsec_secret_that_is_not_base64(
    webhook_server: WebhookServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_WEBHOOK_SECRET", "whsec_not*base64!")

    error = failure(webhook_channel(webhook_server.url))

    assert error.permanent
    assert "TRACKER_WEBHOOK_SECRET" in str(error)
    assert "not*base64" not in str(error)
    assert webhook_server.requests == []
