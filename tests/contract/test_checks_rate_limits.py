"""rate_limit_headers_coherent: passes coherent headers, fails missing or contradictory ones."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests.checks._failures import RateLimitHeadersIncoherent
from contract_tests.checks.rate_limits import rate_limit_headers_coherent
from tests.contract.conftest import context, make_case, make_response

ERROR_920 = {
    "error_id": 920,
    "status": 429,
    "title": "Rate limit exceeded",
    "detail": "d",
    "fields": [],
}


def test_coherent_headers_pass(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    assert rate_limit_headers_coherent(context(schema), make_response(200, {}), case) is None
    limited = make_response(
        429, ERROR_920, headers={"Retry-After": "12", "X-RateLimit-Remaining": "0"}
    )
    assert rate_limit_headers_coherent(context(schema), limited, case) is None


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {"X-RateLimit-Remaining": "61"}, "more than X-RateLimit-Limit"),
        (200, {"X-RateLimit-Reset": "3600"}, "beyond the 60-second window"),
        (200, {"X-RateLimit-Limit": "sixty"}, "not a non-negative integer"),
        (429, {"X-RateLimit-Remaining": "0"}, "429 without Retry-After"),
        (429, {"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}, "not a number of seconds"),
    ],
)
def test_incoherent_headers_fail(
    schema: schemathesis.BaseSchema, status: int, headers: dict[str, str], expected: str
) -> None:
    case = make_case(schema, "GET", "/widgets")
    with pytest.raises(RateLimitHeadersIncoherent, match=expected):
        rate_limit_headers_coherent(
            context(schema), make_response(status, ERROR_920, headers=headers), case
        )


def test_a_missing_header_fails(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    response = make_response(200, {})
    del response.headers["x-ratelimit-remaining"]
    with pytest.raises(RateLimitHeadersIncoherent, match="X-RateLimit-Remaining is missing"):
        rate_limit_headers_coherent(context(schema), response, case)
