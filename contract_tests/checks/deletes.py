"""Rule (d4): a DELETE answered 2xx removes the object; reading it again answers 404."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, option, spec_of
from contract_tests.checks._failures import DeleteNotRemoving
from contract_tests.checks._probe import BUDGET, SentRequest
from contract_tests.checks._writes import read_object, read_path, read_url

NAME = "delete_removes_object"
GONE = (404, 410)


@schemathesis.check
def delete_removes_object(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a 2xx DELETE, reading the object answers 404: it is gone, not just said to be.

    Clients delete and move on; an object still served after its 2xx DELETE reappears in
    lists, totals and exports. schemathesis' `use_after_free` sees this only along links in
    stateful scenarios; this check reads the object again after every judged DELETE.
    """
    method = case.operation.method.upper()
    if method != "DELETE" or not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    template = read_path(spec_of(case), method, case.operation.path)
    if template is None:
        return NOT_APPLICABLE
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 2)):
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    read = read_object(read_url(sent.url, case.operation.path, template))
    if read.status not in GONE:
        raise DeleteNotRemoving(
            operation=label(case),
            title="Deleted object still readable",
            message=f"DELETE answered {response.status_code}, then GET answered {read.status} "
            "(expected 404).",
            probe_curl=read.request.curl(),
        )
    return PASSED
