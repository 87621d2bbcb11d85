"""Issue 4, fault test 4: an SMTP server that defers, then accepts; and one that refuses."""

from __future__ import annotations

from collections.abc import Callable

from tests.faults.conftest import Rig
from tests.servers import SmtpServer


def email(server: SmtpServer) -> dict[str, object]:
    return {
        "type": "email",
        "host": server.host,
        "port": server.port,
        "security": "plain",
        "from_addr": "tracker@example.test",
        "to": ["desk@example.test"],
    }


def test_a_451_is_retried_and_the_mail_delivered_once(
    rig: Callable[..., Rig], smtp_server: SmtpServer
) -> None:
    smtp_server.fail_next("451 4.3.0 try again later")
    r = rig(email(smtp_server))
    r.daemon.run_once()
    notice = r.notice()
    assert notice.status == "pending" and "451" in (notice.last_error or "")
    assert notice.next_attempt_at is not None
    r.pass_until(notice.next_attempt_at)
    assert (r.notice().status, r.notice().attempts) == ("sent", 2)
    assert len(smtp_server.received) == 1


def test_a_550_fails_at_once(rig: Callable[..., Rig], smtp_server: SmtpServer) -> None:
    smtp_server.fail_next("550 5.1.1 no such mailbox", stage="rcpt")
    r = rig(email(smtp_server))
    r.daemon.run_once()
    notice = r.notice()
    assert (notice.status, notice.attempts) == ("failed", 1)
    assert "550" in (notice.last_error or "")
    assert smtp_server.received == []
