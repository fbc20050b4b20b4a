"""`api.employees` and `AsyncBooksApi().employees`, 6 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ...api.employees import employees_create as _employees_create
from ...api.employees import employees_delete as _employees_delete
from ...api.employees import employees_get as _employees_get
from ...api.employees import employees_list as _employees_list
from ...api.employees import employees_replace as _employees_replace
from ...api.employees import employees_update as _employees_update
from ...models.accept_version import AcceptVersion
from ...models.employee import Employee
from ...models.employee_create import EmployeeCreate
from ...models.employee_list import EmployeeList
from ...models.employee_update import EmployeeUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


class Employees:
    """`api.employees`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Create an employee"""
        response = _employees_create.sync_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_create", response, Employee)

    def delete(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an employee"""
        response = _employees_delete.sync_detailed(
            client=self._session.client,
            employee_id=employee_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("employees_delete", response)

    def get(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Read an employee"""
        response = _employees_get.sync_detailed(
            client=self._session.client,
            employee_id=employee_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_get", response, Employee)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> EmployeeList:
        """List employees"""
        response = _employees_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_list", response, EmployeeList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Employee]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = EmployeeList.from_dict(self._session.get_json("employees_list", page.links.next_))

    def replace(
        self,
        employee_id: int,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Replace an employee"""
        response = _employees_replace.sync_detailed(
            client=self._session.client,
            employee_id=employee_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_replace", response, Employee)

    def update(
        self,
        employee_id: int,
        body: EmployeeUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Update an employee"""
        response = _employees_update.sync_detailed(
            client=self._session.client,
            employee_id=employee_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_update", response, Employee)


class AsyncEmployees:
    """`api.employees` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Create an employee"""
        response = await _employees_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_create", response, Employee)

    async def delete(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an employee"""
        response = await _employees_delete.asyncio_detailed(
            client=self._session.client,
            employee_id=employee_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("employees_delete", response)

    async def get(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Read an employee"""
        response = await _employees_get.asyncio_detailed(
            client=self._session.client,
            employee_id=employee_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_get", response, Employee)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> EmployeeList:
        """List employees"""
        response = await _employees_list.asyncio_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_list", response, EmployeeList)

    async def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> AsyncIterator[Employee]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
            per_page=per_page,
            sort=sort,
            search=search,
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
            page = EmployeeList.from_dict(await self._session.aget_json("employees_list", page.links.next_))

    async def replace(
        self,
        employee_id: int,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Replace an employee"""
        response = await _employees_replace.asyncio_detailed(
            client=self._session.client,
            employee_id=employee_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_replace", response, Employee)

    async def update(
        self,
        employee_id: int,
        body: EmployeeUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Update an employee"""
        response = await _employees_update.asyncio_detailed(
            client=self._session.client,
            employee_id=employee_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_update", response, Employee)
