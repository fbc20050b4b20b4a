"""Operations whose success path the run has not reached yet get a last try on fresh objects."""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case, Response

from contract_tests.recording import RECORDER
from contract_tests.session import current_schema, current_settings, phases_of, run_case
from contract_tests.spec import spec_for
from contract_tests.success_paths import SuccessPaths


def test_success_paths_on_fresh_objects() -> None:
    settings = current_settings()
    if "examples" not in phases_of(settings):
        pytest.skip("success paths on fresh objects: the examples phase is off")
    schema = current_schema()
    spec = spec_for(schema.raw_schema)
    headers = {"X-API-Key": settings.api_key}

    def send(case: Case[Any]) -> Response | None:
        return run_case(case, headers, essential=True)

    paths = SuccessPaths(schema, send, RECORDER.accepted_bodies)
    untested = set(RECORDER.results.never_succeeded())
    for operation in spec.operations():
        label = f"{operation.method.upper()} {operation.path}"
        if label in untested and label in RECORDER.results.operations:
            paths.last_answer = ""
            status = paths.try_operation(operation)
            if status is None or not 200 <= status < 300:
                answer = paths.last_answer or "not sent: no parent could be created"
                RECORDER.results.skipped.append(
                    f"success path of {label} on fresh objects: {answer}"
                )
