from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.error import Error
from ...models.price_offer_row import PriceOfferRow
from ...models.price_offer_row_create import PriceOfferRowCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    price_offer_id: int,
    row_id: int,
    *,
    body: PriceOfferRowCreate,
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
        "url": "/price_offers/{price_offer_id}/rows/{row_id}".format(
            price_offer_id=quote(str(price_offer_id), safe=""),
            row_id=quote(str(row_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PriceOfferRow | None:
    if response.status_code == 200:
        response_200 = PriceOfferRow.from_dict(response.json())

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
) -> Response[Error | PriceOfferRow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    price_offer_id: int,
    row_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PriceOfferRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | PriceOfferRow]:
    """Replace a row of a price offer

     Replaces every writable field of the row; fields not sent take their defaults. The offer totals are
    computed again. Rows of a cancelled or invoiced offer cannot be changed (409).

    Args:
        price_offer_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        row_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PriceOfferRowCreate): A new row of a price offer, or the full replacement of one
            (PUT). The system computes the row totals and the offer totals again (`DocumentTotals`).
            The schema says (400, 928 when broken): `name` is required unless `article_id` is sent;
            `amount` or `amount_with_tax` is required unless `article_id` is sent (`allOf`/`anyOf`);
            `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked by the server, 422
            (924) when broken: an `article_id` sent as null counts as not sent for these two rules;
            the amount the offer needs is `amount` (`tax_included` = `no`) or `amount_with_tax`
            (`yes`), and an article without a price does not supply it; `tax_rate` must be one of the
            offer's rates or 0. Rows of a cancelled or invoiced offer cannot be changed (409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PriceOfferRow]
    """

    kwargs = _get_kwargs(
        price_offer_id=price_offer_id,
        row_id=row_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    price_offer_id: int,
    row_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PriceOfferRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | PriceOfferRow | None:
    """Replace a row of a price offer

     Replaces every writable field of the row; fields not sent take their defaults. The offer totals are
    computed again. Rows of a cancelled or invoiced offer cannot be changed (409).

    Args:
        price_offer_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        row_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PriceOfferRowCreate): A new row of a price offer, or the full replacement of one
            (PUT). The system computes the row totals and the offer totals again (`DocumentTotals`).
            The schema says (400, 928 when broken): `name` is required unless `article_id` is sent;
            `amount` or `amount_with_tax` is required unless `article_id` is sent (`allOf`/`anyOf`);
            `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked by the server, 422
            (924) when broken: an `article_id` sent as null counts as not sent for these two rules;
            the amount the offer needs is `amount` (`tax_included` = `no`) or `amount_with_tax`
            (`yes`), and an article without a price does not supply it; `tax_rate` must be one of the
            offer's rates or 0. Rows of a cancelled or invoiced offer cannot be changed (409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PriceOfferRow
    """

    return sync_detailed(
        price_offer_id=price_offer_id,
        row_id=row_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    price_offer_id: int,
    row_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PriceOfferRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[Error | PriceOfferRow]:
    """Replace a row of a price offer

     Replaces every writable field of the row; fields not sent take their defaults. The offer totals are
    computed again. Rows of a cancelled or invoiced offer cannot be changed (409).

    Args:
        price_offer_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        row_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PriceOfferRowCreate): A new row of a price offer, or the full replacement of one
            (PUT). The system computes the row totals and the offer totals again (`DocumentTotals`).
            The schema says (400, 928 when broken): `name` is required unless `article_id` is sent;
            `amount` or `amount_with_tax` is required unless `article_id` is sent (`allOf`/`anyOf`);
            `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked by the server, 422
            (924) when broken: an `article_id` sent as null counts as not sent for these two rules;
            the amount the offer needs is `amount` (`tax_included` = `no`) or `amount_with_tax`
            (`yes`), and an article without a price does not supply it; `tax_rate` must be one of the
            offer's rates or 0. Rows of a cancelled or invoiced offer cannot be changed (409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PriceOfferRow]
    """

    kwargs = _get_kwargs(
        price_offer_id=price_offer_id,
        row_id=row_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    price_offer_id: int,
    row_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PriceOfferRowCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Error | PriceOfferRow | None:
    """Replace a row of a price offer

     Replaces every writable field of the row; fields not sent take their defaults. The offer totals are
    computed again. Rows of a cancelled or invoiced offer cannot be changed (409).

    Args:
        price_offer_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
        row_id (int): Identifier the system assigns when an object is created; unique within its
            account and domain. Example: 3003.
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (PriceOfferRowCreate): A new row of a price offer, or the full replacement of one
            (PUT). The system computes the row totals and the offer totals again (`DocumentTotals`).
            The schema says (400, 928 when broken): `name` is required unless `article_id` is sent;
            `amount` or `amount_with_tax` is required unless `article_id` is sent (`allOf`/`anyOf`);
            `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked by the server, 422
            (924) when broken: an `article_id` sent as null counts as not sent for these two rules;
            the amount the offer needs is `amount` (`tax_included` = `no`) or `amount_with_tax`
            (`yes`), and an article without a price does not supply it; `tax_rate` must be one of the
            offer's rates or 0. Rows of a cancelled or invoiced offer cannot be changed (409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PriceOfferRow
    """

    return (
        await asyncio_detailed(
            price_offer_id=price_offer_id,
            row_id=row_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
