"""The settings of one run, passed from the runner to the pytest suite through the environment.

The environment is the one channel that reaches the suite the same way whether it is started
by `python -m contract_tests`, by `pytest contract_tests/suite` or by CI: BASE_URL, API_KEY,
API_KEY_2 and PROFILE are the documented ones; CONTRACT_* narrow or steer a run.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from contract_tests.config import Focus, split_names
from contract_tests.spec import default_spec_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORT_DIR = ROOT / "reports"


@dataclass(frozen=True)
class RunSettings:
    base_url: str
    api_key: str
    api_key_2: str | None = None
    profile: str = "quick"
    spec_path: Path = field(default_factory=default_spec_path)
    focus: Focus = field(default_factory=Focus)
    operations: str | None = None  # a regex over operationIds
    rate_limit: str | None = None  # e.g. "50/m" for a server with a real limit
    request_retries: int = 0  # for a flaky server: retried after 1, 2, 4 … s on connection errors
    seed: int | None = None
    report_dir: Path = DEFAULT_REPORT_DIR
    max_requests: int | None = None  # budget mode (contract_tests/budget.py)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> RunSettings:
        env = os.environ if env is None else env
        seed = env.get("CONTRACT_SEED")
        max_requests = env.get("CONTRACT_MAX_REQUESTS") or env.get("MAX_REQUESTS")
        return cls(
            base_url=env.get("BASE_URL", ""),
            api_key=env.get("API_KEY", ""),
            api_key_2=env.get("API_KEY_2") or None,
            profile=env.get("PROFILE") or "quick",
            spec_path=Path(env["CONTRACT_SPEC"])
            if env.get("CONTRACT_SPEC")
            else default_spec_path(),
            focus=Focus(
                checks=split_names(env.get("CONTRACT_CHECKS")),
                phases=split_names(env.get("CONTRACT_PHASES")),
            ),
            operations=env.get("CONTRACT_OPERATIONS") or None,
            rate_limit=env.get("CONTRACT_RATE_LIMIT") or None,
            request_retries=int(env.get("CONTRACT_REQUEST_RETRIES") or 0),
            seed=int(seed) if seed else None,
            report_dir=Path(env["CONTRACT_REPORT_DIR"])
            if env.get("CONTRACT_REPORT_DIR")
            else DEFAULT_REPORT_DIR,
            max_requests=int(max_requests) if max_requests else None,
        )

    def to_env(self) -> dict[str, str]:
        env = {
            "BASE_URL": self.base_url,
            "API_KEY": self.api_key,
            "API_KEY_2": self.api_key_2 or "",
            "PROFILE": self.profile,
            "CONTRACT_SPEC": str(self.spec_path),
            "CONTRACT_CHECKS": ",".join(self.focus.checks),
            "CONTRACT_PHASES": ",".join(self.focus.phases),
            "CONTRACT_OPERATIONS": self.operations or "",
            "CONTRACT_RATE_LIMIT": self.rate_limit or "",
            "CONTRACT_REQUEST_RETRIES": str(self.request_retries),
            "CONTRACT_SEED": "" if self.seed is None else str(self.seed),
            "CONTRACT_REPORT_DIR": str(self.report_dir),
            "CONTRACT_MAX_REQUESTS": "" if self.max_requests is None else str(self.max_requests),
        }
        return env
