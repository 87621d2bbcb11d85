from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import (
    SmtpServer,
    WebhookServer,
    make_certificate,
    running_smtp_server,
    running_webhook_server,
)


@pytest.fixture(autouse=True)
def _no_secrets_from_the_developer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("TRACKER_WEBHOOK_SECRET", raising=False)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def webhook_server() -> Iterator[WebhookServer]:
    with running_webhook_server() as server:
        yield server


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A (cert, key) pair for 127.0.0.1 issued by a throwaway CA."""
    return make_certificate(tmp_path_factory.mktemp("tls"))
