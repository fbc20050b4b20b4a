"""`api.purchase_orders` and `AsyncBooksApi().purchase_orders`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.purchase_orders import purchase_orders_create as _purchase_orders_create
from ...api.purchase_orders import purchase_orders_delete as _purchase_orders_delete
from ...api.purchase_orders import purchase_orders_get as _purchase_orders_get
from ...api.purchase_orders import purchase_orders_list as _purchase_orders_list
from ...api.purchase_orders import purchase_orders_replace as _purchase_orders_replace
from ...api.purchase_orders import purchase_orders_update as _purchase_orders_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_create import PurchaseOrderCreate
from ...models.purchase_order_list import PurchaseOrderList
from ...models.purchase_order_status_filter import PurchaseOrderStatusFilter
from ...models.purchase_order_update import PurchaseOrderUpdate
from ...types import UNSET, Unset
from ..session import Session


class PurchaseOrders:
    """`api.purchase_orders`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Create a purchase order"""
        response = _purchase_orders_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_create", response, PurchaseOrder)

    def delete(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase order"""
        response = _purchase_orders_delete.sync_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_orders_delete", response)

    def get(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Read a purchase order"""
        response = _purchase_orders_get.sync_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_get", response, PurchaseOrder)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrderList:
        """List purchase orders"""
        response = _purchase_orders_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_list", response, PurchaseOrderList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PurchaseOrder]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PurchaseOrderList.from_dict(self._session.get_json("purchase_orders_list", page.links.next_))

    def replace(
        self,
        purchase_order_id: int,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Replace a purchase order"""
        response = _purchase_orders_replace.sync_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_replace", response, PurchaseOrder)

    def update(
        self,
        purchase_order_id: int,
        body: PurchaseOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Update a purchase order"""
        response = _purchase_orders_update.sync_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_update", response, PurchaseOrder)


class AsyncPurchaseOrders:
    """`api.purchase_orders` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Create a purchase order"""
        response = await _purchase_orders_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_create", response, PurchaseOrder)

    async def delete(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase order"""
        response = await _purchase_orders_delete.asyncio_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_orders_delete", response)

    async def get(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Read a purchase order"""
        response = await _purchase_orders_get.asyncio_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_get", response, PurchaseOrder)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrderList:
        """List purchase orders"""
        response = await _purchase_orders_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_list", response, PurchaseOrderList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[PurchaseOrder]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = PurchaseOrderList.from_dict(await self._session.aget_json("purchase_orders_list", page.links.next_))

    async def replace(
        self,
        purchase_order_id: int,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Replace a purchase order"""
        response = await _purchase_orders_replace.asyncio_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_replace", response, PurchaseOrder)

    async def update(
        self,
        purchase_order_id: int,
        body: PurchaseOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Update a purchase order"""
        response = await _purchase_orders_update.asyncio_detailed(
            client=self._session.client,
            purchase_order_id=purchase_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_update", response, PurchaseOrder)
