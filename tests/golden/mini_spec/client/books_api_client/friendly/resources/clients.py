"""`api.clients` and `AsyncBooksApi().clients`, 5 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.clients import clients_create as _clients_create
from ...api.clients import clients_delete as _clients_delete
from ...api.clients import clients_get as _clients_get
from ...api.clients import clients_list as _clients_list
from ...api.clients import clients_update as _clients_update
from ...models.client_create import ClientCreate
from ...models.client_list import ClientList
from ...models.client_model import ClientModel
from ...models.client_update import ClientUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class Clients:
    """`api.clients`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ClientCreate,
    ) -> ClientModel:
        """Create a client"""
        response = _clients_create.sync_detailed(
            client=self._session.client,
            body=body,
        )
        return self._session.expect("clients_create", response, ClientModel)

    def delete(
        self,
        client_id: int,
    ) -> None:
        """Delete a client"""
        response = _clients_delete.sync_detailed(
            client=self._session.client,
            client_id=client_id,
        )
        self._session.expect_empty("clients_delete", response)

    def get(
        self,
        client_id: int,
    ) -> ClientModel:
        """Read a client"""
        response = _clients_get.sync_detailed(
            client=self._session.client,
            client_id=client_id,
        )
        return self._session.expect("clients_get", response, ClientModel)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = _clients_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("clients_list", response, ClientList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> Iterator[ClientModel]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            format_=format_,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientList.from_dict(self._session.get_json("clients_list", page.links.next_))

    def update(
        self,
        client_id: int,
        body: ClientUpdate,
    ) -> ClientModel:
        """Update a client"""
        response = _clients_update.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
        )
        return self._session.expect("clients_update", response, ClientModel)


class AsyncClients:
    """`api.clients` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: ClientCreate,
    ) -> ClientModel:
        """Create a client"""
        response = await _clients_create.asyncio_detailed(
            client=self._session.client,
            body=body,
        )
        return self._session.expect("clients_create", response, ClientModel)

    async def delete(
        self,
        client_id: int,
    ) -> None:
        """Delete a client"""
        response = await _clients_delete.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
        )
        self._session.expect_empty("clients_delete", response)

    async def get(
        self,
        client_id: int,
    ) -> ClientModel:
        """Read a client"""
        response = await _clients_get.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
        )
        return self._session.expect("clients_get", response, ClientModel)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = await _clients_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("clients_list", response, ClientList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> AsyncIterator[ClientModel]:
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
            page = ClientList.from_dict(await self._session.aget_json("clients_list", page.links.next_))

    async def update(
        self,
        client_id: int,
        body: ClientUpdate,
    ) -> ClientModel:
        """Update a client"""
        response = await _clients_update.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
        )
        return self._session.expect("clients_update", response, ClientModel)
