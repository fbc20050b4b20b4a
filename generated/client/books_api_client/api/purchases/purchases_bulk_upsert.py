from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.purchase_bulk_request import PurchaseBulkRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PurchaseBulkRequest,
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
        "url": "/purchases/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkResult | Error | None:
    if response.status_code == 200:
        response_200 = BulkResult.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BulkResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseBulkRequest,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[BulkResult | Error]:
    """Create or update up to 200 purchases

     Stores up to 200 purchases in one request, as a till or shop system sends its stock intake: an
    object without `purchase_id` is created, one with `purchase_id` updates that purchase (only the
    fields sent; `rows`, when sent, replace all rows). Objects are handled one by one in request order;
    one that fails does not stop the others, and the answer (200) says per object what happened. More
    than 200 objects are refused as a whole with 429, error 919; this call counts as one request against
    the rate limit.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseBulkRequest): Up to 200 purchases to create or update in one request. A
            request with more is refused as a whole with 429 (error 919) before any purchase is looked
            at; split it into several requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
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
    body: PurchaseBulkRequest,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> BulkResult | Error | None:
    """Create or update up to 200 purchases

     Stores up to 200 purchases in one request, as a till or shop system sends its stock intake: an
    object without `purchase_id` is created, one with `purchase_id` updates that purchase (only the
    fields sent; `rows`, when sent, replace all rows). Objects are handled one by one in request order;
    one that fails does not stop the others, and the answer (200) says per object what happened. More
    than 200 objects are refused as a whole with 429, error 919; this call counts as one request against
    the rate limit.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseBulkRequest): Up to 200 purchases to create or update in one request. A
            request with more is refused as a whole with 429 (error 919) before any purchase is looked
            at; split it into several requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Error
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
    body: PurchaseBulkRequest,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[BulkResult | Error]:
    """Create or update up to 200 purchases

     Stores up to 200 purchases in one request, as a till or shop system sends its stock intake: an
    object without `purchase_id` is created, one with `purchase_id` updates that purchase (only the
    fields sent; `rows`, when sent, replace all rows). Objects are handled one by one in request order;
    one that fails does not stop the others, and the answer (200) says per object what happened. More
    than 200 objects are refused as a whole with 429, error 919; this call counts as one request against
    the rate limit.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseBulkRequest): Up to 200 purchases to create or update in one request. A
            request with more is refused as a whole with 429 (error 919) before any purchase is looked
            at; split it into several requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
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
    body: PurchaseBulkRequest,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> BulkResult | Error | None:
    """Create or update up to 200 purchases

     Stores up to 200 purchases in one request, as a till or shop system sends its stock intake: an
    object without `purchase_id` is created, one with `purchase_id` updates that purchase (only the
    fields sent; `rows`, when sent, replace all rows). Objects are handled one by one in request order;
    one that fails does not stop the others, and the answer (200) says per object what happened. More
    than 200 objects are refused as a whole with 429, error 919; this call counts as one request against
    the rate limit.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseBulkRequest): Up to 200 purchases to create or update in one request. A
            request with more is refused as a whole with 429 (error 919) before any purchase is looked
            at; split it into several requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
