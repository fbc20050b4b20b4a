from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.format_item_xml import FormatItemXml
from ...models.receipt import Receipt
from ...models.receipt_update import ReceiptUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_id: int,
    *,
    body: ReceiptUpdate,
    format_: FormatItemXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/receipts/{receipt_id}".format(
            receipt_id=quote(str(receipt_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Receipt | None:
    if response.status_code == 200:
        response_200 = Receipt.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Receipt]:
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
    body: ReceiptUpdate,
    format_: FormatItemXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Receipt]:
    """Update a receipt

     Changes the header fields sent, in JSON or XML; the others keep their value and the totals are
    computed again. Lines, payments and remarks are changed through their own URLs. A `number` another
    receipt already has is refused with 409.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        format_ (FormatItemXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptUpdate): The header fields of a receipt to change, in JSON or in XML (root
            `<receipt>`); fields not sent keep their value and the totals are computed again. Lines,
            payments and remarks are changed through their own URLs (`/receipts/{receipt_id}/items`
            …).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Receipt]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
        body=body,
        format_=format_,
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
    body: ReceiptUpdate,
    format_: FormatItemXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Receipt | None:
    """Update a receipt

     Changes the header fields sent, in JSON or XML; the others keep their value and the totals are
    computed again. Lines, payments and remarks are changed through their own URLs. A `number` another
    receipt already has is refused with 409.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        format_ (FormatItemXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptUpdate): The header fields of a receipt to change, in JSON or in XML (root
            `<receipt>`); fields not sent keep their value and the totals are computed again. Lines,
            payments and remarks are changed through their own URLs (`/receipts/{receipt_id}/items`
            …).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Receipt
    """

    return sync_detailed(
        receipt_id=receipt_id,
        client=client,
        body=body,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptUpdate,
    format_: FormatItemXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Receipt]:
    """Update a receipt

     Changes the header fields sent, in JSON or XML; the others keep their value and the totals are
    computed again. Lines, payments and remarks are changed through their own URLs. A `number` another
    receipt already has is refused with 409.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        format_ (FormatItemXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptUpdate): The header fields of a receipt to change, in JSON or in XML (root
            `<receipt>`); fields not sent keep their value and the totals are computed again. Lines,
            payments and remarks are changed through their own URLs (`/receipts/{receipt_id}/items`
            …).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Receipt]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
        body=body,
        format_=format_,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptUpdate,
    format_: FormatItemXml | Unset = UNSET,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Receipt | None:
    """Update a receipt

     Changes the header fields sent, in JSON or XML; the others keep their value and the totals are
    computed again. Lines, payments and remarks are changed through their own URLs. A `number` another
    receipt already has is refused with 409.

    Args:
        receipt_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        format_ (FormatItemXml | Unset):
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ReceiptUpdate): The header fields of a receipt to change, in JSON or in XML (root
            `<receipt>`); fields not sent keep their value and the totals are computed again. Lines,
            payments and remarks are changed through their own URLs (`/receipts/{receipt_id}/items`
            …).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Receipt
    """

    return (
        await asyncio_detailed(
            receipt_id=receipt_id,
            client=client,
            body=body,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
