"""`api.price_offer_rows` and `AsyncBooksApi().price_offer_rows`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.price_offers import price_offer_rows_create as _price_offer_rows_create
from ...api.price_offers import price_offer_rows_delete as _price_offer_rows_delete
from ...api.price_offers import price_offer_rows_get as _price_offer_rows_get
from ...api.price_offers import price_offer_rows_list as _price_offer_rows_list
from ...api.price_offers import price_offer_rows_replace as _price_offer_rows_replace
from ...api.price_offers import price_offer_rows_update as _price_offer_rows_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.price_offer_row import PriceOfferRow
from ...models.price_offer_row_create import PriceOfferRowCreate
from ...models.price_offer_row_list import PriceOfferRowList
from ...models.price_offer_row_update import PriceOfferRowUpdate
from ...types import UNSET, Unset
from ..session import Session


class PriceOfferRows:
    """`api.price_offer_rows`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        price_offer_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Add a row to a price offer"""
        response = _price_offer_rows_create.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_create", response, PriceOfferRow)

    def delete(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a price offer"""
        response = _price_offer_rows_delete.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offer_rows_delete", response)

    def get(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Read a row of a price offer"""
        response = _price_offer_rows_get.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_get", response, PriceOfferRow)

    def list(
        self,
        price_offer_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRowList:
        """List the rows of a price offer"""
        response = _price_offer_rows_list.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_list", response, PriceOfferRowList)

    def iter(
        self,
        price_offer_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PriceOfferRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            price_offer_id=price_offer_id,
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
            page = PriceOfferRowList.from_dict(self._session.get_json("price_offer_rows_list", page.links.next_))

    def replace(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Replace a row of a price offer"""
        response = _price_offer_rows_replace.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_replace", response, PriceOfferRow)

    def update(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Update a row of a price offer"""
        response = _price_offer_rows_update.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_update", response, PriceOfferRow)


class AsyncPriceOfferRows:
    """`api.price_offer_rows` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        price_offer_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Add a row to a price offer"""
        response = await _price_offer_rows_create.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_create", response, PriceOfferRow)

    async def delete(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a price offer"""
        response = await _price_offer_rows_delete.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offer_rows_delete", response)

    async def get(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Read a row of a price offer"""
        response = await _price_offer_rows_get.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_get", response, PriceOfferRow)

    async def list(
        self,
        price_offer_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRowList:
        """List the rows of a price offer"""
        response = await _price_offer_rows_list.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_list", response, PriceOfferRowList)

    async def iter(
        self,
        price_offer_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[PriceOfferRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            price_offer_id=price_offer_id,
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
            page = PriceOfferRowList.from_dict(await self._session.aget_json("price_offer_rows_list", page.links.next_))

    async def replace(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Replace a row of a price offer"""
        response = await _price_offer_rows_replace.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_replace", response, PriceOfferRow)

    async def update(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Update a row of a price offer"""
        response = await _price_offer_rows_update.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_update", response, PriceOfferRow)
