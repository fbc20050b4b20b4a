"""Several mock processes on one store behave as one server: each sees the others' committed
writes on its next request, and document numbers stay gap-free and unique when both create at
once. Real processes, real HTTP on 127.0.0.1, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.storage.conftest import BOTH, Starter
from tests.storage.spec_cases import numbered_collection, plain_collection, sequence_of

pytestmark = pytest.mark.server

PROCESSES = 2
THREADS_PER_PROCESS = 4
CREATES_PER_THREAD = 25


@BOTH
def test_each_process_sees_the_others_writes(store: str, mocks: Starter) -> None:
    a, b = mocks(store), mocks(store)
    kind = plain_collection()
    with a.client() as on_a, b.client() as on_b:
        created = on_a.post(kind.path, json=kind.body())
        assert created.status_code == 201, created.text
        path = f"{kind.path}/{created.json()[kind.id_field]}"

        read = on_b.get(path)
        assert read.status_code == 200, read.text
        assert read.json() == created.json()

        changed = on_b.request(kind.update_method, path, json=kind.update_body)
        assert changed.status_code == 200, changed.text
        assert changed.json() != created.json(), "the update example changed nothing"
        read = on_a.get(path)
        assert read.status_code == 200, read.text
        assert read.json() == changed.json()

        gone = on_a.delete(path)
        assert gone.status_code == 204, gone.text
        assert on_b.get(path).status_code == 404
        assert on_b.delete(path).status_code == 404  # B does not delete it a second time


@BOTH
def test_numbers_stay_gap_free_under_concurrent_creates(store: str, mocks: Starter) -> None:
    servers = [mocks(store) for _ in range(PROCESSES)]
    kind = numbered_collection()
    assert kind.number_field is not None
    with servers[0].client() as client:
        first = client.post(kind.path, json=kind.body())
        assert first.status_code == 201, first.text
    start = sequence_of(first.json()[kind.number_field])

    def create_many(writer: int) -> list[tuple[int, httpx.Response]]:
        with servers[writer].client() as client:
            return [
                (writer, client.post(kind.path, json=kind.body()))
                for _ in range(CREATES_PER_THREAD)
            ]

    with ThreadPoolExecutor(PROCESSES * THREADS_PER_PROCESS) as pool:
        batches = [
            pool.submit(create_many, writer)
            for writer in range(PROCESSES)
            for _ in range(THREADS_PER_PROCESS)
        ]
        written = [pair for batch in batches for pair in batch.result()]
    answers = [answer for _, answer in written]

    refused = [a.text for a in answers if a.status_code != 201]
    assert not refused, refused[:3]
    created = [a.json() for a in answers]
    numbers = [c[kind.number_field] for c in created]
    ids = [c[kind.id_field] for c in created]
    assert len(set(numbers)) == len(numbers), "a document number was given twice"
    assert len(set(ids)) == len(ids), "an id was given twice"
    expected = list(range(start + 1, start + 1 + len(answers)))
    assert sorted(sequence_of(n) for n in numbers) == expected

    # what each process answered is what the store holds, read through the other process
    readers = [server.client() for server in servers]
    try:
        for (writer, _), body in zip(written, created, strict=True):
            read = readers[(writer + 1) % PROCESSES].get(f"{kind.path}/{body[kind.id_field]}")
            assert read.status_code == 200, read.text
            assert read.json()[kind.number_field] == body[kind.number_field]
    finally:
        for reader in readers:
            reader.close()
