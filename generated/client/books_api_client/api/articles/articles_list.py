from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.article_list import ArticleList
from ...models.article_type import ArticleType
from ...models.error import Error
from ...models.format_list import FormatList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "code",
    search: str | Unset = UNSET,
    code: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    type_: ArticleType | Unset = UNSET,
    active: bool | Unset = UNSET,
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

    params["code"] = code

    params["ean"] = ean

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["active"] = active

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/articles",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArticleList | Error | None:
    if response.status_code == 200:
        response_200 = ArticleList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ArticleList | Error]:
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
    sort: str | Unset = "code",
    search: str | Unset = UNSET,
    code: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    type_: ArticleType | Unset = UNSET,
    active: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ArticleList | Error]:
    """List articles

     Pages through the catalogue. A web shop checks whether an article exists with the exact `code`
    filter before it sends a document line that refers to it.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'code'.
        search (str | Unset):
        code (str | Unset):
        ean (str | Unset):
        type_ (ArticleType | Unset): What the article is. `product`: goods sold without stock
            keeping; `service`: work or a service, never counted in stock; `stock_item`: goods counted
            per warehouse, so every document line that uses it moves stock. New values may be added in
            later versions. Example: stock_item.
        active (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        code=code,
        ean=ean,
        type_=type_,
        active=active,
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
    sort: str | Unset = "code",
    search: str | Unset = UNSET,
    code: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    type_: ArticleType | Unset = UNSET,
    active: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ArticleList | Error | None:
    """List articles

     Pages through the catalogue. A web shop checks whether an article exists with the exact `code`
    filter before it sends a document line that refers to it.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'code'.
        search (str | Unset):
        code (str | Unset):
        ean (str | Unset):
        type_ (ArticleType | Unset): What the article is. `product`: goods sold without stock
            keeping; `service`: work or a service, never counted in stock; `stock_item`: goods counted
            per warehouse, so every document line that uses it moves stock. New values may be added in
            later versions. Example: stock_item.
        active (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        code=code,
        ean=ean,
        type_=type_,
        active=active,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    sort: str | Unset = "code",
    search: str | Unset = UNSET,
    code: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    type_: ArticleType | Unset = UNSET,
    active: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ArticleList | Error]:
    """List articles

     Pages through the catalogue. A web shop checks whether an article exists with the exact `code`
    filter before it sends a document line that refers to it.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'code'.
        search (str | Unset):
        code (str | Unset):
        ean (str | Unset):
        type_ (ArticleType | Unset): What the article is. `product`: goods sold without stock
            keeping; `service`: work or a service, never counted in stock; `stock_item`: goods counted
            per warehouse, so every document line that uses it moves stock. New values may be added in
            later versions. Example: stock_item.
        active (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        search=search,
        code=code,
        ean=ean,
        type_=type_,
        active=active,
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
    sort: str | Unset = "code",
    search: str | Unset = UNSET,
    code: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    type_: ArticleType | Unset = UNSET,
    active: bool | Unset = UNSET,
    format_: FormatList | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ArticleList | Error | None:
    """List articles

     Pages through the catalogue. A web shop checks whether an article exists with the exact `code`
    filter before it sends a document line that refers to it.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        sort (str | Unset):  Default: 'code'.
        search (str | Unset):
        code (str | Unset):
        ean (str | Unset):
        type_ (ArticleType | Unset): What the article is. `product`: goods sold without stock
            keeping; `service`: work or a service, never counted in stock; `stock_item`: goods counted
            per warehouse, so every document line that uses it moves stock. New values may be added in
            later versions. Example: stock_item.
        active (bool | Unset):
        format_ (FormatList | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            ean=ean,
            type_=type_,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
