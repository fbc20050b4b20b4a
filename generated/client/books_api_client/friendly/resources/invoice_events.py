"""`api.invoice_events` and `AsyncBooksApi().invoice_events`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.invoices import invoice_events_get as _invoice_events_get
from ...api.invoices import invoice_events_list as _invoice_events_list
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice_event import InvoiceEvent
from ...models.invoice_event_list import InvoiceEventList
from ...types import UNSET, Unset
from ..session import Session


class InvoiceEvents:
    """`api.invoice_events`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        invoice_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Read an event of an invoice"""
        response = _invoice_events_get.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            event_id=event_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_get", response, InvoiceEvent)

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
    ) -> InvoiceEventList:
        """List the events of an invoice"""
        response = _invoice_events_list.sync_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_list", response, InvoiceEventList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceEvent]:
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
            page = InvoiceEventList.from_dict(self._session.get_json("invoice_events_list", page.links.next_))


class AsyncInvoiceEvents:
    """`api.invoice_events` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        invoice_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Read an event of an invoice"""
        response = await _invoice_events_get.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            event_id=event_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_get", response, InvoiceEvent)

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
    ) -> InvoiceEventList:
        """List the events of an invoice"""
        response = await _invoice_events_list.asyncio_detailed(
            client=self._session.client,
            invoice_id=invoice_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_list", response, InvoiceEventList)

    async def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[InvoiceEvent]:
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
            page = InvoiceEventList.from_dict(await self._session.aget_json("invoice_events_list", page.links.next_))
