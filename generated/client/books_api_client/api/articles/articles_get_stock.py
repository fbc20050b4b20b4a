import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.article_stock import ArticleStock
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    article_id: int,
    *,
    date: datetime.date | Unset = UNSET,
    warehouse_id: int | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    params: dict[str, Any] = {}

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["warehouse_id"] = warehouse_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/articles/{article_id}/stock".format(
            article_id=quote(str(article_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArticleStock | Error | None:
    if response.status_code == 200:
        response_200 = ArticleStock.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArticleStock | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    warehouse_id: int | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ArticleStock | Error]:
    """Read the stock of an article

     Counts the units of this article in each warehouse at the end of a day, optionally in one warehouse
    only. Articles that are not stock items have no warehouse lines.

    Args:
        article_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        date (datetime.date | Unset):
        warehouse_id (int | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleStock | Error]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        date=date,
        warehouse_id=warehouse_id,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    warehouse_id: int | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ArticleStock | Error | None:
    """Read the stock of an article

     Counts the units of this article in each warehouse at the end of a day, optionally in one warehouse
    only. Articles that are not stock items have no warehouse lines.

    Args:
        article_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        date (datetime.date | Unset):
        warehouse_id (int | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleStock | Error
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        date=date,
        warehouse_id=warehouse_id,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    warehouse_id: int | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ArticleStock | Error]:
    """Read the stock of an article

     Counts the units of this article in each warehouse at the end of a day, optionally in one warehouse
    only. Articles that are not stock items have no warehouse lines.

    Args:
        article_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        date (datetime.date | Unset):
        warehouse_id (int | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleStock | Error]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        date=date,
        warehouse_id=warehouse_id,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    warehouse_id: int | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ArticleStock | Error | None:
    """Read the stock of an article

     Counts the units of this article in each warehouse at the end of a day, optionally in one warehouse
    only. Articles that are not stock items have no warehouse lines.

    Args:
        article_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        date (datetime.date | Unset):
        warehouse_id (int | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleStock | Error
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            date=date,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
