"""`api.invoice_items` and `AsyncBooksApi().invoice_items`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoice_items_create as _invoice_items_create
from ...api.invoices import invoice_items_list as _invoice_items_list
from ...models.invoice_item import InvoiceItem
from ...models.invoice_item_create import InvoiceItemCreate
from ...models.invoice_item_list import InvoiceItemList
from ...types import Unset
from ..session import Session


class InvoiceItems:
    """`api.invoice_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
    ) -> InvoiceItem:
        """Add a line to an invoice"""
        response = _invoice_items_create.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
    ) -> InvoiceItemList:
        """List the lines of an invoice"""
        response = _invoice_items_list.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
    ) -> Iterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(self._session.get_json("invoice_items_list", page.links.next_))


class AsyncInvoiceItems:
    """`api.invoice_items` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
    ) -> InvoiceItem:
        """Add a line to an invoice"""
        response = await _invoice_items_create.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    async def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
    ) -> InvoiceItemList:
        """List the lines of an invoice"""
        response = await _invoice_items_list.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    async def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
    ) -> AsyncIterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            invoice_id=invoice_id,
            per_page=per_page,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(await self._session.aget_json("invoice_items_list", page.links.next_))
