"""Rule (c): `Location` and `uri` of a 201 lead to the resource that was created."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import (
    NOT_APPLICABLE,
    PASSED,
    label,
    operation_of,
    option,
    spec_of,
)
from contract_tests.checks._failures import LocationMismatch
from contract_tests.checks._probe import (
    BUDGET,
    SentRequest,
    get,
    header,
    response_json,
    same_origin,
)

NAME = "location_points_at_created"


def id_fields(case: Case[Any], created: dict[str, Any]) -> list[str]:
    """The fields that identify what was created: the parameters the 201's links pass on."""
    operation = operation_of(case)
    names: list[str] = []
    if operation is not None:
        for link in spec_of(case).links(operation, 201).values():
            for expression in link.get("parameters", {}).values():
                if isinstance(expression, str) and expression.startswith("$response.body#/"):
                    field = expression.removeprefix("$response.body#/")
                    if "/" not in field and field not in names:
                        names.append(field)
    return (
        names
        or [key for key in created if key.endswith("_id") and isinstance(created[key], int)][:1]
    )


@schemathesis.check
def location_points_at_created(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A 201's `Location` equals its body's `uri`, and reading it gives 200 and the same object.

    Clients store the `Location` (openapi.yaml, "Conventions": POST creates, 201 with Location);
    the header is only checked by the schema to be a URI. One that points at another object,
    at a collection, or at nothing would make every client that follows it act on the wrong
    data. The identifying fields are the ones the 201's links hand on (`warehouse_id` …).
    """
    if response.status_code != 201:
        return NOT_APPLICABLE
    created = response_json(response)
    if not isinstance(created, dict):
        return NOT_APPLICABLE
    location = header(response, "Location")
    sent = SentRequest.of(response)
    problems: list[str] = []
    if location is None:
        raise LocationMismatch(
            operation=label(case),
            title="201 without Location",
            message="A 201 must carry `Location`.",
        )
    absolute = urljoin(sent.url, location)
    if location != absolute:
        problems.append(f"Location {location!r} is not an absolute URL")
    uri = created.get("uri")
    if uri is not None and uri != absolute:
        problems.append(f"Location {absolute} differs from the body's uri {uri}")
    limit = option(ctx, NAME, "probes-per-operation", 2)
    probe_curl = None
    if not same_origin(absolute, sent.url):
        problems.append(f"Location {absolute} names another server than the one that answered")
    elif BUDGET.take(NAME, label(case), limit):
        auth = {
            k: v for k, v in sent.headers.items() if k.lower() in ("x-api-key", "authorization")
        }
        fetched = get(absolute, {**auth, "Accept": "application/json"})
        probe_curl = fetched.request.curl()
        body = fetched.json()
        if fetched.status != 200:
            problems.append(
                f"GET Location answered {fetched.status}, expected 200 with the created object"
            )
        elif not isinstance(body, dict):
            problems.append("GET Location did not answer a JSON object")
        else:
            for field in id_fields(case, created):
                if body.get(field) != created.get(field):
                    problems.append(
                        f"GET Location returned {field}={body.get(field)!r}, "
                        f"the 201 created {field}={created.get(field)!r}"
                    )
            if uri is not None and body.get("uri") != uri:
                problems.append(
                    f"GET Location returned uri {body.get('uri')!r}, the 201 said {uri!r}"
                )
    if problems:
        raise LocationMismatch(
            operation=label(case),
            title="Location does not lead to the created resource",
            message="; ".join(problems) + ".",
            probe_curl=probe_curl,
        )
    return PASSED
