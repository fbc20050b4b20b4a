"""`api.invoices` and `AsyncBooksApi().invoices`, 10 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoices_create as _invoices_create
from ...api.invoices import invoices_delete as _invoices_delete
from ...api.invoices import invoices_get as _invoices_get
from ...api.invoices import invoices_get_by_number as _invoices_get_by_number
from ...api.invoices import invoices_get_html as _invoices_get_html
from ...api.invoices import invoices_get_pdf as _invoices_get_pdf
from ...api.invoices import invoices_list as _invoices_list
from ...api.invoices import invoices_replace as _invoices_replace
from ...api.invoices import invoices_send as _invoices_send
from ...api.invoices import invoices_update as _invoices_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate
from ...models.invoice_event import InvoiceEvent
from ...models.invoice_list import InvoiceList
from ...models.invoice_pay_status_filter import InvoicePayStatusFilter
from ...models.invoice_send import InvoiceSend
from ...models.invoice_status_filter import InvoiceStatusFilter
from ...models.invoice_update import InvoiceUpdate
from ...types import UNSET, File, Unset
from ..session import Session


class Invoices:
    """`api.invoices`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice"""
        response = _invoices_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_create", response, Invoice)

    def delete(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an invoice"""
        response = _invoices_delete.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoices_delete", response)

    def get(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice"""
        response = _invoices_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get", response, Invoice)

    def get_by_number(
        self,
        number: str,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = _invoices_get_by_number.sync_detailed(
            client=self._session.client,
            number=number,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    def get_html(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read an invoice as HTML"""
        response = _invoices_get_html.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_html", response, str)

    def get_pdf(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read an invoice as PDF"""
        response = _invoices_get_pdf.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = _invoices_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(self._session.get_json("invoices_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Replace an invoice"""
        response = _invoices_replace.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_replace", response, Invoice)

    def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Send an invoice by e-mail"""
        response = _invoices_send.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_send", response, InvoiceEvent)

    def update(
        self,
        invoice_id: int,
        body: InvoiceUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Update an invoice"""
        response = _invoices_update.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_update", response, Invoice)


class AsyncInvoices:
    """`api.invoices` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice"""
        response = await _invoices_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_create", response, Invoice)

    async def delete(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an invoice"""
        response = await _invoices_delete.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoices_delete", response)

    async def get(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice"""
        response = await _invoices_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get", response, Invoice)

    async def get_by_number(
        self,
        number: str,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = await _invoices_get_by_number.asyncio_detailed(
            client=self._session.client,
            number=number,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    async def get_html(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read an invoice as HTML"""
        response = await _invoices_get_html.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_html", response, str)

    async def get_pdf(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read an invoice as PDF"""
        response = await _invoices_get_pdf.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = await _invoices_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(await self._session.aget_json("invoices_list", page.links.next_))

    async def replace(
        self,
        invoice_id: int,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Replace an invoice"""
        response = await _invoices_replace.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_replace", response, Invoice)

    async def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Send an invoice by e-mail"""
        response = await _invoices_send.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_send", response, InvoiceEvent)

    async def update(
        self,
        invoice_id: int,
        body: InvoiceUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Update an invoice"""
        response = await _invoices_update.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_update", response, Invoice)
