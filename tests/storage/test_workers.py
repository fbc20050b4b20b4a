"""`--workers 2` on PostgreSQL: two server processes on one port, one store. A write answered
by either worker is seen by the next request whichever worker takes it; every request goes on a
fresh connection so that both workers serve them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.conftest import POSTGRES, Starter
from tests.storage.mock_process import MockProcess
from tests.storage.spec_cases import plain_collection

pytestmark = pytest.mark.server

WORKERS = 2
ROUNDS = 25


@POSTGRES
def test_two_workers_share_the_store(store: str, mocks: Starter) -> None:
    server = mocks(store, workers=WORKERS)
    kind = plain_collection()
    cpu_before = _cpu_by_process(server)

    with server.client(fresh=True) as client:
        for _ in range(ROUNDS):
            created = client.post(kind.path, json=kind.body())
            assert created.status_code == 201, created.text
            path = f"{kind.path}/{created.json()[kind.id_field]}"
            read = client.get(path)
            assert read.status_code == 200, read.text
            assert read.json() == created.json()
            changed = client.request(kind.update_method, path, json=kind.update_body)
            assert changed.status_code == 200, changed.text
            assert client.get(path).json() == changed.json()
            assert client.delete(path).status_code == 204
            assert client.get(path).status_code == 404

    used = _cpu_by_process(server)
    grew = {pid: used[pid] - cpu_before.get(pid, 0) for pid in used}
    total = sum(grew.values())
    busy = [pid for pid, ticks in grew.items() if ticks >= total / 10]
    assert len(busy) >= WORKERS, f"CPU ticks by process while serving: {grew}"


def _cpu_by_process(server: MockProcess) -> dict[int, int]:
    """User+system CPU ticks of every process in the server's process group."""
    ticks = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == server.process.pid:  # fields[2] is the process group id
            ticks[int(stat.parent.name)] = int(fields[11]) + int(fields[12])
    return ticks
