from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.unbinded_task import UnbindedTask
from ...models.unbinded_task_create import UnbindedTaskCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unbinded_task_id: int,
    *,
    body: UnbindedTaskCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/unbinded_tasks/{unbinded_task_id}".format(
            unbinded_task_id=quote(str(unbinded_task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UnbindedTask | None:
    if response.status_code == 200:
        response_200 = UnbindedTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UnbindedTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unbinded_task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UnbindedTaskCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | UnbindedTask]:
    """Replace an unbilled task

     Replaces every writable field; fields not sent take their defaults. A task already bound to an
    invoice is refused with 409: change the invoice item instead.

    Args:
        unbinded_task_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (UnbindedTaskCreate): A new unbilled task, or the full replacement of one (PUT).
            Without an `article_id` a `name` is required, and the schema says it (`if`/`then`): a task
            with neither is refused with 400 (913, `name` missing; an empty `name` gives 928).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnbindedTask]
    """

    kwargs = _get_kwargs(
        unbinded_task_id=unbinded_task_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unbinded_task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UnbindedTaskCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | UnbindedTask | None:
    """Replace an unbilled task

     Replaces every writable field; fields not sent take their defaults. A task already bound to an
    invoice is refused with 409: change the invoice item instead.

    Args:
        unbinded_task_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (UnbindedTaskCreate): A new unbilled task, or the full replacement of one (PUT).
            Without an `article_id` a `name` is required, and the schema says it (`if`/`then`): a task
            with neither is refused with 400 (913, `name` missing; an empty `name` gives 928).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnbindedTask
    """

    return sync_detailed(
        unbinded_task_id=unbinded_task_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    unbinded_task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UnbindedTaskCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | UnbindedTask]:
    """Replace an unbilled task

     Replaces every writable field; fields not sent take their defaults. A task already bound to an
    invoice is refused with 409: change the invoice item instead.

    Args:
        unbinded_task_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (UnbindedTaskCreate): A new unbilled task, or the full replacement of one (PUT).
            Without an `article_id` a `name` is required, and the schema says it (`if`/`then`): a task
            with neither is refused with 400 (913, `name` missing; an empty `name` gives 928).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnbindedTask]
    """

    kwargs = _get_kwargs(
        unbinded_task_id=unbinded_task_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unbinded_task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UnbindedTaskCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | UnbindedTask | None:
    """Replace an unbilled task

     Replaces every writable field; fields not sent take their defaults. A task already bound to an
    invoice is refused with 409: change the invoice item instead.

    Args:
        unbinded_task_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (UnbindedTaskCreate): A new unbilled task, or the full replacement of one (PUT).
            Without an `article_id` a `name` is required, and the schema says it (`if`/`then`): a task
            with neither is refused with 400 (913, `name` missing; an empty `name` gives 928).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnbindedTask
    """

    return (
        await asyncio_detailed(
            unbinded_task_id=unbinded_task_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
