"""`api.sales_orders` and `AsyncBooksApi().sales_orders`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.sales_orders import sales_orders_create as _sales_orders_create
from ...api.sales_orders import sales_orders_delete as _sales_orders_delete
from ...api.sales_orders import sales_orders_get as _sales_orders_get
from ...api.sales_orders import sales_orders_list as _sales_orders_list
from ...api.sales_orders import sales_orders_replace as _sales_orders_replace
from ...api.sales_orders import sales_orders_update as _sales_orders_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.sales_order import SalesOrder
from ...models.sales_order_create import SalesOrderCreate
from ...models.sales_order_list import SalesOrderList
from ...models.sales_order_status_filter import SalesOrderStatusFilter
from ...models.sales_order_update import SalesOrderUpdate
from ...types import UNSET, Unset
from ..session import Session


class SalesOrders:
    """`api.sales_orders`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Create a sales order"""
        response = _sales_orders_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_create", response, SalesOrder)

    def delete(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a sales order"""
        response = _sales_orders_delete.sync_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("sales_orders_delete", response)

    def get(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Read a sales order"""
        response = _sales_orders_get.sync_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_get", response, SalesOrder)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrderList:
        """List sales orders"""
        response = _sales_orders_list.sync_detailed(
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
        return self._session.expect("sales_orders_list", response, SalesOrderList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[SalesOrder]:
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
            page = SalesOrderList.from_dict(self._session.get_json("sales_orders_list", page.links.next_))

    def replace(
        self,
        sales_order_id: int,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Replace a sales order"""
        response = _sales_orders_replace.sync_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_replace", response, SalesOrder)

    def update(
        self,
        sales_order_id: int,
        body: SalesOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Update a sales order"""
        response = _sales_orders_update.sync_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_update", response, SalesOrder)


class AsyncSalesOrders:
    """`api.sales_orders` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Create a sales order"""
        response = await _sales_orders_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_create", response, SalesOrder)

    async def delete(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a sales order"""
        response = await _sales_orders_delete.asyncio_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("sales_orders_delete", response)

    async def get(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Read a sales order"""
        response = await _sales_orders_get.asyncio_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_get", response, SalesOrder)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrderList:
        """List sales orders"""
        response = await _sales_orders_list.asyncio_detailed(
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
        return self._session.expect("sales_orders_list", response, SalesOrderList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[SalesOrder]:
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
            page = SalesOrderList.from_dict(await self._session.aget_json("sales_orders_list", page.links.next_))

    async def replace(
        self,
        sales_order_id: int,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Replace a sales order"""
        response = await _sales_orders_replace.asyncio_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_replace", response, SalesOrder)

    async def update(
        self,
        sales_order_id: int,
        body: SalesOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Update a sales order"""
        response = await _sales_orders_update.asyncio_detailed(
            client=self._session.client,
            sales_order_id=sales_order_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_update", response, SalesOrder)
