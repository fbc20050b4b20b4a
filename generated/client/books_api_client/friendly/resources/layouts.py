"""`api.layouts` and `AsyncBooksApi().layouts`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.layouts import layouts_get as _layouts_get
from ...api.layouts import layouts_list as _layouts_list
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.layout import Layout
from ...models.layout_list import LayoutList
from ...models.layout_version import LayoutVersion
from ...types import UNSET, Unset
from ..session import Session


class Layouts:
    """`api.layouts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        layout_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Layout:
        """Read a layout"""
        response = _layouts_get.sync_detailed(
            client=self._session.client,
            layout_id=layout_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_get", response, Layout)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> LayoutList:
        """List layouts"""
        response = _layouts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_list", response, LayoutList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Layout]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = LayoutList.from_dict(self._session.get_json("layouts_list", page.links.next_))


class AsyncLayouts:
    """`api.layouts` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        layout_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Layout:
        """Read a layout"""
        response = await _layouts_get.asyncio_detailed(
            client=self._session.client,
            layout_id=layout_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_get", response, Layout)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> LayoutList:
        """List layouts"""
        response = await _layouts_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_list", response, LayoutList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Layout]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = LayoutList.from_dict(await self._session.aget_json("layouts_list", page.links.next_))
