from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.client_list import ClientList
from ...models.client_state import ClientState
from ...models.error import Error
from ...models.format_list import FormatList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "client_id",
    search: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    tax_code: str | Unset = UNSET,
    state: ClientState | Unset = UNSET,
    is_customer: bool | Unset = UNSET,
    is_supplier: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params["search"] = search

    params["external_id"] = external_id

    params["number"] = number

    params["email_address"] = email_address

    params["tax_code"] = tax_code

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["is_customer"] = is_customer

    params["is_supplier"] = is_supplier

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

    _kwargs["headers"] = headers
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

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
    sort: str | Unset = "client_id",
    search: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    tax_code: str | Unset = UNSET,
    state: ClientState | Unset = UNSET,
    is_customer: bool | Unset = UNSET,
    is_supplier: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientList | Error]:
    """List clients

     Pages through the customers and suppliers of the account. A web shop that invoices a buyer first
    looks the buyer up here by `external_id` (its own customer id) or `email_address`; when `meta.total`
    is 0 it adds the buyer with `POST /clients` (or many at once with `POST /clients/bulk`). `search`
    looks in the name, attention, number, e-mail address, VAT number and city.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'client_id'.
        search (str | Unset):
        external_id (str | Unset):
        number (str | Unset):
        email_address (str | Unset):
        tax_code (str | Unset):
        state (ClientState | Unset): Whether the client is in use (`active`) or put aside
            (`archived`). Archived clients keep their documents but cannot be put on new ones.
            Example: active.
        is_customer (bool | Unset):
        is_supplier (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        external_id=external_id,
        number=number,
        email_address=email_address,
        tax_code=tax_code,
        state=state,
        is_customer=is_customer,
        is_supplier=is_supplier,
        format_=format_,
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "client_id",
    search: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    tax_code: str | Unset = UNSET,
    state: ClientState | Unset = UNSET,
    is_customer: bool | Unset = UNSET,
    is_supplier: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientList | Error | None:
    """List clients

     Pages through the customers and suppliers of the account. A web shop that invoices a buyer first
    looks the buyer up here by `external_id` (its own customer id) or `email_address`; when `meta.total`
    is 0 it adds the buyer with `POST /clients` (or many at once with `POST /clients/bulk`). `search`
    looks in the name, attention, number, e-mail address, VAT number and city.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'client_id'.
        search (str | Unset):
        external_id (str | Unset):
        number (str | Unset):
        email_address (str | Unset):
        tax_code (str | Unset):
        state (ClientState | Unset): Whether the client is in use (`active`) or put aside
            (`archived`). Archived clients keep their documents but cannot be put on new ones.
            Example: active.
        is_customer (bool | Unset):
        is_supplier (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

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
        sort=sort,
        search=search,
        external_id=external_id,
        number=number,
        email_address=email_address,
        tax_code=tax_code,
        state=state,
        is_customer=is_customer,
        is_supplier=is_supplier,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "client_id",
    search: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    tax_code: str | Unset = UNSET,
    state: ClientState | Unset = UNSET,
    is_customer: bool | Unset = UNSET,
    is_supplier: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientList | Error]:
    """List clients

     Pages through the customers and suppliers of the account. A web shop that invoices a buyer first
    looks the buyer up here by `external_id` (its own customer id) or `email_address`; when `meta.total`
    is 0 it adds the buyer with `POST /clients` (or many at once with `POST /clients/bulk`). `search`
    looks in the name, attention, number, e-mail address, VAT number and city.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'client_id'.
        search (str | Unset):
        external_id (str | Unset):
        number (str | Unset):
        email_address (str | Unset):
        tax_code (str | Unset):
        state (ClientState | Unset): Whether the client is in use (`active`) or put aside
            (`archived`). Archived clients keep their documents but cannot be put on new ones.
            Example: active.
        is_customer (bool | Unset):
        is_supplier (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        external_id=external_id,
        number=number,
        email_address=email_address,
        tax_code=tax_code,
        state=state,
        is_customer=is_customer,
        is_supplier=is_supplier,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "client_id",
    search: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    tax_code: str | Unset = UNSET,
    state: ClientState | Unset = UNSET,
    is_customer: bool | Unset = UNSET,
    is_supplier: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientList | Error | None:
    """List clients

     Pages through the customers and suppliers of the account. A web shop that invoices a buyer first
    looks the buyer up here by `external_id` (its own customer id) or `email_address`; when `meta.total`
    is 0 it adds the buyer with `POST /clients` (or many at once with `POST /clients/bulk`). `search`
    looks in the name, attention, number, e-mail address, VAT number and city.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'client_id'.
        search (str | Unset):
        external_id (str | Unset):
        number (str | Unset):
        email_address (str | Unset):
        tax_code (str | Unset):
        state (ClientState | Unset): Whether the client is in use (`active`) or put aside
            (`archived`). Archived clients keep their documents but cannot be put on new ones.
            Example: active.
        is_customer (bool | Unset):
        is_supplier (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

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
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
