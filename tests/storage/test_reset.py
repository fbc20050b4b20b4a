"""Resetting an account restores its seed data for every process on the store: through the
command line (`python -m mock_runtime reset`) while servers run, and through the admin route
(`POST /_admin/accounts/{account}/reset`, with `--admin-token`). Other accounts keep their data.
(The route's absence without a token is tested in-process in test_reset_and_cli.py.)
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import pytest

from contract_tests.mock import ROOT
from mock_runtime.config import Config
from tests.storage.conftest import BOTH, POSTGRES, Starter
from tests.storage.mock_process import KEYS, MockProcess
from tests.storage.spec_cases import list_items_field, plain_collection

pytestmark = pytest.mark.server

TOKEN = "storage-admin-token"
ERROR_MEMBERS = {"error_id", "status", "title", "detail", "fields"}


def _account(key: str) -> int:
    number = Config(api_keys=KEYS).account_of_key(key)
    assert number is not None
    return number


def _ids(client: httpx.Client, path: str, id_field: str) -> list[Any]:
    listed = client.get(path)
    assert listed.status_code == 200, listed.text
    return [row[id_field] for row in listed.json()[list_items_field()]]


def _change_both_accounts(a: MockProcess, b: MockProcess) -> tuple[list[Any], str, str, str]:
    """Create on A and delete a seed object on B in the first account, create in the second;
    the first account's seed ids and the three paths."""
    kind = plain_collection()
    with a.client() as on_a, b.client() as on_b, b.client(KEYS[1]) as other:
        seeds = _ids(on_a, kind.path, kind.id_field)
        created = on_a.post(kind.path, json=kind.body())
        assert created.status_code == 201, created.text
        deleted = f"{kind.path}/{seeds[0]}"
        assert on_b.delete(deleted).status_code == 204
        kept = other.post(kind.path, json=kind.body())
        assert kept.status_code == 201, kept.text
    return (
        seeds,
        f"{kind.path}/{created.json()[kind.id_field]}",
        deleted,
        f"{kind.path}/{kept.json()[kind.id_field]}",
    )


def _assert_reset(a: MockProcess, b: MockProcess, changed: tuple[list[Any], str, str, str]) -> None:
    seeds, created, deleted, kept = changed
    kind = plain_collection()
    with a.client() as on_a, b.client() as on_b, a.client(KEYS[1]) as other:
        assert on_b.get(created).status_code == 404, "the created object survived the reset"
        assert on_a.get(deleted).status_code == 200, "the deleted seed object did not come back"
        assert _ids(on_b, kind.path, kind.id_field) == seeds
        assert other.get(kept).status_code == 200, "the other account was reset too"


@BOTH
def test_cli_reset_reaches_running_servers(store: str, mocks: Starter) -> None:
    a, b = mocks(store), mocks(store)
    changed = _change_both_accounts(a, b)
    done = subprocess.run(
        [sys.executable, "-m", "mock_runtime", "reset", "--store", store,
         "--account", str(_account(KEYS[0]))],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.strip().splitlines()) == 1, done.stdout
    _assert_reset(a, b, changed)


@POSTGRES
def test_admin_route_resets_for_every_process(store: str, mocks: Starter) -> None:
    admin = ("--admin-token", TOKEN)
    a, b = mocks(store, extra=admin), mocks(store, extra=admin)
    changed = _change_both_accounts(a, b)
    route = f"{b.origin}/_admin/accounts/{_account(KEYS[0])}/reset"
    for headers in ({}, {"Authorization": "Bearer not-the-token"}):
        refused = httpx.post(route, headers=headers)
        assert refused.status_code == 401, refused.text
        assert set(refused.json()) == ERROR_MEMBERS
    done = httpx.post(route, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 204, done.text
    _assert_reset(a, b, changed)
