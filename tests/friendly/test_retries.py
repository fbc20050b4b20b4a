"""RetryingTransport on scripted answers: what is retried, how long it waits, when it stops."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from tests.fixtures.generated_client import generated_client


@pytest.fixture(scope="module", autouse=True)
def _client() -> Iterator[None]:
    with generated_client() as found:
        if not found:
            pytest.skip("no generated client")
        yield


def _transport(
    answers: Sequence[httpx.Response | Exception], waits: list[float], attempts: int = 3
) -> Any:
    from books_api_client.friendly.retries import RetryingTransport

    script = iter(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        item = next(script)
        if isinstance(item, Exception):
            raise item
        return item

    return RetryingTransport(httpx.MockTransport(answer), max_attempts=attempts, sleep=waits.append)


def _send(transport: httpx.BaseTransport, method: str) -> httpx.Response:
    with httpx.Client(transport=transport, base_url="http://test") as http:
        return http.request(method, "/x")


def test_429_waits_retry_after_for_any_method() -> None:
    waits: list[float] = []
    answers = [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(201)]
    assert _send(_transport(answers, waits), "POST").status_code == 201
    assert waits == [7.0]


def test_503_is_retried_for_get_only() -> None:
    waits: list[float] = []
    answers = [httpx.Response(503), httpx.Response(503), httpx.Response(200)]
    assert _send(_transport(answers, waits), "GET").status_code == 200
    assert waits == [0.5, 1.0]
    assert _send(_transport([httpx.Response(503)], []), "POST").status_code == 503


def test_connection_errors_back_off_then_raise() -> None:
    waits: list[float] = []
    down = httpx.ConnectError("refused")
    with pytest.raises(httpx.ConnectError):
        _send(_transport([down, down], waits, attempts=2), "GET")
    assert waits == [0.5]
    with pytest.raises(httpx.ConnectError):
        _send(_transport([down], []), "POST")


def test_max_attempts_bounds_429() -> None:
    waits: list[float] = []
    answers = [httpx.Response(429, headers={"Retry-After": "1"})] * 2
    assert _send(_transport(answers, waits, attempts=2), "GET").status_code == 429
    assert waits == [1.0]


def test_money_helpers() -> None:
    from decimal import Decimal

    from books_api_client.friendly import decimal, wire

    assert wire(Decimal("2.005")) == "2.01" and wire(3) == "3.00" and wire("1.5", None) == "1.5"
    assert decimal("12.50") == Decimal("12.50") and decimal(None) == 0


def test_async_transport_waits_retry_after() -> None:
    import asyncio

    from books_api_client.friendly.retries import AsyncRetryingTransport

    waits: list[float] = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)])

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def scenario() -> int:
        inner = httpx.MockTransport(lambda request: next(answers))
        transport = AsyncRetryingTransport(inner, sleep=sleep)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            return (await http.get("/x")).status_code

    assert asyncio.run(scenario()) == 200
    assert waits == [3.0]
