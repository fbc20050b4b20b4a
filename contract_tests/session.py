"""One run of the suite: the schema under test, configured, and how a case is run.

The pytest modules in `suite/` only declare tests; what a test does with a case lives here, so
the same code path serves the full run, a focused run and the fault-injection harness.
"""

from __future__ import annotations

import contextlib
from typing import Any

import requests
import schemathesis
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup

# Imported for what they register with schemathesis: our checks, the recording hook, XML
# (de)serialisation by the spec's mapping, and ignored_auth confirmed once per operation.
import contract_tests.checks
import contract_tests.recording
import contract_tests.schemathesis_compat
import contract_tests.xml_transport  # noqa: F401
from contract_tests.config import build_config, enabled_phases, merged_config
from contract_tests.settings import RunSettings
from contract_tests.spec import load_document, without_header_parameter


def load_schema(settings: RunSettings) -> schemathesis.BaseSchema:
    config = build_config(settings.profile, settings.focus)
    if settings.seed is not None:
        config.update(seed=settings.seed, max_failures=None)
    document = without_header_parameter(load_document(settings.spec_path), "X-Account-Id")
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
    return enabled_phases(merged_config(settings.profile, settings.focus))


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


def run_case(case: Case[Any], headers: dict[str, str] | None = None) -> Response | None:
    """Send one case and run every enabled check; findings are recorded, not raised."""
    # Findings are recorded by `after_validate`; the test reports them all when it ends.
    session = http_session()
    response = case.call(session=session, headers=headers)
    with contextlib.suppress(FailureGroup):
        transport: dict[str, Any] = {"session": session}
        if headers is not None:
            transport["headers"] = dict(headers)
        case.validate_response(response, headers=headers, transport_kwargs=transport)
    return response


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
