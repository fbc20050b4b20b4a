"""The web-shop example, run for real on the generated client against a scripted API.

The scripted API is a real HTTP server on 127.0.0.1 that answers with the spec's own examples
(changed ids only), so what the example parses is what the contract promises, and a test can
force the answers a plug-in must survive: 429, 422, 401/403. It checks the plug-in's behaviour,
not the server's: the calls it makes, idempotent re-runs, waiting out 429, logging and skipping a
refused order, stopping at 401. The same example also runs end to end against the generated mock
server in tests/mock/test_web_shop_example.py.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.fixtures.generated_client import generated_client

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "web_shop_sync.py"
BUNDLE = Path(os.environ.get("BOOKS_API_BUNDLE", ROOT / "generated" / "openapi.json"))
ORDERS = ROOT / "examples" / "orders.json"
KEY = "test-key"


@pytest.fixture(scope="module")
def shop() -> Iterator[ModuleType]:
    if not BUNDLE.exists():
        pytest.skip("generated/openapi.json does not exist yet")
    with generated_client("web_shop_sync") as importable:
        if not importable:
            pytest.skip("the generated client (generated/client) does not exist yet")
        spec = importlib.util.spec_from_file_location("web_shop_sync", EXAMPLE)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["web_shop_sync"] = module  # dataclasses look their module up while loading
        spec.loader.exec_module(module)
        yield module


@pytest.fixture(scope="module")
def examples() -> dict[str, Any]:
    bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
    return {k: v["value"] for k, v in bundle["components"]["examples"].items()}


class FakeBooks:
    """Clients, articles and invoices in memory; `script` forces answers for given calls."""

    def __init__(self, examples: dict[str, Any]) -> None:
        self.examples = examples
        self.clients: list[dict[str, Any]] = []
        self.articles = [self._article(2002, "A000001")]
        self.invoices: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.bodies: list[dict[str, Any]] = []
        self.script: dict[str, list[httpx.Response]] = {}

    def _article(self, article_id: int, code: str) -> dict[str, Any]:
        article: dict[str, Any] = copy.deepcopy(self.examples["article_created"])
        article.update(article_id=article_id, code=code)
        return article

    def _page(self, data: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "data": data,
            "meta": {"total": len(data), "page": 1, "per_page": 25},
            "links": {"self": "http://127.0.0.1:4010/api/v1/x", "next": None},
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-API-Key"] == KEY
        call = f"{request.method} {request.url.path.removeprefix('/api/v1')}"
        self.calls.append(call)
        if self.script.get(call):
            return self.script[call].pop(0)
        query = request.url.params
        if request.method == "POST":
            self.bodies.append(json.loads(request.content))
        if call == "GET /clients":
            found = [
                c
                for c in self.clients
                if query.get("external_id") in (None, c["external_client_id"])
                and query.get("email_address", "").lower() in ("", c["email_address"].lower())
            ]
            return httpx.Response(200, json=self._page(found))
        if call == "POST /clients":
            client = copy.deepcopy(self.examples["client_created"])
            client.update(self.bodies[-1], client_id=1000 + len(self.clients) + 1)
            self.clients.append(client)
            return httpx.Response(201, json=client)
        if call == "GET /articles":
            return httpx.Response(
                200, json=self._page([a for a in self.articles if a["code"] == query["code"]])
            )
        if call == "GET /invoices":
            return httpx.Response(
                200,
                json=self._page(
                    [i for i in self.invoices if i["external_invoice_id"] == query["external_id"]]
                ),
            )
        if call == "POST /invoices":
            invoice = copy.deepcopy(self.examples["invoice_created"])
            invoice.update(
                invoice_id=3000 + len(self.invoices) + 1,
                external_invoice_id=self.bodies[-1]["external_invoice_id"],
            )
            self.invoices.append(invoice)
            return httpx.Response(201, json=invoice)
        return httpx.Response(404, json=error(404, 910, "Not found"))


def error(status: int, error_id: int, title: str, fields: Any = ()) -> dict[str, Any]:
    return {
        "error_id": error_id,
        "status": status,
        "title": title,
        "detail": title + ".",
        "fields": list(fields),
    }


class _Handler(BaseHTTPRequestHandler):
    """Turns each HTTP request into an httpx.Request for FakeBooks and writes its answer back."""

    server: _FakeServer

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        request = httpx.Request(
            self.command, f"http://127.0.0.1{self.path}", headers=dict(self.headers), content=body
        )
        response = self.server.fake.handle(request)
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests assert on FakeBooks.calls instead."""


class _FakeServer(ThreadingHTTPServer):
    def __init__(self, fake: FakeBooks) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


@pytest.fixture()
def fake(examples: dict[str, Any]) -> FakeBooks:
    return FakeBooks(examples)


@pytest.fixture()
def base_url(fake: FakeBooks) -> Iterator[str]:
    server = _FakeServer(fake)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture()
def books(shop: ModuleType, base_url: str) -> Iterator[tuple[Any, list[float]]]:
    slept: list[float] = []
    api = shop.BooksApi(
        api_key=KEY, base_url=base_url, max_attempts=3, max_wait=120, sleep=slept.append
    )
    with api:
        yield api, slept


def _run(shop: ModuleType, books: Any, tmp_path: Path) -> int:
    code: int = shop.run(books, shop.orders_to_invoice(ORDERS), tmp_path / "errors.jsonl")
    return code


def test_orders_become_invoices_once(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]], tmp_path: Path
) -> None:
    assert _run(shop, books[0], tmp_path) == 0
    assert [i["external_invoice_id"] for i in fake.invoices] == [
        "Shop-Order-1041",
        "Shop-Order-1042",
    ]
    first = next(b for b in fake.bodies if b.get("external_invoice_id") == "Shop-Order-1041")
    assert first["client_id"] == 1001 and first["date"] == "2026-11-19"
    assert first["items"][0] == {
        **first["items"][0],
        "description": "Bicycle lamp set",
        "quantity": "2",
        "amount": "24.95",
        "tax_rate": "21",
        "stockitem_code": "A000001",
        "stockitem_id": 2002,
    }
    assert "stockitem_id" not in first["items"][1]  # SHIP-NL is no article: a free-text line
    assert len(fake.clients) == 2
    before = len(fake.calls)
    assert _run(shop, books[0], tmp_path) == 0  # a re-run finds both invoices and adds nothing
    assert [c for c in fake.calls[before:] if c.startswith("POST")] == []


def test_known_buyer_is_found_not_added(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]]
) -> None:
    client = copy.deepcopy(fake.examples["client_created"])
    client.update(
        client_id=1500, external_client_id="other", email_address="SANNE@degroenefietser.example.nl"
    )
    fake.clients.append(client)
    order = shop.orders_to_invoice(ORDERS)[0]
    assert shop.check_client_list_or_add(books[0], order.customer) == 1500
    assert "POST /clients" not in fake.calls


def test_rate_limit_is_waited_out(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]], tmp_path: Path
) -> None:
    limited = httpx.Response(
        429, headers={"Retry-After": "7"}, json=error(429, 920, "Rate limit exceeded")
    )
    fake.script["POST /invoices"] = [limited, limited]
    assert _run(shop, books[0], tmp_path) == 0
    assert books[1] == [7.0, 7.0]
    assert len(fake.invoices) == 2


def test_rate_limit_retries_are_bounded(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]], tmp_path: Path
) -> None:
    limited = httpx.Response(
        429, headers={"Retry-After": "100000"}, json=error(429, 920, "Rate limit exceeded")
    )
    fake.script["GET /invoices"] = [limited] * 10
    with pytest.raises(shop.ApiError, match="HTTP 429"):
        _run(shop, books[0], tmp_path)
    assert books[1] == [120.0, 120.0]  # capped wait, max_attempts - 1 times


def test_refused_order_is_logged_and_skipped(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]], tmp_path: Path
) -> None:
    field = {"name": "items/0/tax_rate", "location": "body", "message": "not a rate of the invoice"}
    fake.script["POST /invoices"] = [
        httpx.Response(422, json=error(422, 924, "Business rule violated", [field]))
    ]
    assert _run(shop, books[0], tmp_path) == 1
    assert [i["external_invoice_id"] for i in fake.invoices] == ["Shop-Order-1042"]
    (line,) = (tmp_path / "errors.jsonl").read_text().splitlines()
    logged = json.loads(line)
    assert logged["order_id"] == "Shop-Order-1041"
    assert (logged["operation"], logged["status"], logged["error_id"]) == (
        "invoices_create",
        422,
        924,
    )
    assert logged["fields"] == [field]


def test_refused_credentials_stop_everything(
    shop: ModuleType, fake: FakeBooks, books: tuple[Any, list[float]], tmp_path: Path
) -> None:
    fake.script["GET /invoices"] = [httpx.Response(401, json=error(401, 904, "Access denied"))]
    with pytest.raises(shop.Unauthorized):
        _run(shop, books[0], tmp_path)
    assert fake.calls == ["GET /invoices"]


def test_orders_load_from_sqlite_too(shop: ModuleType, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "shop.sqlite"
    with sqlite3.connect(db) as con:
        con.execute(
            "CREATE TABLE orders (order_id, created, status, customer_id, email, name,"
            " street, city, postal_code, country_code, vat_number)"
        )
        con.execute(
            "CREATE TABLE order_lines (order_id, sku, name, quantity, unit_price, vat_rate)"
        )
        for order in json.loads(ORDERS.read_text())["orders"]:
            c = order["customer"]
            con.execute(
                "INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    order["order_id"],
                    order["created"],
                    order["status"],
                    c["customer_id"],
                    c["email"],
                    c["name"],
                    c["street"],
                    c["city"],
                    c["postal_code"],
                    c["country_code"],
                    c["vat_number"],
                ),
            )
            for li in order["lines"]:
                con.execute(
                    "INSERT INTO order_lines VALUES (?,?,?,?,?,?)",
                    (
                        order["order_id"],
                        li["sku"],
                        li["name"],
                        li["quantity"],
                        li["unit_price"],
                        li["vat_rate"],
                    ),
                )
    con.close()
    assert shop.load_orders(db) == shop.load_orders(ORDERS)
    latest = shop.latest_order_to_invoice(db)
    assert latest is not None and latest.order_id == "Shop-Order-1042"


def test_command_line_reports_refused_key(
    shop: ModuleType,
    capsys: pytest.CaptureFixture[str],
    fake: FakeBooks,
    base_url: str,
    tmp_path: Path,
) -> None:
    fake.script["GET /invoices"] = [httpx.Response(403, json=error(403, 912, "Not allowed"))]
    code = shop.main(
        [
            "--base-url",
            base_url,
            "--api-key",
            KEY,
            "--orders",
            str(ORDERS),
            "--error-log",
            str(tmp_path / "e.jsonl"),
        ]
    )
    assert code == 2
    assert "stopped: the API key was refused" in capsys.readouterr().err
