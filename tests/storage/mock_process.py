"""`python -m mock_runtime` as a real process on a store, for the black-box storage tests.

Each server runs in its own session so that `kill()` (SIGKILL) and `stop()` reach exactly the
processes it started (with `--workers N` the workers are its children), and nothing else.
Readiness is the contract's: the port answers HTTP.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import httpx

from contract_tests.mock import API_PREFIX, ROOT, MockError, free_port, wait_until_ready

READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 20.0
KEYS = ("store-key-1", "store-key-2")


@dataclass
class MockProcess:
    store: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    keys: tuple[str, ...] = KEYS
    command: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return self.origin + API_PREFIX

    def absolute(self, location: str) -> str:
        """A Location (absolute, or a path) as a URL on this server."""
        return urljoin(self.origin + "/", location)

    def client(
        self, key: str | None = None, headers: dict[str, str] | None = None, fresh: bool = False
    ) -> httpx.Client:
        """A client on this server with the first key (or `key`), and `headers`; `fresh`: every
        request on a new connection (so that with several workers any of them may take it)."""
        sent = {"X-API-Key": key or self.keys[0], **(headers or {})}
        if fresh:
            sent["Connection"] = "close"
        limits = httpx.Limits(max_keepalive_connections=0 if fresh else 20)
        return httpx.Client(base_url=self.url, headers=sent, timeout=30, limits=limits)

    def kill(self) -> None:
        """SIGKILL the server and its workers: no shutdown, no flush, nothing after."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT_S)

    def stop(self) -> None:
        """SIGTERM (a clean shutdown), SIGKILL if it does not end in time."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.kill()
        # workers that outlived their parent
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]


def start_mock(
    store: str,
    log: Path,
    *,
    workers: int = 1,
    keys: tuple[str, ...] = KEYS,
    rate_limit: int | None = None,
    extra: tuple[str, ...] = (),
) -> MockProcess:
    """Start a mock on `store` on a free port and wait until it answers; no rate limit unless
    `rate_limit` is given."""
    port = free_port()
    command = [
        sys.executable, "-m", "mock_runtime", "--port", str(port), "--host", "127.0.0.1",
        "--api-keys", ",".join(keys),
    ]  # fmt: skip
    if store != "memory":  # the default store; older servers do not know --store
        command += ["--store", store]
    if workers != 1:
        command += ["--workers", str(workers)]
    command += ["--no-rate-limit"] if rate_limit is None else ["--rate-limit", str(rate_limit)]
    command += list(extra)
    with log.open("ab") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = MockProcess(store, port, process, log, keys, command)
    try:
        # any path outside the API answers once the server routes (404 with the error body)
        wait_until_ready(server.origin + "/", READY_TIMEOUT_S, process)
    except MockError as exc:
        server.stop()
        raise MockError(f"{exc}\ncommand: {' '.join(command)}\nlog:\n{server.tail()}") from None
    return server
