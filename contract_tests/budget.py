"""Budget mode: a fixed number of requests, paced by the server's own rate-limit headers.

Against a server that allows 60 requests a minute, a run that fires thousands of requests
learns nothing but 429. With `--max-requests N` the run sends at most N requests, waits when
`X-RateLimit-Remaining` reaches 0 (until `X-RateLimit-Reset`) or a 429 says `Retry-After`,
and spends the budget in order of value:

1. every operation's success path (its first example, until it answers 2xx): a reserve of
   the measured cost of a success path for every operation that has not answered 2xx yet is
   kept back from everything else;
2. our checks once per operation (their probes ride on those answers; probe budgets are 1),
   each probe only while the budget holds more than that reserve;
3. coverage and fuzzing with what is left beyond the reserve and a probe headroom.

The report says what the budget covered and what it left out. Every request counts: the
cases, the checks' probes and the resends after a 429.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from contract_tests.config import COVERAGE_MIN_REQUESTS_PER_OPERATION

TOO_MANY_REQUESTS = 429
# Requests kept back for the probes that checks send after a case's answer (credentials,
# isolation, read-backs: at most about this many for one answer).
PROBE_HEADROOM = 12
# What reaching one operation's success path is reckoned to cost (its cases, and the parents
# created for it, without the checks' probes) before any was measured.
SUCCESS_PATH_COST = 2.0
# What the last try on fresh objects is reckoned to cost for an operation whose examples
# failed: a parent, its parent or a reference created anew, and the operation itself.
FRESH_SUCCESS_PATH_COST = 5.0
# Share of the operations not tried yet whose examples are reckoned to fail (the objects they
# name were changed or deleted by the run): each will need a last try on fresh objects.
REFUSAL_SHARE = 0.1
# Examples of one operation sent as its success path in the main pass; if they all fail (the
# objects they name are gone), the last pass tries it once more on fresh objects.
EXAMPLES_PER_SUCCESS_PATH = 2
# Bodies the server accepted earlier that the last try sends when a parent's example is refused.
ACCEPTED_TRIES = 1
MAX_RETRIES_AFTER_429 = 2
MAX_WAIT_SECONDS = 120.0


class BudgetSpent(Exception):
    """The run's request budget is used up; the request was not sent."""


@dataclass
class RequestBudget:
    """Counts requests against `limit` and paces them by the server's rate-limit headers."""

    limit: int
    sleep: Callable[[float], None] = time.sleep
    used: int = 0
    rate_limited: int = 0
    waited: float = 0.0
    left_out: Counter[str] = field(default_factory=Counter)  # cases not sent, per phase
    sent: Counter[str] = field(default_factory=Counter)  # cases sent, per phase
    extra: Counter[str] = field(default_factory=Counter)  # coverage/fuzzing cases, per operation
    tries: Counter[str] = field(default_factory=Counter)  # success-path cases, per operation
    success_spent: int = 0  # requests of success-path cases so far, without the checks' probes
    success_reached: int = 0  # operations whose success path answered 2xx
    probes: int = 0  # requests the checks sent on their own (their probes)
    # operations still without a 2xx: (not tried yet, tried and refused); set by the session,
    # which knows the run's operations
    unreached: Callable[[], tuple[int, int]] = lambda: (0, 0)
    _wait_until: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    def note_success_path(self, requests: int, reached: bool) -> None:
        self.success_spent += requests
        self.success_reached += reached

    def success_path_cost(self) -> float:
        """Requests one more success path is expected to take: measured, else a first guess."""
        if not self.success_reached:
            return SUCCESS_PATH_COST
        return max(1.0, self.success_spent / self.success_reached)

    def spent_by_priority(self) -> dict[str, int]:
        """Requests sent for (1) success paths, (2) the checks' probes, (3) everything else."""
        return {
            "success paths": self.success_spent,
            "checks' probes": self.probes,
            "coverage and fuzzing": self.used - self.success_spent - self.probes,
        }

    def reserve(self) -> float:
        """Requests kept back for the success paths not reached yet."""
        untried, refused = self.unreached()
        fresh_tries = refused + math.ceil(REFUSAL_SHARE * untried)
        return self.success_path_cost() * untried + FRESH_SUCCESS_PATH_COST * fresh_tries

    def may_probe(self) -> bool:
        """Whether a check may send its probes without eating into the success-path reserve
        (with a headroom: the reserve is an estimate)."""
        return self.remaining - self.reserve() >= PROBE_HEADROOM

    def before_request(self) -> None:
        """Take one request from the budget, waiting first if the server asked for a pause."""
        with self._lock:
            if self.used >= self.limit:
                raise BudgetSpent(f"all {self.limit} requests of the budget are spent")
            self.used += 1
            pause = self._wait_until - time.monotonic()
        if pause > 0:
            self.waited += pause
            self.sleep(pause)

    def after_response(self, status: int, headers: Mapping[str, str]) -> float:
        """Note the server's rate-limit state; the seconds to wait before retrying a 429."""
        lower = {k.lower(): v for k, v in headers.items()}
        pause = 0.0
        if status == TOO_MANY_REQUESTS:
            self.rate_limited += 1
            pause = _seconds(lower.get("retry-after")) or _seconds(lower.get("x-ratelimit-reset"))
            pause = pause or 1.0
        elif lower.get("x-ratelimit-remaining", "").strip() == "0":
            pause = _seconds(lower.get("x-ratelimit-reset")) or 1.0
        if pause:
            self._wait_until = max(
                self._wait_until, time.monotonic() + min(pause, MAX_WAIT_SECONDS)
            )
        return pause if status == TOO_MANY_REQUESTS else 0.0


def _seconds(value: str | None) -> float:
    try:
        return max(0.0, float(value)) if value is not None else 0.0
    except ValueError:
        return 0.0


_ACTIVE: list[RequestBudget] = []


def activate(limit: int | None) -> RequestBudget | None:
    """The budget of this process's run (None: no budget, no pacing)."""
    _ACTIVE.clear()
    if limit is not None:
        _ACTIVE.append(RequestBudget(limit))
    return active()


def active() -> RequestBudget | None:
    return _ACTIVE[0] if _ACTIVE else None


def may_probe() -> bool:
    """Whether checks may send probes now (always, outside budget mode)."""
    budget = active()
    return budget is None or budget.may_probe()


def paced(send: Callable[[], tuple[int, Mapping[str, str], object]], probe: bool = False) -> object:
    """Send through the active budget: count, wait when asked, resend after a 429.

    `send` performs the request and returns (status, headers, response); `probe`: a check's
    own request, counted apart. Without a budget it is called once, as it is.
    """
    budget = active()
    if budget is None:
        return send()[2]
    resends = 0
    while True:
        budget.before_request()
        budget.probes += probe
        status, headers, response = send()
        if not budget.after_response(status, headers) or resends == MAX_RETRIES_AFTER_429:
            return response
        resends += 1


def coverage_lines(
    budget: RequestBudget,
    operations: int,
    succeeded: int,
    judged: Mapping[str, int],
    coverage_phase: bool = True,
) -> list[str]:
    """What the budget covered and what it left out, for the report."""
    lines = [
        f"requests: {budget.used} of {budget.limit} sent; {budget.rate_limited} answered 429; "
        f"{budget.waited:.0f} s spent waiting as the server's rate-limit headers asked",
        "requests by priority: "
        + ", ".join(f"{name} {n}" for name, n in budget.spent_by_priority().items()),
        f"1. success paths: {succeeded} of {operations} operations answered 2xx",
        "2. our checks, operations judged: "
        + (", ".join(f"{name} {count}" for name, count in sorted(judged.items())) or "none"),
        "3. cases sent by phase: "
        + (", ".join(f"{phase} {n}" for phase, n in sorted(budget.sent.items())) or "none"),
        "left out by the budget: "
        + (
            ", ".join(f"{phase} {n} cases" for phase, n in sorted(budget.left_out.items()))
            or "nothing"
        )
        + "; always in budget mode: the stateful phase and ignored_auth (credentials_required "
        "probes each operation once instead)"
        + (
            ""
            if coverage_phase
            else f"; the coverage phase (fewer than {COVERAGE_MIN_REQUESTS_PER_OPERATION} "
            "requests per operation)"
        ),
    ]
    return lines
