"""Loading and validating the configuration: one typed ``Config`` for the whole program.

Where it comes from, later sources winning:
1. the built-in defaults (the same values ``config/tracker.toml`` documents);
2. a TOML file: ``--config PATH``, else ``$TRACKER_CONFIG``, else ``tracker.toml`` in the
   user's config folder if it exists;
3. environment variables: ``TRACKER_DATABASE_URL``, and ``TRACKER__<section>__<key>``
   for any key (``TRACKER__notices__event_hour=8``); values are read as TOML when they
   parse (numbers, booleans, lists), else as plain strings.
Secrets are never in the file: channels name the environment variable that holds them.
A file that holds credentials all the same (a password in a URL, an Authorization header)
and that other users can read draws a warning: see ``exposure_warning``.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationError

from tracker.errors import ConfigError, UnknownTimeZoneError
from tracker.redact import is_sensitive, mask_url

APP = "tracker"
CONFIG_VERSION = 1
BUILT_IN = "built-in defaults"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(value: Any) -> timedelta:
    """'30s', '5m', '2h', '1d', '1w' (or a number of seconds) as a timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration; write e.g. '30s', '5m', '2h', '1d'")
    return timedelta(**{_UNITS[match[2]]: float(match[1])})


def format_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def parse_optional_duration(value: Any) -> timedelta | None:
    """A duration, or None for "off" / "" (TOML has no null)."""
    if value is None or str(value).strip().lower() in ("", "off", "none"):
        return None
    return parse_duration(value)


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
OptionalDuration = Annotated[timedelta | None, BeforeValidator(parse_optional_duration)]


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``, or UnknownTimeZoneError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZoneError(name) from exc


def local_zone_name() -> str:
    """The machine's zone: $TZ, else /etc/localtime's target, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = os.readlink("/etc/localtime")
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    try:
        ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name or "UTC"


def default_channels() -> dict[str, dict[str, Any]]:
    return {"console": {"type": "console"}}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseConfig(_Section):
    url: str = ""

    def resolved_url(self) -> str:
        """The SQLAlchemy URL; a plain path means a SQLite file there."""
        if not self.url:
            return f"sqlite:///{Path(platformdirs.user_data_dir(APP)) / 'tracker.db'}"
        if "://" not in self.url:
            return f"sqlite:///{Path(self.url).expanduser().resolve()}"
        return self.url


class NoticesConfig(_Section):
    reminders: list[Duration] = Field(default_factory=lambda: [timedelta(days=1)])
    event_hour: int = Field(default=9, ge=0, le=23)
    followup_after: OptionalDuration = timedelta(days=1)
    late_after: Duration = timedelta(minutes=5)
    fold_stale: bool = True


class DaemonConfig(_Section):
    poll_interval: Duration = timedelta(seconds=5)
    lease: Duration = timedelta(minutes=2)
    retry: list[Duration] = Field(
        default_factory=lambda: [
            parse_duration(d) for d in ("0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h")
        ]
    )
    batch_size: int = Field(default=100, ge=1)
    take: int = Field(default=10, ge=1)
    stale_after: Duration = timedelta(minutes=1)


class ParserConfig(_Section):
    day_first: bool = False
    default_tz: str = ""
    max_article_bytes: int = Field(default=MAX_ARTICLE_BYTES, ge=1)

    def tz_name(self) -> str:
        return self.default_tz or local_zone_name()


class DisplayConfig(_Section):
    tz: str = ""

    def tz_name(self) -> str:
        return self.tz or local_zone_name()


class Config(_Section):
    version: int = CONFIG_VERSION
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    notices: NoticesConfig = Field(default_factory=NoticesConfig)
    daemon: DaemonConfig = Field(default_factory=DaemonConfig)
    parser: ParserConfig = Field(default_factory=ParserConfig)
    display: DisplayConfig = Field(default_factory=DisplayConfig)
    channels: dict[str, dict[str, Any]] = Field(default_factory=default_channels)
    source: str = BUILT_IN
    _warnings: list[str] = PrivateAttr(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """What loading found worth telling the user (see ``exposure_warning``)."""
        return self._warnings


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "tracker.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(str(path), "file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), "not UTF-8 text; save it as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(str(path), f"cannot be read ({exc.strerror})") from exc


def _env_value(raw: str) -> Any:
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def _apply_env(data: dict[str, Any], environ: dict[str, str]) -> None:
    if environ.get("TRACKER_DATABASE_URL"):
        data.setdefault("database", {})["url"] = environ["TRACKER_DATABASE_URL"]
    for key, raw in environ.items():
        if not key.startswith("TRACKER__"):
            continue
        *parents, leaf = [part.lower() for part in key.removeprefix("TRACKER__").split("__")]
        node = data
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(key, f"{part!r} is not a table")
        node[leaf] = _env_value(raw)


def _where(error: Mapping[str, Any]) -> str:
    return ".".join(str(part) for part in error["loc"])


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Read, merge and validate the configuration; ConfigError names the bad key."""
    environ = dict(os.environ if environ is None else environ)
    if path is None and environ.get("TRACKER_CONFIG"):
        path = Path(environ["TRACKER_CONFIG"])
    if path is None and default_config_path().exists():
        path = default_config_path()
    data: dict[str, Any] = _read_toml(path) if path else {}
    warning = exposure_warning(path, data) if path else None
    data.setdefault("channels", default_channels())
    _apply_env(data, environ)
    if data.get("version", CONFIG_VERSION) != CONFIG_VERSION:
        raise ConfigError(
            "version", f"{data['version']!r} is not supported (this tracker reads version 1)"
        )
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        value = f" (got {first['input']!r})" if "input" in first and first["loc"] else ""
        raise ConfigError(_where(first), f"{first['msg']}{value}") from exc
    config.source = str(path) if path else BUILT_IN
    config._warnings = [warning] if warning else []
    for key, tz_name in (
        ("parser.default_tz", config.parser.default_tz),
        ("display.tz", config.display.tz),
    ):
        if tz_name:
            try:
                zone(tz_name)
            except UnknownTimeZoneError as exc:
                raise ConfigError(key, str(exc)) from exc
    build_channels(config)
    return config


def build_channels(config: Config) -> dict[str, Any]:
    """The enabled channels, validated; ConfigError quotes the bad channel key."""
    from tracker.channels import build_channel

    channels = {name: build_channel(name, raw) for name, raw in config.channels.items()}
    return {name: ch for name, ch in channels.items() if ch.settings.enabled}


def exposure_warning(path: Path, data: Mapping[str, Any]) -> str | None:
    """A warning when the file ``path``, read as ``data``, is readable by group or others
    and holds credentials: a password in ``database.url`` or in a channel's ``url``, or a
    channel header whose name looks like one (``Authorization``, ``X-Api-Key``, …).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & (stat.S_IRGRP | stat.S_IROTH) or not _holds_credentials(data):
        return None
    return f"config file {path} is readable by other users and holds credentials; chmod 600 {path}"


def _holds_credentials(data: Mapping[str, Any]) -> bool:
    urls = [_table(data, "database").get("url")]
    for raw in _table(data, "channels").values():
        if isinstance(raw, Mapping):
            urls.append(raw.get("url"))
            headers = raw.get("headers")
            if isinstance(headers, Mapping) and any(map(is_sensitive, map(str, headers))):
                return True
    return any(isinstance(url, str) and mask_url(url) != url for url in urls)


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}
