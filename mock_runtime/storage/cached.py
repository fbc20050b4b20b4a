"""What the durable stores share: a cached `Account` per process, kept fresh from the rows.

Each top-level object is one row `(account, key, id)`: a document holding it and every
sub-object below it (an invoice with its items, payments, events) as JSON bytes (orjson), with
the sequence of each one's document number, and the account version that last wrote it. So a
POST of an invoice with ten items writes one row, not eleven. A deleted object stays as a row
without data (a tombstone), so a process that cached version v reads only the rows written
after v. The account row holds the version, the reset epoch, the URL base the seeds were
written for, and the counters (next ids, numbering sequences). Embedded lists are not stored
twice: a parent's copy holds null there, and loading links the sub-objects back.

A backend (`sqlite`, `postgres`) supplies the statements; this class decides what to read and
write. A write holds the account's lock from `begin` to `commit`, so writes of one account are
serialized across processes and always start from every committed change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from mock_runtime.storage.base import Account, Record, RowKey, Seeder, Store, StoreError

# one row as read or written: top-level key, id, document (None: deleted)
Row = tuple[str, int, bytes | None]
Root = tuple[str, int]


@dataclass(slots=True)
class Head:
    """The account row: None counters mean "not seeded yet" (new, or just reset)."""

    version: int
    epoch: int
    base: str
    counters: bytes | None


@dataclass(frozen=True, slots=True)
class Statements:
    """The statements both SQL backends run, written once; `mark` is the driver's placeholder
    (`?` for sqlite3, `%s` for psycopg)."""

    upsert: str
    head: str
    changes: str
    insert_account: str
    update_account: str
    wipe_objects: str
    wipe_account: str

    def account_row(
        self, account: Account, counters: bytes, created: bool
    ) -> tuple[str, tuple[Any, ...]]:
        """The statement and parameters that write the account row at the end of a write."""
        if created:
            return self.insert_account, (
                account.id,
                account.version,
                account.epoch,
                account.base,
                counters,
            )
        return self.update_account, (account.version, counters, account.base, account.id)


def statements(mark: str) -> Statements:
    m = mark
    return Statements(
        upsert=(
            "INSERT INTO objects (account, key, ident, version, data) "
            f"VALUES ({m}, {m}, {m}, {m}, {m}) ON CONFLICT (account, key, ident) "
            "DO UPDATE SET version = excluded.version, data = excluded.data"
        ),
        head=f"SELECT version, epoch, base, counters FROM accounts WHERE id = {m}",
        changes=(
            "SELECT key, ident, data FROM objects "
            f"WHERE account = {m} AND version > {m} ORDER BY ident"
        ),
        insert_account=(
            "INSERT INTO accounts (id, version, epoch, base, counters) "
            f"VALUES ({m}, {m}, {m}, {m}, {m})"
        ),
        update_account=(
            f"UPDATE accounts SET version = {m}, counters = {m}, base = {m} WHERE id = {m}"
        ),
        wipe_objects=f"DELETE FROM objects WHERE account = {m}",
        wipe_account=(
            "UPDATE accounts SET counters = NULL, epoch = epoch + 1, "
            f"version = version + 1 WHERE id = {m}"
        ),
    )


def root_of(row: RowKey) -> Root:
    """The top-level object a stored object belongs to (itself, or its first parent)."""
    key, parents, ident = row
    return key.split("/", 1)[0], parents[0] if parents else ident


class CachedStore(Store):
    shared = True

    def __init__(self, seeder: Seeder, number_fields: dict[str, str]) -> None:
        self._seeder = seeder
        self._number_fields = number_fields
        self._cache: dict[int, Account] = {}
        self._writing: tuple[Account, Head | None] | None = None

    # ------------------------------------------------------------------ backend hooks
    def _fresh(self, account_id: int, cached: Account | None) -> bool:
        """True when no other process can have changed the cached account (None: not
        cached) since it was last found fresh, decided without a round trip when possible."""
        raise NotImplementedError

    def _peek(self, account_id: int) -> Head | None:
        """The account row (counters only tell whether it is seeded), outside a transaction."""
        raise NotImplementedError

    def _snapshot(self, account_id: int, since: int) -> tuple[Head | None, list[Row]]:
        """The account row and its rows written after version `since`, read consistently."""
        raise NotImplementedError

    def _lock(self, account_id: int, since: int | None) -> tuple[Head | None, list[Row]]:
        """Open a write transaction holding the account's lock; its row as committed now and,
        when `since` is given, the rows written after that version (in the same round trip
        where the backend has round trips)."""
        raise NotImplementedError

    def _changes(self, account_id: int, since: int) -> list[Row]:
        """Inside the write transaction: rows written after version `since`."""
        raise NotImplementedError

    def _save(self, account: Account, rows: Sequence[Row], counters: bytes, created: bool) -> None:
        """Write the rows and the account row (version `account.version`), and commit."""
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _wipe(self, account_id: int) -> None:
        """Under the lock: delete the account's rows, mark it unseeded, move its epoch on."""
        raise NotImplementedError

    # ------------------------------------------------------------------ reads
    def read(self, account_id: int, base: str) -> Account:
        cached = self._cache.get(account_id)
        if self._fresh(account_id, cached) and cached is not None:
            return cached
        try:
            head = self._peek(account_id)
            if head is None or head.counters is None:  # seeding is a write, under the lock
                account = self.begin(account_id, base)
                self.commit(account)
                return account
            if cached is not None and (cached.version, cached.epoch) == (head.version, head.epoch):
                self._checked(cached)
                return cached
            since = cached.version if cached is not None and cached.epoch == head.epoch else 0
            head, rows = self._snapshot(account_id, since)
        except StoreError:
            self._cache.pop(account_id, None)
            raise
        if head is None or head.counters is None:  # reset between the two reads
            account = self.begin(account_id, base)
            self.commit(account)
            return account
        account = self._apply(account_id, cached if since else None, head, rows)
        self._cache[account_id] = account
        self._checked(account)
        return account

    def _checked(self, account: Account) -> None:
        """The backend's note that `account` was found fresh (SQLite: the data version)."""

    # ------------------------------------------------------------------ writes
    def begin(self, account_id: int, base: str) -> Account:
        try:
            cached = self._cache.get(account_id)
            head, rows = self._lock(account_id, cached.version if cached is not None else None)
            if head is None or head.counters is None:
                account = self._seeded(account_id, base, head)
            elif cached is not None and (cached.version, cached.epoch) == (
                head.version,
                head.epoch,
            ):
                account = cached
            elif cached is not None and cached.epoch == head.epoch:
                account = self._apply(account_id, cached, head, rows)
            else:
                account = self._apply(account_id, None, head, self._changes(account_id, 0))
        except BaseException:  # the lock is released and no half-loaded copy is kept
            self.abort(account_id)
            raise
        if account.dirty is None:
            account.dirty = set()
        self._writing = (account, head)
        self._cache[account_id] = account
        return account

    def commit(self, account: Account) -> None:
        assert self._writing is not None and self._writing[0] is account
        head = self._writing[1]
        self._writing = None
        dirty = account.dirty or set()
        counters = account.counters()
        created = head is None
        if not dirty and counters == account.saved_counters and not created:
            try:
                self._rollback()
            except StoreError:
                self._cache.pop(account.id, None)
                raise
            return
        try:
            rows = self._rows(account, dirty)
            account.version += 1
            self._save(account, rows, counters, created)
        except BaseException:  # nothing is kept that is not committed
            self.abort(account.id)
            raise
        account.saved_counters = counters
        account.dirty = set()
        self._checked(account)

    def abort(self, account_id: int) -> None:
        self._writing = None
        self._cache.pop(account_id, None)
        with contextlib.suppress(StoreError):  # the connection is gone: nothing was committed
            self._rollback()

    def reset(self, account_id: int) -> None:
        try:
            self._lock(account_id, None)
            self._wipe(account_id)
        finally:
            self._cache.pop(account_id, None)

    # ------------------------------------------------------------------ rows
    def _seeded(self, account_id: int, base: str, head: Head | None) -> Account:
        account = self._seeder.build(account_id, base)
        if head is not None:  # reset: the version goes on, so no process keeps a stale copy
            account.version, account.epoch = head.version, head.epoch
        account.dirty = set(account.all_rows())
        return account

    def _rows(self, account: Account, dirty: Iterable[RowKey]) -> list[Row]:
        return [
            (key, ident, self._document(account, key, ident))
            for key, ident in {*map(root_of, dirty)}
        ]

    def _document(self, account: Account, root_key: str, root_id: int) -> bytes | None:
        """The object and everything below it: [key, parents, id, sequence, object] each."""
        root = account.get(root_key, (), root_id)
        if root is None:
            return None
        entries = [self._entry(account, root_key, (), root_id, root)]
        prefix = root_key + "/"
        for key, table in account.tables.items():
            if not key.startswith(prefix):
                continue
            if key.count("/") == 1:  # direct sub-objects: one lookup
                group = table.get((root_id,))
                groups: list[tuple[tuple[int, ...], dict[int, Record]]] = (
                    [((root_id,), group)] if group else []
                )
            else:
                groups = [(p, g) for p, g in table.items() if p[0] == root_id]
            for parents, rows in groups:
                for ident, record in rows.items():
                    entries.append(self._entry(account, key, parents, ident, record))
        return orjson.dumps(entries)

    def _entry(
        self, account: Account, key: str, parents: tuple[int, ...], ident: int, record: Record
    ) -> list[Any]:
        fields = self._seeder.embedded.get(key)
        if fields:
            record = dict(record)
            for field in fields:
                if field in record:
                    record[field] = None
        return [key, parents, ident, account.seq_of.get((key, ident)), record]

    def _apply(
        self, account_id: int, cached: Account | None, head: Head, rows: list[Row]
    ) -> Account:
        """Bring `cached` (or a new account) up to `head` with the rows written since."""
        account = cached
        if account is None:
            account = Account(account_id, head.base)
            account.epoch = head.epoch
        assert head.counters is not None
        account.load_counters(head.counters)
        embedded = self._seeder.embedded
        relink: list[RowKey] = []
        for root_key, root_id, data in rows:
            self._forget(account, root_key, root_id)
            if data is None:
                continue
            for key, parents_list, ident, seq, record in orjson.loads(data):
                parents = tuple(parents_list)
                account.tables.setdefault(key, {}).setdefault(parents, {})[ident] = record
                account.touch(key)
                if seq is not None:
                    account.seq_of[(key, ident)] = seq
                self._index(account, key, ident, record, add=True)
                if key in embedded:
                    relink.append((key, parents, ident))
        for key, parents, ident in relink:
            self._seeder.relink(account, key, parents, ident)
        account.version = head.version
        return account

    def _forget(self, account: Account, root_key: str, root_id: int) -> None:
        """Take an object and everything below it out of the cached account."""
        prefix = root_key + "/"
        for key, table in account.tables.items():
            owners: list[tuple[int, ...]]
            if key == root_key:
                owners = [()] if root_id in table.get((), {}) else []
            elif not key.startswith(prefix):
                continue
            elif key.count("/") == 1:  # direct sub-objects: one lookup, not a scan
                owners = [(root_id,)] if (root_id,) in table else []
            else:
                owners = [p for p in table if p[0] == root_id]
            for owner in owners:
                rows = table[owner]
                for ident, record in (
                    list(rows.items()) if key != root_key else [(root_id, rows[root_id])]
                ):
                    self._index(account, key, ident, record, add=False)
                    account.seq_of.pop((key, ident), None)
                    rows.pop(ident)
                if not rows and owner:
                    del table[owner]
                account.touch(key)

    def _index(self, account: Account, key: str, ident: int, record: Record, add: bool) -> None:
        """Keep a built number index (`numbering.index`) in step with loaded objects."""
        index = account.numbers.get(key)
        field = self._number_fields.get(key)
        if index is None or field is None:
            return
        number = record.get(field)
        if not isinstance(number, str):
            return
        if add:
            index[number] = ident
        elif index.get(number) == ident:
            del index[number]
