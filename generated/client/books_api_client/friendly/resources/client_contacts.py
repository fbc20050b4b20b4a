"""`api.client_contacts` and `AsyncBooksApi().client_contacts`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.clients import client_contacts_create as _client_contacts_create
from ...api.clients import client_contacts_delete as _client_contacts_delete
from ...api.clients import client_contacts_get as _client_contacts_get
from ...api.clients import client_contacts_list as _client_contacts_list
from ...api.clients import client_contacts_replace as _client_contacts_replace
from ...api.clients import client_contacts_update as _client_contacts_update
from ...models.accept_version import AcceptVersion
from ...models.client_contact import ClientContact
from ...models.client_contact_create import ClientContactCreate
from ...models.client_contact_list import ClientContactList
from ...models.client_contact_update import ClientContactUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class ClientContacts:
    """`api.client_contacts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        client_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Add a contact person to a client"""
        response = _client_contacts_create.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_create", response, ClientContact)

    def delete(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a contact person"""
        response = _client_contacts_delete.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_contacts_delete", response)

    def get(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Read a contact person"""
        response = _client_contacts_get.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_get", response, ClientContact)

    def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContactList:
        """List the contact persons of a client"""
        response = _client_contacts_list.sync_detailed(
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
        return self._session.expect("client_contacts_list", response, ClientContactList)

    def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientContact]:
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
            page = ClientContactList.from_dict(self._session.get_json("client_contacts_list", page.links.next_))

    def replace(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Replace a contact person"""
        response = _client_contacts_replace.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_replace", response, ClientContact)

    def update(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Update a contact person"""
        response = _client_contacts_update.sync_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_update", response, ClientContact)


class AsyncClientContacts:
    """`api.client_contacts` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        client_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Add a contact person to a client"""
        response = await _client_contacts_create.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_create", response, ClientContact)

    async def delete(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a contact person"""
        response = await _client_contacts_delete.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_contacts_delete", response)

    async def get(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Read a contact person"""
        response = await _client_contacts_get.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_get", response, ClientContact)

    async def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContactList:
        """List the contact persons of a client"""
        response = await _client_contacts_list.asyncio_detailed(
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
        return self._session.expect("client_contacts_list", response, ClientContactList)

    async def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ClientContact]:
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
            page = ClientContactList.from_dict(await self._session.aget_json("client_contacts_list", page.links.next_))

    async def replace(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Replace a contact person"""
        response = await _client_contacts_replace.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_replace", response, ClientContact)

    async def update(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Update a contact person"""
        response = await _client_contacts_update.asyncio_detailed(
            client=self._session.client,
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_update", response, ClientContact)
