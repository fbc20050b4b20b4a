"""The PostgreSQL store through the same interface: the same answers as memory with two
processes taking turns, a reset seen by every process, counters shared through the database.
`postgres_url` (a database on a throwaway server) comes from this folder's conftest."""

from __future__ import annotations

import time
import uuid
from typing import Any

import psycopg
import pytest

from mock_runtime.app import MockApp
from mock_runtime.config import Config
from mock_runtime.errors import RATE_LIMITED, ApiError
from mock_runtime.storage import StoreSpecError, open_store
from mock_runtime.storage.counters import SharedRateLimiter, postgres_counter
from mock_runtime.storage.postgres import PostgresStore
from tests.storage.asgi import call, pin_clock
from tests.storage.test_store_roundtrip import run

ACCOUNT = 70010


def _app(url: str) -> MockApp:
    return pin_clock(MockApp(Config(store=url, enforce_rate_limit=False)))


@pytest.fixture
def url(postgres_url: str) -> str:
    """The shared database, with the test account back at its seeds."""
    store = open_store(postgres_url)
    store.reset(ACCOUNT)
    store.close()
    return postgres_url


def test_postgres_is_chosen_and_the_schema_made(url: str) -> None:
    store = open_store(url)
    assert isinstance(store, PostgresStore)
    with psycopg.connect(url) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables")}
    assert {"schema_version", "accounts", "objects", "rate_counters"} <= tables
    store.close()


def test_two_processes_on_postgres_answer_as_memory(url: str) -> None:
    memory = _app("memory")
    expected = run(lambda _: memory)
    apps = [_app(url), _app(url)]

    def pick(turn: int) -> MockApp:
        if turn == 11:  # a restarted process reads everything back
            apps[0] = _app(url)
        return apps[turn % 2]

    assert run(pick) == expected


def test_a_reset_reaches_every_process(url: str) -> None:
    first, second = _app(url), _app(url)
    made = call(first, "POST", "/warehouses", {"name": "Short-lived"})[1]
    assert call(second, "GET", f"/warehouses/{made['warehouse_id']}")[0] == 200
    first.store.reset(ACCOUNT)
    assert call(second, "GET", f"/warehouses/{made['warehouse_id']}")[0] == 404
    again = call(second, "POST", "/warehouses", {"name": "Reused id"})[1]
    assert again["warehouse_id"] == made["warehouse_id"]  # counters back at the seed's


def test_counters_are_shared_through_the_database(url: str) -> None:
    now = [2_000_000.0]
    stores = [open_store(url), open_store(url)]
    one, two = (
        SharedRateLimiter(postgres_counter(s), 2, clock=lambda: now[0], window=30.0) for s in stores
    )
    key = f"key:{uuid.uuid4()}"
    one.hit(key, ACCOUNT)
    two.hit(key, ACCOUNT)
    with pytest.raises(ApiError) as refused:
        one.hit(key, ACCOUNT)
    assert refused.value.error_id == RATE_LIMITED
    now[0] += 30.0
    assert dict(two.hit(key, ACCOUNT))[b"x-ratelimit-remaining"] == b"1"
    for store in stores:
        store.close()


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreSpecError, match="cannot use"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_reads_see_other_processes_writes_without_reloading_all(url: str) -> None:
    first, second = _app(url), _app(url)
    call(first, "GET", "/invoices/3003")
    call(second, "GET", "/invoices/3003")
    cached: Any = second.store._cache[ACCOUNT]  # type: ignore[attr-defined]
    item = {"description": "Late", "amount": "5.00", "quantity": "1", "tax_rate": "21"}
    assert call(first, "POST", "/invoices/3003/items", item)[0] == 201
    status, invoice, _ = call(second, "GET", "/invoices/3003")
    assert status == 200 and invoice["items"][-1]["description"] == "Late"
    assert second.store._cache[ACCOUNT] is cached  # type: ignore[attr-defined]  # updated in place


def test_a_hint_left_by_an_earlier_request_is_not_trusted(url: str) -> None:
    """A count that brings no version (the caller's account not stored yet) replaces the hint
    an earlier request left behind, so a later read cannot take a stale copy for fresh."""
    first, second = _app(url), _app(url)
    call(second, "GET", "/warehouses")
    store: Any = second.store
    cached = store._cache[ACCOUNT]
    store.hint(ACCOUNT, cached.version, cached.epoch)  # left by a request that ended early
    made = call(first, "POST", "/warehouses", {"name": "Written elsewhere"})[1]
    postgres_counter(store)(f"key:{uuid.uuid4()}", time.time(), 60.0, 99_999)
    fresh = store.read(ACCOUNT, "http://127.0.0.1:4010/api/v1")
    assert fresh.get("warehouses", (), made["warehouse_id"]) is not None
