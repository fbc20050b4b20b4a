"""schemathesis against the mock, every check including the stateful ones (links), with a
small budget so the suite stays quick: a failure here means an answer the spec does not allow.

The full run (more examples, same settings) is in the docstring of `schemathesis.toml`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mock.conftest import KEY_1, ROOT, Server, start_server, stop_server

pytestmark = pytest.mark.server
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def fuzz_server(mock_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Its own server: the fuzzer deletes seed objects other tests rely on."""
    log = tmp_path_factory.mktemp("log") / "fuzz.log"
    running = start_server(mock_package, log, "--no-rate-limit")
    yield running
    stop_server(running)


def test_schemathesis_all_checks(fuzz_server: Server, bundle: Path, tmp_path: Path) -> None:
    schemathesis = Path(sys.executable).with_name("schemathesis")
    command = [
        str(schemathesis),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        str(bundle),
        "--url",
        fuzz_server.url,
        "-H",
        f"X-API-Key: {KEY_1}",
        "--checks",
        "all",
        "--max-examples",
        os.environ.get("MOCK_FUZZ_EXAMPLES", "3"),
        "--seed",
        "20261121",
        "--no-color",
    ]
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "tests.mock.schemathesis_hooks",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    log = fuzz_server.log.read_text()
    assert "mock_runtime.selfcheck" not in log and "unexpected error" not in log, log[-3000:]
