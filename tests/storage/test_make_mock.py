"""`make mock` keeps its data across a restart: the target runs the mock on a SQLite file (the
Makefile's STORE default), so what was written before a stop is there after the next start."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from contract_tests.mock import ROOT, free_port, wait_until_ready
from mock_runtime.config import DEMO_API_KEYS
from tests.storage.mock_process import READY_TIMEOUT_S, MockProcess
from tests.storage.spec_cases import list_items_field, plain_collection

pytestmark = pytest.mark.server

# what would change the target's store or arguments
_MOCK_SETTINGS = ("STORE", "MOCK_ARGS", "PORT", "MOCK_STORE_PATH")


def _make_mock(data: Path, log: Path) -> MockProcess:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in _MOCK_SETTINGS}
    command = [
        # only the target's own recipe: generated/ and the venv are other tests' business
        "make", "--no-print-directory", "-o", "generate", "-o", ".venv/.installed",
        "mock", f"PORT={port}", f"MOCK_STORE_PATH={data}",
    ]  # fmt: skip
    with log.open("ab") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    server = MockProcess(f"sqlite:{data}", port, process, log, DEMO_API_KEYS, command)
    try:
        wait_until_ready(server.origin + "/", READY_TIMEOUT_S, process)
    except Exception:
        server.stop()
        raise
    return server


def test_make_mock_keeps_its_data_across_a_restart(tmp_path: Path) -> None:
    data, log = tmp_path / "mock" / "books.sqlite3", tmp_path / "make-mock.log"
    kind, items = plain_collection(), list_items_field()
    first = _make_mock(data, log)
    try:
        with first.client() as client:
            seeds = [row[kind.id_field] for row in client.get(kind.path).json()[items]]
            deleted = f"{kind.path}/{seeds[0]}"
            assert client.delete(deleted).status_code == 204
            created = client.post(kind.path, json=kind.body())
            assert created.status_code == 201, created.text
    finally:
        first.stop()
    assert data.is_file(), f"make mock kept nothing in {data}:\n{first.tail()}"

    second = _make_mock(data, log)
    try:
        with second.client() as client:
            read = client.get(f"{kind.path}/{created.json()[kind.id_field]}")
            assert read.status_code == 200, read.text
            assert read.json() == created.json()
            assert client.get(deleted).status_code == 404
    finally:
        second.stop()
