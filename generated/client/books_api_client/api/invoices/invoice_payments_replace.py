from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.invoice_payment import InvoicePayment
from ...models.invoice_payment_create import InvoicePaymentCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    payment_id: int,
    *,
    body: InvoicePaymentCreate,
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
        "url": "/invoices/{invoice_id}/payments/{payment_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InvoicePayment | None:
    if response.status_code == 200:
        response_200 = InvoicePayment.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InvoicePayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoicePaymentCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | InvoicePayment]:
    """Replace a payment of an invoice

     Replaces every writable field of the payment; fields not sent take their defaults. `total_paid` and
    `pay_status` follow.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        payment_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoicePaymentCreate): A payment to record on an invoice, or the full replacement of
            one (PUT). Send `amount` or `remaining_amount` = `yes`, not both (the schema says it: 400,
            928 when broken).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoicePayment]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        payment_id=payment_id,
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
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoicePaymentCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | InvoicePayment | None:
    """Replace a payment of an invoice

     Replaces every writable field of the payment; fields not sent take their defaults. `total_paid` and
    `pay_status` follow.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        payment_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoicePaymentCreate): A payment to record on an invoice, or the full replacement of
            one (PUT). Send `amount` or `remaining_amount` = `yes`, not both (the schema says it: 400,
            928 when broken).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoicePayment
    """

    return sync_detailed(
        invoice_id=invoice_id,
        payment_id=payment_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoicePaymentCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | InvoicePayment]:
    """Replace a payment of an invoice

     Replaces every writable field of the payment; fields not sent take their defaults. `total_paid` and
    `pay_status` follow.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        payment_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoicePaymentCreate): A payment to record on an invoice, or the full replacement of
            one (PUT). Send `amount` or `remaining_amount` = `yes`, not both (the schema says it: 400,
            928 when broken).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoicePayment]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        payment_id=payment_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoicePaymentCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | InvoicePayment | None:
    """Replace a payment of an invoice

     Replaces every writable field of the payment; fields not sent take their defaults. `total_paid` and
    `pay_status` follow.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        payment_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoicePaymentCreate): A payment to record on an invoice, or the full replacement of
            one (PUT). Send `amount` or `remaining_amount` = `yes`, not both (the schema says it: 400,
            928 when broken).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoicePayment
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            payment_id=payment_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
