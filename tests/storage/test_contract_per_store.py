"""The contract suite passes against the mock on every store: a short run (the `store` profile
of contract_tests/profiles.toml) of `python -m contract_tests` against the mock it starts with
`--store` SQLite or PostgreSQL; the verdict must be PASSED. `make test` runs the quick profile
on the memory store.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.mock import ROOT
from tests.storage.conftest import BOTH
from tests.storage.postgres_server import PostgresServer

pytestmark = pytest.mark.server

PROFILE = "store"
RUN_TIMEOUT_S = 300
# what would point the suite at another server or change its run
_RUN_SETTINGS = ("BASE_URL", "API_KEY", "API_KEY_2", "PROFILE", "MAX_REQUESTS")


@BOTH
def test_contract_suite_passes_on_the_store(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in _RUN_SETTINGS}
    command = [
        sys.executable, "-m", "contract_tests", "--profile", PROFILE,
        "--report-dir", str(tmp_path / "reports"),
        "--mock-arg=--store", f"--mock-arg={store}",
    ]  # fmt: skip
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-6000:]
    assert "contract tests — PASSED" in done.stdout, output[-6000:]
    assert _was_used(store, request), f"the mock did not run on {store}"


def _was_used(store: str, request: pytest.FixtureRequest) -> bool:
    """Whether the mock ran on the store (its file or its tables exist), not in memory."""
    if store.startswith("sqlite:"):
        path = Path(store.removeprefix("sqlite:"))
        return path.is_file() and path.stat().st_size > 0
    server: PostgresServer = request.getfixturevalue("postgres")
    database = store.rsplit("/", 1)[1]
    tables = server.sql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", database
    )
    return int(tables.strip()) > 0
