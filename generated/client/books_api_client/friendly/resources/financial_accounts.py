"""`api.financial_accounts` and `AsyncBooksApi().financial_accounts`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.financial_accounts import financial_accounts_get as _financial_accounts_get
from ...api.financial_accounts import financial_accounts_list as _financial_accounts_list
from ...models.accept_version import AcceptVersion
from ...models.financial_account import FinancialAccount
from ...models.financial_account_list import FinancialAccountList
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class FinancialAccounts:
    """`api.financial_accounts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        financial_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccount:
        """Read a financial account"""
        response = _financial_accounts_get.sync_detailed(
            client=self._session.client,
            financial_account_id=financial_account_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_get", response, FinancialAccount)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccountList:
        """List financial accounts"""
        response = _financial_accounts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_list", response, FinancialAccountList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[FinancialAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = FinancialAccountList.from_dict(self._session.get_json("financial_accounts_list", page.links.next_))


class AsyncFinancialAccounts:
    """`api.financial_accounts` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        financial_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccount:
        """Read a financial account"""
        response = await _financial_accounts_get.asyncio_detailed(
            client=self._session.client,
            financial_account_id=financial_account_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_get", response, FinancialAccount)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccountList:
        """List financial accounts"""
        response = await _financial_accounts_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_list", response, FinancialAccountList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[FinancialAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
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
            page = FinancialAccountList.from_dict(
                await self._session.aget_json("financial_accounts_list", page.links.next_)
            )
