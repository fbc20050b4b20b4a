"""Accounts never see each other's objects: each API key is its own account."""

from __future__ import annotations

import pytest

from tests.mock.conftest import KEY_2, Server

pytestmark = pytest.mark.server


def test_accounts_do_not_share_objects(server: Server) -> None:
    with server.client() as one, server.client(KEY_2) as two:
        made = one.post("/warehouses", json={"name": "Only in account one"}).json()
        ident = made["warehouse_id"]
        assert two.get(f"/warehouses/{ident}").status_code == 404
        assert two.patch(f"/warehouses/{ident}", json={"active": False}).status_code == 404
        assert two.delete(f"/warehouses/{ident}").status_code == 404
        names = [w["name"] for w in two.get("/warehouses", params={"per_page": 100}).json()["data"]]
        assert "Only in account one" not in names
        assert one.get(f"/warehouses/{ident}").status_code == 200


def test_each_account_starts_with_the_seeds(server: Server) -> None:
    with server.client(KEY_2) as two:
        assert two.get("/warehouses/1").json()["name"] == "Main warehouse"
