"""`api.warehouses` and `AsyncBooksApi().warehouses`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.warehouses import warehouses_create as _warehouses_create
from ...api.warehouses import warehouses_delete as _warehouses_delete
from ...api.warehouses import warehouses_get as _warehouses_get
from ...api.warehouses import warehouses_get_stock as _warehouses_get_stock
from ...api.warehouses import warehouses_list as _warehouses_list
from ...api.warehouses import warehouses_replace as _warehouses_replace
from ...api.warehouses import warehouses_update as _warehouses_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.warehouse import Warehouse
from ...models.warehouse_create import WarehouseCreate
from ...models.warehouse_list import WarehouseList
from ...models.warehouse_stock import WarehouseStock
from ...models.warehouse_update import WarehouseUpdate
from ...types import UNSET, Unset
from ..session import Session


class Warehouses:
    """`api.warehouses`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Create a warehouse"""
        response = _warehouses_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_create", response, Warehouse)

    def delete(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a warehouse"""
        response = _warehouses_delete.sync_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("warehouses_delete", response)

    def get(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Read a warehouse"""
        response = _warehouses_get.sync_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get", response, Warehouse)

    def get_stock(
        self,
        warehouse_id: int,
        *,
        date: datetime.date | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseStock:
        """Read the stock of a warehouse"""
        response = _warehouses_get_stock.sync_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            date=date,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get_stock", response, WarehouseStock)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseList:
        """List warehouses"""
        response = _warehouses_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_list", response, WarehouseList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Warehouse]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = WarehouseList.from_dict(self._session.get_json("warehouses_list", page.links.next_))

    def replace(
        self,
        warehouse_id: int,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Replace a warehouse"""
        response = _warehouses_replace.sync_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_replace", response, Warehouse)

    def update(
        self,
        warehouse_id: int,
        body: WarehouseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Update a warehouse"""
        response = _warehouses_update.sync_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_update", response, Warehouse)


class AsyncWarehouses:
    """`api.warehouses` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Create a warehouse"""
        response = await _warehouses_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_create", response, Warehouse)

    async def delete(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a warehouse"""
        response = await _warehouses_delete.asyncio_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("warehouses_delete", response)

    async def get(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Read a warehouse"""
        response = await _warehouses_get.asyncio_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get", response, Warehouse)

    async def get_stock(
        self,
        warehouse_id: int,
        *,
        date: datetime.date | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseStock:
        """Read the stock of a warehouse"""
        response = await _warehouses_get_stock.asyncio_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            date=date,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get_stock", response, WarehouseStock)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseList:
        """List warehouses"""
        response = await _warehouses_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_list", response, WarehouseList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Warehouse]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = WarehouseList.from_dict(await self._session.aget_json("warehouses_list", page.links.next_))

    async def replace(
        self,
        warehouse_id: int,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Replace a warehouse"""
        response = await _warehouses_replace.asyncio_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_replace", response, Warehouse)

    async def update(
        self,
        warehouse_id: int,
        body: WarehouseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Update a warehouse"""
        response = await _warehouses_update.asyncio_detailed(
            client=self._session.client,
            warehouse_id=warehouse_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_update", response, Warehouse)
