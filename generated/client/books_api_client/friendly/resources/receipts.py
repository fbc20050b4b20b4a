"""`api.receipts` and `AsyncBooksApi().receipts`, 9 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.receipts import receipts_create as _receipts_create
from ...api.receipts import receipts_delete as _receipts_delete
from ...api.receipts import receipts_get as _receipts_get
from ...api.receipts import receipts_get_html as _receipts_get_html
from ...api.receipts import receipts_get_pdf as _receipts_get_pdf
from ...api.receipts import receipts_list as _receipts_list
from ...api.receipts import receipts_replace as _receipts_replace
from ...api.receipts import receipts_send as _receipts_send
from ...api.receipts import receipts_update as _receipts_update
from ...models.accept_version import AcceptVersion
from ...models.format_item_xml import FormatItemXml
from ...models.format_list_xml import FormatListXml
from ...models.receipt import Receipt
from ...models.receipt_create import ReceiptCreate
from ...models.receipt_event import ReceiptEvent
from ...models.receipt_list import ReceiptList
from ...models.receipt_send import ReceiptSend
from ...models.receipt_status_filter import ReceiptStatusFilter
from ...models.receipt_update import ReceiptUpdate
from ...types import UNSET, File, Unset
from ..session import Session


class Receipts:
    """`api.receipts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Create a receipt"""
        response = _receipts_create.sync_detailed(
            client=self._session.client,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_create", response, Receipt)

    def delete(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a receipt"""
        response = _receipts_delete.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipts_delete", response)

    def get(
        self,
        receipt_id: int,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Read a receipt"""
        response = _receipts_get.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get", response, Receipt)

    def get_html(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a receipt as HTML"""
        response = _receipts_get_html.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_html", response, str)

    def get_pdf(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a receipt as PDF"""
        response = _receipts_get_pdf.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_pdf", response, File)

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
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptList:
        """List receipts"""
        response = _receipts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_list", response, ReceiptList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Receipt]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptList.from_dict(self._session.get_json("receipts_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Replace a receipt"""
        response = _receipts_replace.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_replace", response, Receipt)

    def send(
        self,
        receipt_id: int,
        body: ReceiptSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Send a receipt by e-mail"""
        response = _receipts_send.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_send", response, ReceiptEvent)

    def update(
        self,
        receipt_id: int,
        body: ReceiptUpdate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Update a receipt"""
        response = _receipts_update.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_update", response, Receipt)


class AsyncReceipts:
    """`api.receipts` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Create a receipt"""
        response = await _receipts_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_create", response, Receipt)

    async def delete(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a receipt"""
        response = await _receipts_delete.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipts_delete", response)

    async def get(
        self,
        receipt_id: int,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Read a receipt"""
        response = await _receipts_get.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get", response, Receipt)

    async def get_html(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a receipt as HTML"""
        response = await _receipts_get_html.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_html", response, str)

    async def get_pdf(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a receipt as PDF"""
        response = await _receipts_get_pdf.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_pdf", response, File)

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
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptList:
        """List receipts"""
        response = await _receipts_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_list", response, ReceiptList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Receipt]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = ReceiptList.from_dict(await self._session.aget_json("receipts_list", page.links.next_))

    async def replace(
        self,
        receipt_id: int,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Replace a receipt"""
        response = await _receipts_replace.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_replace", response, Receipt)

    async def send(
        self,
        receipt_id: int,
        body: ReceiptSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Send a receipt by e-mail"""
        response = await _receipts_send.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_send", response, ReceiptEvent)

    async def update(
        self,
        receipt_id: int,
        body: ReceiptUpdate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Update a receipt"""
        response = await _receipts_update.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_update", response, Receipt)
