"""The friendly layer (`books_api_client.friendly`) against a real mock server.

Models come back (never `Error | Model | None`), errors come as typed exceptions with the
catalogue's fields, lists page through `links.next`, and a 429 is waited out.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.friendly.conftest import WINDOW_S
from tests.mock.conftest import KEY_1, Server

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("importable")]


def _api(server: Server, key: str = KEY_1, **options: Any) -> Any:
    from books_api_client.friendly import BooksApi

    return BooksApi(api_key=key, base_url=server.url, **options)


def test_create_get_and_location(server: Server) -> None:
    from books_api_client.models import ClientCreate, ClientModel

    with _api(server) as api:
        created = api.clients.create(ClientCreate(name="Layer Test NV"))
        assert isinstance(created, ClientModel)
        assert api.last_location.endswith(f"/clients/{created.client_id}")
        assert api.clients.get(created.client_id).name == "Layer Test NV"


def test_iter_follows_links_next(server: Server) -> None:
    with _api(server) as api:
        total = api.clients.list(per_page=1).meta.total
        assert total > 2
        ids = [c.client_id for c in api.clients.iter(per_page=1)]
        assert len(ids) == total == len(set(ids))


def test_sub_resource_namespace(server: Server) -> None:
    from books_api_client.models import InvoiceCreate, InvoiceItemCreate

    with _api(server) as api:
        client_id = next(api.clients.iter()).client_id
        invoice = api.invoices.create(InvoiceCreate(client_id=client_id))
        api.invoice_items.create(
            invoice.invoice_id, InvoiceItemCreate(description="Cable", amount="3.10")
        )
        assert [i.description for i in api.invoice_items.iter(invoice.invoice_id)] == ["Cable"]


def test_not_found_is_typed(server: Server) -> None:
    from books_api_client.friendly import ApiError, NotFound

    with _api(server) as api, pytest.raises(NotFound) as caught:
        api.invoices.get(999_999)
    error = caught.value
    assert isinstance(error, ApiError)
    assert error.status == 404 and error.error_id is not None and error.title
    assert error.response is not None and int(error.response.status_code) == 404


def test_invalid_field_names_the_field(server: Server) -> None:
    from books_api_client.friendly import ApiError
    from books_api_client.models import ClientCreate

    with _api(server) as api, pytest.raises(ApiError) as caught:
        api.clients.create(ClientCreate(name="x", email_address="not an address"))
    assert caught.value.status in (400, 422)
    assert [f.name for f in caught.value.fields], caught.value


def test_unknown_key_is_unauthorized(server: Server) -> None:
    from books_api_client.friendly import Unauthorized

    with _api(server, key="no-such-key") as api, pytest.raises(Unauthorized):
        api.clients.list()


def test_429_honours_retry_after_then_gives_up(limited: Server) -> None:
    """With one retry allowed, the layer waits what the mock asks and then raises RateLimited."""
    from books_api_client.friendly import RateLimited

    waits: list[float] = []
    with _api(limited, key="friendly-1", max_attempts=2, sleep=waits.append) as api:
        api.clients.list()
        api.clients.list()
        with pytest.raises(RateLimited) as caught:
            api.clients.list()
    assert len(waits) == 1 and 0 < waits[0] <= WINDOW_S
    assert caught.value.retry_after is not None and caught.value.error_id == 920


def test_429_is_waited_out(limited: Server) -> None:
    """This call really waits for the limited mock's window (up to WINDOW_S), then works."""
    from books_api_client.friendly import RateLimited

    with _api(limited, key="friendly-1", max_attempts=2) as api:
        try:
            api.clients.list()
            api.clients.list()
        except RateLimited:
            pass  # the window of the test above is still open
        started = time.monotonic()
        page = api.clients.list()
    assert page.meta.total >= 0
    assert time.monotonic() - started > 0.5


def test_async_layer(server: Server) -> None:
    import asyncio

    from books_api_client.friendly import AsyncBooksApi, NotFound
    from books_api_client.models import ClientCreate

    async def scenario() -> tuple[int, str | None, int, int]:
        async with AsyncBooksApi(api_key=KEY_1, base_url=server.url) as api:
            created = await api.clients.create(ClientCreate(name="Async Layer BV"))
            where = api.last_location
            ids = [c.client_id async for c in api.clients.iter(per_page=1)]
            try:
                await api.invoices.get(999_999)
            except NotFound as error:
                status = error.status
            return created.client_id, where, len(ids), status

    client_id, where, count, status = asyncio.run(scenario())
    assert where is not None and where.endswith(f"/clients/{client_id}")
    assert count > 2 and status == 404
