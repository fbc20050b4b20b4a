"""Invoice web-shop orders in Books API: seed 000's plug-in, on the friendly client layer.

The OpenCart plug-in of the original service had five functions; here they are, typed:

    latest_order_to_invoice   getLatestOrderForInvoices  the shop side: orders from JSON or SQLite
    check_client_list_or_add  checkClientListOrAdd       find the buyer (external id, e-mail) or add
    check_article_list        checkArticleList           find the article by its exact code
    create_invoice_from_order InvoiceCreate              map a shop order to an `InvoiceCreate`
    write_error_log           writeErrorLog              one JSON line per failed order

What a real plug-in also needs, and this one does: it is safe to re-run (an order whose invoice
exists, found by `external_id`, is skipped); it waits out 429 for `Retry-After` seconds (the
layer's bounded retries: at most 120 s, 3 attempts); it logs a refused order (400/409/422) with
its fields and goes on with the next; and it stops at once on 401/403, since no other order can
succeed with those credentials.

    python examples/web_shop_sync.py --base-url http://127.0.0.1:4010/api/v1 \\
        --api-key KEY --orders examples/orders.json [--error-log reports/web_shop_errors.jsonl]

Exit status: 0 all orders invoiced (or already were), 1 some orders were skipped (see the error
log), 2 the credentials were refused, 3 the API could not be used (network, unexpected answer).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

try:  # a checkout without `pip install generated/client`
    import books_api_client  # noqa: F401
except ModuleNotFoundError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generated" / "client"))

from books_api_client.friendly import (
    ApiError,
    BadRequest,
    BooksApi,
    Conflict,
    Forbidden,
    Unauthorized,
    Unprocessable,
    wire,
)
from books_api_client.models import ClientCreate, InvoiceCreate, InvoiceItemCreate
from books_api_client.types import UNSET

ORDER_REFUSALS = (BadRequest, Conflict, Unprocessable)  # this order's data: log it, go on
DEFAULT_ERROR_LOG = Path("reports") / "web_shop_errors.jsonl"  # reports/ is ignored by git


# --- the shop side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ShopCustomer:
    customer_id: str
    email: str
    name: str
    street: str = ""
    city: str = ""
    postal_code: str = ""
    country_code: str = ""
    vat_number: str = ""


@dataclass(frozen=True)
class ShopLine:
    sku: str
    name: str
    quantity: Decimal
    unit_price: Decimal  # without VAT
    vat_rate: Decimal


@dataclass(frozen=True)
class ShopOrder:
    order_id: str
    created: dt.date
    status: str
    customer: ShopCustomer
    lines: tuple[ShopLine, ...]


def _order(raw: dict[str, Any]) -> ShopOrder:
    return ShopOrder(
        order_id=str(raw["order_id"]),
        created=dt.date.fromisoformat(raw["created"]),
        status=raw.get("status", "complete"),
        customer=ShopCustomer(**{k: str(v) for k, v in raw["customer"].items()}),
        lines=tuple(
            ShopLine(
                sku=str(line["sku"]),
                name=str(line["name"]),
                quantity=Decimal(str(line["quantity"])),
                unit_price=Decimal(str(line["unit_price"])),
                vat_rate=Decimal(str(line["vat_rate"])),
            )
            for line in raw["lines"]
        ),
    )


def _load_sqlite(path: Path) -> list[dict[str, Any]]:
    """Tables `orders` (order_id, created, status, customer_id, email, name, street, city,
    postal_code, country_code, vat_number) and `order_lines` (order_id, sku, name, quantity,
    unit_price, vat_rate)."""
    customer_fields = ShopCustomer.__dataclass_fields__
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        orders = []
        for row in db.execute("SELECT * FROM orders ORDER BY created, order_id"):
            columns = [c for c in row.keys() if c in customer_fields]  # noqa: SIM118 (a Row)
            lines = db.execute(
                "SELECT sku, name, quantity, unit_price, vat_rate FROM order_lines"
                " WHERE order_id = ? ORDER BY rowid",
                (row["order_id"],),
            )
            orders.append(
                {
                    "order_id": row["order_id"],
                    "created": row["created"],
                    "status": row["status"],
                    "customer": {c: row[c] or "" for c in columns},
                    "lines": [dict(line) for line in lines],
                }
            )
    return orders


def load_orders(source: Path) -> list[ShopOrder]:
    if source.suffix in (".sqlite", ".sqlite3", ".db"):
        raw = _load_sqlite(source)
    else:
        raw = json.loads(source.read_text(encoding="utf-8"))["orders"]
    return sorted((_order(r) for r in raw), key=lambda o: (o.created, o.order_id))


def orders_to_invoice(source: Path) -> list[ShopOrder]:
    """Completed orders, oldest first: the ones a shop invoices."""
    return [o for o in load_orders(source) if o.status == "complete"]


def latest_order_to_invoice(source: Path) -> ShopOrder | None:
    """The newest completed order (seed 000's getLatestOrderForInvoices)."""
    orders = orders_to_invoice(source)
    return orders[-1] if orders else None


# --- the API side ----------------------------------------------------------------------------


def check_client_list_or_add(api: BooksApi, customer: ShopCustomer) -> int:
    """The client id of the buyer: found by the shop's customer id (`external_id`), then by
    e-mail address, else created."""
    if customer.customer_id:
        found = api.clients.list(external_id=customer.customer_id).data
        ids = [c.client_id for c in found if c.external_client_id == customer.customer_id]
        if ids:  # the filters are exact; trust, but check
            return min(ids)
    found = api.clients.list(email_address=customer.email).data
    email = customer.email.lower()
    ids = [c.client_id for c in found if str(c.email_address or "").lower() == email]
    if ids:
        return min(ids)
    body = ClientCreate(
        name=customer.name,
        external_client_id=customer.customer_id or UNSET,
        email_address=customer.email or UNSET,
        street=customer.street or UNSET,
        city=customer.city or UNSET,
        postal_code=customer.postal_code or UNSET,
        country_code=customer.country_code or UNSET,
        tax_code=customer.vat_number or UNSET,
        is_customer=True,
    )
    return api.clients.create(body).client_id


def check_article_list(api: BooksApi, code: str) -> int | None:
    """The id of the article whose code is exactly `code`, or None (the line stays free text)."""
    return next((a.article_id for a in api.articles.list(code=code).data if a.code == code), None)


def create_invoice_from_order(
    order: ShopOrder, client_id: int, article_ids: dict[str, int | None]
) -> InvoiceCreate:
    """Map a shop order to the invoice body: one item per order line, prices without VAT."""
    items = [
        InvoiceItemCreate(
            description=line.name,
            quantity=wire(line.quantity.normalize(), None),
            amount=wire(line.unit_price, None),
            tax_rate=wire(line.vat_rate.normalize(), None),
            stockitem_code=line.sku,
            stockitem_id=article_ids.get(line.sku) or UNSET,
        )
        for line in order.lines
    ]
    return InvoiceCreate(
        external_invoice_id=order.order_id,
        client_id=client_id,
        date=order.created,
        reference=f"Web shop order {order.order_id}",
        items=items,
    )


def invoice_order(api: BooksApi, order: ShopOrder) -> tuple[int, bool]:
    """(invoice id, whether it was created now) for one order."""
    for invoice in api.invoices.list(external_id=order.order_id).data:
        if invoice.external_invoice_id == order.order_id:
            return invoice.invoice_id, False
    client_id = check_client_list_or_add(api, order.customer)
    article_ids = {line.sku: check_article_list(api, line.sku) for line in order.lines}
    body = create_invoice_from_order(order, client_id, article_ids)
    return api.invoices.create(body).invoice_id, True


def write_error_log(path: Path, order: ShopOrder, error: ApiError) -> None:
    """Append one JSON line: what failed, the catalogue id and the offending fields."""
    entry: dict[str, Any] = {
        "time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "order_id": order.order_id,
        "operation": error.operation,
        "status": error.status,
        "error_id": error.error_id,
        "title": error.title,
        "detail": error.detail,
        "fields": [vars(f) for f in error.fields],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


# --- command line ----------------------------------------------------------------------------


def run(api: BooksApi, orders: Sequence[ShopOrder], error_log: Path) -> int:
    skipped = 0
    for order in orders:
        try:
            invoice_id, created = invoice_order(api, order)
        except ORDER_REFUSALS as exc:
            write_error_log(error_log, order, exc)
            fields = ", ".join(f.name for f in exc.fields)
            print(f"order {order.order_id}: skipped, {exc} [{fields}]", file=sys.stderr)
            skipped += 1
            continue
        done = "created" if created else "already existed"
        print(f"order {order.order_id}: invoice {invoice_id} {done}")
    return 1 if skipped else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:4010/api/v1")
    parser.add_argument(
        "--api-key", default=os.environ.get("BOOKS_API_KEY"), help="default: $BOOKS_API_KEY"
    )
    parser.add_argument("--orders", type=Path, required=True, help="orders .json or .sqlite")
    parser.add_argument("--latest", action="store_true", help="only the newest order")
    parser.add_argument(
        "--error-log", type=Path, default=DEFAULT_ERROR_LOG, help=f"default: {DEFAULT_ERROR_LOG}"
    )
    parser.add_argument("--max-attempts", type=int, default=3, help="per request, with retries")
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error("--api-key or BOOKS_API_KEY is required")

    if args.latest:
        latest = latest_order_to_invoice(args.orders)
        orders = [latest] if latest else []
    else:
        orders = orders_to_invoice(args.orders)
    api = BooksApi(
        api_key=args.api_key, base_url=args.base_url, max_attempts=args.max_attempts, max_wait=120
    )
    try:
        with api:
            return run(api, orders, args.error_log)
    except (Unauthorized, Forbidden) as exc:
        print(
            f"stopped: the API key was refused ({exc}). Check --api-key and that the key "
            "may act on this account; no further order was sent.",
            file=sys.stderr,
        )
        return 2
    except (ApiError, httpx.HTTPError) as exc:
        print(f"stopped: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
