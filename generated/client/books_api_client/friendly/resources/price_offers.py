"""`api.price_offers` and `AsyncBooksApi().price_offers`, 10 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.price_offers import price_offers_cancel as _price_offers_cancel
from ...api.price_offers import price_offers_convert as _price_offers_convert
from ...api.price_offers import price_offers_create as _price_offers_create
from ...api.price_offers import price_offers_delete as _price_offers_delete
from ...api.price_offers import price_offers_get as _price_offers_get
from ...api.price_offers import price_offers_get_html as _price_offers_get_html
from ...api.price_offers import price_offers_get_pdf as _price_offers_get_pdf
from ...api.price_offers import price_offers_list as _price_offers_list
from ...api.price_offers import price_offers_replace as _price_offers_replace
from ...api.price_offers import price_offers_update as _price_offers_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice import Invoice
from ...models.price_offer import PriceOffer
from ...models.price_offer_create import PriceOfferCreate
from ...models.price_offer_list import PriceOfferList
from ...models.price_offer_status_filter import PriceOfferStatusFilter
from ...models.price_offer_update import PriceOfferUpdate
from ...types import UNSET, File, Unset
from ..session import Session


class PriceOffers:
    """`api.price_offers`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def cancel(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Cancel a price offer"""
        response = _price_offers_cancel.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_cancel", response, PriceOffer)

    def convert(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Turn a price offer into an invoice"""
        response = _price_offers_convert.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_convert", response, Invoice)

    def create(
        self,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Create a price offer"""
        response = _price_offers_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_create", response, PriceOffer)

    def delete(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a price offer"""
        response = _price_offers_delete.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offers_delete", response)

    def get(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Read a price offer"""
        response = _price_offers_get.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get", response, PriceOffer)

    def get_html(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a price offer as HTML"""
        response = _price_offers_get_html.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_html", response, str)

    def get_pdf(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a price offer as PDF"""
        response = _price_offers_get_pdf.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferList:
        """List price offers"""
        response = _price_offers_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_list", response, PriceOfferList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PriceOffer]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PriceOfferList.from_dict(self._session.get_json("price_offers_list", page.links.next_))

    def replace(
        self,
        price_offer_id: int,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Replace a price offer"""
        response = _price_offers_replace.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_replace", response, PriceOffer)

    def update(
        self,
        price_offer_id: int,
        body: PriceOfferUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Update a price offer"""
        response = _price_offers_update.sync_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_update", response, PriceOffer)


class AsyncPriceOffers:
    """`api.price_offers` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def cancel(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Cancel a price offer"""
        response = await _price_offers_cancel.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_cancel", response, PriceOffer)

    async def convert(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Turn a price offer into an invoice"""
        response = await _price_offers_convert.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_convert", response, Invoice)

    async def create(
        self,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Create a price offer"""
        response = await _price_offers_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_create", response, PriceOffer)

    async def delete(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a price offer"""
        response = await _price_offers_delete.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offers_delete", response)

    async def get(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Read a price offer"""
        response = await _price_offers_get.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get", response, PriceOffer)

    async def get_html(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a price offer as HTML"""
        response = await _price_offers_get_html.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_html", response, str)

    async def get_pdf(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a price offer as PDF"""
        response = await _price_offers_get_pdf.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_pdf", response, File)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferList:
        """List price offers"""
        response = await _price_offers_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_list", response, PriceOfferList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[PriceOffer]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = PriceOfferList.from_dict(await self._session.aget_json("price_offers_list", page.links.next_))

    async def replace(
        self,
        price_offer_id: int,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Replace a price offer"""
        response = await _price_offers_replace.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_replace", response, PriceOffer)

    async def update(
        self,
        price_offer_id: int,
        body: PriceOfferUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Update a price offer"""
        response = await _price_offers_update.asyncio_detailed(
            client=self._session.client,
            price_offer_id=price_offer_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_update", response, PriceOffer)
