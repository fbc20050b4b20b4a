"""`api.receipt_events` and `AsyncBooksApi().receipt_events`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.receipts import receipt_events_get as _receipt_events_get
from ...api.receipts import receipt_events_list as _receipt_events_list
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.receipt_event import ReceiptEvent
from ...models.receipt_event_list import ReceiptEventList
from ...types import UNSET, Unset
from ..session import Session


class ReceiptEvents:
    """`api.receipt_events`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        receipt_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Read an event of a receipt"""
        response = _receipt_events_get.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            event_id=event_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_get", response, ReceiptEvent)

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
    ) -> ReceiptEventList:
        """List the events of a receipt"""
        response = _receipt_events_list.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_list", response, ReceiptEventList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptEvent]:
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
            page = ReceiptEventList.from_dict(self._session.get_json("receipt_events_list", page.links.next_))


class AsyncReceiptEvents:
    """`api.receipt_events` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        receipt_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Read an event of a receipt"""
        response = await _receipt_events_get.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            event_id=event_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_get", response, ReceiptEvent)

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
    ) -> ReceiptEventList:
        """List the events of a receipt"""
        response = await _receipt_events_list.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_list", response, ReceiptEventList)

    async def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ReceiptEvent]:
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
            page = ReceiptEventList.from_dict(await self._session.aget_json("receipt_events_list", page.links.next_))
