"""A channel that prints notices: for development, the demo and the built-in default."""

from __future__ import annotations

import sys
from typing import Literal, TextIO

from tracker.channels.base import Channel, ChannelSettings, Message
from tracker.channels.text import render_text


class ConsoleSettings(ChannelSettings):
    type: str = "console"
    stream: Literal["stdout", "stderr"] = "stdout"


class ConsoleChannel(Channel):
    """Writes a readable notice to stdout or stderr; cannot fail except on a closed stream."""

    Settings = ConsoleSettings
    settings: ConsoleSettings

    def send(self, message: Message) -> str:
        # Looked up at send time, so a redirected sys.stdout (pytest, the CLI) is honoured.
        stream: TextIO = getattr(sys, self.settings.stream)
        rule = "=" * 72
        stream.write(f"{rule}\n{message.subject()}\n{rule}\n{render_text(message)}\n")
        stream.flush()
        return "printed"
