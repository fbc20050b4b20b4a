"""Settings of one mock server run, from the command line (see `__main__`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from mock_runtime.ratelimit import MINUTE

DEFAULT_PACKAGE = Path(__file__).resolve().parent.parent / "generated" / "mock_server"
DEMO_API_KEYS = ("demo-key-1", "demo-key-2")
DEMO_TOKENS = ("demo-token",)
EXPIRED_TOKEN = "expired-token"
DEMO_USER = ("demo@books.example.com", "demo-password")
FIRST_ACCOUNT = 70010
# Seconds from a connection's first byte (or the end of the previous answer) to the end of its
# headers, and the longest pause while a body is read. A client on loopback or a LAN needs
# milliseconds; 10 s tolerates a paused debugger without letting stalled clients pile up.
READ_TIMEOUT_S = 10.0
# Objects per collection (per parent) and account. Ten times the seeds of any collection and
# far more than a test creates, while a runaway loop meets a clear 409 long before memory
# becomes a problem (10,000 invoices with items are about 100 MB).
MAX_OBJECTS = 10_000
# `--rate-window` bounds: a window shorter than the headers' one-second resolution cannot be
# announced, and one beyond an hour is no rate limit a client could wait out.
MIN_RATE_WINDOW_S = 1.0
MAX_RATE_WINDOW_S = 3600.0


@dataclass(frozen=True)
class Config:
    package: Path = DEFAULT_PACKAGE
    mode: Literal["stateful", "examples"] = "stateful"
    seed: int = 0
    api_keys: tuple[str, ...] = DEMO_API_KEYS
    bearer_tokens: tuple[str, ...] = DEMO_TOKENS
    user: tuple[str, str] = DEMO_USER
    rate_limit: int | None = None  # requests a minute per key; None: as the spec declares
    enforce_rate_limit: bool = True
    rate_window: float = MINUTE  # seconds a key's count lasts; shorter only to test pacing quickly
    latency_ms: int = 0
    self_check: bool = False
    max_body: int = 1024 * 1024
    max_objects: int = MAX_OBJECTS  # per collection (and parent) per account; then 409 (925)
    read_timeout: float = READ_TIMEOUT_S
    store: str = "memory"  # memory | sqlite:PATH | postgresql://… (mock_runtime.storage)
    workers: int = 1  # server processes on one port (several need a shared store)
    admin_token: str | None = None  # turns on POST /_admin/accounts/{account}/reset
    accounts: dict[str, int] = field(default_factory=dict)  # api key -> account id

    def account_of_key(self, key: str) -> int | None:
        if key in self.accounts:
            return self.accounts[key]
        try:
            return FIRST_ACCOUNT + self.api_keys.index(key)
        except ValueError:
            return None

    @property
    def user_accounts(self) -> tuple[int, ...]:
        """The demo user (Basic and Bearer) may act on the accounts of every configured key."""
        return tuple(FIRST_ACCOUNT + i for i in range(max(1, len(self.api_keys))))
