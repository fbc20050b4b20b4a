"""Errors as the API answers them: an `error_id` from the catalogue, never a bare status.

Handlers raise `ApiError`; the application turns it into the `Error` body of the spec, with the
status and title the catalogue gives the id, so no two places can disagree about them.
"""

from __future__ import annotations

from typing import Any

FieldError = dict[str, str]

# Catalogue ids by name (the table is `x-catalogue` in openapi/shared/schemas/ErrorId.yaml), so
# code says what it refuses instead of carrying bare numbers.
UNKNOWN_ERROR = 899
SERVICE_UNAVAILABLE = 900
ACCESS_DENIED = 904
TOKEN_EXPIRED = 908
NOT_FOUND = 910
AUTHORIZATION_INVALID = 911
ACCOUNT_NOT_ALLOWED = 912
REQUIRED_MISSING = 913
UNSUPPORTED_MEDIA_TYPE = 916
TOO_MANY_OBJECTS = 919
RATE_LIMITED = 920
BODY_TOO_LARGE = 921
METHOD_NOT_ALLOWED = 922
NOT_ACCEPTABLE = 923
BUSINESS_RULE_VIOLATED = 924
CONFLICT = 925
MALFORMED_BODY = 926
INVALID_PARAMETER = 927
INVALID_FIELD = 928
UNSUPPORTED_VERSION = 929

# Filled from the generated CATALOGUE at startup; these keep the runtime usable before that.
TITLES: dict[int, tuple[int, str]] = {
    899: (500, "Unknown error"),
    900: (503, "Service unavailable"),
    904: (401, "Access denied"),
    908: (401, "Expired token"),
    910: (404, "Not found"),
    911: (401, "Authorization header invalid"),
    912: (403, "Resource not allowed for this user"),
    913: (400, "Required parameter or object missing"),
    916: (415, "Unsupported media type"),
    919: (429, "Too many objects in one request"),
    920: (429, "Rate limit exceeded"),
    921: (413, "Request body too large"),
    922: (405, "Method not allowed"),
    923: (406, "Not acceptable"),
    924: (422, "Business rule violated"),
    925: (409, "Conflict with current state"),
    926: (400, "Malformed body"),
    927: (400, "Invalid parameter"),
    928: (400, "Invalid field"),
    929: (400, "Unsupported API version"),
}

_MAX_DETAIL = 2000
_MAX_MESSAGE = 500
_MAX_NAME = 200
_MAX_FIELDS = 100


# Warnings of the catalogue (the 6xx range): id -> title, filled at startup like TITLES.
WARNING_TITLES: dict[int, str] = {}


def load_catalogue(entries: Any) -> None:
    for entry in entries:
        if entry.get("kind") == "error":
            TITLES[int(entry["id"])] = (int(entry["status"]), str(entry["title"])[:100])
        else:
            WARNING_TITLES[int(entry["id"])] = str(entry["title"])[:100]


class ApiError(Exception):
    """An answer with an error body. `headers` are added to the response (Allow, Retry-After)."""

    def __init__(
        self,
        error_id: int,
        detail: str,
        fields: list[FieldError] | None = None,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.error_id = error_id
        self.status = TITLES.get(error_id, (500, ""))[0]
        self.detail = detail
        self.fields = fields or []
        self.headers = headers or []

    def body(self) -> dict[str, Any]:
        return error_body(self.error_id, self.detail, self.fields)


def error_body(
    error_id: int, detail: str, fields: list[FieldError] | None = None
) -> dict[str, Any]:
    status, title = TITLES.get(error_id, (500, "Unknown error"))
    return {
        "error_id": error_id,
        "status": status,
        "title": title,
        "detail": _clip(detail, _MAX_DETAIL),
        "fields": [
            {
                "name": _clip(f["name"], _MAX_NAME),
                "location": f["location"],
                "message": _clip(f["message"], _MAX_MESSAGE),
            }
            for f in (fields or [])[:_MAX_FIELDS]
        ],
    }


def field(name: str, location: str, message: str) -> FieldError:
    return {"name": name, "location": location, "message": message}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
