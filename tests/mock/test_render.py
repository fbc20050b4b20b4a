"""The renderer: deterministic bytes, and a routes table that says what the mock does."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from spec_rules.computed import Op
from tests.mock.conftest import ROOT


def _load(path: Path) -> object:
    spec = importlib.util.spec_from_file_location(f"m{abs(hash(path))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_output_is_deterministic(mock_package: Path, tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "mock",
            "openapi/openapi.yaml",
            "--out",
            str(tmp_path),
            "--partial",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    again = tmp_path / "mock_server"
    names = sorted(p.name for p in mock_package.iterdir() if p.is_file())
    assert names == [
        "__init__.py",
        "examples.json",
        "resources.py",
        "routes.py",
        "schemas.json",
        "seeds.json",
    ]
    for name in names:
        assert (again / name).read_bytes() == (mock_package / name).read_bytes(), name


def test_routes_table(mock_package: Path) -> None:
    routes = _load(mock_package / "routes.py").ROUTES  # type: ignore[attr-defined]
    by_id = {r["operation_id"]: r for r in routes}
    get = by_id["warehouses_get"]
    assert get["method"] == "GET" and get["kind"] == "read" and get["resource"] == "warehouses"
    assert get["id_param"] == "warehouse_id"
    assert get["responses"][200][0] == {"application/json": "#/components/schemas/Warehouse"}
    create = by_id["warehouses_create"]
    assert create["request"]["media_types"] == {
        "application/json": "#/components/schemas/WarehouseCreate"
    }
    assert "Location" in create["responses"][201][1]
    stock = by_id["warehouses_get_stock"]
    assert stock["action"] == "stock" and stock["resource"] == "warehouses"


def test_resources_and_seeds(mock_package: Path) -> None:
    resources = _load(mock_package / "resources.py").RESOURCES  # type: ignore[attr-defined]
    warehouses = resources["warehouses"]
    assert warehouses["id_field"] == "warehouse_id"
    assert warehouses["defaults"] == {"active": True}
    label = next(rule for name, kind, rule in warehouses["derive"] if name == "financial_account")
    assert label.value.op is Op.FROM_REFERENCE  # declared with x-computed, not guessed
    assert label.value.args == ("financial_account_id", "code", "name") and label.limit == 150
    assert warehouses["refs"] == {"financial_account_id": "financial_accounts"}
    seeds = json.loads((mock_package / "seeds.json").read_text())
    assert [s["object"]["warehouse_id"] for s in seeds["warehouses"]] == [1]
    schemas = json.loads((mock_package / "schemas.json").read_text())
    assert "Warehouse" in schemas["components"]["schemas"]
    assert schemas["operations"]["warehouses_get"]["path"]["required"] == ["warehouse_id"]


# ---------------------------------------------------------------------------- printed copies
# A document made through the API at two rates, then read back as HTML and as a PDF that is
# rendered to an image and read as text (pypdfium2): what `x-printable` declares must show.

_LINES = [
    {"description": "Bicycle service, full", "quantity": "2", "amount": "100.00", "tax_rate": "21"},
    {"description": "Repair handbook", "quantity": "3", "amount": "15.00", "tax_rate": "6"},
]
# collection: (lines field, extra fields sent, status shown, payment or validity term shown)
_MADE: dict[str, tuple[str, dict[str, Any], str, str | None]] = {
    "invoices": ("items", {"pay_limit": 30}, "open", "30 days"),
    "receipts": ("items", {}, "open", None),
    "price_offers": ("rows", {"valid_until": "2099-12-31"}, "open", "2099-12-31"),
}
_SELLER = ("Books Demo BV", "Kerkstraat 12", "9000 Ghent", "BE0987654321")
_CLIENT = ("IT Services BVBA", "BE0123456749")


def _document(client: httpx.Client, collection: str) -> dict[str, Any]:
    lines, extra, _, _ = _MADE[collection]
    named = lines == "rows"  # an offer row needs a name
    rows = [{**line, "name": line["description"]} if named else line for line in _LINES]
    body = {"client_id": 1001, "discount_percentage": "0", lines: rows, **extra}
    made = client.post(f"/{collection}", json=body)
    assert made.status_code == 201, made.text
    answer: dict[str, Any] = made.json()
    return answer


@pytest.mark.server
@pytest.mark.parametrize("collection", sorted(_MADE))
def test_html_copy_shows_parties_lines_vat_per_rate_and_totals(
    client: httpx.Client, collection: str
) -> None:
    made = _document(client, collection)
    ident = made[f"{collection[:-1]}_id"]
    page = client.get(f"/{collection}/{ident}/html")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "@page" in text and "A4" in text  # print styles
    for shown in (*_SELLER, *_CLIENT, "Langestraat 189", "2000 Antwerp"):
        assert shown in text, shown
    assert text.count("<tr><td>") == 2  # one table row per line
    assert "Bicycle service, full" in text and "Repair handbook" in text
    assert "VAT 21%" in text and "VAT 6%" in text and "VAT 1" not in text  # rates, not slots
    assert '<th>VAT 21% <small>of 200.00</small></th><td class="num">42.00</td>' in text
    assert "2.70" in text  # 6 % of 45.00
    assert made["total_with_tax"] == "289.70" and "289.70" in text
    _, _, status, term = _MADE[collection]
    assert made["status"] == status and f"<span>{status}</span>" in text
    if term:
        assert term in text


@pytest.mark.server
def test_pdf_copy_is_a_4_page_with_ink_where_the_table_is(client: httpx.Client) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    made = _document(client, "invoices")
    answer = client.get(f"/invoices/{made['invoice_id']}/pdf")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-")
    document = pdfium.PdfDocument(answer.content)
    assert len(document) == 1
    page = document[0]
    width, height = page.get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = page.get_textpage().get_text_range()
    for shown in (*_SELLER, *_CLIENT, "Bicycle service, full", "VAT 21%", "289.70", "30 days"):
        assert shown in text, shown
    assert made["number"] in text and "OPEN" in text
    image = page.render(scale=1).to_pil().convert("L")
    assert image.size == (596, 842)
    ink = [image.crop((0, top, image.width, top + 100)).histogram() for top in range(0, 800, 100)]
    dark = [sum(h[:128]) for h in ink]  # pixels darker than mid-grey in each band of 100 px
    assert dark[0] > 500  # the title and the party blocks
    assert sum(dark[3:6]) > 2000  # the lines table and the totals below the facts
    assert dark[-1] < dark[0] / 10  # the foot of the page is (nearly) blank


@pytest.mark.server
def test_pdf_of_an_html_rendition_negotiated_by_accept(client: httpx.Client) -> None:
    """Both copies come from one template: the PDF's text has what the HTML shows."""
    pdfium = pytest.importorskip("pypdfium2")
    made = _document(client, "price_offers")
    ident = made["price_offer_id"]
    page = client.get(f"/price_offers/{ident}/html").text
    pdf = client.get(f"/price_offers/{ident}/pdf").content
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    for label in ("Offer to", "Valid until", "Total with VAT"):
        assert label in page
        assert label.upper() in text or label in text


@pytest.mark.server
def test_seller_follows_the_layout_named_and_the_default_otherwise(client: httpx.Client) -> None:
    """`layout_id.seller.*` reads through the reference; an empty id prints with the layout
    flagged `is_default` (`fallbacks`)."""
    body = {"client_id": 1002, "items": [dict(_LINES[0])]}
    chosen = client.post("/invoices", json={**body, "layout_id": 8002})
    assert chosen.status_code == 201, chosen.text
    page = client.get(f"/invoices/{chosen.json()['invoice_id']}/html").text
    assert "Books Demo Webwinkel" in page and "NL001234567B01" in page
    assert "Books Demo BV" not in page
    assert "De Groene Fietser BV" in page and "3511 AV Utrecht" in page  # the client's address
    plain = client.post("/invoices", json=body)
    page = client.get(f"/invoices/{plain.json()['invoice_id']}/html").text
    assert "Books Demo BV" in page and "Books Demo Webwinkel" not in page
