"""Accounts in the process only: the fastest store, for tests. Nothing survives a restart,
and one process only (`--workers 1`)."""

from __future__ import annotations

from mock_runtime.storage.base import Account, Seeder, Store


class MemoryStore(Store):
    name = "memory"
    shared = False

    def __init__(self, seeder: Seeder) -> None:
        self._seeder = seeder
        self._accounts: dict[int, Account] = {}

    def read(self, account_id: int, base: str) -> Account:
        found = self._accounts.get(account_id)
        if found is None:
            found = self._accounts[account_id] = self._seeder.build(account_id, base)
        return found

    begin = read

    def commit(self, account: Account) -> None:
        """Changes are made in place: nothing more to keep."""

    def abort(self, account_id: int) -> None:
        """Nothing was kept apart: what the failed request changed stays, as it always did."""

    def reset(self, account_id: int) -> None:
        self._accounts.pop(account_id, None)
