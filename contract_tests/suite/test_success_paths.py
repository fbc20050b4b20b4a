"""Operations whose success path the run has not reached yet get a last try on fresh objects."""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case, Response

from contract_tests import budget
from contract_tests.recording import RECORDER
from contract_tests.session import (
    current_schema,
    current_settings,
    operation_labels,
    phases_of,
    run_case,
)
from contract_tests.spec import spec_for
from contract_tests.success_paths import ACCEPTED_TRIES, SuccessPaths


def test_success_paths_on_fresh_objects() -> None:
    settings = current_settings()
    if "examples" not in phases_of(settings):
        pytest.skip("success paths on fresh objects: the examples phase is off")
    schema = current_schema()
    spec = spec_for(schema.raw_schema)
    headers = {"X-API-Key": settings.api_key}

    def send(case: Case[Any]) -> Response | None:
        return run_case(case, headers, essential=True)

    tries = ACCEPTED_TRIES if budget.active() is None else budget.ACCEPTED_TRIES
    paths = SuccessPaths(schema, send, RECORDER.accepted_bodies, tries)
    succeeded = RECORDER.results.status_classes
    # every operation of the run without a 2xx, also one whose cases the budget left out
    untested = {label for label in operation_labels() if not succeeded[label, "2xx"]}
    for operation in spec.operations():
        label = f"{operation.method.upper()} {operation.path}"
        if label in untested:
            paths.last_answer = ""
            status = paths.try_operation(operation)
            if status is None or not 200 <= status < 300:
                answer = paths.last_answer or _not_sent()
                RECORDER.results.skipped.append(
                    f"success path of {label} on fresh objects: {answer}"
                )


def _not_sent() -> str:
    spending = budget.active()
    if spending is not None and spending.remaining <= 0:
        return f"not sent: all {spending.limit} requests of the budget are spent"
    return "not sent: no parent could be created"
