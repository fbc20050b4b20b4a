"""Regressions of issue 8 (C, D, E) against a real mock server: a refusal names only fields the
request has, an address the send request accepts can be recorded, and an operation without a
requestBody refuses a body. Every answer is a catalogue error body, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.server

BUSINESS_RULE_VIOLATED = 924
INVALID_FIELD = 928
ROW = "/purchases/6002/rows/6201"  # seeded from the purchase examples (tax rates 21, 12, 6)


def _refusal(answer: httpx.Response, status: int, error_id: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    body: dict[str, Any] = answer.json()
    assert body["error_id"] == error_id and body["status"] == status, body
    return body


def _names(body: dict[str, Any]) -> list[str]:
    return [f["name"] for f in body["fields"]]


# ---------------------------------------------------------------- C: a sub-object's own paths
def test_row_refused_by_a_rule_names_its_own_field(client: httpx.Client) -> None:
    before = client.get(ROW).json()
    wrong_rate = {"name": "Oak stand", "amount": "18.90", "tax_rate": "7"}
    body = _refusal(client.put(ROW, json=wrong_rate), 422, BUSINESS_RULE_VIOLATED)
    assert _names(body) == ["tax_rate"], body
    assert "rows/" not in body["detail"]
    no_price = {"name": "Oak stand", "quantity": "2"}
    body = _refusal(client.put(ROW, json=no_price), 422, BUSINESS_RULE_VIOLATED)
    assert _names(body) == ["amount"], body
    assert client.get(ROW).json() == before  # the refusal put the old row back


def test_row_amount_too_large_is_named_after_the_amount(client: httpx.Client) -> None:
    huge = {"name": "Oak stand", "amount": "9999999999", "quantity": "10", "tax_rate": "0"}
    body = _refusal(client.put(ROW, json=huge), 422, BUSINESS_RULE_VIOLATED)
    assert _names(body) == ["amount"], body
    body = _refusal(client.patch(ROW, json={"amount": "9999999999.9999"}), 422, 924)
    assert _names(body) == ["amount"], body


def test_new_row_refused_names_its_own_field(client: httpx.Client) -> None:
    row = {"name": "Crate", "amount": "1.00", "tax_rate": "7"}
    body = _refusal(client.post("/purchases/6002/rows", json=row), 422, 924)
    assert _names(body) == ["tax_rate"], body


def test_parent_total_overflow_names_no_field_of_the_parent(client: httpx.Client) -> None:
    created = client.post("/purchases", json={"client_id": 1001, "rows": []})
    assert created.status_code == 201, created.text
    rows = f"/purchases/{created.json()['purchase_id']}/rows"
    row = {"name": "Big", "amount": "6000000000", "quantity": "1", "tax_rate": "0"}
    assert client.post(rows, json=row).status_code == 201
    body = _refusal(client.post(rows, json=row), 422, BUSINESS_RULE_VIOLATED)
    assert _names(body) == ["(body)"], body  # the purchase's total, not a field of the row


# ---------------------------------------------------------------- D: addresses the send takes
def test_send_to_an_international_address(client: httpx.Client) -> None:
    address = "jürgen@müller.de"
    answer = client.post("/invoices/3003/send", json={"recipients": [address]})
    assert answer.status_code in (200, 201), answer.text
    events = client.get("/invoices/3003/events").json()["data"]
    recorded = [r["email_address"] for e in events for r in e["recipients"]]
    assert address in recorded


def test_send_refusal_names_a_field_of_the_request(client: httpx.Client) -> None:
    """A contact's address the recorded event cannot hold (`format: email` takes `x@localhost`,
    the recipients' pattern wants a dot in the domain) is refused by naming the request's
    `recipients`, never the event's `recipients/0/email_address`."""
    made = client.post("/clients", json={"name": "Local Host BV", "email_address": "x@localhost"})
    assert made.status_code == 201, made.text
    invoice = client.post("/invoices", json={"client_id": made.json()["client_id"]})
    assert invoice.status_code == 201, invoice.text
    path = f"/invoices/{invoice.json()['invoice_id']}/send"
    body = _refusal(client.post(path, json={"recipients": ["main_contact"]}), 422, 924)
    assert _names(body) == ["recipients"], body


# ---------------------------------------------------------------- E: no requestBody, no body
@pytest.mark.parametrize(
    "body", [b"{nope", b"{}", b'{"invoice_id": 1}', b"null", b"<x/>"], ids=range(5)
)
def test_action_without_request_body_refuses_a_body(client: httpx.Client, body: bytes) -> None:
    offer = client.get("/price_offers/7001").json()
    answer = client.post(
        "/price_offers/7001/invoice", content=body, headers={"Content-Type": "application/json"}
    )
    refused = _refusal(answer, 400, INVALID_FIELD)
    assert _names(refused) == ["(body)"]
    assert client.get("/price_offers/7001").json() == offer  # nothing happened


def test_operations_without_request_body_refuse_a_body(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    for method, path in (("POST", "/price_offers/7001/cancel"), ("GET", "/clients/1001")):
        answer = client.request(method, path, content=b'{"x": 1}', headers=headers)
        _refusal(answer, 400, INVALID_FIELD)


def test_action_without_request_body_takes_an_empty_one(client: httpx.Client) -> None:
    created = client.post("/price_offers", json={"client_id": 1001, "rows": []})
    assert created.status_code == 201, created.text
    ident = created.json()["price_offer_id"]
    answer = client.post(f"/price_offers/{ident}/cancel", content=b"  \r\n")
    assert answer.status_code == 200, answer.text


# --- A and B: the row rules the spec states, now declared (x-default-from, x-references) ------


def test_a_row_without_amount_takes_the_article_price(client: httpx.Client) -> None:
    """Bug A: `POST /price_offers/7001/rows {"article_id": 2002, "quantity": "2"}` answered 422
    "send amount"; the spec says a row's amount defaults to the article's price."""
    article = client.get("/articles/2002").json()
    fresh = client.post("/price_offers", json={"client_id": 1001}).json()
    row = client.post(
        f"/price_offers/{fresh['price_offer_id']}/rows", json={"article_id": 2002, "quantity": "2"}
    )
    assert row.status_code == 201, row.text
    assert row.json()["amount"] == article["price"] and row.json()["name"] == article["name"]
    for path in ("/purchase_orders", "/sales_orders"):
        order = client.post(
            path, json={"client_id": 1001, "rows": [{"article_id": 2002, "quantity": "1"}]}
        )
        assert order.status_code == 201, order.text
        assert order.json()["rows"][0]["amount"] == article["price"]


def test_b_an_unknown_article_on_a_row_is_refused(client: httpx.Client) -> None:
    """Bug B: `article_id` 2147483647 on sales-order rows and offer rows was stored with an
    empty name; the reference is declared, so it is refused with 422 (924) at its place."""
    for path, body, place in (
        ("/price_offers/7001/rows", {"article_id": 2147483647, "quantity": "1"}, "article_id"),
        (
            "/sales_orders",
            {"client_id": 1001, "rows": [{"article_id": 2147483647, "quantity": "1"}]},
            "rows/0/article_id",
        ),
    ):
        answer = _refusal(client.post(path, json=body), 422, BUSINESS_RULE_VIOLATED)
        assert [f["name"] for f in answer["fields"]] == [place]
