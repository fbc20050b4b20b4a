"""Fixtures: the mock server package generated from the current spec, and real servers.

Each server is `python -m mock_runtime` (uvicorn) on a free port of 127.0.0.1 with `--self-check`,
so an answer that breaks the spec fails loudly as a 500 in whatever test provoked it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY_1 = "demo-key-1"
KEY_2 = "demo-key-2"


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT/api/v1
    process: subprocess.Popen[bytes]
    log: Path

    def client(self, key: str | None = KEY_1, **kwargs: object) -> httpx.Client:
        headers = {"X-API-Key": key} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10, **kwargs)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(package: Path, log: Path, *args: str) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "mock_runtime", "--port", str(port), "--package", str(package)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--self-check", *args], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mock server exited: {log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return Server(url, process, log)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("mock server did not start in 20 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def mock_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`generated/mock_server` rendered from the spec as it is now."""
    out = tmp_path_factory.mktemp("generated")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "mock",
            "openapi/openapi.yaml",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out / "mock_server"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "bundle",
            "openapi/openapi.yaml",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return out / "openapi.yaml"


@pytest.fixture(scope="session")
def server(mock_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(
        mock_package, tmp_path_factory.mktemp("log") / "server.log", "--no-rate-limit"
    )
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def limited_server(
    mock_package: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """Rate limit on, 5 a minute, so the tests can reach it quickly."""
    log = tmp_path_factory.mktemp("log") / "limited.log"
    running = start_server(mock_package, log, "--rate-limit", "5", "--api-keys", "rl-1,rl-2,rl-3")
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def examples_server(
    mock_package: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("log") / "examples.log"
    running = start_server(
        mock_package, log, "--mode", "examples", "--no-rate-limit", "--seed", "7"
    )
    yield running
    stop_server(running)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as http:
        yield http
