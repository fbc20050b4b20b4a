"""`api.vat_types` and `AsyncBooksApi().vat_types`, 2 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.vat_types import vat_types_get as _vat_types_get
from ...api.vat_types import vat_types_list as _vat_types_list
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.vat_type import VatType
from ...models.vat_type_list import VatTypeList
from ...types import UNSET, Unset
from ..session import Session


class VatTypes:
    """`api.vat_types`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        vat_type_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatType:
        """Read a VAT type"""
        response = _vat_types_get.sync_detailed(
            client=self._session.client,
            vat_type_id=vat_type_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_get", response, VatType)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatTypeList:
        """List VAT types"""
        response = _vat_types_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_list", response, VatTypeList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[VatType]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = VatTypeList.from_dict(self._session.get_json("vat_types_list", page.links.next_))


class AsyncVatTypes:
    """`api.vat_types` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get(
        self,
        vat_type_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatType:
        """Read a VAT type"""
        response = await _vat_types_get.asyncio_detailed(
            client=self._session.client,
            vat_type_id=vat_type_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_get", response, VatType)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatTypeList:
        """List VAT types"""
        response = await _vat_types_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_list", response, VatTypeList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[VatType]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
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
            page = VatTypeList.from_dict(await self._session.aget_json("vat_types_list", page.links.next_))
