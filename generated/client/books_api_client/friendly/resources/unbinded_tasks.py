"""`api.unbinded_tasks` and `AsyncBooksApi().unbinded_tasks`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.unbinded_tasks import unbinded_tasks_bind as _unbinded_tasks_bind
from ...api.unbinded_tasks import unbinded_tasks_create as _unbinded_tasks_create
from ...api.unbinded_tasks import unbinded_tasks_delete as _unbinded_tasks_delete
from ...api.unbinded_tasks import unbinded_tasks_get as _unbinded_tasks_get
from ...api.unbinded_tasks import unbinded_tasks_list as _unbinded_tasks_list
from ...api.unbinded_tasks import unbinded_tasks_replace as _unbinded_tasks_replace
from ...api.unbinded_tasks import unbinded_tasks_update as _unbinded_tasks_update
from ...models.accept_version import AcceptVersion
from ...models.format_list import FormatList
from ...models.invoice import Invoice
from ...models.unbinded_task import UnbindedTask
from ...models.unbinded_task_bind import UnbindedTaskBind
from ...models.unbinded_task_create import UnbindedTaskCreate
from ...models.unbinded_task_list import UnbindedTaskList
from ...models.unbinded_task_update import UnbindedTaskUpdate
from ...types import UNSET, Unset
from ..session import Session


class UnbindedTasks:
    """`api.unbinded_tasks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Add an unbilled task to a sales invoice"""
        response = _unbinded_tasks_bind.sync_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_bind", response, Invoice)

    def create(
        self,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Create an unbilled task"""
        response = _unbinded_tasks_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_create", response, UnbindedTask)

    def delete(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an unbilled task"""
        response = _unbinded_tasks_delete.sync_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("unbinded_tasks_delete", response)

    def get(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Read an unbilled task"""
        response = _unbinded_tasks_get.sync_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_get", response, UnbindedTask)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTaskList:
        """List unbilled tasks"""
        response = _unbinded_tasks_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_list", response, UnbindedTaskList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[UnbindedTask]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = UnbindedTaskList.from_dict(self._session.get_json("unbinded_tasks_list", page.links.next_))

    def replace(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Replace an unbilled task"""
        response = _unbinded_tasks_replace.sync_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_replace", response, UnbindedTask)

    def update(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Update an unbilled task"""
        response = _unbinded_tasks_update.sync_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_update", response, UnbindedTask)


class AsyncUnbindedTasks:
    """`api.unbinded_tasks` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def bind(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Add an unbilled task to a sales invoice"""
        response = await _unbinded_tasks_bind.asyncio_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_bind", response, Invoice)

    async def create(
        self,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Create an unbilled task"""
        response = await _unbinded_tasks_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_create", response, UnbindedTask)

    async def delete(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an unbilled task"""
        response = await _unbinded_tasks_delete.asyncio_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("unbinded_tasks_delete", response)

    async def get(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Read an unbilled task"""
        response = await _unbinded_tasks_get.asyncio_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_get", response, UnbindedTask)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTaskList:
        """List unbilled tasks"""
        response = await _unbinded_tasks_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_list", response, UnbindedTaskList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[UnbindedTask]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
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
            page = UnbindedTaskList.from_dict(await self._session.aget_json("unbinded_tasks_list", page.links.next_))

    async def replace(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Replace an unbilled task"""
        response = await _unbinded_tasks_replace.asyncio_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_replace", response, UnbindedTask)

    async def update(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Update an unbilled task"""
        response = await _unbinded_tasks_update.asyncio_detailed(
            client=self._session.client,
            unbinded_task_id=unbinded_task_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_update", response, UnbindedTask)
