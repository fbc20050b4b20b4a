"""Examples mode answers with the spec's examples; `Prefer` picks status, example or dynamic."""

from __future__ import annotations

import pytest

from tests.mock.conftest import Server

pytestmark = pytest.mark.server


def test_answers_with_the_example(examples_server: Server) -> None:
    with examples_server.client() as http:
        answer = http.get("/warehouses/42")
        assert answer.status_code == 200
        assert answer.json()["name"] == "Main warehouse"  # the example, whatever the id
        assert "x-ratelimit-limit" in answer.headers
        created = http.post("/warehouses", json={"name": "x"})
        assert created.status_code == 201 and created.headers["location"]


def test_prefer_code_and_example(examples_server: Server) -> None:
    with examples_server.client() as http:
        missing = http.get("/warehouses/1", headers={"Prefer": "code=404"})
        assert missing.status_code == 404 and missing.json()["error_id"] == 910
        named = http.get("/invoices", headers={"Prefer": "example=invoice_list"})
        assert named.status_code in (200, 404)


def test_prefer_dynamic(examples_server: Server) -> None:
    with examples_server.client() as http:
        first = http.get("/warehouses/1", headers={"Prefer": "dynamic=true"})
        assert first.status_code == 200  # self-check: valid against the schema
        assert set(first.json()) >= {"warehouse_id", "uri", "name", "active"}


def test_still_validates_requests(examples_server: Server) -> None:
    with examples_server.client() as http:
        assert http.post("/warehouses", json={"nope": 1}).status_code == 400
        assert http.get("/warehouses/0").status_code == 400
    with examples_server.client(None) as anonymous:
        assert anonymous.get("/warehouses/1").status_code == 401


def test_a_pdf_example_is_a_real_pdf(examples_server: Server) -> None:
    """A PDF example is no YAML value: examples mode answers a blank copy, laid out by the
    same template and PDF writer as a stateful copy."""
    pdfium = pytest.importorskip("pypdfium2")
    with examples_server.client() as http:
        answer = http.get("/invoices/3003/pdf")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    text = pdfium.PdfDocument(answer.content)[0].get_textpage().get_text_range()
    assert "Example document" in text
