"""`api.invoice_remarks` and `AsyncBooksApi().invoice_remarks`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoice_remarks_create as _invoice_remarks_create
from ...api.invoices import invoice_remarks_delete as _invoice_remarks_delete
from ...api.invoices import invoice_remarks_get as _invoice_remarks_get
from ...api.invoices import invoice_remarks_list as _invoice_remarks_list
from ...api.invoices import invoice_remarks_replace as _invoice_remarks_replace
from ...api.invoices import invoice_remarks_update as _invoice_remarks_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice_remark import InvoiceRemark
from ...models.invoice_remark_create import InvoiceRemarkCreate
from ...models.invoice_remark_list import InvoiceRemarkList
from ...models.invoice_remark_update import InvoiceRemarkUpdate
from ...types import UNSET, Unset
from ..session import Session


class InvoiceRemarks:
    """`api.invoice_remarks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Add a remark to an invoice"""
        response = _invoice_remarks_create.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_create", response, InvoiceRemark)

    def delete(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of an invoice"""
        response = _invoice_remarks_delete.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_remarks_delete", response)

    def get(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Read a remark of an invoice"""
        response = _invoice_remarks_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_get", response, InvoiceRemark)

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
    ) -> InvoiceRemarkList:
        """List the remarks of an invoice"""
        response = _invoice_remarks_list.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_list", response, InvoiceRemarkList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceRemark]:
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
            page = InvoiceRemarkList.from_dict(self._session.get_json("invoice_remarks_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Replace a remark of an invoice"""
        response = _invoice_remarks_replace.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_replace", response, InvoiceRemark)

    def update(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Update a remark of an invoice"""
        response = _invoice_remarks_update.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_update", response, InvoiceRemark)


class AsyncInvoiceRemarks:
    """`api.invoice_remarks` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        invoice_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Add a remark to an invoice"""
        response = await _invoice_remarks_create.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_create", response, InvoiceRemark)

    async def delete(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of an invoice"""
        response = await _invoice_remarks_delete.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_remarks_delete", response)

    async def get(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Read a remark of an invoice"""
        response = await _invoice_remarks_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_get", response, InvoiceRemark)

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
    ) -> InvoiceRemarkList:
        """List the remarks of an invoice"""
        response = await _invoice_remarks_list.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_list", response, InvoiceRemarkList)

    async def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[InvoiceRemark]:
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
            page = InvoiceRemarkList.from_dict(await self._session.aget_json("invoice_remarks_list", page.links.next_))

    async def replace(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Replace a remark of an invoice"""
        response = await _invoice_remarks_replace.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_replace", response, InvoiceRemark)

    async def update(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Update a remark of an invoice"""
        response = await _invoice_remarks_update.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_update", response, InvoiceRemark)
