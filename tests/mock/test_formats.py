"""Renditions: a real PDF, HTML, XML for receipts (out and in)."""

from __future__ import annotations

import re

import httpx
import pytest

pytestmark = pytest.mark.server


def _invoice(client: httpx.Client) -> dict[str, object]:
    answer = client.post(
        "/invoices",
        json={
            "client_id": 1001,
            "items": [
                {"description": "Café (spécial) \\ test", "amount": "12.50", "tax_rate": "21"}
            ],
        },
    )
    assert answer.status_code == 201, answer.text
    body: dict[str, object] = answer.json()
    return body


def test_pdf_is_a_real_pdf(client: httpx.Client) -> None:
    """A PDF any reader opens: laid out by WeasyPrint, read back by pypdfium2 (the copy's
    content is checked in test_render)."""
    pdfium = pytest.importorskip("pypdfium2")
    invoice = _invoice(client)
    answer = client.get(f"/invoices/{invoice['invoice_id']}/pdf")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    data = answer.content
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert str(invoice["number"]) in text and "Café (spécial) \\ test" in text


def test_html(client: httpx.Client) -> None:
    invoice = _invoice(client)
    answer = client.get(f"/invoices/{invoice['invoice_id']}/html")
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text.startswith("<!DOCTYPE html>")
    assert str(invoice["number"]) in answer.text
    assert (
        client.get(
            f"/invoices/{invoice['invoice_id']}/html", headers={"Accept": "application/json"}
        ).status_code
        == 406
    )


def test_receipt_xml_out_and_in(client: httpx.Client) -> None:
    listed = client.get("/receipts", params={"format": "xml"})
    if listed.status_code == 404:
        pytest.skip("receipts are not in the spec yet")
    assert listed.headers["content-type"].startswith("application/xml")
    assert listed.text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<receipts')
    xml = (
        "<receipt><tax_included>no</tax_included><items><item><description>Keyboard</description>"
        "<quantity>2</quantity><amount>49.95</amount><tax_rate>21</tax_rate></item></items></receipt>"
    )
    made = client.post(
        "/receipts",
        content=xml.encode(),
        headers={"Content-Type": "application/xml", "Accept": "application/xml"},
    )
    assert made.status_code == 201, made.text
    assert "<items><item>" in made.text and "<total_with_tax>120.88</total_with_tax>" in made.text
    ident = re.search(r"<receipt_id>(\d+)</receipt_id>", made.text).group(1)  # type: ignore[union-attr]
    as_json = client.get(f"/receipts/{ident}").json()
    assert as_json["items"][0]["total_without_tax"] == "99.90"
    broken = client.post(
        "/receipts", content=b"<receipt><items>", headers={"Content-Type": "application/xml"}
    )
    assert broken.status_code == 400 and broken.json()["error_id"] == 926
