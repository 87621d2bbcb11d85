from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tracker.config import Config, build_channels, load_config, parse_duration
from tracker.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_the_documented_config_file_matches_the_built_in_defaults() -> None:
    documented = load_config(REPO / "config" / "tracker.toml", environ={})
    built_in = load_config(environ={})
    skip = {"source", "channels"}
    assert documented.model_dump(exclude=skip) == built_in.model_dump(exclude=skip)

    def channels(config: Config) -> dict[str, object]:
        return {name: ch.settings.model_dump() for name, ch in build_channels(config).items()}

    assert channels(documented) == channels(built_in)


def test_it_reads_durations_in_the_documented_forms() -> None:
    assert parse_duration("30s") == timedelta(seconds=30)
    assert parse_duration("1.5h") == timedelta(minutes=90)
    assert parse_duration("2w") == timedelta(days=14)
    with pytest.raises(ValueError, match="'soon' is not a duration"):
        parse_duration("soon")


def test_environment_variables_override_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tracker.toml"
    path.write_text('version = 1\n[notices]\nevent_hour = 7\nreminders = ["2d"]\n')
    config = load_config(
        path,
        environ={
            "TRACKER__notices__event_hour": "8",
            "TRACKER_DATABASE_URL": "sqlite:////tmp/x.db",
        },
    )
    assert config.notices.event_hour == 8
    assert config.notices.reminders == [timedelta(days=2)]
    assert config.database.url == "sqlite:////tmp/x.db"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[notices]\nevent_hour = 25\n", "notices.event_hour"),
        ('[notices]\nfollowup_after = "soonish"\n', "notices.followup_after"),
        ('[daemon]\npol_interval = "1s"\n', "daemon.pol_interval"),
        ('[channels.mail]\ntype = "email"\nhost = "x"\nfrom_addr = "a@b"\n', "channels.mail"),
        ('[channels.x]\ntype = "pigeon"\n', "channels.x"),
        ("version = 9\n", "version"),
        ('[parser]\ndefault_tz = "Mars/Olympus"\n', "tz"),
    ],
)
def test_it_refuses_a_bad_config_naming_the_key(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "tracker.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert where in str(caught.value)


def test_it_says_when_the_file_is_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "tracker.toml"
    path.write_text("[notices\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path, environ={})


def test_it_uses_a_sqlite_file_in_the_data_folder_by_default() -> None:
    url = Config().database.resolved_url()
    assert url.startswith("sqlite:///") and url.endswith("tracker/tracker.db")


def test_follow_ups_can_be_turned_off() -> None:
    config = load_config(environ={"TRACKER__notices__followup_after": "off"})
    assert config.notices.followup_after is None
