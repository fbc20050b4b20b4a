"""Rule (d1): a created object holds every field that was sent, and the defaults of the rest."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import (
    NOT_APPLICABLE,
    PASSED,
    is_positive,
    label,
    operation_of,
    option,
    spec_of,
)
from contract_tests.checks._failures import WriteNotStored
from contract_tests.checks._probe import BUDGET, SentRequest, header, same_origin
from contract_tests.checks._writes import (
    defaults,
    derived_names,
    differences,
    left_out_defaults,
    read_object,
    write_only_names,
)

NAME = "create_keeps_sent_fields"
CREATE_SUFFIX = "_create"  # the house verb of operations that create what they are sent


@schemathesis.check
def create_keeps_sent_fields(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Reading a 201's `Location` gives back every field sent, and the defaults of those left out.

    A client that creates an object and reads it back must find what it wrote (decimal strings
    compare as decimals, date-times as instants) and, for fields it left out, the write
    schema's `default` (unless a write-only field was sent: such an input, like
    `quantity_with_unit`, is stored in other fields); the server adds its computed fields.
    A create that drops or rewrites a field silently loses a client's data; the 201 body
    alone cannot show it, so the object is read again.
    """
    if response.status_code != 201 or case.operation.method.upper() != "POST":
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    body = sent.json_body()
    location = header(response, "Location")
    operation = operation_of(case)
    if not isinstance(body, dict) or not location or operation is None or not is_positive(case):
        return NOT_APPLICABLE
    if not operation.operation_id.endswith(CREATE_SUFFIX):
        return NOT_APPLICABLE  # an action's 201 (`…/send` creates an event) is another object
    url = urljoin(sent.url, location)
    if not same_origin(url, sent.url):
        return NOT_APPLICABLE  # location_points_at_created reports a foreign Location
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 2)):
        return NOT_APPLICABLE
    spec = spec_of(case)
    schema = spec.request_schema(operation)
    read = read_object(url)
    stored = read.json()
    if read.status != 200 or not isinstance(stored, dict):
        return NOT_APPLICABLE  # location_points_at_created reports an unreadable Location
    write_only = write_only_names(spec, schema)
    problems = differences(body, stored, "", write_only | derived_names(spec, operation))
    for name, default in left_out_defaults(body, defaults(spec, schema), write_only).items():
        problems += differences({name: default}, stored, "", set())
    if problems:
        raise WriteNotStored(
            operation=label(case),
            title="Created object does not hold what was sent",
            message="Read back at Location: " + "; ".join(problems[:8]) + ".",
            probe_curl=read.request.curl(),
        )
    return PASSED
