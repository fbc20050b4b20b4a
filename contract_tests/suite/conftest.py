"""Hooks that turn recorded findings into test failures and keep the run's results complete."""

from __future__ import annotations

from collections.abc import Generator
from traceback import format_exception

import httpx
import pytest
import requests

from contract_tests.checks import _probe
from contract_tests.recording import RECORDER, ContractViolations, format_findings
from contract_tests.session import close_http_session, current_schema
from contract_tests.spec import spec_for

# The server could not be talked to: the run's target is at fault, not the suite.
SERVER_ERRORS = (
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    httpx.TransportError,
)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _probe.close()
    close_http_session()


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Generator[None, object, object]:
    RECORDER.take_current()
    outcome = yield
    found = RECORDER.take_current()
    if found:
        raise ContractViolations(format_findings(found))
    return outcome


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when != "call" and not report.failed and not report.skipped:
        return report
    if report.skipped and isinstance(report.longrepr, tuple):
        RECORDER.results.skipped.append(f"{item.name}: {report.longrepr[2]}")
    elif (
        report.failed
        and call.excinfo is not None
        and not call.excinfo.errisinstance(ContractViolations)
    ):
        where = str(getattr(item, "operation_label", None) or item.name)
        error = call.excinfo.value
        kind = "server" if isinstance(error, SERVER_ERRORS) else "suite"
        RECORDER.results.record_error(
            where,
            call.excinfo.exconly()[:2000],
            kind=kind,
            traceback="" if kind == "server" else "".join(format_exception(error))[-20_000:],
        )
    return report


def _operation_ids() -> dict[str, str]:
    spec = spec_for(current_schema().raw_schema)
    return {f"{op.method.upper()} {op.path}": op.operation_id for op in spec.operations()}


def _order(item: pytest.Item, operation_ids: dict[str, str]) -> tuple[int, int, int]:
    """Reads; creates; deepest object first, changes, actions, deletes; success paths; scenarios.

    The examples of every operation name the seeded objects (invoice 3003, its item 4004 …):
    replacing invoice 3003 before its items are changed would remove item 4004, cancelling
    offer 7001 before it is changed would leave its PUT nothing but 409s, deleting a client
    before invoices are created would leave their examples nothing but errors.
    """
    label = str(getattr(item, "operation_label", "") or "")
    if item.nodeid.split("::")[0].endswith("test_stateful.py"):
        return (3, 0, 0)
    if item.nodeid.split("::")[0].endswith("test_success_paths.py"):
        return (2, 1, 0)  # after every change and delete: it knows what is still untested
    method, _, path = label.partition(" ")
    if method in ("", "GET"):
        return (0, 0, 0)
    if operation_ids.get(label, "").endswith(("_create", "_bulk_upsert")):
        return (1, 0, 0)
    depth = path.count("/")
    if method == "POST":  # an action (`/price_offers/{id}/cancel`) acts on its parent object
        return (2, 1 - depth, 1)
    return (2, -depth, 2 if method == "DELETE" else 0)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    operation_ids = _operation_ids()
    items.sort(key=lambda item: _order(item, operation_ids))  # stable within each group
