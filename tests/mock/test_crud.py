"""CRUD round trips against the running mock: what POST stores, GET returns, PUT replaces,
PATCH merges and DELETE removes, for warehouses and for sub-objects of a document."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.server


def test_warehouse_round_trip(client: httpx.Client) -> None:
    created = client.post(
        "/warehouses", json={"name": "Shop backroom", "address": "Langestraat 189"}
    )
    assert created.status_code == 201
    body = created.json()
    ident = body["warehouse_id"]
    assert created.headers["location"] == body["uri"]
    assert body["uri"].endswith(f"/api/v1/warehouses/{ident}")
    assert body["uri"].startswith(str(client.base_url).split("/api/v1")[0])
    assert body["active"] is True  # the write schema's default
    assert body["financial_account"] == ""  # read-only, filled by the system

    assert client.get(f"/warehouses/{ident}").json() == body

    replaced = client.put(f"/warehouses/{ident}", json={"name": "Backroom"})
    assert replaced.status_code == 200
    assert replaced.json()["name"] == "Backroom"
    assert "address" not in replaced.json()  # PUT: fields not sent take their defaults
    assert replaced.json()["warehouse_id"] == ident

    patched = client.patch(f"/warehouses/{ident}", json={"active": False})
    assert patched.json()["name"] == "Backroom"  # PATCH keeps what was not sent
    assert patched.json()["active"] is False

    listed = client.get("/warehouses", params={"active": "false"}).json()
    assert ident in [w["warehouse_id"] for w in listed["data"]]

    deleted = client.delete(f"/warehouses/{ident}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    gone = client.get(f"/warehouses/{ident}")
    assert gone.status_code == 404
    assert gone.json()["error_id"] == 910


def test_ids_are_per_collection_and_increase(client: httpx.Client) -> None:
    first = client.post("/warehouses", json={"name": "A"}).json()["warehouse_id"]
    second = client.post("/warehouses", json={"name": "B"}).json()["warehouse_id"]
    assert second == first + 1


def test_seed_objects_are_there(client: httpx.Client) -> None:
    main = client.get("/warehouses/1")
    assert main.status_code == 200
    assert main.json()["name"] == "Main warehouse"


def _invoice(client: httpx.Client, **extra: object) -> dict[str, object]:
    body = {
        "client_id": 1001,
        "discount_percentage": "5",
        "items": [
            {"description": "Website work", "amount": "100.00", "quantity": "2", "tax_rate": "21"}
        ],
        **extra,
    }
    created = client.post("/invoices", json=body)
    assert created.status_code == 201, created.text
    result: dict[str, object] = created.json()
    return result


def test_invoice_fills_every_system_field(client: httpx.Client) -> None:
    invoice = _invoice(client)
    for name in (
        "invoice_id",
        "uri",
        "client_uri",
        "number",
        "date",
        "due_date",
        "status",
        "type",
        "last_activity",
    ):
        assert invoice[name], name
    assert invoice["client_name"] == "IT Services BVBA"  # taken from the client
    assert (invoice["tax_rate_1"], invoice["tax_rate_2"], invoice["tax_rate_3"]) == (
        "21",
        "12",
        "6",
    )
    assert invoice["type"] == "invoice" and invoice["status"] == "open"
    assert invoice["total_paid"] == "0.00"
    assert str(invoice["number"]).startswith(str(invoice["date"])[:4])  # prefix %Y
    items = invoice["items"]
    assert isinstance(items, list) and len(items) == 1
    assert items[0]["uri"].endswith(
        f"/invoices/{invoice['invoice_id']}/items/{items[0]['item_id']}"
    )


def test_invoice_numbers_follow_prefix_and_leading_zeros(client: httpx.Client) -> None:
    invoice = _invoice(client, prefix="INV-%y%m-", leading_zeros=6, date="2026-03-09")
    assert str(invoice["number"]).startswith("INV-2603-")
    assert len(str(invoice["number"]).removeprefix("INV-2603-")) == 6
    by_number = client.get(f"/invoices/by_number/{invoice['number']}")
    assert by_number.status_code == 200
    assert by_number.json()["invoice_id"] == invoice["invoice_id"]


def test_sub_objects_belong_to_their_parent(client: httpx.Client) -> None:
    invoice = _invoice(client)
    ident = invoice["invoice_id"]
    item = client.post(
        f"/invoices/{ident}/items",
        json={"description": "Extra", "amount": "10.00", "quantity": "1", "tax_rate": "21"},
    )
    assert item.status_code == 201
    item_id = item.json()["item_id"]
    parent = client.get(f"/invoices/{ident}").json()
    assert [i["item_id"] for i in parent["items"]][-1] == item_id  # composed from the items
    assert parent["total_without_tax"] == "199.50"  # (200 + 10) less 5 %

    payment = client.post(
        f"/invoices/{ident}/payments",
        json={"amount": parent["total_with_tax"], "date": "2026-11-21"},
    )
    assert payment.status_code == 201, payment.text
    paid = client.get(f"/invoices/{ident}").json()
    assert paid["total_paid"] == parent["total_with_tax"]
    assert paid["pay_status"] == "paid" and paid["status"] == "closed"

    assert client.get(f"/invoices/999999/items/{item_id}").status_code == 404  # wrong parent
    assert client.delete(f"/invoices/{ident}").status_code == 204
    assert client.get(f"/invoices/{ident}/items/{item_id}").status_code == 404  # deleted with it
    assert client.get(f"/invoices/{ident}/items").status_code == 404


def test_send_records_an_event_and_tags_the_invoice(client: httpx.Client) -> None:
    invoice = _invoice(client)
    ident = invoice["invoice_id"]
    sent = client.post(
        f"/invoices/{ident}/send", json={"recipients": ["boekhouding@itservices.be"]}
    )
    assert sent.status_code == 201, sent.text
    event = sent.json()
    assert event["type"] == "email sent"
    assert event["recipients"][0]["email_address"] == "boekhouding@itservices.be"
    after = client.get(f"/invoices/{ident}").json()
    assert {"tag_id": 6, "name": "sent"} in after["tags"]
    assert [e["event_id"] for e in after["events"]] == [event["event_id"]]


def test_list_paging_sorting_and_search(client: httpx.Client) -> None:
    for name in ("Zeta store", "alpha store", "Mid store"):
        client.post("/warehouses", json={"name": name})
    page = client.get(
        "/warehouses", params={"sort": "-name", "per_page": 2, "search": "STORE"}
    ).json()
    assert page["meta"]["per_page"] == 2 and page["meta"]["total"] >= 3
    names = [w["name"] for w in page["data"]]
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert page["links"]["next"] is not None and "page=2" in page["links"]["next"]
    last = client.get("/warehouses", params={"page": 1000}).json()
    assert last["data"] == [] and last["links"]["next"] is None


def test_list_as_csv(client: httpx.Client) -> None:
    client.post("/warehouses", json={"name": 'Quote "and", comma'})
    answer = client.get("/warehouses", params={"format": "csv", "per_page": 100})
    assert answer.headers["content-type"].startswith("text/csv")
    lines = answer.text.split("\r\n")
    assert lines[0].startswith("warehouse_id,uri,name")
    assert '"Quote ""and"", comma"' in answer.text  # RFC 4180 quoting
    by_accept = client.get("/warehouses", headers={"Accept": "text/csv"})
    assert by_accept.text.startswith("warehouse_id,")
