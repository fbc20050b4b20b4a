"""Budget mode: a fixed number of requests, paced by the server's own rate-limit headers.

Against a server that allows 60 requests a minute, a run that fires thousands of requests
learns nothing but 429. With `--max-requests N` the run sends at most N requests, waits when
`X-RateLimit-Remaining` reaches 0 (until `X-RateLimit-Reset`) or a 429 says `Retry-After`,
and spends the budget in order of value:

1. every operation's success path (its first example, until it answers 2xx);
2. our checks once per operation (their probes ride on those answers; probe budgets are 1);
3. coverage and fuzzing with what is left, never eating into the reserve for (1).

The report says what the budget covered and what it left out. Every request counts: the
cases, the checks' probes and the resends after a 429.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

TOO_MANY_REQUESTS = 429
# Requests kept back for the probes that checks send after a case's answer (credentials,
# isolation, read-backs: at most about this many for one answer).
PROBE_HEADROOM = 12
# What reaching one operation's success path is reckoned to cost before any was measured
# (its example and the probes our checks send on the answer).
SUCCESS_PATH_COST = 6
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
    success_spent: int = 0  # requests (probes included) of success-path cases so far
    success_cases: int = 0
    _wait_until: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    def allows(self, needed: int) -> bool:
        return self.remaining > needed

    def note_success_path(self, requests: int) -> None:
        self.success_spent += requests
        self.success_cases += 1

    def success_path_cost(self) -> float:
        """Requests one more success path is expected to take: measured, else a first guess."""
        if not self.success_cases:
            return SUCCESS_PATH_COST
        return max(1.0, self.success_spent / self.success_cases)

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


def paced(send: Callable[[], tuple[int, Mapping[str, str], object]]) -> object:
    """Send through the active budget: count, wait when asked, resend after a 429.

    `send` performs the request and returns (status, headers, response). Without a budget it
    is called once, as it is.
    """
    budget = active()
    if budget is None:
        return send()[2]
    for _ in range(MAX_RETRIES_AFTER_429):
        budget.before_request()
        status, headers, response = send()
        if not budget.after_response(status, headers):
            return response
    budget.before_request()
    status, headers, response = send()
    budget.after_response(status, headers)
    return response


def coverage_lines(
    budget: RequestBudget, operations: int, succeeded: int, judged: Mapping[str, int]
) -> list[str]:
    """What the budget covered and what it left out, for the report."""
    lines = [
        f"requests: {budget.used} of {budget.limit} sent; {budget.rate_limited} answered 429; "
        f"{budget.waited:.0f} s spent waiting as the server's rate-limit headers asked",
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
        "probes each operation once instead)",
    ]
    return lines
