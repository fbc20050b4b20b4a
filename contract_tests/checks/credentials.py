"""Rule (h): every operation refuses missing and wrong credentials with 401 and the right error."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, is_positive, label, option
from contract_tests.checks._failures import CredentialsNotRejected
from contract_tests.checks._probe import BUDGET, ProbeResult, SentRequest, send

NAME = "credentials_required"
WRONG_KEY = "contract-tests-no-such-key"
MALFORMED_AUTHORIZATION = "Token contract-tests"
# Besides 2xx, statuses that prove the original request got past authentication and validation.
PAST_VALIDATION = (404, 409, 422)


def scenarios(sent: SentRequest) -> list[tuple[str, SentRequest, int]]:
    """(what is wrong, the probe, the catalogue id the contract names for it)."""
    bare = sent.without_credentials()
    return [
        ("no credentials", bare, 904),
        ("an unknown API key", bare.with_header("X-API-Key", WRONG_KEY), 904),
        (
            "a malformed Authorization header",
            bare.with_header("Authorization", MALFORMED_AUTHORIZATION),
            911,
        ),
    ]


def _verdict(probe: ProbeResult, expected_id: int) -> str | None:
    body = probe.json()
    error_id = body.get("error_id") if isinstance(body, dict) else None
    if probe.status != 401:
        return f"answered {probe.status}"
    if error_id != expected_id:
        return f"answered 401 with error_id {error_id!r}"
    return None


@schemathesis.check
def credentials_required(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Without credentials, with an unknown key or a malformed Authorization: 401 (904, 911).

    Every operation is protected (openapi.yaml, "Authentication"), and clients tell "log in
    again" from other failures by 401 and its catalogue id. schemathesis' `ignored_auth` only
    asks for some 4xx; this check asks for the exact answer, on every operation, by repeating a
    request the server accepted (so nothing but the credentials can be wrong) with the
    credentials removed, replaced by an unknown key, or replaced by a malformed header.
    """
    status = response.status_code
    if not (200 <= status < 300 or status in PAST_VALIDATION) or not is_positive(case):
        return NOT_APPLICABLE
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 1)):
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    for what, request, expected_id in scenarios(sent):
        probe = send(request)
        verdict = _verdict(probe, expected_id)
        if verdict is not None:
            accepted = 200 <= probe.status < 300
            raise CredentialsNotRejected(
                operation=label(case),
                title="Request accepted without valid credentials"
                if accepted
                else "Bad credentials not answered 401",
                message=f"The same request with {what} {verdict}; "
                f"expected 401 with error {expected_id}.",
                probe_curl=probe.request.curl(),
            )
    return PASSED
