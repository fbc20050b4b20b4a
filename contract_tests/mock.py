"""Start the generated mock server for a run when no BASE_URL is given, and stop it afterwards."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

ROOT = Path(__file__).resolve().parents[1]
API_PREFIX = "/api/v1"
DEMO_KEYS = ("contract-demo-key-1", "contract-demo-key-2")
READY_TIMEOUT = 90.0


class MockError(RuntimeError):
    """The mock could not be started or did not become ready."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_ready(
    url: str, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Poll until the server answers HTTP at all (any status: it is up and routing)."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise MockError(f"the server exited with code {process.returncode} before it was ready")
        try:
            httpx.get(url, timeout=2.0)
            return
        except httpx.HTTPError as exc:
            last_error = str(exc)
        time.sleep(0.2)
    raise MockError(f"no answer from {url} within {timeout:.0f} s ({last_error})")


class MockServer:
    """`python -m mock_runtime` on a free 127.0.0.1 port with the demo keys, rate limit off.

    The rate limit is off because a fuzzing run sends thousands of requests a minute; the
    rate-limit headers are still sent and checked on every response. CONTRACT_MOCK_ARGS adds
    arguments (e.g. `--package DIR` to run a mock generated elsewhere).
    """

    def __init__(
        self,
        keys: tuple[str, ...] = DEMO_KEYS,
        extra_args: tuple[str, ...] = ("--no-rate-limit",),
        port: int | None = None,
    ) -> None:
        self.keys = keys
        self.extra_args = extra_args
        self.wanted_port = port  # None: any free port
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.gettempdir()) / "books-api-contract-mock.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    def start(self) -> MockServer:
        if not (ROOT / "mock_runtime").is_dir():
            raise MockError(
                "mock_runtime/ does not exist yet: run `make generate`, or pass BASE_URL"
            )
        self.port = self.wanted_port or free_port()
        command = [
            sys.executable, "-m", "mock_runtime", "--port", str(self.port),
            "--api-keys", ",".join(self.keys), *self.extra_args,
            *shlex.split(os.environ.get("CONTRACT_MOCK_ARGS", "")),
        ]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_ready(self.base_url + "/", READY_TIMEOUT, self.process)
        except MockError as exc:
            self.stop()
            tail = self.log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise MockError(f"{exc}\ncommand: {' '.join(command)}\nlog tail:\n{tail}") from None
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
