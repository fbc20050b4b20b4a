"""`sqlite:PATH` — accounts in one SQLite file (stdlib `sqlite3`), WAL mode.

A write takes the writers' turn (`WriterTurn`), then `BEGIN IMMEDIATE` (the file's write lock:
writes are serialized across processes) … `COMMIT`, and is answered after the commit. With
WAL, `synchronous=NORMAL` survives a killed process (the commit is in the WAL file, in the OS
cache); `synchronous=FULL` (`?sync=full`) also survives a power cut, at the cost of an fsync
per write (measured in docs/adr/0014). A read asks `PRAGMA data_version` (no I/O): it moves
only when another connection committed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from mock_runtime.storage.base import Account, Seeder, StoreError, StoreSpecError
from mock_runtime.storage.cached import CachedStore, Head, Row, statements

SCHEMA_VERSION = 1
# Seconds a write waits for another process's write lock before the request gets 503.
BUSY_TIMEOUT_S = 5.0
SYNC_LEVELS = ("normal", "full")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    base TEXT NOT NULL,
    counters BLOB
);
CREATE TABLE IF NOT EXISTS objects (
    account INTEGER NOT NULL,
    key TEXT NOT NULL,
    ident INTEGER NOT NULL,
    version INTEGER NOT NULL,
    data BLOB,
    PRIMARY KEY (account, key, ident)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS objects_by_version ON objects (account, version);
"""
_SQL = statements("?")


def connect(path: Path, sync: str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
    )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={sync.upper()}")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create the tables, or refuse a file written by a newer version of this code."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        found = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if found is not None and found > SCHEMA_VERSION:
            raise StoreSpecError(
                f"{path} holds store schema {found}; this mock knows {SCHEMA_VERSION} "
                "(use a newer mock or another file)"
            )
        for statement in filter(str.strip, _SCHEMA.split(";")):  # executescript would commit
            conn.execute(statement)
        if found is None:
            conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class WriterTurn:
    """Whose turn it is to write, among the processes on one file: `flock` on `PATH-lock`.

    SQLite's own wait for its write lock sleeps 1, 2, 5, 10 … ms between attempts, so two
    workers writing in turn spent most of their time asleep (two workers wrote at half the
    rate of one). Here a waiting writer looks again within a millisecond of the release, and
    gives up (503) after `BUSY_TIMEOUT_S`. A killed holder's lock goes with its process."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd = -1
        self._held = False

    def open(self) -> None:
        """A description of its own per process: a lock inherited across fork() is shared."""
        self.close()
        self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
        self._fd, self._held = -1, False

    def take(self) -> None:
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        pause = 0.0001
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._held = True
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"another process has been writing for {BUSY_TIMEOUT_S:.0f} s"
                    ) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.001)

    def give(self) -> None:
        if self._held:
            self._held = False
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)


def _head(row: tuple[int, int, str, bytes | None] | None) -> Head | None:
    return None if row is None else Head(row[0], row[1], row[2], row[3])


class SqliteStore(CachedStore):
    def __init__(
        self, path: Path, seeder: Seeder, number_fields: dict[str, str], sync: str = "normal"
    ) -> None:
        super().__init__(seeder, number_fields)
        self.path = path
        self.sync = sync
        self.name = f"sqlite:{path} (WAL, synchronous={sync.upper()})"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = connect(path, sync)
            migrate(self._conn, path)
            self._turn = WriterTurn(path.with_name(path.name + "-lock"))
            self._turn.open()
        except (sqlite3.Error, OSError) as error:
            raise StoreSpecError(f"cannot use {path} as a SQLite store: {error}") from error
        self._probe = self._conn.cursor()  # kept: a read's freshness check is on the hot path
        self._seen: dict[int, int] = {}  # account -> data_version it was last found fresh at
        self._now = -1

    def after_fork(self) -> None:
        self._turn.open()
        self._turn.take()  # workers starting together open the file one at a time
        try:
            self._conn = connect(self.path, self.sync)
        finally:
            self._turn.give()
        self._probe = self._conn.cursor()
        self._cache.clear()
        self._seen.clear()

    def close(self) -> None:
        self._conn.close()
        self._turn.close()

    # ------------------------------------------------------------------ hooks
    def _data_version(self) -> int:
        return int(self._probe.execute("PRAGMA data_version").fetchone()[0])

    def _fresh(self, account_id: int, cached: Account | None) -> bool:
        # read before anything else is: a commit after it shows at the next check
        try:
            self._now = self._data_version()
        except sqlite3.Error:
            self._now = -1
        return cached is not None and self._seen.get(account_id) == self._now

    def _checked(self, account: Account) -> None:
        self._seen[account.id] = self._now

    def _peek(self, account_id: int) -> Head | None:
        with self._errors():
            return _head(self._conn.execute(_SQL.head, (account_id,)).fetchone())

    def _snapshot(self, account_id: int, since: int) -> tuple[Head | None, list[Row]]:
        with self._errors():
            self._conn.execute("BEGIN")
            try:
                head = _head(self._conn.execute(_SQL.head, (account_id,)).fetchone())
                rows = self._conn.execute(_SQL.changes, (account_id, since)).fetchall()
            finally:
                self._conn.execute("COMMIT")
        return head, rows

    def _lock(self, account_id: int, since: int | None) -> tuple[Head | None, list[Row]]:
        with self._errors():
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self._turn.give()
            self._turn.take()
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._turn.give()
                raise
            self._now = self._data_version()  # nobody else commits until we do
            head = _head(self._conn.execute(_SQL.head, (account_id,)).fetchone())
            if since is None or head is None or head.version == since:
                return head, []
            return head, self._conn.execute(_SQL.changes, (account_id, since)).fetchall()

    def _changes(self, account_id: int, since: int) -> list[Row]:
        with self._errors():
            return self._conn.execute(_SQL.changes, (account_id, since)).fetchall()

    def _save(self, account: Account, rows: Sequence[Row], counters: bytes, created: bool) -> None:
        version = account.version
        conn = self._conn
        with self._errors():
            try:
                conn.executemany(_SQL.upsert, [(account.id, k, i, version, d) for k, i, d in rows])
                conn.execute(*_SQL.account_row(account, counters, created))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                self._turn.give()

    def _rollback(self) -> None:
        try:
            with self._errors():
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
        finally:
            self._turn.give()

    def _wipe(self, account_id: int) -> None:
        try:
            with self._errors():
                self._conn.execute(_SQL.wipe_objects, (account_id,))
                self._conn.execute(
                    _SQL.wipe_account,
                    (account_id,),
                )
                self._conn.execute("COMMIT")
        finally:
            self._turn.give()

    def _errors(self) -> _Translate:
        return _Translate(self._conn)


class _Translate:
    """sqlite3 errors become StoreError (503), the transaction rolled back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if isinstance(error, sqlite3.Error):
            try:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise StoreError(f"the SQLite store could not answer: {error}") from error
