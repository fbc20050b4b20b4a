from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.format_list import FormatList
from ...models.invoice_list import InvoiceList
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
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | InvoiceList]:
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
) -> Response[Error | InvoiceList]:
    """List invoices

     Pages through the invoices, newest first.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
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
) -> Error | InvoiceList | None:
    """List invoices

     Pages through the invoices, newest first.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
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
) -> Response[Error | InvoiceList]:
    """List invoices

     Pages through the invoices, newest first.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
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
) -> Error | InvoiceList | None:
    """List invoices

     Pages through the invoices, newest first.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        format_ (FormatList | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
    ).parsed
