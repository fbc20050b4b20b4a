"""Rule (g): what one account created is invisible to another (404 for API_KEY_2)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, option
from contract_tests.checks._failures import IsolationBreach
from contract_tests.checks._probe import (
    BUDGET,
    SentRequest,
    get,
    header,
    response_json,
    same_origin,
    second_key,
)

NAME = "account_isolation"
NOT_FOUND = 404


def same_object(created: dict[str, Any], seen: Any) -> bool:
    """The other account got this account's object: same identity and the same client data."""
    if not isinstance(seen, dict):
        return False
    keys = [k for k in created if k == "uri" or k.endswith("_id")]
    if not keys or any(seen.get(k) != created[k] for k in keys):
        return False
    shared = [k for k in created if k in seen and not isinstance(created[k], (dict, list))]
    return all(seen[k] == created[k] for k in shared)


@schemathesis.check
def account_isolation(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An object created with API_KEY is not found (404) when read with API_KEY_2.

    A key belongs to one account (openapi.yaml, "Authentication"); books of one business must
    never show in another's. Schemas cannot say this and a single-key test never notices. The
    probe reads each newly created object (its `Location`) with the second key; a 200 is a
    breach when it returns this object, identified by its ids and the data the client sent.
    Without API_KEY_2 the check does nothing and the suite reports it as skipped.
    """
    other_key = second_key()
    if other_key is None or response.status_code != 201:
        return NOT_APPLICABLE
    created = response_json(response)
    location = header(response, "Location") or (
        created.get("uri") if isinstance(created, dict) else None
    )
    if not isinstance(created, dict) or not isinstance(location, str):
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    url = urljoin(sent.url, location)
    if not same_origin(url, sent.url):
        return NOT_APPLICABLE  # location_points_at_created reports a Location elsewhere
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 1)):
        return NOT_APPLICABLE
    probe = get(url, {"X-API-Key": other_key, "Accept": "application/json"})
    seen = probe.json()
    if 200 <= probe.status < 300 and same_object(created, seen):
        raise IsolationBreach(
            operation=label(case),
            title="Object visible to another account",
            message=f"The object created at {url} with API_KEY was returned ({probe.status}) "
            "to API_KEY_2, "
            "another account; it must answer 404 (error 910).",
            probe_curl=probe.request.curl(),
        )
    if probe.status != NOT_FOUND and not 200 <= probe.status < 300:
        raise IsolationBreach(
            operation=label(case),
            title="Other account's object not answered with 404",
            message=f"Reading {url} with API_KEY_2 answered {probe.status}; "
            "an object of another account is "
            "'no such object in this account': 404 with error 910.",
            probe_curl=probe.request.curl(),
        )
    return PASSED
