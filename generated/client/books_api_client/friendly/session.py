"""What every namespace shares: the configured client, answer checking and the last answer.

Each generated method calls the generated endpoint function and hands the answer here, so the
rule "a success gives the model, anything else raises" is written once.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, TypeVar

from ..client import AuthenticatedClient, Client
from ..types import Response
from .errors import ApiError, error_for

T = TypeVar("T")


class Session:
    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client
        self.last_response: Response[Any] | None = None

    @property
    def last_location(self) -> str | None:
        """The `Location` header of the last answer: where a created object lives."""
        if self.last_response is None:
            return None
        return self.last_response.headers.get("location")

    def expect(self, operation: str, response: Response[Any], kind: type[T]) -> T:
        self._check(operation, response)
        if not isinstance(response.parsed, kind):
            raise ApiError(operation, int(response.status_code), None, "Unreadable answer", "", (), response)
        return response.parsed

    def expect_empty(self, operation: str, response: Response[Any]) -> None:
        self._check(operation, response)

    def get_json(self, operation: str, url: str) -> dict[str, Any]:
        """GET an absolute link the server gave (a list's `links.next`)."""
        raw = self.client.get_httpx_client().get(url)
        response: Response[Any] = Response(
            status_code=HTTPStatus(raw.status_code), content=raw.content, headers=raw.headers, parsed=None
        )
        self._check(operation, response)
        body = raw.json()
        if not isinstance(body, dict):
            raise ApiError(operation, raw.status_code, None, "Unreadable answer", "", (), response)
        return body

    async def aget_json(self, operation: str, url: str) -> dict[str, Any]:
        """`get_json` on the async client."""
        raw = await self.client.get_async_httpx_client().get(url)
        response: Response[Any] = Response(
            status_code=HTTPStatus(raw.status_code), content=raw.content, headers=raw.headers, parsed=None
        )
        self._check(operation, response)
        body = raw.json()
        if not isinstance(body, dict):
            raise ApiError(operation, raw.status_code, None, "Unreadable answer", "", (), response)
        return body

    def _check(self, operation: str, response: Response[Any]) -> None:
        self.last_response = response
        if int(response.status_code) >= 400:
            raise error_for(operation, response)
