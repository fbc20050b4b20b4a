"""Bounded retries, done once in the HTTP transport so that every operation gets them.

429 means the request was not processed, so it is retried for any method after the
`Retry-After` the server sent. A 503 or a failed connection is retried with exponential back-off
only for idempotent methods: a POST might have been applied, and repeating it could duplicate it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class _Policy:
    """When to try again and how long to wait: shared by the sync and the async transport."""

    def __init__(self, max_attempts: int, backoff: float, max_wait: float) -> None:
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_wait = max_wait

    def _wait_for(self, response: httpx.Response, attempt: int, idempotent: bool) -> float | None:
        if response.status_code == 429:
            asked = _seconds(response.headers.get("retry-after"))
            return min(self.max_wait, asked if asked is not None else self._backoff(attempt))
        if response.status_code == 503 and idempotent:
            asked = _seconds(response.headers.get("retry-after"))
            return min(self.max_wait, max(asked or 0.0, self._backoff(attempt)))
        return None

    def _backoff(self, attempt: int) -> float:
        return float(min(self.max_wait, self.backoff * 2 ** (attempt - 1)))


class RetryingTransport(_Policy, httpx.BaseTransport):
    """Wraps a transport; `max_attempts` counts the first try."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        max_attempts: int = 3,
        backoff: float = 0.5,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(max_attempts, backoff, max_wait)
        self._inner = inner or httpx.HTTPTransport()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = request.method in IDEMPOTENT
        attempt = 1
        while True:
            last = attempt >= self.max_attempts
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError:
                if last or not idempotent:
                    raise
            else:
                wait = self._wait_for(response, attempt, idempotent)
                if wait is None or last:
                    return response
                response.close()
                self._sleep(wait)
                attempt += 1
                continue
            self._sleep(self._backoff(attempt))
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(_Policy, httpx.AsyncBaseTransport):
    """`RetryingTransport` for `httpx.AsyncClient`; waits without blocking the event loop."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        max_attempts: int = 3,
        backoff: float = 0.5,
        max_wait: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(max_attempts, backoff, max_wait)
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = request.method in IDEMPOTENT
        attempt = 1
        while True:
            last = attempt >= self.max_attempts
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError:
                if last or not idempotent:
                    raise
            else:
                wait = self._wait_for(response, attempt, idempotent)
                if wait is None or last:
                    return response
                await response.aclose()
                await self._sleep(wait)
                attempt += 1
                continue
            await self._sleep(self._backoff(attempt))
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
