"""The webhook channel: a signed JSON POST, following the Standard Webhooks spec.

``webhook-id`` is the notice id and ``webhook-timestamp`` the attempt's ``sent_at`` (from
the injected clock, not the wall clock), so a receiver can drop repeats and check the
signature. The secret comes from the environment variable named by ``secret_env``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import http.client
import json
import os
import re
import urllib.request
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from tracker import __version__
from tracker.channels.base import (
    Channel,
    ChannelSettings,
    DeliveryError,
    Message,
    network_failure,
)
from tracker.channels.text import cut, one_line
from tracker.redact import mask_secrets

USER_AGENT = f"tracker/{__version__}"
EXCERPT = 200
_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# Headers we set ourselves; extra headers from the settings may not replace them.
OWN_HEADERS = {"content-type", "user-agent", "webhook-id", "webhook-timestamp", "webhook-signature"}


class WebhookSettings(ChannelSettings):
    type: str = "webhook"
    url: str
    secret_env: str = ""
    timeout: float = Field(default=10, gt=0, le=600)
    headers: dict[str, str] = Field(default_factory=dict)

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            scheme = parts.scheme or "no scheme"
            raise ValueError(f"the URL must start with http:// or https:// (it has {scheme})")
        return value

    @field_validator("headers")
    @classmethod
    def _check_headers(cls, value: dict[str, str]) -> dict[str, str]:
        for key, item in value.items():
            if key.lower() in OWN_HEADERS:
                raise ValueError(f"header {key!r} is set by tracker itself")
            if not _HEADER_NAME.match(key):
                raise ValueError(f"{key!r} is not a valid header name")
            if "\r" in item or "\n" in item:
                raise ValueError(f"header {key!r} has a line break in its value")
        return value


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A 3xx is an answer, not an instruction: a moved endpoint needs a config change."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class WebhookChannel(Channel):
    """POSTs the notice as JSON; 2xx is success, 408/429/5xx and network trouble transient."""

    Settings = WebhookSettings
    settings: WebhookSettings

    @property
    def server(self) -> str:
        """Scheme, host and port only: paths and queries may carry tokens."""
        parts = urlsplit(self.settings.url)
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{parts.hostname}{port}"

    @cached_property
    def _opener(self) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener(_NoRedirects)

    def send(self, message: Message) -> str:
        request = self.build(message)
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as response:
                response.read(64 * 1024)  # drain a little; the answer body is not used
                return f"HTTP {response.status}"
        except HTTPError as exc:
            raise self._http_error(exc, message.sent_at) from None
        except (URLError, OSError, http.client.HTTPException) as exc:
            raise self._network_error(exc) from None

    def build(self, message: Message) -> urllib.request.Request:
        """The signed request for ``message``; the same id and signature on every attempt."""
        body = json.dumps(
            {
                "type": f"notice.{message.kind}",
                "timestamp": message.sent_at.isoformat(),
                "data": message.to_json(),
            },
            ensure_ascii=False,
        ).encode()
        timestamp = str(int(message.sent_at.timestamp()))
        headers = {
            **self.settings.headers,
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "webhook-id": message.id,
            "webhook-timestamp": timestamp,
        }
        key = self._key()
        if key is not None:
            headers["webhook-signature"] = sign(key, message.id, timestamp, body)
        return urllib.request.Request(self.settings.url, data=body, headers=headers, method="POST")

    def _key(self) -> bytes | None:
        """The signing key: "whsec_<base64>" decoded, else the raw value; None when no
        ``secret_env`` is configured. A configured but unset variable is an error: a
        receiver that verifies signatures would reject every notice."""
        if not self.settings.secret_env:
            return None
        secret = os.environ.get(self.settings.secret_env)
        if not secret:
            raise DeliveryError(
                f"${self.settings.secret_env} (the signing secret of channels.{self.name}) "
                "is empty or unset: set it, or remove secret_env to send unsigned",
                permanent=True,
            )
        if not secret.startswith("whsec_"):
            return secret.encode()
        encoded = secret.removeprefix("whsec_")
        encoded += "=" * (-len(encoded) % 4)  # tolerate missing padding, as the spec's libraries do
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if not key:
            raise DeliveryError(
                f"the webhook secret in ${self.settings.secret_env} starts with whsec_ "
                "but the rest is not base64",
                permanent=True,
            )
        return key

    def _http_error(self, exc: HTTPError, now: datetime) -> DeliveryError:
        status = exc.code
        transient = status in (408, 429) or status >= 500
        text = f"webhook {self.server} answered HTTP {status} {exc.reason}"
        if 300 <= status < 400:
            location = exc.headers.get("Location", "?")
            text += f" (redirect to {location} not followed: update channels.{self.name}.url)"
        excerpt = _excerpt(exc)
        if excerpt:
            text += f": {excerpt}"
        retry_after = _retry_after(exc.headers.get("Retry-After"), now)
        return DeliveryError(self._clean(text), permanent=not transient, retry_after=retry_after)

    def _network_error(self, exc: BaseException) -> DeliveryError:
        reason = exc.reason if isinstance(exc, URLError) else exc
        match reason:
            case http.client.RemoteDisconnected():
                what = "closed the connection without answering"
            case OSError():
                what = network_failure(reason, f"channels.{self.name}.url", self.settings.timeout)
            case _:
                what = f"failed: {reason}"
        return DeliveryError(self._clean(f"webhook {self.server} {what}"), permanent=False)

    def _clean(self, text: str) -> str:
        """One line, and never the secret, whatever the server echoed back."""
        text = one_line(text)
        secret = os.environ.get(self.settings.secret_env) if self.settings.secret_env else None
        return mask_secrets(text, secret) if secret else text


def sign(key: bytes, msg_id: str, timestamp: str, body: bytes) -> str:
    """The Standard Webhooks v1 signature of one request."""
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _excerpt(exc: HTTPError) -> str:
    try:
        raw = exc.read(4 * EXCERPT)
    except (OSError, http.client.HTTPException):
        return ""
    return cut(one_line(raw.decode(errors="replace")), EXCERPT)


def _retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either a number or an HTTP-date (measured from ``now``)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - now).total_seconds())
