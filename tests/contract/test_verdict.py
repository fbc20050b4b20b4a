"""A run is judged honestly: 429s and untested success paths are INCONCLUSIVE, not a pass."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.mock import ROOT
from contract_tests.report import markdown_report, text_summary
from contract_tests.results import Results
from contract_tests.verdict import (
    EXIT_INCONCLUSIVE,
    EXIT_SUITE_ERROR,
    RATE_LIMITED_SHARE_MAX,
    Verdict,
    judge,
)

OPERATION = "GET /widgets"


def answered(*statuses: int) -> Results:
    results = Results()
    for status in statuses:
        results.record_response(OPERATION, status)
    return results


def test_a_run_with_success_paths_and_few_429s_passes() -> None:
    assert judge(answered(200, 200, 200, 200, 200, 429)).verdict is Verdict.PASSED


def test_mostly_429_is_inconclusive_with_advice() -> None:
    judgement = judge(answered(200, 429, 429, 429))
    assert judgement.verdict is Verdict.INCONCLUSIVE
    assert judgement.exit_status == EXIT_INCONCLUSIVE
    assert "--max-requests" in " ".join(judgement.advice)
    assert f"{RATE_LIMITED_SHARE_MAX:.0%}" in judgement.headline


def test_an_operation_without_2xx_is_inconclusive() -> None:
    results = answered(200)
    results.record_response("DELETE /widgets/{id}", 404)
    judgement = judge(results)
    assert judgement.verdict is Verdict.INCONCLUSIVE
    assert "never answered 2xx" in judgement.headline


def test_an_error_of_the_suite_is_told_apart_and_shows_its_traceback() -> None:
    results = answered(200)
    results.record_error(
        OPERATION, "ValueError: boom", kind="suite", traceback='File "x.py", line 3\nValueError'
    )
    assert judge(results).exit_status == EXIT_SUITE_ERROR
    summary = text_summary(results)
    assert "Errors of the suite (a bug in contract_tests" in summary
    assert 'File "x.py", line 3' in summary
    assert 'File "x.py", line 3' in markdown_report(results)


def test_a_finding_outranks_everything_else() -> None:
    results = answered(429, 429)
    results.record_error(OPERATION, "ValueError", kind="suite")
    results.record_error(OPERATION, "ConnectionError", kind="server")
    assert judge(results).verdict is Verdict.FAILED


@pytest.mark.server
def test_the_mock_with_its_default_rate_limit_on_gives_an_inconclusive_run(tmp_path: Path) -> None:
    """The real mock at 60 requests a minute: most of a fuzzing run is refused with 429."""
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "API_KEY", "API_KEY_2")}
    done = subprocess.run(
        [
            sys.executable, "-m", "contract_tests", "--mock-rate-limit",
            "--operations", "^vat_types_list$", "--phases", "coverage,fuzzing",
            "--checks", "not_a_server_error,rate_limit_headers_coherent",
            "--report-dir", str(tmp_path),
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_INCONCLUSIVE, done.stdout[-3000:] + done.stderr[-2000:]
    assert "INCONCLUSIVE" in done.stdout and "What to do" in done.stdout
    saved = json.loads((tmp_path / "contract-results.json").read_text())
    assert sum(saved["rate_limited"].values()) > RATE_LIMITED_SHARE_MAX * sum(
        saved["responses"].values()
    )
