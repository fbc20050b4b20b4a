"""What a run found, per operation and check, kept so it can be printed, saved and compared.

Every check outcome of every response is counted (schemathesis' `after_validate` hook hands them
over), and each distinct failure (operation, check, title) is kept once with the first request
that showed it. The suite never stops at the first failure, so the summary is complete.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

TOO_MANY_REQUESTS = 429


@dataclass
class FailureRecord:
    operation: str
    check: str
    rule: str  # first line of the check's docstring
    title: str
    message: str
    curl: str
    status: int | None
    phase: str
    occurrences: int = 1


@dataclass
class ErrorRecord:
    """The suite could not judge something: the server dropped a connection, the suite crashed.

    `kind` is "server" when the server could not be reached or talked to (the run's target is
    at fault), "suite" when contract_tests itself raised (a bug of the suite, with its
    `traceback`, never a finding about the server).
    """

    where: str
    message: str
    kind: str = "suite"
    traceback: str = ""


@dataclass
class Results:
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: dict[tuple[str, str, str], FailureRecord] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)
    responses: Counter[str] = field(default_factory=Counter)
    status_classes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, "2xx")
    rate_limited: Counter[str] = field(default_factory=Counter)  # 429 answers per operation
    meta: dict[str, Any] = field(default_factory=dict)

    def record_response(self, operation: str, status: int) -> None:
        self.operations.add(operation)
        self.responses[operation] += 1
        self.status_classes[operation, f"{status // 100}xx"] += 1
        if status == TOO_MANY_REQUESTS:
            self.rate_limited[operation] += 1

    def never_succeeded(self) -> list[str]:
        """Operations that answered no 2xx: their success path went untested."""
        return sorted(op for op in self.operations if not self.status_classes[op, "2xx"])

    def record_pass(self, operation: str, check: str) -> None:
        self.passed[operation, check] += 1

    def record_failure(self, record: FailureRecord) -> bool:
        """Count a failure; True when it is the first of its kind (operation, check, title)."""
        self.failed[record.operation, record.check] += 1
        key = (record.operation, record.check, record.title)
        if key in self.failures:
            self.failures[key].occurrences += 1
            return False
        self.failures[key] = record
        return True

    def record_error(
        self, where: str, message: str, *, kind: str = "suite", traceback: str = ""
    ) -> None:
        self.errors.append(ErrorRecord(where, message, kind, traceback))

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors

    def checks(self) -> list[str]:
        return sorted({check for _, check in self.passed} | {check for _, check in self.failed})

    def failed_checks(self) -> set[str]:
        return {record.check for record in self.failures.values()}

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "meta": self.meta,
            "operations": sorted(self.operations),
            "responses": dict(self.responses),
            "rate_limited": dict(self.rate_limited),
            "status_classes": [
                [op, cls, n] for (op, cls), n in sorted(self.status_classes.items())
            ],
            "passed": [[op, check, n] for (op, check), n in sorted(self.passed.items())],
            "failed": [[op, check, n] for (op, check), n in sorted(self.failed.items())],
            "failures": [asdict(record) for record in self.failures.values()],
            "errors": [asdict(error) for error in self.errors],
            "skipped": self.skipped,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Results:
        results = cls(meta=dict(data.get("meta", {})), skipped=list(data.get("skipped", [])))
        results.operations = set(data.get("operations", []))
        results.responses = Counter(data.get("responses", {}))
        results.rate_limited = Counter(data.get("rate_limited", {}))
        results.status_classes = Counter(
            {(op, cls): n for op, cls, n in data.get("status_classes", [])}
        )
        results.passed = Counter({(op, check): n for op, check, n in data.get("passed", [])})
        results.failed = Counter({(op, check): n for op, check, n in data.get("failed", [])})
        for raw in data.get("failures", []):
            record = FailureRecord(**raw)
            results.failures[record.operation, record.check, record.title] = record
        results.errors = [ErrorRecord(**raw) for raw in data.get("errors", [])]
        return results

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Results:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls.from_json(data)
