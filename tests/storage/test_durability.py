"""`kill -9` under load loses no acknowledged write: a write answered 2xx is committed to the
store before the answer leaves, so a server killed without any chance to flush comes back, on
the same store, with every object it acknowledged, exactly as it answered it; and the next
document number comes after every acknowledged one (none is given twice).
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

import httpx
import pytest

from tests.storage.conftest import BOTH, Starter
from tests.storage.spec_cases import numbered_collection, sequence_of

pytestmark = pytest.mark.server

WRITERS = 4
ACKNOWLEDGED_BEFORE_KILL = 60
LOAD_TIMEOUT_S = 60.0


@BOTH
def test_kill_9_under_load_loses_no_acknowledged_write(store: str, mocks: Starter) -> None:
    kind = numbered_collection()
    assert kind.number_field is not None
    server = mocks(store)
    acknowledged: list[tuple[str, dict[str, object]]] = []  # (path of Location, body)
    refused: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def write() -> None:
        with server.client() as client:
            while not stop.is_set():
                try:
                    answer = client.post(kind.path, json=kind.body())
                except httpx.HTTPError:
                    return  # the server is gone: this request was never acknowledged
                with lock:
                    if answer.status_code == 201:
                        location = urlsplit(answer.headers["location"]).path
                        acknowledged.append((location, answer.json()))
                    else:
                        refused.append(f"{answer.status_code} {answer.text}")

    writers = [threading.Thread(target=write, daemon=True) for _ in range(WRITERS)]
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while len(acknowledged) < ACKNOWLEDGED_BEFORE_KILL and time.monotonic() < deadline:
        if refused or not any(w.is_alive() for w in writers):
            break
        time.sleep(0.01)  # polling the writers' progress, not waiting for the server
    server.kill()  # mid-load: the writers are still sending
    stop.set()
    for writer in writers:
        writer.join(timeout=30)
    assert not refused, refused[:3]
    assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL, (
        f"only {len(acknowledged)} creates were acknowledged before the kill\n{server.tail()}"
    )

    again = mocks(store)
    with httpx.Client(base_url=again.origin, headers={"X-API-Key": again.keys[0]}) as client:
        lost = []
        for location, body in acknowledged:
            read = client.get(location)
            if read.status_code != 200 or read.json() != body:
                lost.append(f"{location}: {read.status_code} {read.text[:200]}")
        assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged writes: {lost[:3]}"
        following = client.post(again.url + kind.path, json=kind.body())
    assert following.status_code == 201, following.text
    numbers = [sequence_of(str(body[kind.number_field])) for _, body in acknowledged]
    assert len(set(numbers)) == len(numbers), "a document number was given twice"
    highest = max(numbers)
    assert sequence_of(following.json()[kind.number_field]) > highest
