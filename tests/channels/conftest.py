from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import make_certificate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A (cert, key) pair for 127.0.0.1 issued by a throwaway CA."""
    return make_certificate(tmp_path_factory.mktemp("tls"))
