"""Rule (f): the rate-limit headers on every response are present and agree with each other."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import PASSED, label
from contract_tests.checks._failures import RateLimitHeadersIncoherent
from contract_tests.checks._probe import header

MAX_RESET = 60


def _integer(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


@schemathesis.check
def rate_limit_headers_coherent(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """Every response carries coherent X-RateLimit-* headers; a 429 carries Retry-After.

    A client paces itself by these headers (openapi.yaml, "Rate limits": 60 a minute, a
    one-minute window). Each header can be schema-valid alone and still be useless together:
    more remaining than the limit, a reset beyond the window, or a 429 that does not say when
    to come back would make a well-behaved client either stall or hammer the server.
    """
    names = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
    raw = {name: header(response, name) for name in names}
    problems = [f"{name} is missing" for name, value in raw.items() if value is None]
    values = {name: _integer(value) for name, value in raw.items()}
    problems += [
        f"{name} is {raw[name]!r}, not a non-negative integer"
        for name, value in values.items()
        if raw[name] is not None and value is None
    ]
    limit, remaining, reset = (values[name] for name in names)
    if limit is not None and remaining is not None and remaining > limit:
        problems.append(f"X-RateLimit-Remaining {remaining} is more than X-RateLimit-Limit {limit}")
    if reset is not None and reset > MAX_RESET:
        problems.append(f"X-RateLimit-Reset {reset} is beyond the {MAX_RESET}-second window")
    if response.status_code == 429:
        retry_after = header(response, "Retry-After")
        if retry_after is None:
            problems.append("a 429 without Retry-After: the client cannot know when to retry")
        elif _integer(retry_after) is None:
            problems.append(f"Retry-After is {retry_after!r}, not a number of seconds")
    if problems:
        raise RateLimitHeadersIncoherent(
            operation=label(case),
            title="Rate-limit headers missing or incoherent",
            message=f"On a {response.status_code} response: " + "; ".join(problems) + ".",
        )
    return PASSED
