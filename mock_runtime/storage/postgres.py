"""`postgresql://…` — accounts in PostgreSQL (psycopg 3, psycopg_pool), shared by processes and
hosts.

A write takes the account's advisory transaction lock and reads the account row in one round
trip (a pipeline: the row is read after the lock is granted, so it shows every earlier
commit), and writes its rows, the account row and COMMIT in a second one; it is answered after
the commit (`synchronous_commit` stays on). A read learns the account's version from the
rate-limit round trip (`SharedCounters`) and reads rows only when another process wrote.

The handler code is synchronous and works on the cached account, so each process holds one
data connection and one counter connection from the pool (the pool replaces a broken one); an
asyncio driver would only let a second request wait for the same account's lock.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg_pool import ConnectionPool

from mock_runtime.storage.base import Account, Seeder, StoreError, StoreSpecError
from mock_runtime.storage.cached import CachedStore, Head, Row, statements

SCHEMA_VERSION = 1
# advisory locks of this store: (namespace, account); the namespace is "mock" in ASCII
LOCK_SPACE = 0x6D6F636B
MIGRATION_LOCK = 0
# Seconds a write waits for the account's lock (another process's write) before a 503.
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 2
# Seconds requests are answered 503 at once after PostgreSQL could not be reached, instead of
# each waiting for a connection timeout while the worker's other requests wait behind it.
DOWN_PAUSE_S = 1.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id integer PRIMARY KEY,
    version bigint NOT NULL,
    epoch integer NOT NULL,
    base text NOT NULL,
    counters bytea
);
CREATE TABLE IF NOT EXISTS objects (
    account integer NOT NULL,
    key text NOT NULL,
    ident integer NOT NULL,
    version bigint NOT NULL,
    data bytea,
    PRIMARY KEY (account, key, ident)
);
CREATE INDEX IF NOT EXISTS objects_by_version ON objects (account, version);
CREATE UNLOGGED TABLE IF NOT EXISTS rate_counters (
    key text PRIMARY KEY,
    window_start double precision NOT NULL,
    count integer NOT NULL,
    day_start double precision NOT NULL,
    day_count integer NOT NULL
);
"""
_SQL = statements("%s")
# one statement, one snapshot: the account row and the rows written after a version
_SNAPSHOT = (
    "SELECT a.version, a.epoch, a.base, a.counters, o.key, o.ident, o.data "
    "FROM accounts a LEFT JOIN objects o ON o.account = a.id AND o.version > %s "
    "WHERE a.id = %s ORDER BY o.ident"
)
# the window's count and the day's, for one key; the version of the caller's likely account
# comes back in the same round trip
RATE_HIT = """
WITH hit AS (
    INSERT INTO rate_counters AS r (key, window_start, count, day_start, day_count)
    VALUES (%(key)s, %(now)s, 1, %(now)s, 1)
    ON CONFLICT (key) DO UPDATE SET
        window_start = CASE WHEN %(now)s - r.window_start >= %(window)s
                            THEN %(now)s ELSE r.window_start END,
        count = CASE WHEN %(now)s - r.window_start >= %(window)s THEN 1 ELSE r.count + 1 END,
        day_start = CASE WHEN %(now)s - r.day_start >= %(day)s THEN %(now)s ELSE r.day_start END,
        day_count = CASE WHEN %(now)s - r.day_start >= %(day)s
                         THEN 1 ELSE r.day_count + 1 END
    RETURNING window_start, count, day_count
)
SELECT hit.window_start, hit.count, hit.day_count, a.version, a.epoch
FROM hit LEFT JOIN accounts a ON a.id = %(account)s
"""


class BrokenConnection(StoreError):
    """The connection was found dead (PostgreSQL restarted, a network cut): it is replaced."""


T = TypeVar("T")


def _once_more(method: Callable[..., T]) -> Callable[..., T]:
    """Run a transaction's first step again on a new connection when the old one was found
    dead: nothing was written yet, so trying again is safe, and a restart of PostgreSQL costs
    no request a 503."""

    @functools.wraps(method)
    def run(self: PostgresStore, *args: Any) -> T:
        try:
            return method(self, *args)
        except BrokenConnection:
            return method(self, *args)

    return run


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.prepare_threshold = 0  # every statement here runs thousands of times: prepare at once


def _head(row: Any) -> Head | None:
    return None if row is None else Head(row[0], row[1], row[2], row[3])


class PostgresStore(CachedStore):
    def __init__(self, url: str, seeder: Seeder, number_fields: dict[str, str]) -> None:
        super().__init__(seeder, number_fields)
        self.url = url
        self.name = f"PostgreSQL {_shown(url)}"
        self._pool: ConnectionPool | None = None
        self._conn: psycopg.Connection[Any] | None = None
        self._counter_conn: psycopg.Connection[Any] | None = None
        self._hint: tuple[int | None, int | None, int | None] | None = None
        self._down_until = 0.0
        self._flush_apart = True  # commit without waiting, then wait for the flush unlocked
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True) as conn:
                self._migrate(conn)
        except psycopg.Error as error:
            raise StoreSpecError(f"cannot use {_shown(url)} as a store: {_first(error)}") from error

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_SPACE, MIGRATION_LOCK))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            found = row[0] if row else None
            if found is not None and found > SCHEMA_VERSION:
                raise StoreSpecError(
                    f"{_shown(self.url)} holds store schema {found}; this mock knows "
                    f"{SCHEMA_VERSION} (use a newer mock or another database)"
                )
            conn.execute(_SCHEMA)
            if found is None:
                conn.execute("INSERT INTO schema_version VALUES (%s)", (SCHEMA_VERSION,))

    # ------------------------------------------------------------------ connections
    def _data(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            conn = self._get()
            conn.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            level = conn.execute("SHOW synchronous_commit").fetchone()
            conn.commit()
            self._flush_apart = level is not None and level[0] != "off"
            self._conn = conn
        return self._conn

    def counters(self) -> psycopg.Connection[Any]:
        """The connection of the rate-limit counters: autocommit, and no wait for the WAL
        flush (a lost count after a crash costs nothing)."""
        if self._counter_conn is None or self._counter_conn.closed:
            conn = self._get()
            conn.autocommit = True
            conn.execute("SET synchronous_commit = off")
            self._counter_conn = conn
        return self._counter_conn

    def _get(self) -> psycopg.Connection[Any]:
        if self._pool is None:
            self._pool = ConnectionPool(
                self.url,
                min_size=2,
                max_size=2,
                open=True,
                configure=_configure,
                check=ConnectionPool.check_connection,
                timeout=CONNECT_TIMEOUT_S,
                kwargs={"connect_timeout": CONNECT_TIMEOUT_S},
            )
        if time.monotonic() < self._down_until:
            raise StoreError("PostgreSQL was not reachable a moment ago")
        try:
            return self._pool.getconn()
        except Exception as error:  # psycopg_pool.PoolTimeout and connection errors
            self._down_until = time.monotonic() + DOWN_PAUSE_S
            raise StoreError(f"PostgreSQL is not reachable: {_first(error)}") from error

    def drop_connection(self, counters: bool = False) -> None:
        """Hand a broken connection back; the pool checks and replaces it."""
        attr = "_counter_conn" if counters else "_conn"
        conn = getattr(self, attr)
        setattr(self, attr, None)
        if conn is not None and self._pool is not None:
            # already closed, or the pool is closing: nothing to keep
            with contextlib.suppress(Exception):
                self._pool.putconn(conn)

    def after_fork(self) -> None:
        self._pool = None  # the parent's pool threads do not exist here; its sockets stay its
        self._conn = self._counter_conn = None
        self._cache.clear()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    # ------------------------------------------------------------------ hooks
    def hint(self, account_id: int | None, version: int | None, epoch: int | None) -> None:
        self._hint = (account_id, version, epoch)

    def _fresh(self, account_id: int, cached: Account | None) -> bool:
        hint, self._hint = self._hint, None
        return (
            cached is not None
            and hint is not None
            and hint == (account_id, cached.version, cached.epoch)
        )

    @_once_more
    def _peek(self, account_id: int) -> Head | None:
        with self._errors():
            conn = self._data()
            row = conn.execute(_SQL.head, (account_id,)).fetchone()
            conn.commit()
            return _head(row)

    @_once_more
    def _snapshot(self, account_id: int, since: int) -> tuple[Head | None, list[Row]]:
        with self._errors():
            conn = self._data()
            found = conn.execute(_SNAPSHOT, (since, account_id)).fetchall()
            conn.commit()
        if not found:
            return None, []
        first = found[0]
        rows = [(r[4], r[5], r[6]) for r in found if r[4] is not None]
        return Head(first[0], first[1], first[2], first[3]), rows

    @_once_more
    def _lock(self, account_id: int, since: int | None) -> tuple[Head | None, list[Row]]:
        """One round trip: the lock, then (each statement seeing what committed before it
        ran, the lock granted) the account row and the rows written since the cached copy."""
        with self._errors():
            conn = self._data()
            with conn.pipeline():
                conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_SPACE, account_id))
                head_cur = conn.execute(_SQL.head, (account_id,))
                rows_cur = (
                    conn.execute(_SQL.changes, (account_id, since)) if since is not None else None
                )
            rows = rows_cur.fetchall() if rows_cur is not None else []
            return _head(head_cur.fetchone()), rows

    def _changes(self, account_id: int, since: int) -> list[Row]:
        with self._errors():
            return self._data().execute(_SQL.changes, (account_id, since)).fetchall()

    def _save(self, account: Account, rows: Sequence[Row], counters: bytes, created: bool) -> None:
        version = account.version
        with self._errors():
            conn = self._data()
            with conn.pipeline(), conn.cursor() as cur:
                if self._flush_apart:
                    cur.execute("SET LOCAL synchronous_commit = off")
                if rows:
                    cur.executemany(
                        _SQL.upsert, [(account.id, k, i, version, d) for k, i, d in rows]
                    )
                cur.execute(*_SQL.account_row(account, counters, created))
                conn.commit()
            if self._flush_apart:
                self._wait_for_flush(conn)

    @staticmethod
    def _wait_for_flush(conn: psycopg.Connection[Any]) -> None:
        """Return once the write just committed is flushed, at the session's level.

        The write committed without waiting, so the account's lock was released at once; a
        transaction that takes an id commits with the session's `synchronous_commit` and so
        waits until the WAL is flushed past its own commit record, which lies after ours. The
        fsync is paid outside the lock: the next writer of the account need not wait for it,
        and writers of several processes share one flush."""
        with conn.pipeline():
            conn.execute("SELECT pg_current_xact_id()")
            conn.commit()

    def _rollback(self) -> None:
        with self._errors():
            if self._conn is not None and not self._conn.closed:
                self._conn.rollback()

    def _wipe(self, account_id: int) -> None:
        with self._errors():
            conn = self._data()
            with conn.pipeline():
                conn.execute(_SQL.wipe_objects, (account_id,))
                conn.execute(
                    _SQL.wipe_account,
                    (account_id,),
                )
                conn.commit()

    def _errors(self) -> _Translate:
        return _Translate(self)


class _Translate:
    """psycopg errors become StoreError (503); the transaction is rolled back, and a broken
    connection is handed back to the pool."""

    def __init__(self, store: PostgresStore) -> None:
        self._store = store

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if not isinstance(error, psycopg.Error):
            return
        conn = self._store._conn
        try:
            if conn is not None and not conn.closed:
                conn.rollback()
        except psycopg.Error:
            pass
        if conn is None or conn.closed or conn.broken:
            self._store.drop_connection()
            raise BrokenConnection(f"PostgreSQL connection lost: {_first(error)}") from error
        raise StoreError(f"PostgreSQL could not answer: {_first(error)}") from error


def _first(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _shown(url: str) -> str:
    """The URL without its password, for the banner and errors."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "(unreadable URL)"
    info.pop("password", None)
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in info.items()})
