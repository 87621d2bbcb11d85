"""`tracker config`, the warning for a readable config file with credentials, and the
article size limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run
from tracker.channels import build_channel, describe
from tracker.config import load_config
from tracker.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
SEED = str(REPO / "seeds" / "000_43a9507da0b38242.txt")
SMTP_PASSWORD = "hunter2-smtp-Zq8"
WEBHOOK_SECRET = "whsec_c2VjcmV0LXNpZ25pbmcta2V5"
DB_PASSWORD = "pg-Pa55-word"
BEARER = "Bearer tok-9f8e7d"

CHANNELS = f"""
[channels.mail]
type = "email"
host = "smtp.example.com"
username = "bot@example.com"
password_env = "TRACKER_SMTP_PASSWORD"
from_addr = "bot@example.com"
to = ["desk@example.com"]

[channels.hook]
type = "webhook"
url = "https://hooks.example.com/tracker?token=url-tok-123"
secret_env = "TRACKER_WEBHOOK_SECRET"
headers = {{ Authorization = "{BEARER}", X-Team = "news" }}
"""


def write_config(path: Path, text: str, mode: int) -> Path:
    path.write_text(text)
    path.chmod(mode)
    return path


def test_config_shows_the_effective_settings_and_where_they_came_from(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write_config(tmp_path / "tracker.toml", "[notices]\nevent_hour = 7\n", 0o600)
    monkeypatch.setenv("TRACKER_CONFIG", str(path))
    monkeypatch.setenv("TRACKER__daemon__poll_interval", "30s")

    result = cli("config", "--json")

    assert result.code == 0, result.err
    shown = json.loads(result.out)
    assert shown["source"] == str(path)
    assert shown["notices"]["event_hour"] == 7
    assert shown["daemon"]["poll_interval"] == "30s"
    assert shown["parser"]["max_article_bytes"] == 5 * 1024 * 1024
    assert shown["channels"] == {
        "console": {"type": "console", "enabled": True, "stream": "stdout"}
    }
    text = cli("config")
    assert text.code == 0 and f"# config file: {path}" in text.out
    assert "\nevent_hour = 7\n" in text.out and "\n[notices]\n" in text.out


@pytest.mark.parametrize("as_json", [True, False])
def test_config_never_shows_a_secret(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, as_json: bool
) -> None:
    path = write_config(tmp_path / "tracker.toml", CHANNELS, 0o600)
    monkeypatch.setenv("TRACKER_CONFIG", str(path))
    monkeypatch.setenv("TRACKER_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("TRACKER_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"postgresql+psycopg://tracker:{DB_PASSWORD}@db/t")

    flag = ["--json"] if as_json else []
    for result in (
        cli("config", *flag),
        cli("--db", f"postgresql+psycopg://tracker:{DB_PASSWORD}@db:5432/t", "config", *flag),
    ):
        assert result.code == 0, result.err
        for secret in (SMTP_PASSWORD, WEBHOOK_SECRET, DB_PASSWORD, BEARER, "url-tok-123"):
            assert secret not in result.out and secret not in result.err
    if as_json:
        shown = json.loads(result.out)
        assert shown["channels"]["mail"]["password_set"] is True
        assert shown["channels"]["hook"]["secret_set"] is True
        assert shown["channels"]["hook"]["headers"] == {"Authorization": "***", "X-Team": "news"}
        assert shown["channels"]["hook"]["url"].endswith("?token=***")
    else:
        assert "password_set = true" in result.out and "secret_set = true" in result.out


def test_config_says_when_a_secret_variable_is_not_set(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRACKER_CONFIG", str(write_config(tmp_path / "t.toml", CHANNELS, 0o600)))
    shown = json.loads(cli("config", "--json").out)
    assert shown["channels"]["mail"]["password_set"] is False
    assert shown["channels"]["hook"]["secret_set"] is False


def test_config_masks_the_password_of_a_database_url_it_cannot_parse(cli: Run) -> None:
    result = cli("--db", f"postgresql+psycopg://tracker:{DB_PASSWORD}@db:notaport/t", "config")
    assert result.code == 0, result.err
    assert DB_PASSWORD not in result.out
    assert "postgresql+psycopg://tracker:***@db:notaport/t" in result.out


def test_config_masks_a_database_password_given_in_the_query_string(cli: Run) -> None:
    result = cli("--db", f"postgresql+psycopg://tracker@db/t?password={DB_PASSWORD}", "config")
    assert result.code == 0, result.err
    assert DB_PASSWORD not in result.out
    assert "postgresql+psycopg://tracker@db/t?password=***" in result.out


def test_describe_masks_credentials_in_a_webhook_query_string() -> None:
    raw = {"type": "webhook", "url": "https://u:pw@example.com/h?api_key=k1&room=7&signature=s2"}
    assert describe(build_channel("hook", raw))["url"] == (
        "https://u:***@example.com/h?api_key=***&room=7&signature=***"
    )


def test_a_web_url_keeps_its_port_and_path_when_an_at_sign_follows() -> None:
    raw = {"type": "webhook", "url": "https://example.com:8443/h?email=a@b.c"}
    assert describe(build_channel("hook", raw))["url"] == "https://example.com:8443/h?email=a@b.c"


WARNING = "is readable by other users and holds credentials; chmod 600"


@pytest.mark.parametrize(
    "text",
    [
        CHANNELS,
        f'[database]\nurl = "postgresql+psycopg://tracker:{DB_PASSWORD}@db/tracker"\n',
        f'[database]\nurl = "postgresql+psycopg://tracker@db/tracker?password={DB_PASSWORD}"\n',
    ],
    ids=["authorization header", "database password", "password in the query string"],
)
def test_a_readable_config_file_with_credentials_draws_a_warning_once(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    path = write_config(tmp_path / "tracker.toml", text, 0o644)
    monkeypatch.setenv("TRACKER_CONFIG", str(path))

    result = cli("config")

    assert result.code == 0, result.err
    assert result.err.count(WARNING) == 1
    assert f"tracker: warning: config file {path} {WARNING} {path}" in result.err
    path.chmod(0o600)
    assert WARNING not in cli("config").err


def test_a_readable_config_file_without_credentials_draws_no_warning(tmp_path: Path) -> None:
    plain = '[channels.hook]\ntype = "webhook"\nurl = "https://example.com/h"\n'
    plain += 'headers = { X-Team = "news" }\n[database]\nurl = "postgresql://tracker@db/t"\n'

    def warnings(name: str, text: str, mode: int) -> list[str]:
        return load_config(write_config(tmp_path / name, text, mode), environ={}).warnings

    assert warnings("tracker.toml", plain, 0o644) == []
    assert warnings("g.toml", CHANNELS, 0o640) != []
    assert warnings("o.toml", CHANNELS, 0o604) != []
    assert warnings("u.toml", CHANNELS, 0o600) == []


def test_an_article_over_the_configured_limit_is_refused_naming_the_key(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER__parser__max_article_bytes", "1024")
    for command in (["extract", SEED], ["dates", SEED], ["ingest", SEED, "--yes"]):
        result = cli(*command)
        assert result.code == 1, command
        assert "is larger than the 1 KB limit (parser.max_article_bytes = 1024)" in result.err
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    monkeypatch.setenv("TRACKER__parser__max_article_bytes", str(1024 * 1024))
    assert cli("extract", SEED).code == 0


def test_a_batch_item_over_the_limit_gets_an_error_line(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER__parser__max_article_bytes", "100")
    items = [
        {"id": "small", "text": "on Friday", "published": "2025-08-05", "tz": "UTC"},
        {"id": "big", "text": "on Friday. " * 20, "published": "2025-08-05", "tz": "UTC"},
    ]
    result = cli("dates", "--jsonl", stdin="\n".join(json.dumps(i) for i in items))
    small, big = (json.loads(line) for line in result.out.splitlines())
    assert small["dates"] and "error" not in small
    assert big["dates"] == [] and "parser.max_article_bytes = 100" in big["error"]


def test_a_non_positive_article_limit_is_refused(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER__parser__max_article_bytes", "0")
    result = cli("extract", SEED)
    assert result.code == 1 and "parser.max_article_bytes" in result.err


def test_warnings_are_no_setting_a_config_file_can_hold(tmp_path: Path) -> None:
    path = write_config(tmp_path / "tracker.toml", 'warnings = ["x"]\n', 0o600)
    with pytest.raises(ConfigError, match="warnings"):
        load_config(path, environ={})


def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "tracker.toml"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path, environ={})


@pytest.mark.parametrize("key", ["display.tz", "parser.default_tz"])
def test_a_bad_time_zone_in_the_config_names_its_key(key: str, tmp_path: Path) -> None:
    table, name = key.split(".")
    path = write_config(tmp_path / "tracker.toml", "", 0o600)
    with pytest.raises(ConfigError, match=f"^bad configuration: {key}: unknown time zone"):
        load_config(path, environ={f"TRACKER__{table}__{name}": "Bogus/Zone"})
