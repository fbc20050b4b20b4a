"""`api.incomings` and `AsyncBooksApi().incomings`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.incomings import incomings_bind as _incomings_bind
from ...api.incomings import incomings_create as _incomings_create
from ...api.incomings import incomings_delete as _incomings_delete
from ...api.incomings import incomings_get as _incomings_get
from ...api.incomings import incomings_list as _incomings_list
from ...api.incomings import incomings_replace as _incomings_replace
from ...api.incomings import incomings_update as _incomings_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.incoming import Incoming
from ...models.incoming_bind import IncomingBind
from ...models.incoming_create import IncomingCreate
from ...models.incoming_list import IncomingList
from ...models.incoming_update import IncomingUpdate
from ...types import UNSET, Unset
from ..session import Session


class Incomings:
    """`api.incomings`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        incoming_id: int,
        body: IncomingBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Bind an incoming to a sales invoice"""
        response = _incomings_bind.sync_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_bind", response, Incoming)

    def create(
        self,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Record an incoming"""
        response = _incomings_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_create", response, Incoming)

    def delete(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an incoming"""
        response = _incomings_delete.sync_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("incomings_delete", response)

    def get(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Read an incoming"""
        response = _incomings_get.sync_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_get", response, Incoming)

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
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomingList:
        """List incomings"""
        response = _incomings_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_list", response, IncomingList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Incoming]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = IncomingList.from_dict(self._session.get_json("incomings_list", page.links.next_))

    def replace(
        self,
        incoming_id: int,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Replace an incoming"""
        response = _incomings_replace.sync_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_replace", response, Incoming)

    def update(
        self,
        incoming_id: int,
        body: IncomingUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Update an incoming"""
        response = _incomings_update.sync_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_update", response, Incoming)


class AsyncIncomings:
    """`api.incomings` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def bind(
        self,
        incoming_id: int,
        body: IncomingBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Bind an incoming to a sales invoice"""
        response = await _incomings_bind.asyncio_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_bind", response, Incoming)

    async def create(
        self,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Record an incoming"""
        response = await _incomings_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_create", response, Incoming)

    async def delete(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an incoming"""
        response = await _incomings_delete.asyncio_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("incomings_delete", response)

    async def get(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Read an incoming"""
        response = await _incomings_get.asyncio_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_get", response, Incoming)

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
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomingList:
        """List incomings"""
        response = await _incomings_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_list", response, IncomingList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Incoming]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
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
            page = IncomingList.from_dict(await self._session.aget_json("incomings_list", page.links.next_))

    async def replace(
        self,
        incoming_id: int,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Replace an incoming"""
        response = await _incomings_replace.asyncio_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_replace", response, Incoming)

    async def update(
        self,
        incoming_id: int,
        body: IncomingUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Update an incoming"""
        response = await _incomings_update.asyncio_detailed(
            client=self._session.client,
            incoming_id=incoming_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_update", response, Incoming)
