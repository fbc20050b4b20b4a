from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.incoming import Incoming
from ...models.incoming_create import IncomingCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IncomingCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incomings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Incoming | None:
    if response.status_code == 201:
        response_201 = Incoming.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Incoming]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Incoming]:
    """Record an incoming

     Records money received. Bind it to a sales invoice afterwards with `POST
    /incomings/{incoming_id}/bind`. An unknown `income_account_id` or `client_id`, or an amount of 0 or
    less, is refused with 422. The answer is the stored incoming and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (IncomingCreate): A new incoming, or the full replacement of one (PUT). It is bound
            to an invoice with the bind action, not here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Incoming]
    """

    kwargs = _get_kwargs(
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Incoming | None:
    """Record an incoming

     Records money received. Bind it to a sales invoice afterwards with `POST
    /incomings/{incoming_id}/bind`. An unknown `income_account_id` or `client_id`, or an amount of 0 or
    less, is refused with 422. The answer is the stored incoming and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (IncomingCreate): A new incoming, or the full replacement of one (PUT). It is bound
            to an invoice with the bind action, not here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Incoming
    """

    return sync_detailed(
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Incoming]:
    """Record an incoming

     Records money received. Bind it to a sales invoice afterwards with `POST
    /incomings/{incoming_id}/bind`. An unknown `income_account_id` or `client_id`, or an amount of 0 or
    less, is refused with 422. The answer is the stored incoming and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (IncomingCreate): A new incoming, or the full replacement of one (PUT). It is bound
            to an invoice with the bind action, not here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Incoming]
    """

    kwargs = _get_kwargs(
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Incoming | None:
    """Record an incoming

     Records money received. Bind it to a sales invoice afterwards with `POST
    /incomings/{incoming_id}/bind`. An unknown `income_account_id` or `client_id`, or an amount of 0 or
    less, is refused with 422. The answer is the stored incoming and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (IncomingCreate): A new incoming, or the full replacement of one (PUT). It is bound
            to an invoice with the bind action, not here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Incoming
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
