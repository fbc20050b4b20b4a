"""One run of the suite: the schema under test, configured, and the results being collected.

The pytest modules in `suite/` only declare tests; what a test does with a case lives here, so
the same code path serves the full run, a focused run and the fault-injection harness.
"""

from __future__ import annotations

from typing import Any

import requests
import schemathesis
from schemathesis import Case, Response
from schemathesis.checks import CHECKS, CheckResult
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.engine import Status

import contract_tests.checks
import contract_tests.schemathesis_compat
import contract_tests.xml_transport  # noqa: F401  (XML bodies per the spec's XML mapping)
from contract_tests.checks._probe import SentRequest
from contract_tests.config import build_config, enabled_phases, merged_config
from contract_tests.results import FailureRecord, Results
from contract_tests.settings import RunSettings
from contract_tests.spec import load_document


class ContractViolations(AssertionError):
    """Raised at the end of a test whose cases broke the contract (all findings, not the first)."""


def load_schema(settings: RunSettings) -> schemathesis.BaseSchema:
    config = build_config(settings.profile, settings.focus)
    if settings.seed is not None:
        config.update(seed=settings.seed, max_failures=None)
    document = load_document(settings.spec_path)
    schema = schemathesis.openapi.from_dict(document, config=config)
    if settings.rate_limit:
        schema.config.update(rate_limit=settings.rate_limit)
    if settings.operations:
        schema = schema.include(operation_id_regex=settings.operations)
    return schema


def phases_of(settings: RunSettings) -> list[str]:
    return enabled_phases(merged_config(settings.profile, settings.focus))


def check_rule(name: str) -> str:
    """The first line of a check's docstring: the rule it enforces."""
    for check in CHECKS.get_all():
        if getattr(check, "__name__", None) == name:
            doc = (check.__doc__ or "").strip()
            return doc.splitlines()[0] if doc else name
    return name


class Recorder:
    """Collects check outcomes for the whole session and the findings of the current test."""

    def __init__(self) -> None:
        self.results = Results()
        self.current: list[FailureRecord] = []

    def after_validate(self, case: Case, response: Response, results: list[CheckResult]) -> None:
        operation = str(case.operation.label)
        self.results.record_response(operation)
        phase = case.meta.phase.name.value if case.meta is not None else "stateful"
        for result in results:
            if result.status == Status.SUCCESS or result.failure is None:
                self.results.record_pass(operation, result.name)
                continue
            record = _failure_record(operation, result.name, result.failure, response, phase)
            if self.results.record_failure(record):
                self.current.append(record)

    def take_current(self) -> list[FailureRecord]:
        found, self.current = self.current, []
        return found


def _failure_record(
    operation: str, check: str, failure: Failure, response: Response, phase: str
) -> FailureRecord:
    try:
        curl = SentRequest.of(response).curl()
    except Exception:  # a response without its request cannot be replayed
        curl = "(request not available)"
    return FailureRecord(
        operation=operation,
        check=check,
        rule=check_rule(check),
        title=failure.title,
        message=failure.message,
        curl=curl,
        status=response.status_code,
        phase=phase,
    )


RECORDER = Recorder()


@schemathesis.hook
def after_validate(
    context: Any, case: Case, response: Response, results: list[CheckResult]
) -> None:
    RECORDER.after_validate(case, response, results)


_SESSION: list[requests.Session] = []


def http_session() -> requests.Session:
    """One keep-alive session for the run (schemathesis opens a connection per call without it)."""
    if not _SESSION:
        session = requests.Session()
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


def run_case(case: Case) -> None:
    """Send one case and run every enabled check; findings are recorded, not raised."""
    try:
        case.call_and_validate(session=http_session())
    except FailureGroup:
        pass  # recorded by `after_validate`; the test reports them all when it ends


def format_findings(findings: list[FailureRecord]) -> str:
    lines = [f"{len(findings)} contract violation(s):"]
    for record in findings:
        lines += [
            "",
            f"[{record.check}] {record.title} — {record.operation} ({record.phase}, HTTP {record.status})",
            f"  rule: {record.rule}",
            *(f"  {line}" for line in record.message.splitlines()),
            f"  request: {record.curl}",
        ]
    return "\n".join(lines)


_CURRENT: dict[str, Any] = {}


def current_settings() -> RunSettings:
    if "settings" not in _CURRENT:
        _CURRENT["settings"] = RunSettings.from_env()
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
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"session": http_session()}

        def validate_response(
            self, response: Response, case: Case, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            try:
                super().validate_response(
                    response, case, additional_checks=additional_checks, **kwargs
                )
            except FailureGroup:
                pass

    RecordingMachine.run(settings=schema.config.get_hypothesis_settings(phase="stateful"))
