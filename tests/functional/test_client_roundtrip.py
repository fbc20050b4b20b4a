"""The client generated from the fixture spec, imported and run against a real HTTP server.

A stdlib http.server on 127.0.0.1 answers canned JSON, a PDF, HTML and error bodies, so these
tests prove that what openapi-python-client produced from our bundle works at runtime: typed
models, the API-key header, a request body, bytes for a PDF and a typed error body.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any, ClassVar

import pytest

from tests.generator.support import mini_spec_output

pytestmark = pytest.mark.server

KEY = "test-key"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CLIENT = {
    "client_id": 7,
    "uri": "http://127.0.0.1/api/v1/clients/7",
    "name": "Kask OÜ",
    "email": "info@kask.example",
    "vat_payer": True,
}


def _error(status: int, error_id: int, title: str) -> dict[str, Any]:
    return {"error_id": error_id, "status": status, "title": title, "detail": f"{title}."}


class _Handler(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def _answer(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: Any, **headers: str) -> None:
        self._answer(status, json.dumps(data).encode(), "application/json", **headers)

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.received.append((method, self.path, dict(self.headers), body))
        if self.headers.get("X-API-Key") != KEY:
            self._json(401, _error(401, 904, "Access denied"))
            return
        path = self.path.split("?")[0]
        if (method, path) == ("GET", "/api/v1/clients"):
            page = {
                "data": [CLIENT],
                "meta": {"total": 1, "page": 1, "per_page": 1},
                "links": {"self": self.path, "next": None},
            }
            self._json(200, page, X_RateLimit_Remaining="59")
        elif (method, path) == ("POST", "/api/v1/clients"):
            created = {
                **CLIENT,
                **json.loads(body),
                "client_id": 8,
                "uri": "http://127.0.0.1/api/v1/clients/8",
            }
            self._json(201, created, Location=created["uri"])
        elif (method, path) == ("GET", "/api/v1/invoices/3003/pdf"):
            self._answer(200, PDF, "application/pdf")
        elif (method, path) == ("GET", "/api/v1/invoices/3003/html"):
            self._answer(200, b"<html><body>Invoice</body></html>", "text/html; charset=utf-8")
        else:
            self._json(404, _error(404, 910, "Not found"))

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def api() -> Iterator[ModuleType]:
    """The generated package, imported from the session's temporary output."""
    client_dir = str(mini_spec_output() / "client")
    sys.path.insert(0, client_dir)
    try:
        yield importlib.import_module("books_api_client")
    finally:
        sys.path.remove(client_dir)
        for name in [
            n for n in sys.modules if n == "books_api_client" or n.startswith("books_api_client.")
        ]:
            del sys.modules[name]


def _load(module: str, name: str) -> Any:
    """A name from the generated package (imported at run time, so typed as Any here)."""
    parent = importlib.import_module(module)
    if hasattr(parent, name):
        return getattr(parent, name)
    return importlib.import_module(f"{module}.{name}")


def _client(api: ModuleType, base_url: str, key: str = KEY) -> Any:
    return api.AuthenticatedClient(
        base_url=base_url, token=key, prefix="", auth_header_name="X-API-Key"
    )


def test_typed_list_call(api: ModuleType, base_url: str) -> None:
    clients_list = _load("books_api_client.api.clients", "clients_list")
    ClientList = _load("books_api_client.models", "ClientList")
    ClientModel = _load("books_api_client.models", "ClientModel")

    with _client(api, base_url) as client:
        page = clients_list.sync(client=client, per_page=1)
    assert isinstance(page, ClientList)
    assert isinstance(page.data[0], ClientModel)
    assert (page.data[0].name, page.data[0].client_id, page.meta.total) == ("Kask OÜ", 7, 1)
    method, path, headers, _ = _Handler.received[-1]
    assert (method, path, headers["X-API-Key"]) == ("GET", "/api/v1/clients?page=1&per_page=1", KEY)


def test_create_sends_the_write_schema(api: ModuleType, base_url: str) -> None:
    clients_create = _load("books_api_client.api.clients", "clients_create")
    ClientCreate = _load("books_api_client.models", "ClientCreate")
    ClientModel = _load("books_api_client.models", "ClientModel")

    with _client(api, base_url) as client:
        response = clients_create.sync_detailed(
            client=client, body=ClientCreate(name="Puu AS", vat_payer=False)
        )
    assert response.status_code == 201
    assert isinstance(response.parsed, ClientModel) and response.parsed.client_id == 8
    assert response.headers["Location"].endswith("/clients/8")
    sent = json.loads(_Handler.received[-1][3])
    assert sent == {"name": "Puu AS", "vat_payer": False}


def test_pdf_download_is_bytes(api: ModuleType, base_url: str) -> None:
    invoices_get_pdf = _load("books_api_client.api.invoices", "invoices_get_pdf")
    File = _load("books_api_client.types", "File")

    with _client(api, base_url) as client:
        document = invoices_get_pdf.sync(invoice_id=3003, client=client)
    assert isinstance(document, File)
    assert document.payload.read() == PDF


def test_html_rendition_is_text(api: ModuleType, base_url: str) -> None:
    invoices_get_html = _load("books_api_client.api.invoices", "invoices_get_html")

    with _client(api, base_url) as client:
        page = invoices_get_html.sync(invoice_id=3003, client=client)
    assert page == "<html><body>Invoice</body></html>"


def test_error_bodies_are_typed(api: ModuleType, base_url: str) -> None:
    clients_get = _load("books_api_client.api.clients", "clients_get")
    Error = _load("books_api_client.models", "Error")

    with _client(api, base_url) as client:
        missing = clients_get.sync_detailed(client_id=99, client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Error) and (
        missing.parsed.error_id,
        missing.parsed.status,
    ) == (910, 404)
    with _client(api, base_url, key="wrong") as client:
        denied = clients_get.sync_detailed(client_id=7, client=client)
    assert isinstance(denied.parsed, Error) and denied.parsed.error_id == 904
