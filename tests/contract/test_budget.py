"""Budget mode against the real mock with its rate limit on: pacing by the headers.

The mock allows 10 requests per 2-s window here, so the run must wait for `X-RateLimit-Reset`
several times within seconds (tests/contract/test_budget_rate_limited.py runs the whole
suite at 60 per window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.budget import (
    FRESH_SUCCESS_PATH_COST,
    PROBE_HEADROOM,
    SUCCESS_PATH_COST,
    RequestBudget,
)
from contract_tests.config import COVERAGE_MIN_REQUESTS_PER_OPERATION, budget_affords_coverage
from contract_tests.mock import ROOT

MAX_REQUESTS = 60  # six of the mock's windows at least: the run must wait, not 429
RATE_LIMIT = 10
RATE_WINDOW_S = 2


def test_remaining_zero_makes_the_next_request_wait_for_the_reset() -> None:
    slept: list[float] = []
    budget = RequestBudget(limit=3, sleep=slept.append)
    budget.before_request()
    budget.after_response(200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "7"})
    budget.before_request()
    assert slept and 6 < slept[0] <= 7
    assert budget.after_response(429, {"Retry-After": "2"}) == 2


def test_probes_wait_behind_the_reserve_for_unreached_success_paths() -> None:
    budget = RequestBudget(limit=100)
    budget.unreached = lambda: (50, 2)  # untried; examples refused, a fresh-object try each
    assert budget.reserve() == SUCCESS_PATH_COST * 50 + FRESH_SUCCESS_PATH_COST * (2 + 5)
    assert not budget.may_probe()
    budget.note_success_path(3, reached=True)
    budget.note_success_path(1, reached=False)  # a second example of the same operation
    budget.note_success_path(1, reached=True)
    assert budget.success_path_cost() == 2.5
    budget.unreached = lambda: (10, 0)
    assert budget.reserve() == 2.5 * 10 + FRESH_SUCCESS_PATH_COST * 1
    assert budget.may_probe()  # 100 left, 30 kept back: room for a check's probes
    budget.used = 100 - 30 - PROBE_HEADROOM + 1
    assert not budget.may_probe()


def test_the_coverage_phase_needs_a_budget_for_it() -> None:
    assert not budget_affords_coverage(300, 174)
    assert budget_affords_coverage(174 * COVERAGE_MIN_REQUESTS_PER_OPERATION, 174)


@pytest.mark.server
def test_a_budget_run_paces_itself_and_says_what_it_covered(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "API_KEY", "API_KEY_2")}
    done = subprocess.run(
        [
            sys.executable, "-m", "contract_tests", "--mock-rate-limit",
            f"--mock-arg=--rate-limit={RATE_LIMIT}", f"--mock-arg=--rate-window={RATE_WINDOW_S}",
            "--max-requests", str(MAX_REQUESTS), "--operations", "^(warehouses|vat_types)_",
            "--report-dir", str(tmp_path),
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=400, check=False,
    )  # fmt: skip
    saved = json.loads((tmp_path / "contract-results.json").read_text())
    spent = saved["meta"]["budget_spent"]
    assert spent["used"] <= MAX_REQUESTS, spent
    assert spent["rate_limited"] <= 1 and sum(saved["rate_limited"].values()) <= 1, spent
    assert spent["waited"] > 0, spent  # Remaining reached 0: the run waited for the Reset
    succeeded = {op for op, cls, n in saved["status_classes"] if cls == "2xx" and n}
    assert len(succeeded) >= 6, saved["status_classes"]  # of 9: success paths came first
    assert "Budget:" in done.stdout and "left out by the budget" in done.stdout
