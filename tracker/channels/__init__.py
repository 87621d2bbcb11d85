"""The channels a notice can go to, by the ``type`` of a ``[channels.<name>]`` table.

Adding a channel: one module here with its ``Channel`` subclass and settings model, one
line in ``CHANNELS``, and ``tests/channels/test_<type>.py``.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import ValidationError

from tracker.channels.base import Channel, ChannelSettings, DeliveryError, Message
from tracker.channels.console import ConsoleChannel
from tracker.channels.email import EmailChannel
from tracker.channels.webhook import WebhookChannel
from tracker.errors import ConfigError
from tracker.redact import is_sensitive, mask_url

__all__ = [
    "CHANNELS",
    "Channel",
    "ChannelSettings",
    "ConsoleChannel",
    "DeliveryError",
    "EmailChannel",
    "Message",
    "WebhookChannel",
    "build_channel",
    "describe",
]

CHANNELS: dict[str, type[Channel]] = {
    "console": ConsoleChannel,
    "email": EmailChannel,
    "webhook": WebhookChannel,
}


def build_channel(name: str, raw: dict[str, Any]) -> Channel:
    """The channel configured by ``[channels.<name>]``; ConfigError quotes the bad key."""
    where = f"channels.{name}"
    if not isinstance(raw, dict):
        raise ConfigError(where, f"must be a table, got {raw!r}")
    kind = raw.get("type")
    known = ", ".join(CHANNELS)
    if kind not in CHANNELS:
        got = "missing" if kind is None else f"unknown channel type {kind!r}"
        raise ConfigError(f"{where}.type", f"{got}; known types: {known}")
    cls = CHANNELS[kind]
    try:
        settings = cls.Settings.model_validate(raw)
    except ValidationError as exc:
        raise _config_error(where, cls.Settings, exc) from None
    return cls(name, settings)


def _config_error(where: str, model: type[ChannelSettings], exc: ValidationError) -> ConfigError:
    first = exc.errors()[0]
    key = ".".join(str(part) for part in first["loc"])
    reason = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        reason = (
            f"unknown key (got {first['input']!r}); known keys: {', '.join(model.model_fields)}"
        )
    elif first["type"] == "missing":
        reason = "required, but missing"
    elif key and key.split(".")[0] not in _MAY_HOLD_CREDENTIALS:
        reason = f"{reason} (got {first['input']!r})"
    return ConfigError(f"{where}.{key}" if key else where, reason)


# Keys whose values are never quoted back in an error: a URL can carry a password or a
# token, headers an Authorization value.
_MAY_HOLD_CREDENTIALS = {"url", "headers", "username"}


def describe(channel: Channel) -> dict[str, Any]:
    """The channel's settings fit for display: which secret variables are set, not their values.

    Settings never hold secrets, only the names of environment variables; but a URL's
    password or an Authorization header given in ``headers`` are masked all the same.
    """
    info: dict[str, Any] = {"name": channel.name, **channel.settings.model_dump()}
    for key, value in list(info.items()):
        if key.endswith("_env") and isinstance(value, str):
            info[f"{key.removesuffix('_env')}_set"] = bool(value and os.environ.get(value))
    if isinstance(info.get("url"), str):
        info["url"] = mask_url(info["url"])
    if isinstance(info.get("headers"), dict):
        info["headers"] = {k: "***" if is_sensitive(k) else v for k, v in info["headers"].items()}
    return info
