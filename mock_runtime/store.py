"""In-memory state per account: tables of objects, id counters, document number indexes.

`tables[key][parent_ids][id]` holds the stored (read-shaped) object, so reading one is three
dict lookups. An account starts with the seed objects (the spec's read examples), their URLs
rewritten to the address the account is first used at. Accounts never share objects.
"""

from __future__ import annotations

from typing import Any

import orjson

from mock_runtime.errors import CONFLICT, ApiError

Record = dict[str, Any]
Table = dict[tuple[int, ...], dict[int, Record]]
_EMPTY: dict[int, Record] = {}
MAX_ID = 2147483647


class Account:
    __slots__ = (
        "base",
        "id",
        "list_cache",
        "next_ids",
        "numbers",
        "seq_of",
        "sequences",
        "tables",
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

    def touch(self, key: str) -> None:
        self.versions[key] = self.versions.get(key, 0) + 1

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

    def remove(self, key: str, parents: tuple[int, ...], ident: int) -> Record | None:
        """Forget an object and everything kept about it by id, so that memory follows the
        live objects and not the number ever created."""
        rows = self.tables.get(key, {}).get(parents)
        if rows is None:
            return None
        self.touch(key)
        self.seq_of.pop((key, ident), None)
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
                del table[owner]
                self.touch(child_key)


class AccountStore:
    """Accounts by id, created with the seed objects on first use."""

    def __init__(
        self, seeds: dict[str, list[dict[str, Any]]], resources: dict[str, Any], seed_base: str
    ) -> None:
        self._accounts: dict[int, Account] = {}
        self._seed_bytes = orjson.dumps(seeds)
        self._seed_base = seed_base.encode()
        self._resources = resources

    def get(self, account_id: int, base: str) -> Account:
        found = self._accounts.get(account_id)
        if found is None:
            found = self._accounts[account_id] = self._create(account_id, base)
        return found

    def _create(self, account_id: int, base: str) -> Account:
        account = Account(account_id, base)
        seeds = orjson.loads(self._seed_bytes.replace(self._seed_base, base.encode()))
        for key in sorted(seeds, key=lambda k: k.count("/")):  # parents before children
            plan = self._resources.get(key)
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
        for key, plan in self._resources.items():  # embedded lists show the seeded children
            for field, child_key in plan.get("embedded", {}).items():
                for parents, rows in account.tables.get(key, {}).items():
                    for ident, record in rows.items():
                        record[field] = list(account.rows(child_key, (*parents, ident)).values())
        return account
