"""`api.purchase_rows` and `AsyncBooksApi().purchase_rows`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.purchases import purchase_rows_create as _purchase_rows_create
from ...api.purchases import purchase_rows_delete as _purchase_rows_delete
from ...api.purchases import purchase_rows_get as _purchase_rows_get
from ...api.purchases import purchase_rows_list as _purchase_rows_list
from ...api.purchases import purchase_rows_replace as _purchase_rows_replace
from ...api.purchases import purchase_rows_update as _purchase_rows_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.purchase_row import PurchaseRow
from ...models.purchase_row_create import PurchaseRowCreate
from ...models.purchase_row_list import PurchaseRowList
from ...models.purchase_row_update import PurchaseRowUpdate
from ...types import UNSET, Unset
from ..session import Session


class PurchaseRows:
    """`api.purchase_rows`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        purchase_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Add a row to a purchase"""
        response = _purchase_rows_create.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_create", response, PurchaseRow)

    def delete(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a purchase"""
        response = _purchase_rows_delete.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_rows_delete", response)

    def get(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Read a row of a purchase"""
        response = _purchase_rows_get.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_get", response, PurchaseRow)

    def list(
        self,
        purchase_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRowList:
        """List the rows of a purchase"""
        response = _purchase_rows_list.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_list", response, PurchaseRowList)

    def iter(
        self,
        purchase_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PurchaseRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            purchase_id=purchase_id,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PurchaseRowList.from_dict(self._session.get_json("purchase_rows_list", page.links.next_))

    def replace(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Replace a row of a purchase"""
        response = _purchase_rows_replace.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_replace", response, PurchaseRow)

    def update(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Update a row of a purchase"""
        response = _purchase_rows_update.sync_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_update", response, PurchaseRow)


class AsyncPurchaseRows:
    """`api.purchase_rows` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        purchase_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Add a row to a purchase"""
        response = await _purchase_rows_create.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_create", response, PurchaseRow)

    async def delete(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a purchase"""
        response = await _purchase_rows_delete.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_rows_delete", response)

    async def get(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Read a row of a purchase"""
        response = await _purchase_rows_get.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_get", response, PurchaseRow)

    async def list(
        self,
        purchase_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRowList:
        """List the rows of a purchase"""
        response = await _purchase_rows_list.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_list", response, PurchaseRowList)

    async def iter(
        self,
        purchase_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[PurchaseRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            purchase_id=purchase_id,
            per_page=per_page,
            sort=sort,
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
            page = PurchaseRowList.from_dict(await self._session.aget_json("purchase_rows_list", page.links.next_))

    async def replace(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Replace a row of a purchase"""
        response = await _purchase_rows_replace.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_replace", response, PurchaseRow)

    async def update(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Update a row of a purchase"""
        response = await _purchase_rows_update.asyncio_detailed(
            client=self._session.client,
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_update", response, PurchaseRow)
