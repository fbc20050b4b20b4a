from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.purchase_row import PurchaseRow
from ...models.purchase_row_create import PurchaseRowCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    purchase_id: int,
    *,
    body: PurchaseRowCreate,
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
        "url": "/purchases/{purchase_id}/rows".format(
            purchase_id=quote(str(purchase_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PurchaseRow | None:
    if response.status_code == 201:
        response_201 = PurchaseRow.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PurchaseRow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | PurchaseRow]:
    """Add a row to a purchase

     Adds a line to the purchase and recomputes its totals. The answer is the stored row and its URL in
    `Location`. A `product_id`, `account_id` or `warehouse_id` that does not exist, a tax rate that is
    not one of the purchase rates, or a row with neither `name` nor an article is refused with 422.

    Args:
        purchase_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseRowCreate): A new row of a purchase, or the full replacement of one (PUT).
            Send `amount` when the purchase has `tax_included` = `no`, `amount_with_tax` when `yes`. A
            row needs `name`, `product_id` or `barcode` (the schema says it: 400, 928 when broken); a
            row with only a `barcode` that finds no article, or with `product_id` null and no `name`,
            is refused with 422 (924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseRow]
    """

    kwargs = _get_kwargs(
        purchase_id=purchase_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | PurchaseRow | None:
    """Add a row to a purchase

     Adds a line to the purchase and recomputes its totals. The answer is the stored row and its URL in
    `Location`. A `product_id`, `account_id` or `warehouse_id` that does not exist, a tax rate that is
    not one of the purchase rates, or a row with neither `name` nor an article is refused with 422.

    Args:
        purchase_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseRowCreate): A new row of a purchase, or the full replacement of one (PUT).
            Send `amount` when the purchase has `tax_included` = `no`, `amount_with_tax` when `yes`. A
            row needs `name`, `product_id` or `barcode` (the schema says it: 400, 928 when broken); a
            row with only a `barcode` that finds no article, or with `product_id` null and no `name`,
            is refused with 422 (924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseRow
    """

    return sync_detailed(
        purchase_id=purchase_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | PurchaseRow]:
    """Add a row to a purchase

     Adds a line to the purchase and recomputes its totals. The answer is the stored row and its URL in
    `Location`. A `product_id`, `account_id` or `warehouse_id` that does not exist, a tax rate that is
    not one of the purchase rates, or a row with neither `name` nor an article is refused with 422.

    Args:
        purchase_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseRowCreate): A new row of a purchase, or the full replacement of one (PUT).
            Send `amount` when the purchase has `tax_included` = `no`, `amount_with_tax` when `yes`. A
            row needs `name`, `product_id` or `barcode` (the schema says it: 400, 928 when broken); a
            row with only a `barcode` that finds no article, or with `product_id` null and no `name`,
            is refused with 422 (924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseRow]
    """

    kwargs = _get_kwargs(
        purchase_id=purchase_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | PurchaseRow | None:
    """Add a row to a purchase

     Adds a line to the purchase and recomputes its totals. The answer is the stored row and its URL in
    `Location`. A `product_id`, `account_id` or `warehouse_id` that does not exist, a tax rate that is
    not one of the purchase rates, or a row with neither `name` nor an article is refused with 422.

    Args:
        purchase_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PurchaseRowCreate): A new row of a purchase, or the full replacement of one (PUT).
            Send `amount` when the purchase has `tax_included` = `no`, `amount_with_tax` when `yes`. A
            row needs `name`, `product_id` or `barcode` (the schema says it: 400, 928 when broken); a
            row with only a `barcode` that finds no article, or with `product_id` null and no `name`,
            is refused with 422 (924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseRow
    """

    return (
        await asyncio_detailed(
            purchase_id=purchase_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
