"""`api.invoice_items` and `AsyncBooksApi().invoice_items`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoice_items_create as _invoice_items_create
from ...api.invoices import invoice_items_delete as _invoice_items_delete
from ...api.invoices import invoice_items_get as _invoice_items_get
from ...api.invoices import invoice_items_list as _invoice_items_list
from ...api.invoices import invoice_items_replace as _invoice_items_replace
from ...api.invoices import invoice_items_update as _invoice_items_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice_item import InvoiceItem
from ...models.invoice_item_create import InvoiceItemCreate
from ...models.invoice_item_list import InvoiceItemList
from ...models.invoice_item_update import InvoiceItemUpdate
from ...types import UNSET, Unset
from ..session import Session


class InvoiceItems:
    """`api.invoice_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Add an item to an invoice"""
        response = _invoice_items_create.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    def delete(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of an invoice"""
        response = _invoice_items_delete.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_items_delete", response)

    def get(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Read an item of an invoice"""
        response = _invoice_items_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_get", response, InvoiceItem)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItemList:
        """List the items of an invoice"""
        response = _invoice_items_list.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(self._session.get_json("invoice_items_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Replace an item of an invoice"""
        response = _invoice_items_replace.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_replace", response, InvoiceItem)

    def update(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Update an item of an invoice"""
        response = _invoice_items_update.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_update", response, InvoiceItem)


class AsyncInvoiceItems:
    """`api.invoice_items` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Add an item to an invoice"""
        response = await _invoice_items_create.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    async def delete(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of an invoice"""
        response = await _invoice_items_delete.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_items_delete", response)

    async def get(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Read an item of an invoice"""
        response = await _invoice_items_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_get", response, InvoiceItem)

    async def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItemList:
        """List the items of an invoice"""
        response = await _invoice_items_list.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    async def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(await self._session.aget_json("invoice_items_list", page.links.next_))

    async def replace(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Replace an item of an invoice"""
        response = await _invoice_items_replace.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_replace", response, InvoiceItem)

    async def update(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Update an item of an invoice"""
        response = await _invoice_items_update.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_update", response, InvoiceItem)
