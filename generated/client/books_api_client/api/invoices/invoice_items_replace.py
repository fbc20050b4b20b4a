from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.invoice_item import InvoiceItem
from ...models.invoice_item_create import InvoiceItemCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    item_id: int,
    *,
    body: InvoiceItemCreate,
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
        "url": "/invoices/{invoice_id}/items/{item_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InvoiceItem | None:
    if response.status_code == 200:
        response_200 = InvoiceItem.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | InvoiceItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | InvoiceItem]:
    """Replace an item of an invoice

     Replaces every writable field of the line; fields not sent take their defaults. The invoice totals
    are computed again.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        item_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceItemCreate): A new line of an invoice, or the full replacement of one (PUT).
            The system computes the line totals and the invoice totals (see `DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` must be sent, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Which of the
            two amounts the invoice needs (`amount` with `tax_included` = `no`, `amount_with_tax` with
            `yes`) depends on the stored invoice and stays a server rule (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceItem]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        item_id=item_id,
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
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | InvoiceItem | None:
    """Replace an item of an invoice

     Replaces every writable field of the line; fields not sent take their defaults. The invoice totals
    are computed again.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        item_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceItemCreate): A new line of an invoice, or the full replacement of one (PUT).
            The system computes the line totals and the invoice totals (see `DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` must be sent, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Which of the
            two amounts the invoice needs (`amount` with `tax_included` = `no`, `amount_with_tax` with
            `yes`) depends on the stored invoice and stays a server rule (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceItem
    """

    return sync_detailed(
        invoice_id=invoice_id,
        item_id=item_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | InvoiceItem]:
    """Replace an item of an invoice

     Replaces every writable field of the line; fields not sent take their defaults. The invoice totals
    are computed again.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        item_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceItemCreate): A new line of an invoice, or the full replacement of one (PUT).
            The system computes the line totals and the invoice totals (see `DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` must be sent, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Which of the
            two amounts the invoice needs (`amount` with `tax_included` = `no`, `amount_with_tax` with
            `yes`) depends on the stored invoice and stays a server rule (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceItem]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        item_id=item_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceItemCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | InvoiceItem | None:
    """Replace an item of an invoice

     Replaces every writable field of the line; fields not sent take their defaults. The invoice totals
    are computed again.

    Args:
        invoice_id (int): Identifier the system assigns when an object is created; unique within
            its account and domain. Example: 3003.
        item_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (InvoiceItemCreate): A new line of an invoice, or the full replacement of one (PUT).
            The system computes the line totals and the invoice totals (see `DocumentTotals`). The
            schema says (400, 928 when broken): `description` or `description_html` must be sent, and
            `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity`
            and `unit`, and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Which of the
            two amounts the invoice needs (`amount` with `tax_included` = `no`, `amount_with_tax` with
            `yes`) depends on the stored invoice and stays a server rule (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceItem
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            item_id=item_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
