"""What the corpus cannot show case by case: a prompt shutdown with stalled clients attached,
connections that never finish their headers, the `--max-objects` limit, and a CLI that offers
every option `docs/MOCK_SERVER.md` documents."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.conftest import address, exchange
from tests.hostile.corpus import post_client, request
from tests.mock.conftest import ROOT, start_server, stop_server

pytestmark = pytest.mark.server

SHUTDOWN_BUDGET_S = 5.0


def test_shutdown_is_prompt_with_stalled_clients(mock_package: Path, tmp_path: Path) -> None:
    """SIGTERM with a half-sent body, half-sent headers and an idle connection attached: the
    process is gone within 5 s (a stalled body once held it for 20 s), without a traceback."""
    log = tmp_path / "server.log"
    server = start_server(mock_package, log, "--no-rate-limit")  # default 10 s read timeout
    stalled: list[socket.socket] = []
    try:
        body = socket.create_connection(address(server))
        body.sendall(post_client(b'{"name"', length=False, headers=[(b"Content-Length", b"100")]))
        headers = socket.create_connection(address(server))
        headers.sendall(b"GET /api/v1/clients HTTP/1.1\r\nHost: a\r\n")
        idle = socket.create_connection(address(server))
        stalled += [body, headers, idle]
        time.sleep(0.3)  # the server has read what was sent
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=SHUTDOWN_BUDGET_S + 5)
        took = time.monotonic() - started
    finally:
        for sock in stalled:
            sock.close()
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait()
    assert took < SHUTDOWN_BUDGET_S, f"shutdown took {took:.1f} s"
    assert "Traceback" not in log.read_text(), log.read_text()


def test_connections_that_never_finish_headers_are_closed(
    mock_package: Path, tmp_path: Path
) -> None:
    server = start_server(mock_package, tmp_path / "server.log", "--read-timeout", "0.5")
    try:
        for opening in (b"", b"GET /api/v1/clients HTTP/1.1\r\n", b"G"):
            with socket.create_connection(address(server), timeout=5) as sock:
                sock.sendall(opening)
                started = time.monotonic()
                assert sock.recv(100) == b""  # closed by the server, no answer
                assert time.monotonic() - started < 3
    finally:
        stop_server(server)


def test_full_collection_refuses_creates_and_keeps_everything(
    mock_package: Path, tmp_path: Path
) -> None:
    """At `--max-objects` a create is 409 (925); nothing is evicted, seeds included."""
    limit = 8
    server = start_server(
        mock_package, tmp_path / "server.log", "--no-rate-limit", "--max-objects", str(limit)
    )
    try:
        listed = exchange(server, request("GET", "/api/v1/clients?per_page=100"))
        seeded = {c["client_id"] for c in json.loads(listed.body)["data"]}
        assert 0 < len(seeded) < limit
        for i in range(limit - len(seeded)):
            made = exchange(server, post_client(json.dumps({"name": f"fill {i}"}).encode()))
            assert made.status == 201, made.body
        refused = exchange(server, post_client(b'{"name": "one too many"}'))
        assert refused.status == 409
        assert json.loads(refused.body)["error_id"] == 925
        listed = exchange(server, request("GET", "/api/v1/clients?per_page=100"))
        kept = {c["client_id"] for c in json.loads(listed.body)["data"]}
        assert seeded <= kept and len(kept) == limit
        bulk = exchange(
            server, request("POST", "/api/v1/clients/bulk", b'{"clients": [{"name": "b"}]}')
        )
        outcome = json.loads(bulk.body)
        assert bulk.status == 200 and outcome["failed"] == 1
        assert outcome["results"][0]["error"]["error_id"] == 925
        one = min(kept - seeded)
        assert exchange(server, request("DELETE", f"/api/v1/clients/{one}")).status == 204
        assert exchange(server, post_client(b'{"name": "room again"}')).status == 201
    finally:
        stop_server(server)


def test_every_documented_option_exists() -> None:
    """`docs/MOCK_SERVER.md` once documented `--max-objects`, which the CLI did not have."""
    documented = set(re.findall(r"`(--[a-z][a-z-]+)", (ROOT / "docs/MOCK_SERVER.md").read_text()))
    assert {"--max-objects", "--read-timeout", "--self-check"} <= documented
    shown = subprocess.run(
        [sys.executable, "-m", "mock_runtime", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    offered = set(re.findall(r"(--[a-z][a-z-]+)", shown))
    assert documented <= offered, f"documented but missing: {sorted(documented - offered)}"


def test_shutdown_cancels_a_slow_request_with_a_catalogue_answer(
    mock_package: Path, tmp_path: Path
) -> None:
    """A request still running when the graceful-shutdown timeout ends gets 503 (900), not
    uvicorn's plain-text 500, and the log holds no traceback."""
    log = tmp_path / "server.log"
    server = start_server(mock_package, log, "--no-rate-limit", "--latency", "20000")
    try:
        with socket.create_connection(address(server), timeout=15) as sock:
            sock.sendall(request("GET", "/api/v1/clients/1001"))
            time.sleep(0.3)
            started = time.monotonic()
            server.process.send_signal(signal.SIGTERM)
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        server.process.wait(timeout=10)
        took = time.monotonic() - started
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait()
    assert data.startswith(b"HTTP/1.1 503"), data[:200]
    assert b'"error_id":900' in data
    assert took < SHUTDOWN_BUDGET_S, f"shutdown took {took:.1f} s"
    assert "Traceback" not in log.read_text(), log.read_text()
