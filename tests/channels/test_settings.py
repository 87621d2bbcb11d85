from __future__ import annotations

from typing import Any

import pytest

from tracker.channels import (
    CHANNELS,
    ConsoleChannel,
    EmailChannel,
    WebhookChannel,
    build_channel,
    describe,
)
from tracker.channels.email import EmailSettings
from tracker.errors import ConfigError

MAIL = {"type": "email", "host": "mail.example.com", "from_addr": "t@example.com", "to": "a@b.org"}
HOOK = {"type": "webhook", "url": "https://hooks.example.com/tracker"}


def config_error(raw: dict[str, Any], name: str = "mail") -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        build_channel(name, raw)
    return caught.value


def test_it_builds_each_known_type() -> None:
    assert isinstance(build_channel("console", {"type": "console"}), ConsoleChannel)
    assert isinstance(build_channel("mail", MAIL), EmailChannel)
    assert isinstance(build_channel("hook", HOOK), WebhookChannel)
    assert set(CHANNELS) == {"console", "email", "webhook"}


@pytest.mark.parametrize(("security", "port"), [("starttls", 587), ("tls", 465), ("plain", 25)])
def test_it_picks_the_email_port_from_the_security(security: str, port: int) -> None:
    settings = build_channel("mail", {**MAIL, "security": security}).settings

    assert isinstance(settings, EmailSettings)
    assert settings.port == port


def test_it_accepts_recipients_as_one_comma_separated_string() -> None:
    settings = build_channel("mail", {**MAIL, "to": "a@b.org, Desk <desk@b.org>"}).settings

    assert isinstance(settings, EmailSettings)
    assert settings.to == ["a@b.org", "Desk <desk@b.org>"]


def test_it_rejects_a_port_out_of_range() -> None:
    error = config_error({**MAIL, "port": 70000})

    assert error.where == "channels.mail.port"
    assert "70000" in error.reason


def test_it_rejects_an_email_channel_without_recipients() -> None:
    error = config_error({k: v for k, v in MAIL.items() if k != "to"})

    assert error.where == "channels.mail.to"
    assert "missing" in error.reason


def test_it_rejects_an_address_without_an_at_sign() -> None:
    error = config_error({**MAIL, "to": ["a@b.org", "editor"]})

    assert error.where == "channels.mail.to"
    assert "'editor' is not an email address" in error.reason


def test_it_rejects_a_webhook_url_that_is_not_http() -> None:
    error = config_error({**HOOK, "url": "ftp://hooks.example.com/x"}, name="hook")

    assert error.where == "channels.hook.url"
    assert "must start with http:// or https:// (it has ftp)" in error.reason


def test_it_rejects_a_header_with_a_line_break() -> None:
    error = config_error({**HOOK, "headers": {"X-Team": "desk\r\nEvil: 1"}}, name="hook")

    assert error.where == "channels.hook.headers"


def test_it_rejects_an_unknown_key_and_names_it() -> None:
    error = config_error({**MAIL, "hots": "mail.example.com"})

    assert error.where == "channels.mail.hots"
    assert "'mail.example.com'" in error.reason
    assert "known keys:" in error.reason and "host" in error.reason
    assert str(error).startswith("bad configuration: channels.mail.hots: unknown key")


def test_it_rejects_an_unknown_type_and_lists_the_known_ones() -> None:
    error = config_error({"type": "pager"}, name="ops")

    assert error.where == "channels.ops.type"
    assert error.reason == "unknown channel type 'pager'; known types: console, email, webhook"


def test_it_describes_a_channel_without_revealing_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_WEBHOOK_SECRET", "whsec_c2VjcmV0")
    channel = build_channel(
        "hook",
        {
            "type": "webhook",
            "url": "https://bot:hunter2@hooks.example.com/t",
            "headers": {"Authorization": "Bearer abc123", "X-Team": "desk"},
            "secret_env": "TRACKER_WEBHOOK_SECRET",
        },
    )

    info = describe(channel)

    assert info["name"] == "hook"
    assert info["url"] == "https://bot:***@hooks.example.com/t"
    assert info["headers"] == {"Authorization": "***", "X-Team": "desk"}
    assert info["secret_set"] is True
    assert "hunter2" not in repr(info) and "abc123" not in repr(info)


def test_a_bad_webhook_setting_never_quotes_a_credential_back() -> None:
    for raw in (
        {"type": "webhook", "url": "ftp://bot:hunter2@hooks.example.com/?token=abc123"},
        {
            "type": "webhook",
            "url": "https://hooks.example.com/",
            "headers": {"Authorization": "Bearer abc123", "bad name": "x"},
        },
    ):
        with pytest.raises(ConfigError) as caught:
            build_channel("hook", raw)
        assert "hunter2" not in str(caught.value) and "abc123" not in str(caught.value)
