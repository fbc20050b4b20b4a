"""`api.receipt_items` and `AsyncBooksApi().receipt_items`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.receipts import receipt_items_create as _receipt_items_create
from ...api.receipts import receipt_items_delete as _receipt_items_delete
from ...api.receipts import receipt_items_get as _receipt_items_get
from ...api.receipts import receipt_items_list as _receipt_items_list
from ...api.receipts import receipt_items_replace as _receipt_items_replace
from ...api.receipts import receipt_items_update as _receipt_items_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.receipt_item import ReceiptItem
from ...models.receipt_item_create import ReceiptItemCreate
from ...models.receipt_item_list import ReceiptItemList
from ...models.receipt_item_update import ReceiptItemUpdate
from ...types import UNSET, Unset
from ..session import Session


class ReceiptItems:
    """`api.receipt_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Add an item to a receipt"""
        response = _receipt_items_create.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_create", response, ReceiptItem)

    def delete(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of a receipt"""
        response = _receipt_items_delete.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_items_delete", response)

    def get(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Read an item of a receipt"""
        response = _receipt_items_get.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_get", response, ReceiptItem)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItemList:
        """List the items of a receipt"""
        response = _receipt_items_list.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_list", response, ReceiptItemList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
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
            page = ReceiptItemList.from_dict(self._session.get_json("receipt_items_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Replace an item of a receipt"""
        response = _receipt_items_replace.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_replace", response, ReceiptItem)

    def update(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Update an item of a receipt"""
        response = _receipt_items_update.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_update", response, ReceiptItem)


class AsyncReceiptItems:
    """`api.receipt_items` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        receipt_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Add an item to a receipt"""
        response = await _receipt_items_create.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_create", response, ReceiptItem)

    async def delete(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of a receipt"""
        response = await _receipt_items_delete.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_items_delete", response)

    async def get(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Read an item of a receipt"""
        response = await _receipt_items_get.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_get", response, ReceiptItem)

    async def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItemList:
        """List the items of a receipt"""
        response = await _receipt_items_list.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_list", response, ReceiptItemList)

    async def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ReceiptItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            receipt_id=receipt_id,
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
            page = ReceiptItemList.from_dict(await self._session.aget_json("receipt_items_list", page.links.next_))

    async def replace(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Replace an item of a receipt"""
        response = await _receipt_items_replace.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_replace", response, ReceiptItem)

    async def update(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Update an item of a receipt"""
        response = await _receipt_items_update.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_update", response, ReceiptItem)
