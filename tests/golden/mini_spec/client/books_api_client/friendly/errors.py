"""Typed exceptions for every answer that is not a success, one class per kind of status.

User code catches `NotFound` or `RateLimited` instead of comparing status codes, and reads the
catalogue's `error_id` without parsing the body itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..types import Response


@dataclass(frozen=True)
class FieldProblem:
    """One offending field or parameter named by an error body."""

    name: str  # a parameter name, or the field's path in the body (`items/0/quantity`)
    location: str  # body, query, path or header
    message: str


class ApiError(Exception):
    """An answer with a 4xx or 5xx status (or a success the client could not read)."""

    def __init__(
        self,
        operation: str,
        status: int,
        error_id: int | None,
        title: str,
        detail: str,
        fields: tuple[FieldProblem, ...],
        response: Response[Any] | None,
    ) -> None:
        said = f"{operation}: HTTP {status} {title}"
        super().__init__(f"{said}: {detail}" if detail else said)
        self.operation = operation
        self.status = status
        self.error_id = error_id
        self.title = title
        self.detail = detail
        self.fields = fields
        self.response = response

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (`Retry-After`), when it said."""
        if self.response is None:
            return None
        return _seconds(self.response.headers.get("retry-after"))


class BadRequest(ApiError):
    """400: the request itself is malformed."""


class Unauthorized(ApiError):
    """401: no, an unknown or an expired credential."""


class Forbidden(ApiError):
    """403: the credential may not do this."""


class NotFound(ApiError):
    """404: no such object in this account."""


class Conflict(ApiError):
    """409: the object's state forbids it (already sent, a duplicate, a full collection)."""


class Unprocessable(ApiError):
    """422: well-formed, but a field breaks a rule."""


class RateLimited(ApiError):
    """429 after every allowed retry: see `retry_after`."""


class ServerError(ApiError):
    """5xx: the server failed; retried first when the method is idempotent."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: Unprocessable,
    429: RateLimited,
}


def error_for(operation: str, response: Response[Any]) -> ApiError:
    """The exception an error answer stands for, filled from its body when it has one."""
    status = int(response.status_code)
    body = _json_object(response.content)
    fields = tuple(
        FieldProblem(str(item.get("name", "")), str(item.get("location", "")), str(item.get("message", "")))
        for item in body.get("fields") or []
        if isinstance(item, dict)
    )
    error_id = body.get("error_id")
    kind = ServerError if status >= 500 else _BY_STATUS.get(status, ApiError)
    return kind(
        operation,
        status,
        error_id if isinstance(error_id, int) else None,
        str(body.get("title") or response.status_code.phrase),
        str(body.get("detail") or ""),
        fields,
        response,
    )


def _json_object(content: bytes) -> dict[str, Any]:
    try:
        value = json.loads(content)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
