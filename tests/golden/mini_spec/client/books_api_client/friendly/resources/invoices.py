"""`api.invoices` and `AsyncBooksApi().invoices`, 8 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoices_create as _invoices_create
from ...api.invoices import invoices_delete as _invoices_delete
from ...api.invoices import invoices_get as _invoices_get
from ...api.invoices import invoices_get_by_number as _invoices_get_by_number
from ...api.invoices import invoices_get_html as _invoices_get_html
from ...api.invoices import invoices_get_pdf as _invoices_get_pdf
from ...api.invoices import invoices_list as _invoices_list
from ...api.invoices import invoices_send as _invoices_send
from ...models.format_list import FormatList
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate
from ...models.invoice_list import InvoiceList
from ...models.invoice_send import InvoiceSend
from ...types import UNSET, File, Unset
from ..session import Session


class Invoices:
    """`api.invoices`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: InvoiceCreate,
    ) -> Invoice:
        """Create an invoice"""
        response = _invoices_create.sync_detailed(
            client=self._session.client,
            body=body,
        )
        return self._session.expect("invoices_create", response, Invoice)

    def delete(
        self,
        invoice_id: int,
    ) -> None:
        """Delete an invoice"""
        response = _invoices_delete.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        self._session.expect_empty("invoices_delete", response)

    def get(
        self,
        invoice_id: int,
    ) -> Invoice:
        """Read an invoice"""
        response = _invoices_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get", response, Invoice)

    def get_by_number(
        self,
        number: str,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = _invoices_get_by_number.sync_detailed(
            client=self._session.client,
            number=number,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    def get_html(
        self,
        invoice_id: int,
    ) -> str:
        """Read an invoice as HTML"""
        response = _invoices_get_html.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get_html", response, str)

    def get_pdf(
        self,
        invoice_id: int,
    ) -> File:
        """Download an invoice as PDF"""
        response = _invoices_get_pdf.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = _invoices_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> Iterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            format_=format_,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(self._session.get_json("invoices_list", page.links.next_))

    def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
    ) -> Invoice:
        """Send an invoice by e-mail"""
        response = _invoices_send.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
        )
        return self._session.expect("invoices_send", response, Invoice)


class AsyncInvoices:
    """`api.invoices` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: InvoiceCreate,
    ) -> Invoice:
        """Create an invoice"""
        response = await _invoices_create.asyncio_detailed(
            client=self._session.client,
            body=body,
        )
        return self._session.expect("invoices_create", response, Invoice)

    async def delete(
        self,
        invoice_id: int,
    ) -> None:
        """Delete an invoice"""
        response = await _invoices_delete.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        self._session.expect_empty("invoices_delete", response)

    async def get(
        self,
        invoice_id: int,
    ) -> Invoice:
        """Read an invoice"""
        response = await _invoices_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get", response, Invoice)

    async def get_by_number(
        self,
        number: str,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = await _invoices_get_by_number.asyncio_detailed(
            client=self._session.client,
            number=number,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    async def get_html(
        self,
        invoice_id: int,
    ) -> str:
        """Read an invoice as HTML"""
        response = await _invoices_get_html.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get_html", response, str)

    async def get_pdf(
        self,
        invoice_id: int,
    ) -> File:
        """Download an invoice as PDF"""
        response = await _invoices_get_pdf.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = await _invoices_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> AsyncIterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            format_=format_,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(await self._session.aget_json("invoices_list", page.links.next_))

    async def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
    ) -> Invoice:
        """Send an invoice by e-mail"""
        response = await _invoices_send.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
        )
        return self._session.expect("invoices_send", response, Invoice)
