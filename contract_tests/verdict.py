"""The verdict of a run and its exit status: a run that could not judge is not a pass.

A run against a server that answers most requests with 429, or whose operations never reach
their success path, has checked error answers only: every check may be green while the
contract is broken everywhere it matters. Such a run is INCONCLUSIVE, with an exit status of
its own, so CI does not mistake it for a pass. Errors of the suite itself (a bug in
contract_tests, with its traceback) are told apart from findings about the server.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from contract_tests.results import Results

EXIT_PASSED = 0
EXIT_FINDINGS = 1
EXIT_SETUP = 2
EXIT_INCONCLUSIVE = 3
EXIT_SUITE_ERROR = 4

# More than this share of 429 answers means the checks saw the rate limiter, not the API.
RATE_LIMITED_SHARE_MAX = 0.2


class Verdict(enum.Enum):
    PASSED = EXIT_PASSED
    FAILED = EXIT_FINDINGS
    INCONCLUSIVE = EXIT_INCONCLUSIVE
    SUITE_ERROR = EXIT_SUITE_ERROR


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    headline: str
    advice: tuple[str, ...] = ()

    @property
    def exit_status(self) -> int:
        return int(self.verdict.value)


def rate_limited_share(results: Results) -> float:
    total = sum(results.responses.values())
    return sum(results.rate_limited.values()) / total if total else 0.0


def judge(results: Results) -> Judgement:
    """Findings first (they are certain), then errors of the suite, then whether it could judge."""
    suite_errors = [e for e in results.errors if e.kind == "suite"]
    other_errors = [e for e in results.errors if e.kind != "suite"]
    if results.failures or other_errors:
        parts = []
        if results.failures:
            parts.append(f"{len(results.failures)} distinct violation(s)")
        if other_errors:
            parts.append(f"{len(other_errors)} error(s) that stopped part of the run")
        if suite_errors:
            parts.append(f"{len(suite_errors)} error(s) of the suite itself")
        return Judgement(Verdict.FAILED, "FAILED: " + ", ".join(parts))
    if suite_errors:
        return Judgement(
            Verdict.SUITE_ERROR,
            f"SUITE ERROR: {len(suite_errors)} error(s) inside contract_tests; parts of the "
            "run were not judged",
            ("This is a bug of the suite, not a finding about the server: report it with the "
             "traceback below and the run's seed.",),
        )  # fmt: skip
    share = rate_limited_share(results)
    untested = results.never_succeeded()
    reasons = []
    if share > RATE_LIMITED_SHARE_MAX:
        reasons.append(
            f"{share:.0%} of the answers were 429 (more than {RATE_LIMITED_SHARE_MAX:.0%})"
        )
    if untested:
        reasons.append(f"{len(untested)} operation(s) never answered 2xx")
    if reasons:
        return Judgement(
            Verdict.INCONCLUSIVE,
            "INCONCLUSIVE: no violation found, but " + " and ".join(reasons),
            _advice(share > RATE_LIMITED_SHARE_MAX, bool(untested)),
        )
    return Judgement(Verdict.PASSED, "PASSED: no contract violation found")


def _advice(rate_limited: bool, untested: bool) -> tuple[str, ...]:
    advice = []
    if rate_limited:
        advice += [
            "The server's rate limit answered in place of the API. Either raise the limit of "
            "the test keys, or pace the run (`--rate-limit 50/m`), or spend a fixed number of "
            "requests where they matter most (`--max-requests N`, budget mode: it waits for "
            "`Retry-After`/`X-RateLimit-Reset` instead of burning requests on 429).",
        ]
    if untested:
        advice += [
            "Operations that never answered 2xx were only tested on their error paths: give "
            "the test account the objects their examples name, or fix the spec's examples.",
        ]
    return tuple(advice)
