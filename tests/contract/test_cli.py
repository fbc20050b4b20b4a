"""`python -m contract_tests` end to end against the stand-in server, and its settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.cli import _parser, settings_from
from tests.contract.conftest import KEY_1, KEY_2, Standin
from tests.contract.standin_server import SPEC_PATH

ROOT = Path(__file__).resolve().parents[2]


def test_options_override_the_environment() -> None:
    args = _parser().parse_args(
        ["--profile", "deep", "--checks", "totals_arithmetic", "--rate-limit", "50/m"]
    )
    settings = settings_from(
        args, {"BASE_URL": "http://h/api/v1", "API_KEY": "k", "PROFILE": "quick"}
    )
    assert (settings.profile, settings.focus.checks, settings.rate_limit) == (
        "deep",
        ("totals_arithmetic",),
        "50/m",
    )
    assert settings.base_url == "http://h/api/v1"


def test_an_unknown_profile_is_a_setup_error() -> None:
    from contract_tests.cli import main

    assert main(["--profile", "thorough"]) == 2


@pytest.mark.server
def test_a_focused_run_against_the_stand_in_passes_and_writes_reports(
    standin: Standin, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "BASE_URL": standin.base_url,
        "API_KEY": KEY_1,
        "API_KEY_2": KEY_2,
        "PROFILE": "focus",
        "CONTRACT_SPEC": str(SPEC_PATH),
        "CONTRACT_REPORT_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "contract_tests"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "PASSED: no contract violation found" in done.stdout
    results = json.loads((tmp_path / "contract-results.json").read_text())
    assert len(results["operations"]) == 9
    checked = {check for _, check, _ in results["passed"]}
    assert {
        "totals_arithmetic",
        "xml_matches_mapping",
        "list_paging_consistent",
        "account_isolation",
    } <= checked
    assert (tmp_path / "junit.xml").is_file() and (tmp_path / "contract-summary.md").is_file()
