from __future__ import annotations

import base64
import logging
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.channels.factories import SENT, make_message
from tests.servers import SmtpServer, running_smtp_server, server_tls_context, unused_port
from tracker.channels import EmailChannel, build_channel
from tracker.channels.base import network_failure
from tracker.channels.email import _describe
from tracker.errors import DeliveryError

PASSWORD = "pw-Zq81-never-show"


def email_channel(port: int, **settings: Any) -> EmailChannel:
    raw = {
        "type": "email",
        "host": "127.0.0.1",
        "port": port,
        "security": "plain",
        "from_addr": "Tracker <tracker@example.com>",
        "to": ["editor@example.com", "desk@example.com"],
        "timeout": 5,
        **settings,
    }
    channel = build_channel("mail", raw)
    assert isinstance(channel, EmailChannel)
    return channel


def failure(channel: EmailChannel) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        channel.send(make_message())
    return caught.value


def test_it_delivers_a_notice_to_every_recipient(smtp_server: SmtpServer) -> None:
    message = make_message()

    receipt = email_channel(smtp_server.port).send(message)

    assert receipt == f"250 accepted by 127.0.0.1:{smtp_server.port}"
    [mail] = smtp_server.received
    assert mail.mail_from == "tracker@example.com"
    assert mail.rcpt_tos == ["editor@example.com", "desk@example.com"]
    email = mail.message()
    assert email["Subject"] == message.subject()
    assert email["Message-ID"] == "<ntc_0198a7f3c2d14e6b9f0a@tracker>"
    assert email["To"] == "editor@example.com, desk@example.com"
    assert parsedate_to_datetime(email["Date"]) == SENT


def test_it_writes_a_body_with_the_claim_its_source_and_the_commands(
    smtp_server: SmtpServer,
) -> None:
    email_channel(smtp_server.port).send(make_message())

    body = smtp_server.received[0].message().get_content()
    for expected in [
        "Due now",
        "The Senate will vote on the farm bill by Friday",
        "Sen. Ada Quill",
        "deadline",
        "or I will eat my hat.",
        "she will eat her hat",
        "Fri 8 Aug 2025 23:59 EDT (America/New_York)",
        "Sat 9 Aug 2025 03:59 UTC",
        "Senate leader sets farm bill deadline",
        "https://news.example.com/2025/08/01/farm-bill",
        "published Fri 1 Aug 2025 09:30 EDT",
        "tracker resolve 42 kept|broken|partly|extended|unclear|withdrawn",
        'tracker extend 42 --to "',
        "tracker show 42",
    ]:
        assert expected in body
    assert "Late" not in body


def test_it_says_when_a_notice_is_late(smtp_server: SmtpServer) -> None:
    email_channel(smtp_server.port).send(make_message(late=True))

    email = smtp_server.received[0].message()
    assert "(late)" in email["Subject"]
    assert "Late: planned for Sat 9 Aug 2025 03:59 UTC" in email.get_content()


def test_it_uses_the_same_message_id_on_every_attempt(smtp_server: SmtpServer) -> None:
    channel = email_channel(smtp_server.port)
    channel.send(make_message())
    channel.send(make_message(sent_at=SENT.replace(hour=5)))

    first, second = (mail.message()["Message-ID"] for mail in smtp_server.received)
    assert first == second


def test_it_logs_in_with_the_password_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAIL_PW", PASSWORD)
    with running_smtp_server(users={"tracker-bot": PASSWORD}) as server:
        email_channel(server.port, username="tracker-bot", password_env="MAIL_PW").send(
            make_message()
        )

    [mail] = server.received
    assert mail.login == "tracker-bot"


def test_it_marks_a_rejected_login_as_permanent_and_hides_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_SMTP_PASSWORD", PASSWORD)
    with running_smtp_server(users={"tracker-bot": "another-password"}) as server:
        error = failure(email_channel(server.port, username="tracker-bot"))

    assert error.permanent
    assert "535" in str(error)
    assert f"127.0.0.1:{server.port}" in str(error)
    assert PASSWORD not in str(error)
    assert server.received == []


def test_it_fails_permanently_when_the_password_variable_is_unset(
    smtp_server: SmtpServer,
) -> None:
    error = failure(email_channel(smtp_server.port, username="tracker-bot"))

    assert error.permanent
    assert "TRACKER_SMTP_PASSWORD" in str(error)


def test_it_marks_a_451_as_transient(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next("451 4.3.0 Mailbox busy, try later")

    error = failure(email_channel(smtp_server.port))

    assert not error.permanent
    assert str(error) == (
        f"SMTP server 127.0.0.1:{smtp_server.port} answered 451 4.3.0 Mailbox busy, try later"
    )


def test_it_marks_a_550_as_permanent(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next("550 5.7.1 Message rejected as spam")

    error = failure(email_channel(smtp_server.port))

    assert error.permanent
    assert "550 5.7.1 Message rejected as spam" in str(error)


def test_it_marks_every_recipient_refused_with_550_as_permanent(
    smtp_server: SmtpServer,
) -> None:
    smtp_server.fail_next("550 5.1.1 No such user", count=2, stage="rcpt")

    error = failure(email_channel(smtp_server.port))

    assert error.permanent
    assert "refused every recipient" in str(error)
    assert "desk@example.com: 550 5.1.1 No such user" in str(error)


def test_it_marks_recipients_refused_with_450_as_transient(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next("450 4.2.1 Mailbox unavailable", count=2, stage="rcpt")

    assert not failure(email_channel(smtp_server.port)).permanent


def test_it_delivers_to_the_recipients_that_were_not_refused(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next("550 5.1.1 No such user", stage="rcpt")

    receipt = email_channel(smtp_server.port).send(make_message())

    assert receipt.endswith("but refused for editor@example.com (550)")
    assert smtp_server.received[0].rcpt_tos == ["desk@example.com"]


def test_it_marks_a_port_nobody_listens_on_as_transient_and_names_it() -> None:
    port = unused_port()

    error = failure(email_channel(port))

    assert not error.permanent
    assert str(error) == (
        f"SMTP server 127.0.0.1:{port} refused the connection "
        "(is it running? check channels.mail.host/port)"
    )


def test_a_timeout_reads_the_same_for_every_channel_and_says_how_long_it_waited() -> None:
    # smtplib reports a silent server as a disconnect; only a connect can time out, and
    # loopback cannot stage that, so the shared wording is checked directly
    text, permanent = _describe(TimeoutError(), "channels.mail", "SMTP_PASSWORD", 20)

    assert not permanent
    assert text == "did not answer within 20s (check channels.mail.host/port/timeout)"
    assert text == network_failure(TimeoutError(), "channels.mail.host/port", 20)


def test_it_fails_permanently_when_starttls_is_not_offered(smtp_server: SmtpServer) -> None:
    error = failure(email_channel(smtp_server.port, security="starttls"))

    assert error.permanent
    assert "STARTTLS" in str(error)
    assert "channels.mail.security" in str(error)


def test_it_delivers_over_starttls_when_verification_is_off(
    certificate: tuple[Path, Path],
) -> None:
    tls = server_tls_context(*certificate)
    with running_smtp_server(starttls=tls) as server:
        email_channel(server.port, security="starttls", verify_tls=False).send(make_message())

    assert len(server.received) == 1


def test_it_refuses_a_self_signed_certificate_when_verification_is_on(
    certificate: tuple[Path, Path],
) -> None:
    tls = server_tls_context(*certificate)
    with running_smtp_server(starttls=tls) as server:
        error = failure(email_channel(server.port, security="starttls"))

    assert "TLS certificate we do not trust" in str(error)
    assert "verify_tls" in str(error)
    assert server.received == []


def test_it_delivers_over_implicit_tls(certificate: tuple[Path, Path]) -> None:
    tls = server_tls_context(*certificate)
    with running_smtp_server(implicit_tls=tls) as server:
        email_channel(server.port, security="tls", verify_tls=False).send(make_message())

    assert len(server.received) == 1


def test_it_keeps_the_password_out_of_the_error_even_if_the_server_echoes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_SMTP_PASSWORD", PASSWORD)
    with running_smtp_server(users={"tracker-bot": PASSWORD}) as server:
        server.fail_next(f"554 5.7.0 Rejected for tracker-bot/{PASSWORD}")
        error = failure(email_channel(server.port, username="tracker-bot"))

    assert error.permanent
    assert PASSWORD not in str(error)
    assert "Rejected for tracker-bot/***" in str(error)


@pytest.mark.parametrize("form", ["\0tracker-bot\0{}", "{}"], ids=["AUTH PLAIN", "AUTH LOGIN"])
def test_it_keeps_the_base64_login_out_of_the_error_too(
    monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    echoed = base64.b64encode(form.format(PASSWORD).encode()).decode()
    monkeypatch.setenv("TRACKER_SMTP_PASSWORD", PASSWORD)
    with running_smtp_server(users={"tracker-bot": PASSWORD}) as server:
        server.fail_next(f"554 5.7.0 Rejected credentials {echoed}")
        error = failure(email_channel(server.port, username="tracker-bot"))

    assert echoed not in str(error)
    assert "Rejected credentials ***" in str(error)


def test_it_logs_a_warning_when_tls_verification_is_off(caplog: pytest.LogCaptureFixture) -> None:
    raw = {
        "type": "email",
        "host": "smtp.example.com",
        "from_addr": "bot@example.com",
        "to": ["desk@example.com"],
        "verify_tls": False,
    }
    with caplog.at_level(logging.WARNING, logger="tracker.channels.email"):
        build_channel("mail", raw)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "channels.mail.verify_tls is false" in caplog.text
    assert "smtp.example.com:587" in caplog.text

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="tracker.channels.email"):
        build_channel("mail", {**raw, "verify_tls": True})
    assert caplog.records == []
