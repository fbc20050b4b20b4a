"""`python -m contract_tests`: run the contract suite against a server and report what it found.

Without BASE_URL it starts the generated mock with two demo keys and tests that; with BASE_URL
it tests that server with API_KEY (and API_KEY_2 for account isolation). Exit status (see
contract_tests/verdict.py): 0 passed; 1 violations found; 2 the run could not be set up;
3 inconclusive (mostly 429s, or operations never reached their success path); 4 an error of
the suite itself (a bug in contract_tests, printed with its traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import pytest

from contract_tests import budget
from contract_tests.config import (
    OWN_CHECKS,
    PHASES,
    Focus,
    ProfileError,
    describe,
    merged_config,
    split_names,
)
from contract_tests.mock import DEMO_KEYS, MockError, MockServer
from contract_tests.report import junit_xml, markdown_report, text_summary
from contract_tests.results import Results
from contract_tests.settings import RunSettings
from contract_tests.verdict import EXIT_SETUP, EXIT_SUITE_ERROR, judge

SUITE = Path(__file__).with_name("suite")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests",
        description="Contract tests of the Books API (schemathesis + the Books API's own checks). "
        "Environment: BASE_URL, API_KEY, API_KEY_2, PROFILE, MAX_REQUESTS; options override "
        "them. `python -m contract_tests proxy --upstream URL --port P` judges live traffic.",
    )
    parser.add_argument(
        "--base-url",
        help="server to test, e.g. https://staging.example.com/api/v1 (default: start the mock)",
    )
    parser.add_argument(
        "--profile", help="quick (CI), deep (nightly) or focus (default: $PROFILE or quick)"
    )
    parser.add_argument("--checks", help="only these checks, comma-separated")
    parser.add_argument(
        "--phases", help=f"only these phases, comma-separated ({', '.join(PHASES)})"
    )
    parser.add_argument("--operations", help="only operations whose operationId matches this regex")
    parser.add_argument(
        "--spec", type=Path, help="spec to test against (default: generated/openapi.json)"
    )
    parser.add_argument("--seed", type=int, help="reproduce a run by its seed")
    parser.add_argument(
        "--rate-limit", help="pace requests for a server that enforces its limit, e.g. 50/m"
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        help="budget mode: send at most N requests, paced by the server's X-RateLimit-* and "
        "Retry-After; success paths first, then each check once per operation, then fuzzing "
        "(env MAX_REQUESTS)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        help="where junit.xml and contract-summary.md go (default: reports/)",
    )
    parser.add_argument(
        "--mock-port",
        type=int,
        help="port of the mock started when no --base-url is given (default: a free one)",
    )
    parser.add_argument(
        "--mock-rate-limit",
        action="store_true",
        help="keep the started mock's rate limit on (60 a minute unless --mock-arg says "
        "otherwise): to see how the suite copes with a limited server",
    )
    parser.add_argument(
        "--mock-arg",
        action="append",
        default=[],
        help="extra argument for the mock server (repeatable)",
    )
    return parser


def settings_from(args: argparse.Namespace, env: dict[str, str]) -> RunSettings:
    settings = RunSettings.from_env(env)
    focus = Focus(
        checks=split_names(args.checks) or settings.focus.checks,
        phases=split_names(args.phases) or settings.focus.phases,
    )
    return replace(
        settings,
        base_url=args.base_url or settings.base_url,
        profile=args.profile or settings.profile,
        focus=focus,
        operations=args.operations or settings.operations,
        spec_path=args.spec or settings.spec_path,
        seed=args.seed if args.seed is not None else settings.seed,
        rate_limit=args.rate_limit or settings.rate_limit,
        report_dir=args.report_dir or settings.report_dir,
        max_requests=args.max_requests if args.max_requests is not None else settings.max_requests,
    )


def run_suite(settings: RunSettings, target: str) -> int:
    """Run the pytest suite in this process with the settings; returns the exit status."""
    from contract_tests.recording import RECORDER, check_rule
    from contract_tests.session import current_schema, phases_of

    os.environ.update(settings.to_env())
    spending = budget.activate(settings.max_requests)
    settings.report_dir.mkdir(parents=True, exist_ok=True)
    junit = settings.report_dir / "junit.xml"
    started = time.monotonic()
    code = pytest.main([str(SUITE), "-c", str(SUITE / "pytest.ini"), "-q", "--tb=no"])
    results = RECORDER.results
    summary = settings.report_dir / "contract-summary.md"
    try:
        seed: object = current_schema().config.seed
    except Exception:  # the spec did not load; pytest has said why
        seed = "?"
    results.meta.update(
        target=target,
        base_url=settings.base_url,
        profile=settings.profile,
        phases=", ".join(phases_of(settings)),
        checks=describe(settings.focus.checks),
        operations_filter=settings.operations or "",
        spec=str(settings.spec_path),
        seed=seed,
        duration=time.monotonic() - started,
        reports=f"{junit}, {summary}",
        rules={check: check_rule(check) for check in results.checks()},
    )
    if spending is not None:
        results.meta["budget"] = budget_report(results, spending)
        results.meta["budget_spent"] = {
            "limit": spending.limit,
            "used": spending.used,
            "rate_limited": spending.rate_limited,
            "waited": round(spending.waited, 1),
            "by_priority": spending.spent_by_priority(),
        }
    results.save(settings.report_dir / "contract-results.json")
    junit.write_bytes(junit_xml(results))
    summary.write_text(markdown_report(results), encoding="utf-8")
    print(text_summary(results))
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        print(f"pytest stopped with exit code {int(code)}: see its output above", file=sys.stderr)
        return EXIT_SETUP
    judgement = judge(results)
    if code == pytest.ExitCode.TESTS_FAILED and judgement.exit_status == 0:
        return EXIT_SUITE_ERROR  # a test failed without a recorded finding: never a pass
    return judgement.exit_status


def budget_report(results: Results, spending: budget.RequestBudget) -> list[str]:
    from contract_tests.session import current_schema, current_settings, phases_of

    try:
        operations = sum(1 for _ in current_schema().get_all_operations())
    except Exception:  # the spec did not load; pytest has said why
        operations = len(results.operations)
    judged = {
        check: len({op for (op, name) in (*results.passed, *results.failed) if name == check})
        for check in OWN_CHECKS
    }
    succeeded = len(results.operations) - len(results.never_succeeded())
    coverage_phase = "coverage" in phases_of(current_settings())
    return budget.coverage_lines(spending, operations, succeeded, judged, coverage_phase)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["proxy"]:  # `python -m contract_tests proxy --upstream URL`
        from contract_tests.live_proxy import main as proxy_main

        return proxy_main(arguments[1:])
    args = _parser().parse_args(arguments)
    try:
        settings = settings_from(args, dict(os.environ))
        merged_config(settings.profile, settings.focus)
    except ProfileError as exc:
        print(f"contract_tests: {exc}", file=sys.stderr)
        return EXIT_SETUP
    if not settings.spec_path.is_file():
        print(
            f"contract_tests: no spec at {settings.spec_path}: run `make generate`", file=sys.stderr
        )
        return EXIT_SETUP
    with ExitStack() as stack:
        target = "given by BASE_URL"
        if not settings.base_url:
            no_limit = () if args.mock_rate_limit else ("--no-rate-limit",)
            try:
                mock = stack.enter_context(
                    MockServer(extra_args=(*no_limit, *args.mock_arg), port=args.mock_port)
                )
            except MockError as exc:
                print(f"contract_tests: cannot start the mock server: {exc}", file=sys.stderr)
                return EXIT_SETUP
            settings = replace(
                settings, base_url=mock.base_url, api_key=DEMO_KEYS[0], api_key_2=DEMO_KEYS[1]
            )
            target = "the generated mock, started for this run"
        if not settings.api_key:
            print("contract_tests: API_KEY is required with BASE_URL", file=sys.stderr)
            return EXIT_SETUP
        return run_suite(settings, target)
    return EXIT_SETUP
