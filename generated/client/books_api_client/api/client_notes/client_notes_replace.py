from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_version import AcceptVersion
from ...models.client_note import ClientNote
from ...models.client_note_create import ClientNoteCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_note_id: int,
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
        "method": "put",
        "url": "/client_notes/{client_note_id}".format(
            client_note_id=quote(str(client_note_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientNote | Error | None:
    if response.status_code == 200:
        response_200 = ClientNote.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientNote | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientNote | Error]:
    """Replace a client note

     Replaces the client, text and document of the note; fields not sent take their defaults (a note sent
    without `object_type` is about the client in general). `created` and `creator` are kept.

    Args:
        client_note_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
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
        client_note_id=client_note_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientNote | Error | None:
    """Replace a client note

     Replaces the client, text and document of the note; fields not sent take their defaults (a note sent
    without `object_type` is about the client in general). `created` and `creator` are kept.

    Args:
        client_note_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
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
        client_note_id=client_note_id,
        client=client,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    client_note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> Response[ClientNote | Error]:
    """Replace a client note

     Replaces the client, text and document of the note; fields not sent take their defaults (a note sent
    without `object_type` is about the client in general). `created` and `creator` are kept.

    Args:
        client_note_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
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
        client_note_id=client_note_id,
        body=body,
        x_accept_version=x_accept_version,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientNoteCreate,
    x_accept_version: AcceptVersion | Unset = UNSET,
    x_account_id: int | Unset = UNSET,
) -> ClientNote | Error | None:
    """Replace a client note

     Replaces the client, text and document of the note; fields not sent take their defaults (a note sent
    without `object_type` is about the client in general). `created` and `creator` are kept.

    Args:
        client_note_id (int): Identifier the system assigns when an object is created; unique
            within its account and domain. Example: 3003.
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
            client_note_id=client_note_id,
            client=client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
    ).parsed
