"""`api.receipt_payments` and `AsyncBooksApi().receipt_payments`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.receipts import receipt_payments_create as _receipt_payments_create
from ...api.receipts import receipt_payments_delete as _receipt_payments_delete
from ...api.receipts import receipt_payments_get as _receipt_payments_get
from ...api.receipts import receipt_payments_list as _receipt_payments_list
from ...api.receipts import receipt_payments_replace as _receipt_payments_replace
from ...api.receipts import receipt_payments_update as _receipt_payments_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.receipt_payment import ReceiptPayment
from ...models.receipt_payment_create import ReceiptPaymentCreate
from ...models.receipt_payment_list import ReceiptPaymentList
from ...models.receipt_payment_update import ReceiptPaymentUpdate
from ...types import UNSET, Unset
from ..session import Session


class ReceiptPayments:
    """`api.receipt_payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Add a payment to a receipt"""
        response = _receipt_payments_create.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_create", response, ReceiptPayment)

    def delete(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of a receipt"""
        response = _receipt_payments_delete.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_payments_delete", response)

    def get(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Read a payment of a receipt"""
        response = _receipt_payments_get.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_get", response, ReceiptPayment)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPaymentList:
        """List the payments of a receipt"""
        response = _receipt_payments_list.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_list", response, ReceiptPaymentList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptPayment]:
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
            page = ReceiptPaymentList.from_dict(self._session.get_json("receipt_payments_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Replace a payment of a receipt"""
        response = _receipt_payments_replace.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_replace", response, ReceiptPayment)

    def update(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Update a payment of a receipt"""
        response = _receipt_payments_update.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_update", response, ReceiptPayment)


class AsyncReceiptPayments:
    """`api.receipt_payments` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        receipt_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Add a payment to a receipt"""
        response = await _receipt_payments_create.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_create", response, ReceiptPayment)

    async def delete(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of a receipt"""
        response = await _receipt_payments_delete.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_payments_delete", response)

    async def get(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Read a payment of a receipt"""
        response = await _receipt_payments_get.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_get", response, ReceiptPayment)

    async def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPaymentList:
        """List the payments of a receipt"""
        response = await _receipt_payments_list.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_list", response, ReceiptPaymentList)

    async def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ReceiptPayment]:
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
            page = ReceiptPaymentList.from_dict(
                await self._session.aget_json("receipt_payments_list", page.links.next_)
            )

    async def replace(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Replace a payment of a receipt"""
        response = await _receipt_payments_replace.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_replace", response, ReceiptPayment)

    async def update(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Update a payment of a receipt"""
        response = await _receipt_payments_update.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_update", response, ReceiptPayment)
