from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.receipt_item import ReceiptItem
from ...models.receipt_item_create import ReceiptItemCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_id: int,
    *,
    body: ReceiptItemCreate,
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
        "url": "/receipts/{receipt_id}/items".format(
            receipt_id=quote(str(receipt_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReceiptItem | None:
    if response.status_code == 201:
        response_201 = ReceiptItem.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReceiptItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | ReceiptItem]:
    """Add an item to a receipt

     Adds a line at the end of the receipt; the receipt totals are computed again. The answer is the
    stored line and its URL in `Location`.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptItemCreate): A new line of a receipt, or the full replacement of one (PUT).
            The system computes the line totals and the receipt totals again (`DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` is required, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked
            against the stored receipt, 422 (924) when broken: `amount` is the one required when the
            receipt has `tax_included` = `no`, `amount_with_tax` when it has `yes`; `tax_rate` must be
            one of the receipt's rates or 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceiptItem]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | ReceiptItem | None:
    """Add an item to a receipt

     Adds a line at the end of the receipt; the receipt totals are computed again. The answer is the
    stored line and its URL in `Location`.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptItemCreate): A new line of a receipt, or the full replacement of one (PUT).
            The system computes the line totals and the receipt totals again (`DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` is required, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked
            against the stored receipt, 422 (924) when broken: `amount` is the one required when the
            receipt has `tax_included` = `no`, `amount_with_tax` when it has `yes`; `tax_rate` must be
            one of the receipt's rates or 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceiptItem
    """

    return sync_detailed(
        receipt_id=receipt_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | ReceiptItem]:
    """Add an item to a receipt

     Adds a line at the end of the receipt; the receipt totals are computed again. The answer is the
    stored line and its URL in `Location`.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptItemCreate): A new line of a receipt, or the full replacement of one (PUT).
            The system computes the line totals and the receipt totals again (`DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` is required, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked
            against the stored receipt, 422 (924) when broken: `amount` is the one required when the
            receipt has `tax_included` = `no`, `amount_with_tax` when it has `yes`; `tax_rate` must be
            one of the receipt's rates or 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceiptItem]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | ReceiptItem | None:
    """Add an item to a receipt

     Adds a line at the end of the receipt; the receipt totals are computed again. The answer is the
    stored line and its URL in `Location`.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptItemCreate): A new line of a receipt, or the full replacement of one (PUT).
            The system computes the line totals and the receipt totals again (`DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` is required, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked
            against the stored receipt, 422 (924) when broken: `amount` is the one required when the
            receipt has `tax_included` = `no`, `amount_with_tax` when it has `yes`; `tax_rate` must be
            one of the receipt's rates or 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceiptItem
    """

    return (
        await asyncio_detailed(
            receipt_id=receipt_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
