from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    *,
    body: InvoiceCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_version, Unset):
        headers["x-accept-version"] = str(x_accept_version)

    if not isinstance(x_account_id, Unset):
        headers["X-Account-Id"] = str(x_account_id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Replace an invoice

     Replaces every writable field; fields not sent take their defaults. A list of items, payments or
    remarks that is sent replaces all current ones; a list left out is kept. The number keeps its
    sequence and is formatted again from `prefix`, `leading_zeros` and `date`; if that gives the number
    of another invoice the request is refused with 409.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceCreate): A new invoice, or the full replacement of one (PUT). The client is
            named by `client_id` or by a `customer` block (the system then finds or creates the
            client); one of the two is required (the `allOf`/`anyOf` of this schema says it: 400, 928
            without either). With `tax_included` = `yes`, `tax_calculation` = `item` must be sent too
            (the `if`/`then` of this schema). Fields not sent take their defaults; `number`, `type`,
            `status`, the totals, the tags and the events are set by the system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Invoice | None:
    """Replace an invoice

     Replaces every writable field; fields not sent take their defaults. A list of items, payments or
    remarks that is sent replaces all current ones; a list left out is kept. The number keeps its
    sequence and is formatted again from `prefix`, `leading_zeros` and `date`; if that gives the number
    of another invoice the request is refused with 409.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceCreate): A new invoice, or the full replacement of one (PUT). The client is
            named by `client_id` or by a `customer` block (the system then finds or creates the
            client); one of the two is required (the `allOf`/`anyOf` of this schema says it: 400, 928
            without either). With `tax_included` = `yes`, `tax_calculation` = `item` must be sent too
            (the `if`/`then` of this schema). Fields not sent take their defaults; `number`, `type`,
            `status`, the totals, the tags and the events are set by the system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Replace an invoice

     Replaces every writable field; fields not sent take their defaults. A list of items, payments or
    remarks that is sent replaces all current ones; a list left out is kept. The number keeps its
    sequence and is formatted again from `prefix`, `leading_zeros` and `date`; if that gives the number
    of another invoice the request is refused with 409.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceCreate): A new invoice, or the full replacement of one (PUT). The client is
            named by `client_id` or by a `customer` block (the system then finds or creates the
            client); one of the two is required (the `allOf`/`anyOf` of this schema says it: 400, 928
            without either). With `tax_included` = `yes`, `tax_calculation` = `item` must be sent too
            (the `if`/`then` of this schema). Fields not sent take their defaults; `number`, `type`,
            `status`, the totals, the tags and the events are set by the system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | Invoice | None:
    """Replace an invoice

     Replaces every writable field; fields not sent take their defaults. A list of items, payments or
    remarks that is sent replaces all current ones; a list left out is kept. The number keeps its
    sequence and is formatted again from `prefix`, `leading_zeros` and `date`; if that gives the number
    of another invoice the request is refused with 409.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceCreate): A new invoice, or the full replacement of one (PUT). The client is
            named by `client_id` or by a `customer` block (the system then finds or creates the
            client); one of the two is required (the `allOf`/`anyOf` of this schema says it: 400, 928
            without either). With `tax_included` = `yes`, `tax_calculation` = `item` must be sent too
            (the `if`/`then` of this schema). Fields not sent take their defaults; `number`, `type`,
            `status`, the totals, the tags and the events are set by the system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
