"""One run of the suite: the schema under test, configured, and how a case is run.

The pytest modules in `suite/` only declare tests; what a test does with a case lives here, so
the same code path serves the full run, a focused run and the fault-injection harness.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from typing import Any

import requests
import schemathesis
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok

# Imported for what they register with schemathesis: our checks, the recording hook, XML
# (de)serialisation by the spec's mapping, and ignored_auth confirmed once per operation.
import contract_tests.checks
import contract_tests.recording
import contract_tests.schemathesis_compat
import contract_tests.xml_transport  # noqa: F401
from contract_tests import budget
from contract_tests.config import (
    budget_affords_coverage,
    build_config,
    enabled_phases,
    merged_config,
)
from contract_tests.settings import RunSettings
from contract_tests.spec import load_document, spec_for, without_header_parameter
from contract_tests.success_paths import parameter_examples


def load_schema(settings: RunSettings) -> schemathesis.BaseSchema:
    document = without_header_parameter(load_document(settings.spec_path), "X-Account-Id")
    config = build_config(
        settings.profile,
        settings.focus,
        budget=settings.max_requests is not None,
        coverage=_coverage_affordable(settings, document),
    )
    if settings.seed is not None:
        config.update(seed=settings.seed, max_failures=None)
    loaded = schemathesis.openapi.from_dict(document, config=config)
    if settings.rate_limit:
        loaded.config.update(rate_limit=settings.rate_limit)
    if settings.request_retries:
        loaded.config.update(request_retries=settings.request_retries)
    schema: schemathesis.BaseSchema = loaded
    if settings.operations:
        schema = loaded.include(operation_id_regex=settings.operations)
    return schema


def phases_of(settings: RunSettings) -> list[str]:
    budget_mode = settings.max_requests is not None
    coverage = not budget_mode or _coverage_affordable(settings, load_document(settings.spec_path))
    return enabled_phases(
        merged_config(settings.profile, settings.focus, budget=budget_mode, coverage=coverage)
    )


def _coverage_affordable(settings: RunSettings, document: dict[str, Any]) -> bool:
    """Whether a budget run has requests enough for the coverage phase (config.py says why)."""
    if settings.max_requests is None:
        return True
    wanted = re.compile(settings.operations) if settings.operations else None
    operations = sum(
        1
        for operation in spec_for(document).operations()
        if wanted is None or wanted.search(operation.operation_id)
    )
    return budget_affords_coverage(settings.max_requests, operations)


_SESSION: list[requests.Session] = []


def http_session() -> requests.Session:
    """One keep-alive session for the run (schemathesis opens a connection per call without it)."""
    if not _SESSION:
        session = PacedSession() if budget.active() is not None else requests.Session()
        # Reading proxy settings from the environment on every request costs more than the
        # request itself against a local server; a remote one keeps the environment's proxies.
        session.trust_env = not _is_loopback(current_settings().base_url)
        _SESSION.append(session)
    return _SESSION[0]


def _is_loopback(url: str) -> bool:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def close_http_session() -> None:
    while _SESSION:
        _SESSION.pop().close()


def run_case(
    case: Case[Any], headers: dict[str, str] | None = None, *, essential: bool = False
) -> Response | None:
    """Send one case and run every enabled check; findings are recorded, not raised.

    In budget mode a case is sent only if the budget allows it (`essential`: a success path);
    None when it was left out.
    """
    success_path = _admit(case, essential)
    if success_path is None:
        return None
    spending = budget.active()
    from contract_tests.recording import RECORDER

    operation = str(case.operation.label)
    succeeded = RECORDER.results.status_classes
    had_2xx = bool(succeeded[operation, "2xx"])
    before = (spending.used, spending.probes) if spending is not None else (0, 0)
    # Findings are recorded by `after_validate`; the test reports them all when it ends.
    session = http_session()
    try:
        response = case.call(session=session, headers=headers)
        with contextlib.suppress(FailureGroup):
            transport: dict[str, Any] = {"session": session}
            if headers is not None:
                transport["headers"] = dict(headers)
            case.validate_response(response, headers=headers, transport_kwargs=transport)
    except Exception as exc:
        if not _caused_by_budget(exc):
            raise
        return None
    finally:
        if spending is not None and success_path:
            own = (spending.used - before[0]) - (spending.probes - before[1])
            spending.note_success_path(own, not had_2xx and bool(succeeded[operation, "2xx"]))
    return response


def _admit(case: Case[Any], essential: bool) -> bool | None:
    """None: left out by the budget; else whether the case is a success path (priority 1)."""
    active = budget.active()
    if active is None:
        return False
    from contract_tests.recording import RECORDER

    results = RECORDER.results
    if active.unreached is not _unreached:
        active.unreached = _unreached
    operation = str(case.operation.label)
    phase = case.meta.phase.name.value if case.meta is not None else "explicit"
    success_path = essential or (
        phase == "examples"
        and not results.status_classes[operation, "2xx"]
        and active.tries[operation] < budget.EXAMPLES_PER_SUCCESS_PATH
        and _names_declared_objects(case)
    )
    if success_path:
        allowed = active.remaining > 0
    else:  # beyond the success-path reserve and the probes' headroom, shared fairly with the
        # operations not visited yet
        spare = active.remaining - active.reserve() - budget.PROBE_HEADROOM
        unvisited = max(0, len(operation_labels()) - len(results.operations))
        allowed = spare > 0 and active.extra[operation] < spare / (unvisited + 1)
    if not allowed:
        active.left_out[phase] += 1
        return None
    active.sent[phase] += 1
    if success_path:
        active.tries[operation] += 1
    else:
        active.extra[operation] += 1
    return success_path


def _names_declared_objects(case: Case[Any]) -> bool:
    """Whether the case's path names the objects its parameters' examples declare.

    The examples phase also sends the id schema's own example (`Id`: 3003) on every path, and
    that object exists for one collection only: on the others it is a correct but wasted 404.
    """
    operation = str(case.operation.label)
    declared: dict[str, dict[str, str]] = _CURRENT.setdefault("declared_paths", {})
    if operation not in declared:
        spec = spec_for(current_schema().raw_schema)
        found = spec.operation(case.operation.method, case.operation.path)
        examples = parameter_examples(spec, found)[0] if found is not None else {}
        declared[operation] = {k: str(v) for k, v in examples.items() if v is not None}
    sent = case.path_parameters or {}
    return all(str(sent.get(name)) == value for name, value in declared[operation].items())


def _unreached() -> tuple[int, int]:
    """Operations of the run without a 2xx yet: (not tried, tried and refused)."""
    from contract_tests.recording import RECORDER

    succeeded = RECORDER.results.status_classes
    spending = budget.active()
    tries = spending.tries if spending is not None else Counter[str]()
    waiting = [label for label in operation_labels() if not succeeded[label, "2xx"]]
    refused = sum(1 for label in waiting if tries[label])
    return len(waiting) - refused, refused


def operation_labels() -> set[str]:
    """`METHOD /path` of every operation this run tests."""
    if "labels" not in _CURRENT:
        _CURRENT["labels"] = {
            str(result.ok().label)
            for result in current_schema().get_all_operations()
            if isinstance(result, Ok)
        }
    labels: set[str] = _CURRENT["labels"]
    return labels


def _caused_by_budget(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, budget.BudgetSpent):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class PacedSession(requests.Session):
    """A session whose every request goes through the run's budget and pacing."""

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        def once() -> tuple[int, dict[str, str], object]:
            answer = super(PacedSession, self).send(request, **kwargs)
            return answer.status_code, dict(answer.headers), answer

        response = budget.paced(once)
        assert isinstance(response, requests.Response)
        return response


_CURRENT: dict[str, Any] = {}


def current_settings() -> RunSettings:
    if "settings" not in _CURRENT:
        _CURRENT["settings"] = RunSettings.from_env()
        if budget.active() is None:
            budget.activate(_CURRENT["settings"].max_requests)
    settings: RunSettings = _CURRENT["settings"]
    return settings


def current_schema() -> schemathesis.BaseSchema:
    """The schema of this run, loaded once for all suite modules."""
    if "schema" not in _CURRENT:
        _CURRENT["schema"] = load_schema(current_settings())
    schema: schemathesis.BaseSchema = _CURRENT["schema"]
    return schema


def run_state_machine(schema: schemathesis.BaseSchema) -> None:
    """Follow the spec's links in random scenarios; findings are recorded like any case's."""
    import pytest
    from schemathesis.core.errors import NoLinksFound

    try:
        machine = schema.as_state_machine()
    except NoLinksFound as exc:
        pytest.skip(f"stateful phase: {exc}")

    class RecordingMachine(machine):  # type: ignore[valid-type, misc]
        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"session": http_session()}

        def validate_response(
            self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            with contextlib.suppress(FailureGroup):
                super().validate_response(
                    response, case, additional_checks=additional_checks, **kwargs
                )

    try:
        RecordingMachine.run(settings=schema.config.get_hypothesis_settings(phase="stateful"))
    except NoLinksFound as exc:  # the links lead out of the operations the run is limited to
        pytest.skip(f"stateful phase: {str(exc).splitlines()[0]}")
