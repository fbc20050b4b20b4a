"""The store interface on memory and SQLite: seeding once per store, counters that survive
reopening, `--store` values refused with a clear error, shared rate-limit counters."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mock_runtime.app import MockApp
from mock_runtime.config import Config
from mock_runtime.errors import RATE_LIMITED, ApiError
from mock_runtime.storage import StoreSpecError, open_store, parse_spec
from mock_runtime.storage.counters import SharedRateLimiter, sqlite_counter
from mock_runtime.storage.memory import MemoryStore
from mock_runtime.storage.sqlite import SqliteStore
from tests.storage.asgi import call, pin_clock

BASE = "http://127.0.0.1:4010/api/v1"
ACCOUNT = 70010


def _app(spec: str) -> MockApp:
    return pin_clock(MockApp(Config(store=spec, enforce_rate_limit=False)))


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        ("memory", "memory"),
        ("sqlite:data/x.sqlite3", "sqlite"),
        ("sqlite:x.db?sync=full", "sqlite"),
        ("postgresql://me@db:5432/mock", "postgresql"),
        ("postgresql:///mock?host=/run/pg&port=5433", "postgresql"),
    ],
)
def test_store_values_are_read(spec: str, kind: str) -> None:
    assert parse_spec(spec)[0] == kind


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("sqlite:", "needs a file path"),
        ("sqlite", "is not a store"),
        ("sqlite:x.db?sync=fast", "sync=normal or sync=full"),
        ("mysql://db/x", "is not a store"),
        ("", "is not a store"),
    ],
)
def test_bad_store_values_say_what_to_write(spec: str, said: str) -> None:
    with pytest.raises(StoreSpecError, match=said):
        parse_spec(spec)


def test_open_store_gives_the_named_store(tmp_path: Path) -> None:
    assert isinstance(open_store("memory"), MemoryStore)
    store = open_store(f"sqlite:{tmp_path / 'deep' / 'er' / 'file.sqlite3'}")
    assert isinstance(store, SqliteStore)
    assert (tmp_path / "deep" / "er" / "file.sqlite3").exists()  # folders made
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    store.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_store(f"sqlite:{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreSpecError, match="schema 99"):
        open_store(f"sqlite:{path}")


def test_an_account_is_seeded_once_per_store(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'seed.sqlite3'}"
    first, second = _app(spec), _app(spec)
    status, made, _ = call(first, "POST", "/warehouses", {"name": "Only in the file"})
    assert status == 201
    # the second process meets the account first now: it must load it, not seed it again
    status, listed, _ = call(second, "GET", "/warehouses?per_page=100")
    assert status == 200
    assert made["warehouse_id"] in [w["warehouse_id"] for w in listed["data"]]
    with sqlite3.connect(tmp_path / "seed.sqlite3") as conn:
        versions = conn.execute("SELECT id, version FROM accounts").fetchall()
    assert versions == [(ACCOUNT, 1)]  # seeded with the create, in one write; not again


def test_ids_and_numbers_survive_reopening_and_are_not_reused(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'numbers.sqlite3'}"
    app = _app(spec)
    made = call(app, "POST", "/clients", {"name": "First"})[1]
    assert call(app, "DELETE", f"/clients/{made['client_id']}")[0] == 204
    app.store.close()
    again = _app(spec)
    status, next_one, _ = call(again, "POST", "/clients", {"name": "Second"})
    assert status == 201
    assert next_one["client_id"] == made["client_id"] + 1
    assert int(next_one["number"]) == int(made["number"]) + 1  # no number given twice


def test_memory_store_keeps_nothing_across_apps() -> None:
    first = _app("memory")
    made = call(first, "POST", "/warehouses", {"name": "Gone with the process"})[1]
    assert call(_app("memory"), "GET", f"/warehouses/{made['warehouse_id']}")[0] == 404


def test_a_store_that_is_locked_answers_503_not_500(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    app = _app(f"sqlite:{path}")
    assert call(app, "GET", "/warehouses")[0] == 200
    app.store._conn.execute("PRAGMA busy_timeout=50")  # type: ignore[attr-defined]
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        status, body, headers = call(app, "POST", "/warehouses", {"name": "Waits"})
    finally:
        blocker.execute("ROLLBACK")
    assert status == 503 and body["error_id"] == 900
    assert headers["retry-after"] == "1"
    assert call(app, "POST", "/warehouses", {"name": "Now"})[0] == 201  # and it recovers


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_shared_counters_count_for_every_process(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "rate.sqlite3"
    one = SharedRateLimiter(sqlite_counter(path), 3, clock=clock, window=10.0)
    two = SharedRateLimiter(sqlite_counter(path), 3, clock=clock, window=10.0)
    one.hit("key:a")
    two.hit("key:a")
    headers = dict(one.hit("key:a"))
    assert headers[b"x-ratelimit-remaining"] == b"0"
    with pytest.raises(ApiError) as refused:
        two.hit("key:a")
    assert refused.value.error_id == RATE_LIMITED
    assert dict(refused.value.headers)[b"retry-after"] == b"10"
    assert dict(two.hit("key:b"))[b"x-ratelimit-remaining"] == b"2"  # per key
    clock.now += 10.0  # the window is a parameter: a new one starts after 10 s
    assert dict(one.hit("key:a"))[b"x-ratelimit-remaining"] == b"2"


def test_shared_counters_halve_after_the_daily_threshold(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "day.sqlite3"
    limiter = SharedRateLimiter(
        sqlite_counter(path), 4, daily_threshold=5, reduced=2, clock=clock, window=60.0
    )
    for _ in range(5):
        assert dict(limiter.hit("key:a"))[b"x-ratelimit-limit"] == b"4"
        clock.now += 61
    assert dict(limiter.hit("key:a"))[b"x-ratelimit-limit"] == b"2"  # the sixth today
    clock.now += 24 * 3600
    assert dict(limiter.hit("key:a"))[b"x-ratelimit-limit"] == b"4"  # a new day


def test_an_unexpected_failure_writes_nothing_and_keeps_no_half_change(tmp_path: Path) -> None:
    app = _app(f"sqlite:{tmp_path / 'failing.sqlite3'}")
    status, made, _ = call(app, "POST", "/warehouses", {"name": "Kept"})
    assert status == 201
    create = app._dispatch["create"]

    def half_then_fail(request: Any) -> Any:
        request.account.put("warehouses", (), 99_999, {"warehouse_id": 99_999, "name": "Half"})
        raise RuntimeError("a bug in a handler")

    app._dispatch["create"] = half_then_fail
    assert call(app, "POST", "/warehouses", {"name": "Never"})[0] == 500
    app._dispatch["create"] = create
    assert call(app, "GET", "/warehouses/99999")[0] == 404  # the copy was dropped, not served
    assert call(app, "GET", f"/warehouses/{made['warehouse_id']}")[1] == made
    assert call(app, "POST", "/warehouses", {"name": "Next"})[0] == 201  # the lock was released
