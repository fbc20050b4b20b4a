"""The live-traffic proxy forwards unchanged and judges what passes through it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from contract_tests.faults.catalogue import build_catalogue
from contract_tests.faults.proxy import ProxyServer
from contract_tests.live_proxy import LiveProxy, build
from contract_tests.mock import MockServer, free_port, wait_until_ready
from contract_tests.recording import RECORDER

pytestmark = pytest.mark.server
KEYS = ("live-proxy-key-1", "live-proxy-key-2")


def serve(app: LiveProxy) -> tuple[str, uvicorn.Server, threading.Thread]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until_ready(f"http://127.0.0.1:{port}/", 20.0)
    return f"http://127.0.0.1:{port}/api/v1", server, thread


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(keys=KEYS) as started:
        yield started


def test_traffic_passes_unchanged_and_a_broken_answer_is_reported(
    mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_KEY", KEYS[0])
    faults = {"wrong_vat": build_catalogue(*KEYS)["wrong_vat"].apply}
    with ProxyServer(mock.base_url, faults) as broken:
        url, server, thread = serve(build(broken.base_url))
        try:
            headers = {"X-API-Key": KEYS[0]}
            direct = httpx.get(broken.base_url + "/warehouses/1", headers=headers)
            through = httpx.get(url + "/warehouses/1", headers=headers)
            assert (through.status_code, through.content) == (direct.status_code, direct.content)
            assert RECORDER.results.passed[
                "GET /warehouses/{warehouse_id}", "response_schema_conformance"
            ]
            broken.activate("wrong_vat")
            httpx.get(url + "/invoices/3003", headers=headers)
            assert "totals_arithmetic" in RECORDER.results.failed_checks()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
