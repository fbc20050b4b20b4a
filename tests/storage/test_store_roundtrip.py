"""The durable stores answer exactly as the in-memory one, across reopening the file and
across several app instances (processes) taking turns on one file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mock_runtime.app import MockApp
from mock_runtime.config import Config
from tests.storage.asgi import call, pin_clock

Do = Callable[[str, str, Any], Any]


def _app(store: str) -> MockApp:
    return pin_clock(MockApp(Config(store=store, enforce_rate_limit=False)))


def scenario(do: Do) -> None:
    """Creates, sub-objects, numbering, actions, updates, deletes and lists."""
    item = {"description": "Work", "amount": "100.00", "quantity": "2", "tax_rate": "21"}
    first = do("POST", "/invoices", {"client_id": 1001, "items": [item, item]})
    second = do(
        "POST",
        "/invoices",
        {"client_id": 1001, "prefix": "INV-%y-", "leading_zeros": 5, "items": [item]},
    )
    one, two = first["invoice_id"], second["invoice_id"]
    do("POST", f"/invoices/{one}/items", dict(item, description="Extra"))
    do("GET", f"/invoices/{one}", None)
    do("POST", f"/invoices/{two}/payments", {"amount": "10.00", "date": "2026-11-21"})
    do("POST", f"/invoices/{two}/send", {"recipients": ["boekhouding@itservices.be"]})
    do("PATCH", f"/invoices/{two}", {"discount_percentage": "10"})
    do("GET", f"/invoices/by_number/{second['number']}", None)
    do("PUT", f"/invoices/{one}", {"client_id": 1001, "items": [item]})
    do("GET", f"/invoices/{one}/items", None)
    do("DELETE", f"/invoices/{one}", None)
    do("GET", f"/invoices/{one}", None)
    do("POST", "/invoices", {"client_id": 1001, "items": []})
    do("POST", "/invoices", {"client_id": 999999, "items": [item]})  # refused
    for name in ("North", "South", "East"):
        do("POST", "/warehouses", {"name": name})
    do("DELETE", "/warehouses/1", None)
    do("POST", "/warehouses", {"name": "West"})
    do("POST", "/clients", {"name": "Acme"})
    do("POST", "/clients", {"name": "Beta"})
    do("GET", "/clients?sort=-client_id", None)
    do("GET", "/invoices?sort=-invoice_id", None)
    do("GET", "/warehouses", None)


def run(apps: Callable[[int], MockApp]) -> list[tuple[int, Any]]:
    answers: list[tuple[int, Any]] = []
    turn = 0

    def do(method: str, path: str, body: Any) -> Any:
        nonlocal turn
        status, found, _ = call(apps(turn), method, path, body)
        turn += 1
        answers.append((status, found))
        return found

    scenario(do)
    return answers


@pytest.fixture(scope="module")
def expected() -> list[tuple[int, Any]]:
    app = _app("memory")
    return run(lambda _: app)


def test_scenario_exercises_success_and_refusals(expected: list[tuple[int, Any]]) -> None:
    statuses = [s for s, _ in expected]
    assert statuses.count(201) >= 10 and 404 in statuses and 204 in statuses
    assert any(s in (404, 422) for s in statuses[13:15])


def test_sqlite_answers_as_memory(tmp_path: Path, expected: list[tuple[int, Any]]) -> None:
    app = _app(f"sqlite:{tmp_path / 'one.sqlite3'}")
    assert run(lambda _: app) == expected


def test_two_processes_taking_turns_answer_as_one(
    tmp_path: Path, expected: list[tuple[int, Any]]
) -> None:
    spec = f"sqlite:{tmp_path / 'shared.sqlite3'}"
    apps = [_app(spec), _app(spec)]

    def pick(turn: int) -> MockApp:
        if turn == 11:  # a restart halfway: the new process reads everything from the file
            apps[0] = _app(spec)
        return apps[turn % 2]

    assert run(pick) == expected


def test_everything_survives_reopening(tmp_path: Path) -> None:
    spec = f"sqlite:{tmp_path / 'kept.sqlite3'}"
    app = _app(spec)
    status, made, _ = call(app, "POST", "/warehouses", {"name": "Kept"})
    assert status == 201
    status, gone, _ = call(app, "POST", "/warehouses", {"name": "Gone"})
    assert call(app, "DELETE", f"/warehouses/{gone['warehouse_id']}")[0] == 204
    app.store.close()

    again = _app(spec)
    assert call(again, "GET", f"/warehouses/{made['warehouse_id']}")[1] == made
    assert call(again, "GET", f"/warehouses/{gone['warehouse_id']}")[0] == 404
    status, next_one, _ = call(again, "POST", "/warehouses", {"name": "Next"})
    assert next_one["warehouse_id"] == gone["warehouse_id"] + 1  # the id counter survived
