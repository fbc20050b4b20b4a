"""`api.clients` and `AsyncBooksApi().clients`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.clients import clients_bulk_upsert as _clients_bulk_upsert
from ...api.clients import clients_create as _clients_create
from ...api.clients import clients_delete as _clients_delete
from ...api.clients import clients_get as _clients_get
from ...api.clients import clients_list as _clients_list
from ...api.clients import clients_replace as _clients_replace
from ...api.clients import clients_update as _clients_update
from ...models.accept_version import AcceptVersion
from ...models.bulk_result import BulkResult
from ...models.client_bulk_request import ClientBulkRequest
from ...models.client_create import ClientCreate
from ...models.client_list import ClientList
from ...models.client_model import ClientModel
from ...models.client_state import ClientState
from ...models.client_update import ClientUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class Clients:
    """`api.clients`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bulk_upsert(
        self,
        body: ClientBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update many clients"""
        response = _clients_bulk_upsert.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_bulk_upsert", response, BulkResult)

    def create(
        self,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Create a client"""
        response = _clients_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_create", response, ClientModel)

    def delete(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client"""
        response = _clients_delete.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("clients_delete", response)

    def get(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Read a client"""
        response = _clients_get.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_get", response, ClientModel)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = _clients_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_list", response, ClientList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientModel]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientList.from_dict(self._session.get_json("clients_list", page.links.next_))

    def replace(
        self,
        client_id: int,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Replace a client"""
        response = _clients_replace.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_replace", response, ClientModel)

    def update(
        self,
        client_id: int,
        body: ClientUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Update a client"""
        response = _clients_update.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_update", response, ClientModel)


class AsyncClients:
    """`api.clients` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def bulk_upsert(
        self,
        body: ClientBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update many clients"""
        response = await _clients_bulk_upsert.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_bulk_upsert", response, BulkResult)

    async def create(
        self,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Create a client"""
        response = await _clients_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_create", response, ClientModel)

    async def delete(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client"""
        response = await _clients_delete.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("clients_delete", response)

    async def get(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Read a client"""
        response = await _clients_get.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_get", response, ClientModel)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = await _clients_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_list", response, ClientList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ClientModel]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = ClientList.from_dict(await self._session.aget_json("clients_list", page.links.next_))

    async def replace(
        self,
        client_id: int,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Replace a client"""
        response = await _clients_replace.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_replace", response, ClientModel)

    async def update(
        self,
        client_id: int,
        body: ClientUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Update a client"""
        response = await _clients_update.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_update", response, ClientModel)
