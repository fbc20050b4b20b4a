from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.client_create import ClientCreate
from ...models.client_model import ClientModel
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClientCreate,
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
        "url": "/clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientModel | Error | None:
    if response.status_code == 201:
        response_201 = ClientModel.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientModel | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientModel | Error]:
    """Create a client

     Adds a customer or supplier. Only `name` is required; the number is generated when not sent. The
    answer is the stored client and its URL in `Location`. The server does not refuse a second client
    with the same e-mail address or external id, so look the client up first.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientCreate): A new client, or the full replacement of one (PUT: fields not sent
            take their defaults). Contact persons and delivery places are not part of it; add them
            through their own URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientModel | Error]
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
    body: ClientCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientModel | Error | None:
    """Create a client

     Adds a customer or supplier. Only `name` is required; the number is generated when not sent. The
    answer is the stored client and its URL in `Location`. The server does not refuse a second client
    with the same e-mail address or external id, so look the client up first.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientCreate): A new client, or the full replacement of one (PUT: fields not sent
            take their defaults). Contact persons and delivery places are not part of it; add them
            through their own URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientModel | Error
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
    body: ClientCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientModel | Error]:
    """Create a client

     Adds a customer or supplier. Only `name` is required; the number is generated when not sent. The
    answer is the stored client and its URL in `Location`. The server does not refuse a second client
    with the same e-mail address or external id, so look the client up first.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientCreate): A new client, or the full replacement of one (PUT: fields not sent
            take their defaults). Contact persons and delivery places are not part of it; add them
            through their own URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientModel | Error]
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
    body: ClientCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientModel | Error | None:
    """Create a client

     Adds a customer or supplier. Only `name` is required; the number is generated when not sent. The
    answer is the stored client and its URL in `Location`. The server does not refuse a second client
    with the same e-mail address or external id, so look the client up first.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientCreate): A new client, or the full replacement of one (PUT: fields not sent
            take their defaults). Contact persons and delivery places are not part of it; add them
            through their own URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientModel | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
