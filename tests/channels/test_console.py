from __future__ import annotations

import pytest

from tests.channels.factories import make_message
from tracker.channels import ConsoleChannel, build_channel


def console(**settings: str) -> ConsoleChannel:
    channel = build_channel("console", {"type": "console", **settings})
    assert isinstance(channel, ConsoleChannel)
    return channel


def test_it_prints_a_readable_notice_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    message = make_message(kind="reminder")

    receipt = console().send(message)

    out, err = capsys.readouterr()
    assert receipt == "printed"
    assert err == ""
    assert message.subject() in out
    assert "Reminder: this claim comes due soon." in out
    assert "  Due:         Fri 8 Aug 2025 23:59 EDT (America/New_York)\n" in out
    assert "tracker resolve 42 kept|broken|partly|extended|unclear|withdrawn" in out


def test_it_prints_to_stderr_when_told_to(capsys: pytest.CaptureFixture[str]) -> None:
    console(stream="stderr").send(make_message())

    out, err = capsys.readouterr()
    assert out == ""
    assert "The Senate will vote on the farm bill by Friday" in err


def test_it_leaves_out_commands_and_empty_fields_for_a_test_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    message = make_message(
        kind="test",
        claim_id=None,
        speaker=None,
        quote=None,
        consequence=None,
        source_title=None,
        source_url=None,
        source_published=None,
    )

    console().send(message)

    out = capsys.readouterr().out
    assert "Test notice: if you can read this, the channel works." in out
    assert "(No claim to act on.)" in out
    for absent in ("tracker resolve", "Speaker:", "Quote:", "Source:", "None"):
        assert absent not in out
