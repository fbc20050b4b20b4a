"""A restart keeps every account: what each account created, changed and deleted is there
after the server stops and starts again on the same store, and no account gets its seed data
a second time (a deleted seed object stays deleted).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.storage.conftest import BOTH, Starter
from tests.storage.spec_cases import list_items_field, plain_collection

pytestmark = pytest.mark.server

ACCOUNTS = ("restart-key-a", "restart-key-b", "restart-key-c")


@BOTH
def test_restart_keeps_every_account(store: str, mocks: Starter) -> None:
    kind, items = plain_collection(), list_items_field()
    before = mocks(store, keys=ACCOUNTS)
    kept: dict[str, tuple[str, dict[str, Any], str, list[Any]]] = {}
    for number, key in enumerate(ACCOUNTS):
        with before.client(key) as client:
            listed = client.get(kind.path)
            assert listed.status_code == 200, listed.text
            seeds = [row[kind.id_field] for row in listed.json()[items]]
            assert seeds, f"account {key} has no seed object in {kind.path}"
            deleted = f"{kind.path}/{seeds[number % len(seeds)]}"
            assert client.delete(deleted).status_code == 204

            created = client.post(kind.path, json=kind.body())
            assert created.status_code == 201, created.text
            path = f"{kind.path}/{created.json()[kind.id_field]}"
            changed = client.request(kind.update_method, path, json=kind.update_body)
            assert changed.status_code == 200, changed.text
            kept[key] = (path, changed.json(), deleted, client.get(kind.path).json()[items])
    before.stop()

    after = mocks(store, keys=ACCOUNTS)
    for key, (path, body, deleted, listing) in kept.items():
        with after.client(key) as client:
            read = client.get(path)
            assert read.status_code == 200, f"{key}: {read.text}"
            assert read.json() == body
            assert client.get(deleted).status_code == 404, f"{key}: the seed came back"
            assert client.get(kind.path).json()[items] == listing, f"{key}: the list changed"
