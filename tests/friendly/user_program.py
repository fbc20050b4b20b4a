"""A small integration written on the friendly layer, as a user would.

It must pass `mypy --strict` with no cast and no isinstance (test_user_program.py checks that),
and it runs against a real mock server.
"""

from __future__ import annotations

from decimal import Decimal

from books_api_client.friendly import BooksApi, NotFound, decimal, wire
from books_api_client.models import ClientCreate, InvoiceCreate, InvoiceItemCreate


def run(base_url: str, api_key: str) -> dict[str, str]:
    with BooksApi(api_key=api_key, base_url=base_url) as api:
        client = api.clients.create(ClientCreate(name="Friendly Layer BV"))
        where = api.last_location or ""
        invoice = api.invoices.create(
            InvoiceCreate(
                client_id=client.client_id,
                items=[
                    InvoiceItemCreate(
                        description="Keyboard", amount=wire(Decimal("12.5")), quantity="2"
                    )
                ],
            )
        )
        total: Decimal = decimal(invoice.total_with_tax)
        names = [c.name for c in api.clients.iter(per_page=2)]
        try:
            api.invoices.get(999_999)
            missing = "found"
        except NotFound as error:
            missing = f"{error.error_id} {error.title}"
        return {
            "client": str(client.client_id),
            "location": where,
            "total": str(total),
            "clients": str(len(names)),
            "missing": missing,
        }
