"""`api.client_delivery_addresses` and `AsyncBooksApi().client_delivery_addresses`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.clients import client_delivery_addresses_create as _client_delivery_addresses_create
from ...api.clients import client_delivery_addresses_delete as _client_delivery_addresses_delete
from ...api.clients import client_delivery_addresses_get as _client_delivery_addresses_get
from ...api.clients import client_delivery_addresses_list as _client_delivery_addresses_list
from ...api.clients import client_delivery_addresses_replace as _client_delivery_addresses_replace
from ...api.clients import client_delivery_addresses_update as _client_delivery_addresses_update
from ...models.accept_version import AcceptVersion
from ...models.client_delivery_address import ClientDeliveryAddress
from ...models.client_delivery_address_create import ClientDeliveryAddressCreate
from ...models.client_delivery_address_list import ClientDeliveryAddressList
from ...models.client_delivery_address_update import ClientDeliveryAddressUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class ClientDeliveryAddresses:
    """`api.client_delivery_addresses`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        client_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Add a delivery address to a client"""
        response = _client_delivery_addresses_create.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_create", response, ClientDeliveryAddress)

    def delete(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a delivery address"""
        response = _client_delivery_addresses_delete.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_delivery_addresses_delete", response)

    def get(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Read a delivery address"""
        response = _client_delivery_addresses_get.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_get", response, ClientDeliveryAddress)

    def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddressList:
        """List the delivery addresses of a client"""
        response = _client_delivery_addresses_list.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_list", response, ClientDeliveryAddressList)

    def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientDeliveryAddress]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            client_id=client_id,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientDeliveryAddressList.from_dict(
                self._session.get_json("client_delivery_addresses_list", page.links.next_)
            )

    def replace(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Replace a delivery address"""
        response = _client_delivery_addresses_replace.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_replace", response, ClientDeliveryAddress)

    def update(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Update a delivery address"""
        response = _client_delivery_addresses_update.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_update", response, ClientDeliveryAddress)


class AsyncClientDeliveryAddresses:
    """`api.client_delivery_addresses` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        client_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Add a delivery address to a client"""
        response = await _client_delivery_addresses_create.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_create", response, ClientDeliveryAddress)

    async def delete(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a delivery address"""
        response = await _client_delivery_addresses_delete.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_delivery_addresses_delete", response)

    async def get(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Read a delivery address"""
        response = await _client_delivery_addresses_get.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_get", response, ClientDeliveryAddress)

    async def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddressList:
        """List the delivery addresses of a client"""
        response = await _client_delivery_addresses_list.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_list", response, ClientDeliveryAddressList)

    async def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ClientDeliveryAddress]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            client_id=client_id,
            per_page=per_page,
            sort=sort,
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
            page = ClientDeliveryAddressList.from_dict(
                await self._session.aget_json("client_delivery_addresses_list", page.links.next_)
            )

    async def replace(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Replace a delivery address"""
        response = await _client_delivery_addresses_replace.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_replace", response, ClientDeliveryAddress)

    async def update(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Update a delivery address"""
        response = await _client_delivery_addresses_update.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_update", response, ClientDeliveryAddress)
