"""`api.purchases` and `AsyncBooksApi().purchases`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.purchases import purchases_bulk_upsert as _purchases_bulk_upsert
from ...api.purchases import purchases_create as _purchases_create
from ...api.purchases import purchases_delete as _purchases_delete
from ...api.purchases import purchases_get as _purchases_get
from ...api.purchases import purchases_list as _purchases_list
from ...api.purchases import purchases_replace as _purchases_replace
from ...api.purchases import purchases_update as _purchases_update
from ...models.accept_version import AcceptVersion
from ...models.bulk_result import BulkResult
from ...models.format_list import FormatList
from ...models.purchase import Purchase
from ...models.purchase_bulk_request import PurchaseBulkRequest
from ...models.purchase_create import PurchaseCreate
from ...models.purchase_list import PurchaseList
from ...models.purchase_update import PurchaseUpdate
from ...types import UNSET, Unset
from ..session import Session


class Purchases:
    """`api.purchases`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bulk_upsert(
        self,
        body: PurchaseBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update up to 200 purchases"""
        response = _purchases_bulk_upsert.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_bulk_upsert", response, BulkResult)

    def create(
        self,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Create a purchase"""
        response = _purchases_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_create", response, Purchase)

    def delete(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase"""
        response = _purchases_delete.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchases_delete", response)

    def get(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Read a purchase"""
        response = _purchases_get.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_get", response, Purchase)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseList:
        """List purchases"""
        response = _purchases_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_list", response, PurchaseList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Purchase]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
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
            page = PurchaseList.from_dict(self._session.get_json("purchases_list", page.links.next_))

    def replace(
        self,
        purchase_id: int,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Replace a purchase"""
        response = _purchases_replace.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_replace", response, Purchase)

    def update(
        self,
        purchase_id: int,
        body: PurchaseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Update a purchase"""
        response = _purchases_update.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_update", response, Purchase)


class AsyncPurchases:
    """`api.purchases` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def bulk_upsert(
        self,
        body: PurchaseBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update up to 200 purchases"""
        response = await _purchases_bulk_upsert.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_bulk_upsert", response, BulkResult)

    async def create(
        self,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Create a purchase"""
        response = await _purchases_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_create", response, Purchase)

    async def delete(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase"""
        response = await _purchases_delete.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchases_delete", response)

    async def get(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Read a purchase"""
        response = await _purchases_get.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_get", response, Purchase)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseList:
        """List purchases"""
        response = await _purchases_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_list", response, PurchaseList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Purchase]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
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
            page = PurchaseList.from_dict(await self._session.aget_json("purchases_list", page.links.next_))

    async def replace(
        self,
        purchase_id: int,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Replace a purchase"""
        response = await _purchases_replace.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_replace", response, Purchase)

    async def update(
        self,
        purchase_id: int,
        body: PurchaseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Update a purchase"""
        response = await _purchases_update.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_update", response, Purchase)
