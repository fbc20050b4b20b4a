"""`BooksApi` and `AsyncBooksApi`: one object, one namespace per resource, models in and out.

Generated from the spec by generator/render/client_layer.py: do not edit. Every method calls
the generated endpoint function of its operation, returns the model on success and raises a
subclass of `ApiError` otherwise; `iter` methods follow `links.next` page by page. The
namespaces live in `resources/`, one module each.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ..client import AuthenticatedClient, Client
from ..types import Response
from .resources.clients import AsyncClients, Clients
from .resources.invoice_items import AsyncInvoiceItems, InvoiceItems
from .resources.invoices import AsyncInvoices, Invoices
from .retries import AsyncRetryingTransport, RetryingTransport
from .session import Session

DEFAULT_BASE_URL = "http://127.0.0.1:4010/api/v1"
KEY_HEADER = "X-API-Key"


def _client(
    base_url: str,
    args: dict[str, Any],
    api_key: str | None,
    bearer_token: str | None,
    username: str | None,
    password: str | None,
    headers: dict[str, str] | None,
    timeout: float,
) -> AuthenticatedClient | Client:
    """The generated client with the credential of one of the spec's three schemes."""
    common: dict[str, Any] = {"headers": dict(headers or {}), "timeout": httpx.Timeout(timeout)}
    if api_key is not None:
        return AuthenticatedClient(
            base_url, token=api_key, prefix="", auth_header_name=KEY_HEADER, httpx_args=args, **common
        )
    if bearer_token is not None:
        return AuthenticatedClient(base_url, token=bearer_token, httpx_args=args, **common)
    if username is not None and password is not None:
        args = {**args, "auth": httpx.BasicAuth(username, password)}
    return Client(base_url, httpx_args=args, **common)


class BooksApi:
    """Mini Books: `BooksApi(api_key=KEY)`, or `bearer_token=` / `username=` + `password=`.

    Retries are bounded by `max_attempts` (first try included): a 429 waits its `Retry-After`
    (at most `max_wait` seconds), a 503 or a failed connection backs off for idempotent methods.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        bearer_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        max_attempts: int = 3,
        max_wait: float = 60.0,
        timeout: float = 30.0,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        retrying = RetryingTransport(transport, max_attempts=max_attempts, max_wait=max_wait, sleep=sleep)
        client = _client(base_url, {"transport": retrying}, api_key, bearer_token, username, password, headers, timeout)
        self._session = Session(client)
        self.clients = Clients(self._session)
        self.invoice_items = InvoiceItems(self._session)
        self.invoices = Invoices(self._session)

    @property
    def last_response(self) -> Response[Any] | None:
        """The last answer (status, headers, content), for what a model does not carry."""
        return self._session.last_response

    @property
    def last_location(self) -> str | None:
        """`Location` of the last answer: after a create, where the new object lives."""
        return self._session.last_location

    def close(self) -> None:
        self._session.client.get_httpx_client().close()

    def __enter__(self) -> BooksApi:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncBooksApi:
    """`BooksApi` for asyncio: the same namespaces and options, every method awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        bearer_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        max_attempts: int = 3,
        max_wait: float = 60.0,
        timeout: float = 30.0,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        retrying = AsyncRetryingTransport(transport, max_attempts=max_attempts, max_wait=max_wait, sleep=sleep)
        client = _client(base_url, {"transport": retrying}, api_key, bearer_token, username, password, headers, timeout)
        self._session = Session(client)
        self.clients = AsyncClients(self._session)
        self.invoice_items = AsyncInvoiceItems(self._session)
        self.invoices = AsyncInvoices(self._session)

    @property
    def last_response(self) -> Response[Any] | None:
        """The last answer (status, headers, content), for what a model does not carry."""
        return self._session.last_response

    @property
    def last_location(self) -> str | None:
        """`Location` of the last answer: after a create, where the new object lives."""
        return self._session.last_location

    async def aclose(self) -> None:
        await self._session.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncBooksApi:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
