"""The in-memory account model every handler works on, and the one interface of the stores.

Handlers read and change an `Account` in memory: reading one object is three dict lookups. A
store decides where accounts live between requests. `memory` keeps them in the process only;
`sqlite:` and `postgresql://` keep a cached `Account` per process and write the rows a request
changed, so an `Account` records what changed (`dirty`) when a store asks it to. Every change
of `tables` goes through the methods below for that reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from mock_runtime.errors import CONFLICT, ApiError

Record = dict[str, Any]
Table = dict[tuple[int, ...], dict[int, Record]]
RowKey = tuple[str, tuple[int, ...], int]  # collection key, parent ids, id
_EMPTY: dict[int, Record] = {}
MAX_ID = 2147483647


class StoreError(Exception):
    """A store that cannot answer now (locked too long, connection lost): the request is
    answered 503 with Retry-After, never 500."""


class StoreSpecError(ValueError):
    """A `--store` value or a stored schema this code cannot use: one line, exit 2."""


class Account:
    __slots__ = (
        "base",
        "dirty",
        "epoch",
        "id",
        "list_cache",
        "next_ids",
        "numbers",
        "saved_counters",
        "seq_of",
        "sequences",
        "tables",
        "version",
        "versions",
    )

    def __init__(self, account_id: int, base: str) -> None:
        self.id = account_id
        self.base = base
        self.tables: dict[str, Table] = {}
        self.next_ids: dict[str, int] = {}
        self.numbers: dict[str, dict[str, int]] = {}  # key -> number -> id
        self.sequences: dict[str, int] = {}  # key -> highest sequence number used
        self.seq_of: dict[tuple[str, int], int] = {}  # (key, id) -> sequence of its number
        self.versions: dict[str, int] = {}  # key -> changes so far (list caches check it)
        self.list_cache: dict[tuple[Any, ...], tuple[int, list[Record]]] = {}
        # kept by durable stores: rows changed since the last commit (None: not tracked),
        # the stored version and reset epoch this copy reflects, the counters last written
        self.dirty: set[RowKey] | None = None
        self.version = 0
        self.epoch = 0
        self.saved_counters = b""

    def touch(self, key: str) -> None:
        self.versions[key] = self.versions.get(key, 0) + 1

    def changed(self, key: str, parents: tuple[int, ...], ident: int) -> None:
        """A stored object was changed in place (its totals, its status)."""
        self.touch(key)
        if self.dirty is not None:
            self.dirty.add((key, parents, ident))

    def rows(self, key: str, parents: tuple[int, ...]) -> dict[int, Record]:
        table = self.tables.get(key)
        if table is None:
            return _EMPTY
        return table.get(parents, _EMPTY)

    def get(self, key: str, parents: tuple[int, ...], ident: int) -> Record | None:
        table = self.tables.get(key)
        if table is None:
            return None
        rows = table.get(parents)
        return rows.get(ident) if rows is not None else None

    def put(self, key: str, parents: tuple[int, ...], ident: int, record: Record) -> None:
        self.tables.setdefault(key, {}).setdefault(parents, {})[ident] = record
        self.touch(key)
        if self.dirty is not None:
            self.dirty.add((key, parents, ident))

    def set_children(self, key: str, parents: tuple[int, ...], rows: dict[int, Record]) -> None:
        """Replace every sub-object of one owner (a list sent with its parent)."""
        table = self.tables.setdefault(key, {})
        if self.dirty is not None:
            self.dirty.update((key, parents, i) for i in (*table.get(parents, ()), *rows))
        table[parents] = rows
        self.touch(key)

    def remove(self, key: str, parents: tuple[int, ...], ident: int) -> Record | None:
        """Forget an object and everything kept about it by id, so that memory follows the
        live objects and not the number ever created."""
        rows = self.tables.get(key, {}).get(parents)
        if rows is None:
            return None
        self.touch(key)
        self.seq_of.pop((key, ident), None)
        if self.dirty is not None:
            self.dirty.add((key, parents, ident))
        return rows.pop(ident, None)

    def ensure_room(self, key: str, parents: tuple[int, ...], limit: int) -> None:
        """Refuse a create (409, 925) when the collection already holds `limit` objects. The
        limit keeps memory bounded; refusing, not dropping the oldest, keeps it visible."""
        if len(self.rows(key, parents)) >= limit:
            noun = key.rsplit("/", 1)[-1].replace("_", " ")
            raise ApiError(
                CONFLICT,
                f"This account already holds {limit} {noun} here, the most this mock keeps "
                "(--max-objects); delete some first.",
            )

    def new_id(self, key: str) -> int:
        ident = self.next_ids.get(key, 1)
        self.next_ids[key] = ident + 1
        return min(ident, MAX_ID)

    def parent_exists(self, key: str, parents: tuple[int, ...]) -> bool:
        if not parents:
            return True
        parent_key = key.rsplit("/", 1)[0]
        return self.get(parent_key, parents[:-1], parents[-1]) is not None

    def drop_children(self, key: str, parents: tuple[int, ...], ident: int) -> None:
        """Remove every object below one that is deleted (its items, payments, ...)."""
        prefix = key + "/"
        below = (*parents, ident)
        depth = key.count("/") + 1
        for child_key, table in self.tables.items():
            if not child_key.startswith(prefix):
                continue
            if child_key.count("/") == depth:  # direct children: one lookup
                owners = [below] if below in table else []
            else:  # grandchildren: their owners start with ours
                owners = [p for p in table if p[: len(below)] == below]
            for owner in owners:
                for child_id in table[owner]:
                    self.seq_of.pop((child_key, child_id), None)
                    if self.dirty is not None:
                        self.dirty.add((child_key, owner, child_id))
                del table[owner]
                self.touch(child_key)

    def all_rows(self) -> Iterable[RowKey]:
        for key, table in self.tables.items():
            for parents, rows in table.items():
                for ident in rows:
                    yield key, parents, ident

    def counters(self) -> bytes:
        """What must survive with the rows: the next ids and the numbering sequences."""
        return orjson.dumps({"next_ids": self.next_ids, "sequences": self.sequences})

    def load_counters(self, data: bytes) -> None:
        found = orjson.loads(data)
        self.next_ids = found["next_ids"]
        self.sequences = found["sequences"]
        self.saved_counters = data


class Seeder:
    """Builds an account from the seed objects (the spec's read examples), their URLs
    rewritten to the address the account is first used at."""

    def __init__(
        self, seeds: dict[str, list[dict[str, Any]]], resources: dict[str, Any], seed_base: str
    ) -> None:
        self._seed_bytes = orjson.dumps(seeds)
        self._seed_base = seed_base.encode()
        self.resources = resources
        # key -> {embedded list field: sub-collection key}
        self.embedded: dict[str, dict[str, str]] = {
            k: dict(p.get("embedded", {})) for k, p in resources.items() if p.get("embedded")
        }

    def build(self, account_id: int, base: str) -> Account:
        account = Account(account_id, base)
        seeds = orjson.loads(self._seed_bytes.replace(self._seed_base, base.encode()))
        for key in sorted(seeds, key=lambda k: k.count("/")):  # parents before children
            plan = self.resources.get(key)
            if plan is None:
                continue
            highest = 0
            for entry in seeds[key]:
                parents = tuple(entry["parents"])
                record = entry["object"]
                ident = record[plan["id_field"]]
                highest = max(highest, ident)
                if account.parent_exists(key, parents):
                    account.put(key, parents, ident, record)
            account.next_ids[key] = highest + 1
        self.relink_all(account)
        return account

    def relink_all(self, account: Account) -> None:
        """Embedded lists show the sub-objects themselves (the same dicts), as writes expect."""
        for key, fields in self.embedded.items():
            for parents, rows in account.tables.get(key, {}).items():
                for ident, record in rows.items():
                    for field, child_key in fields.items():
                        record[field] = list(account.rows(child_key, (*parents, ident)).values())

    def relink(self, account: Account, key: str, parents: tuple[int, ...], ident: int) -> None:
        record = account.get(key, parents, ident)
        fields = self.embedded.get(key)
        if record is not None and fields:
            for field, child_key in fields.items():
                record[field] = list(account.rows(child_key, (*parents, ident)).values())


class Store:
    """Where accounts live between requests. One instance per process.

    `read` returns the account, fresh: every write committed by any process sharing the store
    is in it. `begin` returns it for a write, holding the account's lock (across processes)
    until `commit` (the write is durable when it returns) or `abort` (nothing is written and
    the cached copy is dropped). A store that cannot answer raises `StoreError`.
    """

    name = "memory"
    shared = False  # several processes may use it at once

    def read(self, account_id: int, base: str) -> Account:
        raise NotImplementedError

    def begin(self, account_id: int, base: str) -> Account:
        raise NotImplementedError

    def commit(self, account: Account) -> None:
        raise NotImplementedError

    def abort(self, account_id: int) -> None:
        raise NotImplementedError

    def reset(self, account_id: int) -> None:
        """Restore the account to its seed data, for every process sharing the store."""
        raise NotImplementedError

    def after_fork(self) -> None:
        """Called in each worker process, after `close` in the parent: each worker opens its
        own connections."""

    def close(self) -> None:
        """Release files and connections."""

    def hint(self, account_id: int | None, version: int | None, epoch: int | None) -> None:
        """The stored version of an account learnt on the way (the rate-limit round trip):
        `read` trusts it for this request instead of asking again."""
