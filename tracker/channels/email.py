"""The email channel: one SMTP session per notice, with stdlib ``smtplib``.

The password never enters the settings: ``password_env`` names the environment variable
that holds it, read at send time and kept out of every message we produce.
"""

from __future__ import annotations

import base64
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from tracker.channels.base import (
    Channel,
    ChannelSettings,
    DeliveryError,
    Message,
    network_failure,
)
from tracker.channels.text import one_line, render_text
from tracker.redact import mask_secrets

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"starttls": 587, "tls": 465, "plain": 25}


def _address(value: str) -> str:
    """Minimal check: one address with an "@", and nothing that could break a header."""
    if "\n" in value or "\r" in value or "@" not in parseaddr(value)[1]:
        raise ValueError(f"{value!r} is not an email address (expected e.g. 'me@example.com')")
    return value


def _as_list(value: Any) -> Any:
    """Accept "a@x.org" or "a@x.org, b@y.org" as well as a list (handy in env variables)."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class EmailSettings(ChannelSettings):
    type: str = "email"
    host: str = Field(min_length=1, pattern=r"^[^\s/]+$")
    port: int = Field(ge=1, le=65535)
    security: Literal["starttls", "tls", "plain"] = "starttls"
    username: str | None = None
    password_env: str = Field(default="TRACKER_SMTP_PASSWORD", min_length=1)
    from_addr: str
    to: Annotated[list[str], BeforeValidator(_as_list)] = Field(min_length=1)
    timeout: float = Field(default=20, gt=0, le=600)
    verify_tls: bool = True

    @model_validator(mode="before")
    @classmethod
    def _default_port(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("port") is None:
            security = data.get("security", "starttls")
            return {**data, "port": DEFAULT_PORTS.get(security, 587)}
        return data

    @field_validator("from_addr")
    @classmethod
    def _check_from(cls, value: str) -> str:
        return _address(value)

    @field_validator("to")
    @classmethod
    def _check_to(cls, value: list[str]) -> list[str]:
        return [_address(item) for item in value]


class EmailChannel(Channel):
    """Sends a plain-text email; SMTP 4xx and network trouble are transient, 5xx permanent."""

    Settings = EmailSettings
    settings: EmailSettings

    def __init__(self, name: str, settings: ChannelSettings) -> None:
        super().__init__(name, settings)
        if not self.settings.verify_tls and self.settings.security != "plain":
            log.warning(
                "channels.%s.verify_tls is false: the certificate of %s is not checked",
                name,
                self.server,
            )

    @property
    def server(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def send(self, message: Message) -> str:
        password = self._password()
        try:
            refused = self._deliver(self.build(message), password)
        except (smtplib.SMTPException, OSError) as exc:
            raise self._classify(exc, password) from None
        if refused:
            failed = ", ".join(f"{addr} ({code})" for addr, (code, _) in refused.items())
            return f"250 accepted by {self.server}, but refused for {failed}"
        return f"250 accepted by {self.server}"

    def build(self, message: Message) -> EmailMessage:
        """The email for ``message``; the same Message-ID on every attempt."""
        email = EmailMessage()
        email["Subject"] = one_line(message.subject())
        email["From"] = self.settings.from_addr
        email["To"] = ", ".join(self.settings.to)
        email["Date"] = format_datetime(message.sent_at)
        email["Message-ID"] = f"<{message.id}@tracker>"
        email["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies, please
        email.set_content(render_text(message))
        return email

    def _password(self) -> str | None:
        if not self.settings.username:
            return None
        password = os.environ.get(self.settings.password_env)
        if not password:
            raise DeliveryError(
                f"channels.{self.name}.username is set but the environment variable "
                f"{self.settings.password_env} (the SMTP password) is empty or unset",
                permanent=True,
            )
        return password

    def _deliver(self, email: EmailMessage, password: str | None) -> dict[str, tuple[int, bytes]]:
        s = self.settings
        context = _tls_context(s.verify_tls)
        smtp: smtplib.SMTP
        if s.security == "tls":
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        with smtp:
            if s.security == "starttls":
                smtp.starttls(context=context)
            if s.username and password:
                smtp.login(s.username, password)
            envelope_to = [parseaddr(addr)[1] for addr in s.to]
            return smtp.send_message(email, parseaddr(s.from_addr)[1], envelope_to)

    def _classify(self, exc: BaseException, password: str | None) -> DeliveryError:
        where = f"channels.{self.name}"
        text, permanent = _describe(exc, where, self.settings.password_env, self.settings.timeout)
        text = one_line(f"SMTP server {self.server} {text}")
        if password:
            text = mask_secrets(text, *_login_forms(self.settings.username or "", password))
        return DeliveryError(text, permanent=permanent)


def _login_forms(username: str, password: str) -> list[str]:
    """The password as a server may echo it: plain, or base64 as AUTH LOGIN and AUTH PLAIN
    send it."""
    encoded = [f"\0{username}\0{password}", password]
    return [*(base64.b64encode(e.encode()).decode() for e in encoded), password]


def _tls_context(verify: bool) -> ssl.SSLContext:
    if verify:
        return ssl.create_default_context()
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _reply(code: int, text: bytes | str) -> str:
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"


def _describe(
    exc: BaseException, where: str, password_env: str, timeout: float
) -> tuple[str, bool]:
    """What went wrong, said after "SMTP server host:port", and whether it is permanent.

    ``smtplib.SMTPException`` is an ``OSError``, so the SMTP cases must come first.
    """
    match exc:
        case smtplib.SMTPRecipientsRefused(recipients=refused):
            codes = [code for code, _ in refused.values()]
            detail = "; ".join(f"{a}: {_reply(c, t)}" for a, (c, t) in refused.items())
            return f"refused every recipient ({detail})", all(c >= 500 for c in codes)
        case smtplib.SMTPAuthenticationError(smtp_code=code, smtp_error=text):
            hint = f" (check {where}.username and ${password_env})" if code >= 500 else ""
            return f"rejected the login: {_reply(code, text)}{hint}", code >= 500
        case smtplib.SMTPSenderRefused(smtp_code=code, smtp_error=text, sender=sender):
            return f"refused the sender {sender}: {_reply(code, text)}", code >= 500
        case smtplib.SMTPResponseException(smtp_code=code, smtp_error=text):
            return f"answered {_reply(code, text)}", code >= 500
        case smtplib.SMTPNotSupportedError():
            return f"does not support it: {exc} (check {where}.security)", True
        case smtplib.SMTPServerDisconnected():
            return f"closed the connection unexpectedly ({exc})", False
        case smtplib.SMTPException():
            return f"failed: {exc}", True
        case OSError():
            return network_failure(exc, f"{where}.host/port", timeout, tls=where), False
    return f"failed: {exc}", False
