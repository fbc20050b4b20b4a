"""Settings of one mock server run, from the command line (see `__main__`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DEFAULT_PACKAGE = Path(__file__).resolve().parent.parent / "generated" / "mock_server"
DEMO_API_KEYS = ("demo-key-1", "demo-key-2")
DEMO_TOKENS = ("demo-token",)
EXPIRED_TOKEN = "expired-token"
DEMO_USER = ("demo@books.example.com", "demo-password")
FIRST_ACCOUNT = 70010


@dataclass(frozen=True)
class Config:
    package: Path = DEFAULT_PACKAGE
    mode: Literal["stateful", "examples"] = "stateful"
    seed: int = 0
    api_keys: tuple[str, ...] = DEMO_API_KEYS
    bearer_tokens: tuple[str, ...] = DEMO_TOKENS
    user: tuple[str, str] = DEMO_USER
    rate_limit: int = 60  # requests a minute per key
    enforce_rate_limit: bool = True
    latency_ms: int = 0
    self_check: bool = False
    max_body: int = 1024 * 1024
    max_objects: int = 10_000  # per collection (and parent) per account; the oldest goes first
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
