"""The facts of one request the handlers work with, and the reply they give back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mock_runtime.routing import Route
from mock_runtime.storage.base import Account


@dataclass(slots=True)
class Call:
    route: Route
    account: Account | None  # None in examples mode
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    media: str | None  # the response media type chosen
    base: str  # https://host/api/v1
    raw_query: bytes
    prefer: bytes | None = None

    def parents(self) -> tuple[int, ...]:
        return tuple(self.path[p] for p in self.route.parent_params)

    def ident(self) -> Any:
        return self.path[self.route.id_param] if self.route.id_param else None


@dataclass(slots=True)
class Reply:
    status: int
    body: Any = None  # an object to serialise in `media`
    raw: bytes | None = None  # or bytes already rendered (CSV, HTML, PDF)
    media: str | None = None
    headers: list[tuple[bytes, bytes]] | None = None
