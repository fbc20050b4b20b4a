"""`api.client_notes` and `AsyncBooksApi().client_notes`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.client_notes import client_notes_create as _client_notes_create
from ...api.client_notes import client_notes_delete as _client_notes_delete
from ...api.client_notes import client_notes_get as _client_notes_get
from ...api.client_notes import client_notes_list as _client_notes_list
from ...api.client_notes import client_notes_replace as _client_notes_replace
from ...api.client_notes import client_notes_update as _client_notes_update
from ...models.accept_version import AcceptVersion
from ...models.client_note import ClientNote
from ...models.client_note_create import ClientNoteCreate
from ...models.client_note_list import ClientNoteList
from ...models.client_note_object_type import ClientNoteObjectType
from ...models.client_note_update import ClientNoteUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class ClientNotes:
    """`api.client_notes`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Create a client note"""
        response = _client_notes_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_create", response, ClientNote)

    def delete(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client note"""
        response = _client_notes_delete.sync_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_notes_delete", response)

    def get(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Read a client note"""
        response = _client_notes_get.sync_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_get", response, ClientNote)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNoteList:
        """List client notes"""
        response = _client_notes_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_list", response, ClientNoteList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientNote]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientNoteList.from_dict(self._session.get_json("client_notes_list", page.links.next_))

    def replace(
        self,
        client_note_id: int,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Replace a client note"""
        response = _client_notes_replace.sync_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_replace", response, ClientNote)

    def update(
        self,
        client_note_id: int,
        body: ClientNoteUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Update a client note"""
        response = _client_notes_update.sync_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_update", response, ClientNote)


class AsyncClientNotes:
    """`api.client_notes` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Create a client note"""
        response = await _client_notes_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_create", response, ClientNote)

    async def delete(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client note"""
        response = await _client_notes_delete.asyncio_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_notes_delete", response)

    async def get(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Read a client note"""
        response = await _client_notes_get.asyncio_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_get", response, ClientNote)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNoteList:
        """List client notes"""
        response = await _client_notes_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_list", response, ClientNoteList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ClientNote]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = ClientNoteList.from_dict(await self._session.aget_json("client_notes_list", page.links.next_))

    async def replace(
        self,
        client_note_id: int,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Replace a client note"""
        response = await _client_notes_replace.asyncio_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_replace", response, ClientNote)

    async def update(
        self,
        client_note_id: int,
        body: ClientNoteUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Update a client note"""
        response = await _client_notes_update.asyncio_detailed(
            client=self._session.client,
            client_note_id=client_note_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_update", response, ClientNote)
