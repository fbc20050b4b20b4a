from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.client_note import ClientNote
from ...models.client_note_create import ClientNoteCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClientNoteCreate,
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
        "url": "/client_notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientNote | Error | None:
    if response.status_code == 201:
        response_201 = ClientNote.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientNote | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientNote | Error]:
    """Create a client note

     Writes a note on a client, optionally about one of its documents. The writer (`creator`) and the
    moment (`created`) are set by the server. The answer is the stored note and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientNoteCreate): A new note, or the full replacement of one (PUT). `object_type`
            and `object_id` go together, and the schema says it (`if`/`then`/`else`): with a document
            type the id is required (400 with 913 when it is missing, 928 when it is null), without
            one the id is null or left out (400, 928). The document must also belong to `client_id`,
            which only the server can check (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientNote | Error]
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
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientNote | Error | None:
    """Create a client note

     Writes a note on a client, optionally about one of its documents. The writer (`creator`) and the
    moment (`created`) are set by the server. The answer is the stored note and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientNoteCreate): A new note, or the full replacement of one (PUT). `object_type`
            and `object_id` go together, and the schema says it (`if`/`then`/`else`): with a document
            type the id is required (400 with 913 when it is missing, 928 when it is null), without
            one the id is null or left out (400, 928). The document must also belong to `client_id`,
            which only the server can check (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientNote | Error
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
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientNote | Error]:
    """Create a client note

     Writes a note on a client, optionally about one of its documents. The writer (`creator`) and the
    moment (`created`) are set by the server. The answer is the stored note and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientNoteCreate): A new note, or the full replacement of one (PUT). `object_type`
            and `object_id` go together, and the schema says it (`if`/`then`/`else`): with a document
            type the id is required (400 with 913 when it is missing, 928 when it is null), without
            one the id is null or left out (400, 928). The document must also belong to `client_id`,
            which only the server can check (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientNote | Error]
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
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientNote | Error | None:
    """Create a client note

     Writes a note on a client, optionally about one of its documents. The writer (`creator`) and the
    moment (`created`) are set by the server. The answer is the stored note and its URL in `Location`.

    Args:
        x_accept_version (AcceptVersion | Unset):
        x_account_id (int | Unset):
        body (ClientNoteCreate): A new note, or the full replacement of one (PUT). `object_type`
            and `object_id` go together, and the schema says it (`if`/`then`/`else`): with a document
            type the id is required (400 with 913 when it is missing, 928 when it is null), without
            one the id is null or left out (400, 928). The document must also belong to `client_id`,
            which only the server can check (422, 924).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientNote | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
