"""Rate-limit counters shared by every process on one store (PostgreSQL, or SQLite with
`--workers` above 1), with the same headers and 920 as the in-process `RateLimiter`.

One row per key: the start and count of the current window, and of the current day. The day
is a fixed 24-hour window from the key's first request (the in-process limiter slides it by
minutes); one upsert per request counts both and returns them, so no process keeps state.
Wall-clock time, not a monotonic clock: processes, and hosts, compare their times.
"""

from __future__ import annotations

import fcntl
import math
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mock_runtime.ratelimit import Headers, RateLimiter
from mock_runtime.storage.base import StoreError
from mock_runtime.storage.sqlite import BUSY_TIMEOUT_S

DAY_S = 24 * 3600.0
# what a counting backend returns: window start, count in the window, count in the day
Counted = tuple[float, int, int]
Count = Callable[[str, float, float, int | None], Counted]


class SharedRateLimiter(RateLimiter):
    def __init__(
        self,
        count: Count,
        limit: int,
        enforce: bool = True,
        daily_threshold: int | None = None,
        clock: Callable[[], float] = time.time,
        reduced: int | None = None,
        window: float = 60.0,
    ) -> None:
        super().__init__(limit, enforce, daily_threshold, clock, reduced, window)
        self._count = count

    def hit(self, key: str, account: int | None = None) -> Headers:
        now = self._clock()
        window_start, count, day_count = self._count(key, now, self.window, account)
        limit = self.limit if day_count <= self.daily_threshold else self.reduced
        reset = max(0, math.ceil(window_start + self.window - now))
        return self.answer(count, limit, reset)


def postgres_counter(store: Any) -> Count:
    """Counting in PostgreSQL's unlogged table; the likely account's version comes back with
    it and is handed to the store (`hint`), so a read needs no second round trip."""
    import psycopg

    from mock_runtime.storage.postgres import RATE_HIT

    def count(key: str, now: float, window: float, account: int | None) -> Counted:
        params = {"key": key, "now": now, "window": window, "day": DAY_S, "account": account}
        for attempt in (1, 2):  # a dead connection (PostgreSQL restarted) is replaced once
            conn = store.counters()
            try:
                row = conn.execute(RATE_HIT, params, prepare=True).fetchone()
                break
            except psycopg.Error as error:
                store.drop_connection(counters=True)
                if attempt == 2 or not conn.broken:
                    raise StoreError(f"PostgreSQL could not count the request: {error}") from error
        store.hint(account, row[3], row[4])  # also when unknown: no earlier hint may linger
        return float(row[0]), int(row[1]), int(row[2])

    return count


_SQLITE_TABLE = (
    "CREATE TABLE IF NOT EXISTS rate_counters (key TEXT PRIMARY KEY, window_start REAL NOT NULL, "
    "count INTEGER NOT NULL, day_start REAL NOT NULL, day_count INTEGER NOT NULL)"
)
_SQLITE_HIT = """
INSERT INTO rate_counters AS r (key, window_start, count, day_start, day_count)
VALUES (:key, :now, 1, :now, 1)
ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN :now - r.window_start >= :window THEN :now ELSE r.window_start END,
    count = CASE WHEN :now - r.window_start >= :window THEN 1 ELSE r.count + 1 END,
    day_start = CASE WHEN :now - r.day_start >= :day THEN :now ELSE r.day_start END,
    day_count = CASE WHEN :now - r.day_start >= :day THEN 1 ELSE r.day_count + 1 END
RETURNING window_start, count, day_count
"""


def sqlite_counter(path: Path) -> Count:
    """Counting in a file next to the store's (`PATH-rate`), so that counting a read does not
    look like a change of the data to the other processes (`PRAGMA data_version`). Counts
    need no durability: synchronous OFF."""
    conn: sqlite3.Connection | None = None
    turn = -1  # `PATH-lock`: the counting processes take turns (see below)

    def connect() -> sqlite3.Connection:
        nonlocal turn
        if turn < 0:
            turn = os.open(path.with_name(path.name + "-lock"), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(turn, fcntl.LOCK_EX)  # the file is set up by one process at a time
        try:
            made = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
            )
            made.execute("PRAGMA journal_mode=WAL")
            made.execute("PRAGMA synchronous=OFF")
            made.execute(_SQLITE_TABLE)
            return made
        finally:
            fcntl.flock(turn, fcntl.LOCK_UN)

    def count(key: str, now: float, window: float, account: int | None) -> Counted:
        nonlocal conn
        try:
            if conn is None:
                conn = connect()
            # SQLite's busy wait sleeps milliseconds between attempts; a blocking flock wakes
            # the next counter as soon as one upsert (tens of microseconds) is done
            fcntl.flock(turn, fcntl.LOCK_EX)
            try:
                row = conn.execute(
                    _SQLITE_HIT, {"key": key, "now": now, "window": window, "day": DAY_S}
                ).fetchone()
            finally:
                fcntl.flock(turn, fcntl.LOCK_UN)
        except (sqlite3.Error, OSError) as error:
            conn = None
            raise StoreError(f"the SQLite counters could not count the request: {error}") from error
        return float(row[0]), int(row[1]), int(row[2])

    return count
