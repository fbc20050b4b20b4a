"""Requests per window per key, with the daily halving, and the headers every answer carries.

A key's window starts with its first request and lasts `window` seconds: a minute, as the
spec says, unless a test shortens it (`--rate-window`) to see real 429s and waits in seconds.
Refused requests still count. A key that made more than `daily_threshold` requests in the
last 24 hours (a real day, whatever the window) gets half the limit. Daily counts are kept per
minute bucket, so the check is O(1) amortised.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from mock_runtime.errors import RATE_LIMITED, ApiError

Headers = list[tuple[bytes, bytes]]
MINUTE = 60.0
_DAY_MINUTES = 24 * 60
MAX_SHOWN = 2000  # the largest count the prebuilt headers hold (the CLI caps limits at 1000)
_NUM = [str(i).encode() for i in range(MAX_SHOWN + 1)]
# the header pairs, prebuilt for every value they can take (hot path: no formatting)
_LIMIT = [(b"x-ratelimit-limit", n) for n in _NUM]
_REMAINING = [(b"x-ratelimit-remaining", n) for n in _NUM]


def _num(value: int) -> bytes:
    return _NUM[value] if 0 <= value <= MAX_SHOWN else str(value).encode()


class _KeyState:
    __slots__ = ("count", "day", "day_total", "window_start")

    def __init__(self, now: float) -> None:
        self.window_start = now
        self.count = 0
        self.day: deque[list[int]] = deque()  # [minute, count]
        self.day_total = 0


UNLIMITED = 10**9  # a count no key reaches


class RateLimiter:
    def __init__(
        self,
        limit: int,
        enforce: bool = True,
        daily_threshold: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        reduced: int | None = None,
        window: float = MINUTE,
    ) -> None:
        if not window > 0:
            raise ValueError(f"a rate-limit window must be positive, not {window}")
        self.limit = limit
        self.window = window
        self._longest_reset = math.ceil(window)
        # the Reset values this window can take, prebuilt like the counts
        self._reset = [(b"x-ratelimit-reset", _num(n)) for n in range(self._longest_reset + 1)]
        self._per = "per minute" if window == MINUTE else f"per {window:g} seconds"
        self.enforce = enforce
        # no busy-key rule declared: a threshold no key reaches
        self.daily_threshold = daily_threshold if daily_threshold is not None else UNLIMITED
        self.reduced = reduced if reduced is not None else max(1, limit // 2)
        self._clock = clock
        self._keys: dict[str, _KeyState] = {}
        self.anonymous: Headers = [
            (b"x-ratelimit-limit", _num(limit)),
            (b"x-ratelimit-remaining", _num(limit)),
            self._reset[-1],
        ]

    def hit(self, key: str, account: int | None = None) -> Headers:
        """Count one request; the rate-limit headers, or ApiError 920 when over the limit.
        `account`: the caller's likely account, for limiters that share a round trip with the
        store (`storage.counters`)."""
        now = self._clock()
        state = self._keys.get(key)
        if state is None:
            state = self._keys[key] = _KeyState(now)
        elif now - state.window_start >= self.window:
            state.window_start = now
            state.count = 0
        count = state.count = state.count + 1
        day = state.day
        minute = int(now // MINUTE)
        if day and day[-1][0] == minute:
            day[-1][1] += 1
        else:
            self._new_minute(state, minute)
        state.day_total += 1
        limit = self.limit if state.day_total <= self.daily_threshold else self.reduced
        reset = min(self._longest_reset, max(0, math.ceil(state.window_start + self.window - now)))
        return self.answer(count, limit, reset)

    def answer(self, count: int, limit: int, reset: int) -> Headers:
        """The headers of a request that is the window's `count`-th, or 920 over the limit."""
        remaining = limit - count if count < limit else 0
        shown = min(reset, self._longest_reset)
        headers = [_LIMIT[limit], _REMAINING[remaining], self._reset[shown]]
        if count > limit and self.enforce:
            raise ApiError(
                RATE_LIMITED,
                f"{limit} requests {self._per} are allowed for this key; wait {reset} seconds.",
                headers=[*headers, (b"retry-after", _num(reset))],
            )
        return headers

    @staticmethod
    def _new_minute(state: _KeyState, minute: int) -> None:
        day = state.day
        day.append([minute, 1])
        while day and day[0][0] <= minute - _DAY_MINUTES:
            state.day_total -= day.popleft()[1]
