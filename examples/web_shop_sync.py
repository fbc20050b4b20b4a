"""Invoice web-shop orders in Books API: seed 000's plug-in, on the generated client.

The OpenCart plug-in of the original service had five functions; here they are, typed:

    latest_order_to_invoice   getLatestOrderForInvoices  the shop side: orders from JSON or SQLite
    check_client_list_or_add  checkClientListOrAdd       find the buyer (external id, e-mail) or add
    check_article_list        checkArticleList           find the article by its exact code
    create_invoice_from_order InvoiceCreate              map a shop order to an `InvoiceCreate`
    write_error_log           writeErrorLog              one JSON line per failed order

What a real plug-in also needs, and this one does: it is safe to re-run (an order whose invoice
exists, found by `external_id`, is skipped); it waits out 429/503 for `Retry-After` seconds
(bounded: at most 120 s, 3 times); it logs a refused order (400/422, also 409/413) with its
fields and goes on with the next; and it stops at once on 401/403, since no other order can
succeed with those credentials. Every line goes out as the typed models of the generated client.

    python examples/web_shop_sync.py --base-url http://127.0.0.1:4010/api/v1 \\
        --api-key KEY --orders examples/orders.json

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
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import httpx

try:  # a checkout without `pip install generated/client`
    import books_api_client  # noqa: F401
except ModuleNotFoundError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generated" / "client"))

from books_api_client import AuthenticatedClient
from books_api_client.api.articles import articles_list
from books_api_client.api.clients import clients_create, clients_list
from books_api_client.api.invoices import invoices_create, invoices_list
from books_api_client.models import (
    ArticleList,
    ClientCreate,
    ClientList,
    ClientModel,
    Error,
    Invoice,
    InvoiceCreate,
    InvoiceItemCreate,
    InvoiceList,
)
from books_api_client.types import UNSET, Response

T = TypeVar("T")
RETRY_STATUSES = {429, 503}  # wait for Retry-After, then send again
ORDER_REFUSALS = {400, 409, 413, 422}  # this order's data: log it, go on with the next


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


# --- errors ----------------------------------------------------------------------------------


class ApiError(Exception):
    """An answer other than success, with the catalogue entry when the body had one."""

    def __init__(self, operation: str, status: int, error: Error | None, body: bytes = b"") -> None:
        self.operation, self.status, self.error, self.body = operation, status, error, body
        detail = error.detail if error else body[:200].decode("utf-8", "replace")
        error_id = error.error_id if error else "-"
        super().__init__(f"{operation}: HTTP {status}, error {error_id}: {detail}")


class ValidationRefused(ApiError):
    """400, 409, 413 or 422: this order's data was refused; the next order may go through."""


class CredentialsRefused(ApiError):
    """401 or 403: no order can succeed with these credentials."""


# --- the API side ----------------------------------------------------------------------------


class Books:
    """The generated client plus the rules every call follows (retries, error mapping)."""

    def __init__(
        self,
        client: AuthenticatedClient,
        *,
        max_retries: int = 3,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.sleep = sleep

    def call(self, operation: str, send: Callable[[], Response[Any]], expect: type[T]) -> T:
        """Send, waiting out 429/503 (`Retry-After`, at most `max_retries` times), and return
        the parsed body when it is an `expect`; raise an `ApiError` subclass otherwise."""
        for attempt in range(self.max_retries + 1):
            try:
                response = send()
            except (KeyError, TypeError, ValueError) as exc:  # a body the client cannot parse
                raise ApiError(operation, 0, None, str(exc).encode()) from exc
            status = int(response.status_code)
            if status in RETRY_STATUSES and attempt < self.max_retries:
                wait = self._retry_after(response, attempt)
                print(f"{operation}: HTTP {status}, waiting {wait:g} s", file=sys.stderr)
                self.sleep(wait)
                continue
            parsed = response.parsed
            if 200 <= status < 300 and isinstance(parsed, expect):
                return parsed
            error = parsed if isinstance(parsed, Error) else None
            kind = (
                ValidationRefused
                if status in ORDER_REFUSALS
                else CredentialsRefused
                if status in (401, 403)
                else ApiError
            )
            raise kind(operation, status, error, response.content)
        raise AssertionError("unreachable")

    def _retry_after(self, response: Response[Any], attempt: int) -> float:
        try:
            seconds = float(response.headers.get("Retry-After", ""))
        except ValueError:
            seconds = 2.0**attempt  # no usable header: back off
        return min(max(seconds, 0.0), self.max_wait)


def check_client_list_or_add(books: Books, customer: ShopCustomer) -> int:
    """The client id of the buyer: found by the shop's customer id (`external_id`), then by
    e-mail address, else created."""
    lookups: list[tuple[str, Callable[[ClientModel], bool], Callable[[], Response[Any]]]] = [
        (
            "external_id",
            lambda c: c.external_client_id == customer.customer_id,
            lambda: clients_list.sync_detailed(
                client=books.client, external_id=customer.customer_id
            ),
        ),
        (
            "email_address",
            lambda c: (
                isinstance(c.email_address, str)
                and c.email_address.lower() == customer.email.lower()
            ),
            lambda: clients_list.sync_detailed(client=books.client, email_address=customer.email),
        ),
    ]
    for what, matches, send in lookups:
        if what == "external_id" and not customer.customer_id:
            continue
        page = books.call(f"clients_list({what})", send, ClientList)
        found = [c for c in page.data if matches(c)]  # the filters are exact; trust, but check
        if found:
            return min(c.client_id for c in found)
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
    created = books.call(
        "clients_create",
        lambda: clients_create.sync_detailed(client=books.client, body=body),
        ClientModel,
    )
    return created.client_id


def check_article_list(books: Books, code: str) -> int | None:
    """The id of the article whose code is exactly `code`, or None (the line stays free text)."""
    page = books.call(
        "articles_list",
        lambda: articles_list.sync_detailed(client=books.client, code=code),
        ArticleList,
    )
    return next((a.article_id for a in page.data if a.code == code), None)


def _decimal(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def create_invoice_from_order(
    order: ShopOrder, client_id: int, article_ids: dict[str, int | None]
) -> InvoiceCreate:
    """Map a shop order to the invoice body: one item per order line, prices without VAT."""
    items = [
        InvoiceItemCreate(
            description=line.name,
            quantity=_decimal(line.quantity),
            amount=_decimal(line.unit_price),
            tax_rate=_decimal(line.vat_rate),
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


def existing_invoice(books: Books, order: ShopOrder) -> int | None:
    page = books.call(
        "invoices_list",
        lambda: invoices_list.sync_detailed(client=books.client, external_id=order.order_id),
        InvoiceList,
    )
    return next((i.invoice_id for i in page.data if i.external_invoice_id == order.order_id), None)


def invoice_order(books: Books, order: ShopOrder) -> tuple[int, bool]:
    """(invoice id, whether it was created now) for one order."""
    already = existing_invoice(books, order)
    if already is not None:
        return already, False
    client_id = check_client_list_or_add(books, order.customer)
    article_ids = {line.sku: check_article_list(books, line.sku) for line in order.lines}
    body = create_invoice_from_order(order, client_id, article_ids)
    invoice = books.call(
        "invoices_create",
        lambda: invoices_create.sync_detailed(client=books.client, body=body),
        Invoice,
    )
    return invoice.invoice_id, True


def write_error_log(path: Path, order: ShopOrder, error: ApiError) -> None:
    """Append one JSON line: what failed, the catalogue id and the offending fields."""
    entry: dict[str, Any] = {
        "time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "order_id": order.order_id,
        "operation": error.operation,
        "status": error.status,
        "error_id": error.error.error_id if error.error else None,
        "title": error.error.title if error.error else None,
        "detail": error.error.detail if error.error else error.body.decode("utf-8", "replace"),
        "fields": [
            {"name": f.name, "location": str(f.location), "message": f.message}
            for f in (error.error.fields if error.error else [])
        ],
    }
    with path.open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


# --- command line ----------------------------------------------------------------------------


def run(books: Books, orders: Sequence[ShopOrder], error_log: Path) -> int:
    skipped = 0
    for order in orders:
        try:
            invoice_id, created = invoice_order(books, order)
        except ValidationRefused as exc:
            write_error_log(error_log, order, exc)
            fields = ", ".join(f.name for f in exc.error.fields) if exc.error else ""
            print(f"order {order.order_id}: skipped, {exc} [{fields}]", file=sys.stderr)
            skipped += 1
            continue
        print(
            f"order {order.order_id}: invoice {invoice_id}"
            + (" created" if created else " already existed")
        )
    return 1 if skipped else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:4010/api/v1")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("BOOKS_API_KEY"),
        help="API key (default: $BOOKS_API_KEY)",
    )
    parser.add_argument("--orders", type=Path, required=True, help="orders .json or .sqlite")
    parser.add_argument("--latest", action="store_true", help="only the newest order")
    parser.add_argument("--error-log", type=Path, default=Path("web_shop_errors.jsonl"))
    parser.add_argument("--max-retries", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error("--api-key or BOOKS_API_KEY is required")

    if args.latest:
        latest = latest_order_to_invoice(args.orders)
        orders = [latest] if latest else []
    else:
        orders = orders_to_invoice(args.orders)
    client = AuthenticatedClient(
        base_url=args.base_url,
        token=args.api_key,
        prefix="",
        auth_header_name="X-API-Key",
        timeout=httpx.Timeout(30.0),
    )
    books = Books(client, max_retries=args.max_retries)
    try:
        with client:
            return run(books, orders, args.error_log)
    except CredentialsRefused as exc:
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
