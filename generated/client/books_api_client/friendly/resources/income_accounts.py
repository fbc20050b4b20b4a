"""`api.income_accounts` and `AsyncBooksApi().income_accounts`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.income_accounts import income_accounts_get as _income_accounts_get
from ...api.income_accounts import income_accounts_list as _income_accounts_list
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.income_account import IncomeAccount
from ...models.income_account_kind import IncomeAccountKind
from ...models.income_account_list import IncomeAccountList
from ...types import UNSET, Unset
from ..session import Session


class IncomeAccounts:
    """`api.income_accounts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        income_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccount:
        """Read an income account"""
        response = _income_accounts_get.sync_detailed(
            client=self._session.client,
            income_account_id=income_account_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_get", response, IncomeAccount)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccountList:
        """List income accounts"""
        response = _income_accounts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_list", response, IncomeAccountList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[IncomeAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = IncomeAccountList.from_dict(self._session.get_json("income_accounts_list", page.links.next_))


class AsyncIncomeAccounts:
    """`api.income_accounts` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        income_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccount:
        """Read an income account"""
        response = await _income_accounts_get.asyncio_detailed(
            client=self._session.client,
            income_account_id=income_account_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_get", response, IncomeAccount)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccountList:
        """List income accounts"""
        response = await _income_accounts_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_list", response, IncomeAccountList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[IncomeAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
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
            page = IncomeAccountList.from_dict(await self._session.aget_json("income_accounts_list", page.links.next_))
