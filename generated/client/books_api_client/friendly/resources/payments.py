"""`api.payments` and `AsyncBooksApi().payments`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.payments import payments_bind as _payments_bind
from ...api.payments import payments_create as _payments_create
from ...api.payments import payments_delete as _payments_delete
from ...api.payments import payments_get as _payments_get
from ...api.payments import payments_list as _payments_list
from ...api.payments import payments_replace as _payments_replace
from ...api.payments import payments_update as _payments_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.payment import Payment
from ...models.payment_bind import PaymentBind
from ...models.payment_create import PaymentCreate
from ...models.payment_list import PaymentList
from ...models.payment_update import PaymentUpdate
from ...types import UNSET, Unset
from ..session import Session


class Payments:
    """`api.payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        payment_id: int,
        body: PaymentBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Bind a payment to a purchase"""
        response = _payments_bind.sync_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_bind", response, Payment)

    def create(
        self,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Record a payment"""
        response = _payments_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_create", response, Payment)

    def delete(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment"""
        response = _payments_delete.sync_detailed(
            client=self._session.client,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("payments_delete", response)

    def get(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Read a payment"""
        response = _payments_get.sync_detailed(
            client=self._session.client,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_get", response, Payment)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PaymentList:
        """List payments"""
        response = _payments_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_list", response, PaymentList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Payment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PaymentList.from_dict(self._session.get_json("payments_list", page.links.next_))

    def replace(
        self,
        payment_id: int,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Replace a payment"""
        response = _payments_replace.sync_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_replace", response, Payment)

    def update(
        self,
        payment_id: int,
        body: PaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Update a payment"""
        response = _payments_update.sync_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_update", response, Payment)


class AsyncPayments:
    """`api.payments` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def bind(
        self,
        payment_id: int,
        body: PaymentBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Bind a payment to a purchase"""
        response = await _payments_bind.asyncio_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_bind", response, Payment)

    async def create(
        self,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Record a payment"""
        response = await _payments_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_create", response, Payment)

    async def delete(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment"""
        response = await _payments_delete.asyncio_detailed(
            client=self._session.client,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("payments_delete", response)

    async def get(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Read a payment"""
        response = await _payments_get.asyncio_detailed(
            client=self._session.client,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_get", response, Payment)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PaymentList:
        """List payments"""
        response = await _payments_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_list", response, PaymentList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Payment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
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
            page = PaymentList.from_dict(await self._session.aget_json("payments_list", page.links.next_))

    async def replace(
        self,
        payment_id: int,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Replace a payment"""
        response = await _payments_replace.asyncio_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_replace", response, Payment)

    async def update(
        self,
        payment_id: int,
        body: PaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Update a payment"""
        response = await _payments_update.asyncio_detailed(
            client=self._session.client,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_update", response, Payment)
