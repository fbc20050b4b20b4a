"""`api.receipt_remarks` and `AsyncBooksApi().receipt_remarks`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.receipts import receipt_remarks_create as _receipt_remarks_create
from ...api.receipts import receipt_remarks_delete as _receipt_remarks_delete
from ...api.receipts import receipt_remarks_get as _receipt_remarks_get
from ...api.receipts import receipt_remarks_list as _receipt_remarks_list
from ...api.receipts import receipt_remarks_replace as _receipt_remarks_replace
from ...api.receipts import receipt_remarks_update as _receipt_remarks_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.receipt_remark import ReceiptRemark
from ...models.receipt_remark_create import ReceiptRemarkCreate
from ...models.receipt_remark_list import ReceiptRemarkList
from ...models.receipt_remark_update import ReceiptRemarkUpdate
from ...types import UNSET, Unset
from ..session import Session


class ReceiptRemarks:
    """`api.receipt_remarks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Add a remark to a receipt"""
        response = _receipt_remarks_create.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_create", response, ReceiptRemark)

    def delete(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of a receipt"""
        response = _receipt_remarks_delete.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_remarks_delete", response)

    def get(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Read a remark of a receipt"""
        response = _receipt_remarks_get.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_get", response, ReceiptRemark)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemarkList:
        """List the remarks of a receipt"""
        response = _receipt_remarks_list.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_list", response, ReceiptRemarkList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptRemark]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptRemarkList.from_dict(self._session.get_json("receipt_remarks_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Replace a remark of a receipt"""
        response = _receipt_remarks_replace.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_replace", response, ReceiptRemark)

    def update(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Update a remark of a receipt"""
        response = _receipt_remarks_update.sync_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_update", response, ReceiptRemark)


class AsyncReceiptRemarks:
    """`api.receipt_remarks` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        receipt_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Add a remark to a receipt"""
        response = await _receipt_remarks_create.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_create", response, ReceiptRemark)

    async def delete(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of a receipt"""
        response = await _receipt_remarks_delete.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_remarks_delete", response)

    async def get(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Read a remark of a receipt"""
        response = await _receipt_remarks_get.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_get", response, ReceiptRemark)

    async def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemarkList:
        """List the remarks of a receipt"""
        response = await _receipt_remarks_list.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_list", response, ReceiptRemarkList)

    async def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[ReceiptRemark]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = ReceiptRemarkList.from_dict(await self._session.aget_json("receipt_remarks_list", page.links.next_))

    async def replace(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Replace a remark of a receipt"""
        response = await _receipt_remarks_replace.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_replace", response, ReceiptRemark)

    async def update(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Update a remark of a receipt"""
        response = await _receipt_remarks_update.asyncio_detailed(
            client=self._session.client,
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_update", response, ReceiptRemark)
