"""`api.invoice_payments` and `AsyncBooksApi().invoice_payments`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoice_payments_create as _invoice_payments_create
from ...api.invoices import invoice_payments_delete as _invoice_payments_delete
from ...api.invoices import invoice_payments_get as _invoice_payments_get
from ...api.invoices import invoice_payments_list as _invoice_payments_list
from ...api.invoices import invoice_payments_replace as _invoice_payments_replace
from ...api.invoices import invoice_payments_update as _invoice_payments_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice_payment import InvoicePayment
from ...models.invoice_payment_create import InvoicePaymentCreate
from ...models.invoice_payment_list import InvoicePaymentList
from ...models.invoice_payment_update import InvoicePaymentUpdate
from ...types import UNSET, Unset
from ..session import Session


class InvoicePayments:
    """`api.invoice_payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Add a payment to an invoice"""
        response = _invoice_payments_create.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_create", response, InvoicePayment)

    def delete(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of an invoice"""
        response = _invoice_payments_delete.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_payments_delete", response)

    def get(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Read a payment of an invoice"""
        response = _invoice_payments_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_get", response, InvoicePayment)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePaymentList:
        """List the payments of an invoice"""
        response = _invoice_payments_list.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_list", response, InvoicePaymentList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoicePayment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
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
            page = InvoicePaymentList.from_dict(self._session.get_json("invoice_payments_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Replace a payment of an invoice"""
        response = _invoice_payments_replace.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_replace", response, InvoicePayment)

    def update(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Update a payment of an invoice"""
        response = _invoice_payments_update.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_update", response, InvoicePayment)


class AsyncInvoicePayments:
    """`api.invoice_payments` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        invoice_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Add a payment to an invoice"""
        response = await _invoice_payments_create.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_create", response, InvoicePayment)

    async def delete(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of an invoice"""
        response = await _invoice_payments_delete.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_payments_delete", response)

    async def get(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Read a payment of an invoice"""
        response = await _invoice_payments_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_get", response, InvoicePayment)

    async def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePaymentList:
        """List the payments of an invoice"""
        response = await _invoice_payments_list.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_list", response, InvoicePaymentList)

    async def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[InvoicePayment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            invoice_id=invoice_id,
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
            page = InvoicePaymentList.from_dict(
                await self._session.aget_json("invoice_payments_list", page.links.next_)
            )

    async def replace(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Replace a payment of an invoice"""
        response = await _invoice_payments_replace.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_replace", response, InvoicePayment)

    async def update(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Update a payment of an invoice"""
        response = await _invoice_payments_update.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_update", response, InvoicePayment)
