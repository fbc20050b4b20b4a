import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.format_list_xml import FormatListXml
from ...models.receipt_list import ReceiptList
from ...models.receipt_status_filter import ReceiptStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "-date",
    search: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    status: ReceiptStatusFilter | Unset = UNSET,
    format_: FormatListXml | Unset = UNSET,
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

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["client_id"] = client_id

    params["number"] = number

    params["external_id"] = external_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/receipts",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReceiptList | None:
    if response.status_code == 200:
        response_200 = ReceiptList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReceiptList]:
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
    sort: str | Unset = "-date",
    search: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    status: ReceiptStatusFilter | Unset = UNSET,
    format_: FormatListXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | ReceiptList]:
    """List receipts

     Pages through the receipts of the account, newest first unless `sort` says otherwise. Entries carry
    the header and totals of each receipt, not its lines, payments, remarks or events. Answers in JSON,
    XML (`<receipts><receipt>…`, see `ReceiptList`) or CSV.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: '-date'.
        search (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        client_id (int | Unset):
        number (str | Unset):
        external_id (str | Unset):
        status (ReceiptStatusFilter | Unset):
        format_ (FormatListXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceiptList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        date_from=date_from,
        date_to=date_to,
        client_id=client_id,
        number=number,
        external_id=external_id,
        status=status,
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
    sort: str | Unset = "-date",
    search: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    status: ReceiptStatusFilter | Unset = UNSET,
    format_: FormatListXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | ReceiptList | None:
    """List receipts

     Pages through the receipts of the account, newest first unless `sort` says otherwise. Entries carry
    the header and totals of each receipt, not its lines, payments, remarks or events. Answers in JSON,
    XML (`<receipts><receipt>…`, see `ReceiptList`) or CSV.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: '-date'.
        search (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        client_id (int | Unset):
        number (str | Unset):
        external_id (str | Unset):
        status (ReceiptStatusFilter | Unset):
        format_ (FormatListXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceiptList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        date_from=date_from,
        date_to=date_to,
        client_id=client_id,
        number=number,
        external_id=external_id,
        status=status,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "-date",
    search: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    status: ReceiptStatusFilter | Unset = UNSET,
    format_: FormatListXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | ReceiptList]:
    """List receipts

     Pages through the receipts of the account, newest first unless `sort` says otherwise. Entries carry
    the header and totals of each receipt, not its lines, payments, remarks or events. Answers in JSON,
    XML (`<receipts><receipt>…`, see `ReceiptList`) or CSV.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: '-date'.
        search (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        client_id (int | Unset):
        number (str | Unset):
        external_id (str | Unset):
        status (ReceiptStatusFilter | Unset):
        format_ (FormatListXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceiptList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        date_from=date_from,
        date_to=date_to,
        client_id=client_id,
        number=number,
        external_id=external_id,
        status=status,
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
    sort: str | Unset = "-date",
    search: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    status: ReceiptStatusFilter | Unset = UNSET,
    format_: FormatListXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | ReceiptList | None:
    """List receipts

     Pages through the receipts of the account, newest first unless `sort` says otherwise. Entries carry
    the header and totals of each receipt, not its lines, payments, remarks or events. Answers in JSON,
    XML (`<receipts><receipt>…`, see `ReceiptList`) or CSV.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: '-date'.
        search (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        client_id (int | Unset):
        number (str | Unset):
        external_id (str | Unset):
        status (ReceiptStatusFilter | Unset):
        format_ (FormatListXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceiptList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
