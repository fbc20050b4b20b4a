"""Fixtures for the friendly layer: the checked-in generated client on sys.path, real mocks.

The mock fixtures come from tests/mock/conftest.py (a mock package generated from the spec).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.generated_client import generated_client
from tests.mock.conftest import Server, bundle, mock_package, server, start_server, stop_server

__all__ = ["bundle", "mock_package", "server"]
WINDOW_S = 5  # the limited mock's rate-limit window


@pytest.fixture(scope="module")
def importable() -> Iterator[None]:
    with generated_client("tests.friendly.user_program") as found:
        if not found:
            pytest.skip("the generated client (generated/client) does not exist yet")
        yield


@pytest.fixture(scope="module")
def limited(mock_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two requests per window for its one key: the third is a 429. The window is 5 s, not the
    spec's minute, so waiting one out costs seconds; it is long enough for three calls."""
    log = tmp_path_factory.mktemp("log") / "friendly-limited.log"
    running = start_server(
        mock_package,
        log,
        "--rate-limit",
        "2",
        "--rate-window",
        str(WINDOW_S),
        "--api-keys",
        "friendly-1",
    )
    yield running
    stop_server(running)
