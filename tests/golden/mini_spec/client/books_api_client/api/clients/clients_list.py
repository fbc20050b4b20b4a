from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_list import ClientList
from ...models.error import Error
from ...models.format_list import FormatList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    format_: FormatList | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientList | Error | None:
    if response.status_code == 200:
        response_200 = ClientList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    format_: FormatList | Unset = UNSET,
) -> Response[ClientList | Error]:
    """List clients

     Pages through the clients.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    format_: FormatList | Unset = UNSET,
) -> ClientList | Error | None:
    """List clients

     Pages through the clients.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    format_: FormatList | Unset = UNSET,
) -> Response[ClientList | Error]:
    """List clients

     Pages through the clients.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    format_: FormatList | Unset = UNSET,
) -> ClientList | Error | None:
    """List clients

     Pages through the clients.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
    ).parsed
