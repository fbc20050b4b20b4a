"""Rule (e): every error body names a catalogue entry that matches the HTTP status."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, spec_of
from contract_tests.checks._failures import ErrorNotInCatalogue
from contract_tests.checks._probe import response_json


@schemathesis.check
def error_body_in_catalogue(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every 4xx/5xx body carries an `error_id` of the catalogue whose status is the HTTP status.

    Clients branch on `error_id` (openapi.yaml, "Errors"); the schema only says it is an integer
    from 600 to 999, so a 404 answered with 928, an id nobody documented, or a warning id used
    as an error would pass schema validation and still break every client's error handling.
    The catalogue is the `x-catalogue` of schema `ErrorId`, read from the spec under test.
    """
    if response.status_code < 400 or case.method.upper() == "HEAD":
        return NOT_APPLICABLE
    body = response_json(response)
    content_type = response.headers.get("content-type", ["(none)"])[0]
    if not isinstance(body, dict):
        raise ErrorNotInCatalogue(
            operation=label(case),
            title="Error response without a JSON error body",
            message=f"A {response.status_code} answered with Content-Type {content_type} "
            "and no JSON object; "
            "every error carries the `Error` body (error_id, status, title, detail, fields).",
        )
    catalogue = spec_of(case).error_catalogue()
    problems: list[str] = []
    error_id = body.get("error_id")
    if not isinstance(error_id, int) or isinstance(error_id, bool):
        problems.append(f"`error_id` is {error_id!r}, not a catalogue id")
    elif error_id not in catalogue:
        problems.append(f"`error_id` {error_id} is not in the catalogue (ErrorId x-catalogue)")
    else:
        entry = catalogue[error_id]
        if entry.status != response.status_code:
            problems.append(
                f"`error_id` {error_id} ({entry.title}) belongs to HTTP {entry.status}, "
                f"but the response is {response.status_code}"
            )
        if entry.kind != "error":
            problems.append(f"`error_id` {error_id} is a {entry.kind}, not an error")
        if body.get("title") != entry.title:
            problems.append(
                f"`title` is {body.get('title')!r}; "
                f"the catalogue's title for {error_id} is {entry.title!r}"
            )
    if body.get("status") != response.status_code:
        problems.append(
            f"`status` is {body.get('status')!r}, the HTTP status is {response.status_code}"
        )
    if problems:
        expected = sorted(e.id for e in catalogue.values() if e.status == response.status_code)
        raise ErrorNotInCatalogue(
            operation=label(case),
            title="Error body does not match the catalogue",
            message="; ".join(problems)
            + f". Ids the catalogue gives HTTP {response.status_code}: "
            + (", ".join(map(str, expected)) or "none")
            + ".",
        )
    return PASSED
