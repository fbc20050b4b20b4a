"""Reset from the CLI and the admin route, the command line's refusals, and a real server with
two workers on one SQLite file."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from mock_runtime.app import MockApp
from mock_runtime.config import DEFAULT_PACKAGE, Config
from tests.mock.conftest import ROOT, start_server, stop_server
from tests.storage.asgi import call, pin_clock

TOKEN = "s3cret-admin"
RESET = "/_admin/accounts/70010/reset"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mock_runtime", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _raw(app: MockApp, method: str, path: str, token: str | None) -> tuple[int, Any]:
    """A request outside the API prefix (the admin route lives there)."""
    out: list[dict[str, Any]] = []
    headers = [(b"host", b"127.0.0.1:4010")]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"",
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 4010),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        out.append(message)

    asyncio.run(app(scope, receive, send))
    raw = out[1]["body"]
    return int(out[0]["status"]), orjson.loads(raw) if raw else None


def _app(spec: str, token: str | None = None) -> MockApp:
    return pin_clock(MockApp(Config(store=spec, enforce_rate_limit=False, admin_token=token)))


def _changed(app: MockApp) -> int:
    made = call(app, "POST", "/warehouses", {"name": "To be forgotten"})[1]
    assert call(app, "GET", f"/warehouses/{made['warehouse_id']}")[0] == 200
    return int(made["warehouse_id"])


@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_admin_route_restores_the_seed_data(tmp_path: Path, store: str) -> None:
    spec = store if store == "memory" else f"sqlite:{tmp_path / 'admin.sqlite3'}"
    app = _app(spec, TOKEN)
    seeded = call(app, "GET", "/warehouses?per_page=100")[1]
    ident = _changed(app)
    assert _raw(app, "POST", RESET, TOKEN) == (204, None)
    assert call(app, "GET", f"/warehouses/{ident}")[0] == 404
    assert call(app, "GET", "/warehouses?per_page=100")[1] == seeded
    again = call(app, "POST", "/warehouses", {"name": "After the reset"})[1]
    assert again["warehouse_id"] == ident  # the id counter is the seed's again


def test_admin_route_refuses_a_wrong_or_missing_token(tmp_path: Path) -> None:
    app = _app(f"sqlite:{tmp_path / 'guarded.sqlite3'}", TOKEN)
    ident = _changed(app)
    for token in (None, "wrong"):
        status, body = _raw(app, "POST", RESET, token)
        assert status == 401 and body["error_id"] == 904
    status, body = _raw(app, "GET", RESET, TOKEN)
    assert status == 405 and body["error_id"] == 922
    assert _raw(app, "POST", "/_admin/accounts/abc/reset", TOKEN)[0] == 404
    assert call(app, "GET", f"/warehouses/{ident}")[0] == 200  # nothing was reset


def test_admin_route_does_not_exist_without_a_token(tmp_path: Path) -> None:
    app = _app(f"sqlite:{tmp_path / 'off.sqlite3'}")
    ident = _changed(app)
    status, body = _raw(app, "POST", RESET, TOKEN)
    assert status == 404 and body["error_id"] == 910
    assert call(app, "GET", f"/warehouses/{ident}")[0] == 200


def test_reset_from_the_cli_reaches_a_running_process(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    app = _app(f"sqlite:{path}")
    ident = _changed(app)
    done = _cli("reset", "--store", f"sqlite:{path}", "--account", "70010")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "70010" in done.stdout
    assert call(app, "GET", f"/warehouses/{ident}")[0] == 404  # seen at the next request


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["reset", "--store", "memory", "--account", "70010"], "memory store"),
        (["reset", "--store", "bogus", "--account", "70010"], "is not a store"),
        (["reset", "--store", "sqlite:x.sqlite3"], "--account"),
        (["--store", "redis://x"], "is not a store"),
        (["--store", "sqlite:/proc/no-such/x.sqlite3"], "cannot use"),
        (["--store", "postgresql://[unclosed"], "cannot use"),
        (["--workers", "2"], "needs a store the processes share"),
        (["--workers", "0", "--store", "sqlite:x.sqlite3"], "between 1 and"),
    ],
)
def test_bad_command_lines_exit_2_with_a_clear_line(args: list[str], said: str) -> None:
    done = _cli(*args)
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr


def test_a_bad_store_value_is_one_line(tmp_path: Path) -> None:
    done = _cli("--store", "sqlite:")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "sqlite:" in done.stderr


def test_two_workers_share_one_file_and_data_survives_a_restart(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'served.sqlite3'}"
    log = tmp_path / "server.log"
    server = start_server(
        DEFAULT_PACKAGE, log, "--store", spec, "--workers", "2", "--no-rate-limit"
    )
    try:
        made = []
        # new connections each time: the kernel spreads them over both processes
        for n in range(12):
            with server.client() as client:
                created = client.post("/warehouses", json={"name": f"W{n}"})
                assert created.status_code == 201, created.text
                made.append(created.json()["warehouse_id"])
        assert len(set(made)) == 12 and made == sorted(made)  # no id given twice
        for ident in made:
            with server.client() as client:
                assert client.get(f"/warehouses/{ident}").status_code == 200
    finally:
        stop_server(server)
    banner = log.read_text()
    assert "store: sqlite:" in banner and "2 workers" in banner
    again = start_server(DEFAULT_PACKAGE, tmp_path / "again.log", "--store", spec)
    try:
        with again.client() as client:
            assert client.get(f"/warehouses/{made[-1]}").status_code == 200
    finally:
        stop_server(again)


def test_workers_stop_together(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'stop.sqlite3'}"
    server = start_server(DEFAULT_PACKAGE, tmp_path / "s.log", "--store", spec, "--workers", "2")
    with server.client() as client:
        assert client.get("/warehouses").status_code == 200
    stop_server(server)
    assert server.process.returncode is not None
    with pytest.raises(httpx.TransportError):
        httpx.get(server.url + "/warehouses", timeout=2)


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found]


def test_a_worker_that_dies_is_replaced(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'replace.sqlite3'}"
    server = start_server(DEFAULT_PACKAGE, tmp_path / "r.log", "--store", spec, "--workers", "2")
    try:
        time.sleep(5.5)  # past the start-up period: a death now is an accident
        first = _children(server.process.pid)
        assert len(first) == 2
        os.kill(first[0], signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            now = _children(server.process.pid)
            if len(now) == 2 and first[0] not in now:
                break
            time.sleep(0.1)
        assert len(now) == 2 and first[0] not in now
        for _ in range(4):
            with server.client() as client:
                assert client.get("/warehouses").status_code == 200
        assert server.process.poll() is None
    finally:
        stop_server(server)
    assert server.process.returncode == 0
    assert "replaced" in (tmp_path / "r.log").read_text()
