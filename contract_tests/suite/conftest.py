"""Hooks that turn recorded findings into test failures and keep the run's results complete."""

from __future__ import annotations

from collections.abc import Generator

import pytest

from contract_tests.checks import _probe
from contract_tests.session import RECORDER, ContractViolations, close_http_session, format_findings


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
        RECORDER.results.record_error(where, call.excinfo.exconly()[:2000])
    return report
