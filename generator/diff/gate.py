"""The CI gate: may this change ship under this version number?

Breaking changes pass when the major version was raised (the change is announced) or when each
one is listed with a reason in the acknowledgement file (a reviewed exception: a field nobody
can have used, a fix of a contract that never matched the server). Everything else fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError, error, warning
from generator.diff.engine import Change
from generator.diff.registry import Level
from generator.load.spec import display_path
from generator.load.yaml_loader import load_yaml

ACK_FILE = "acknowledged.yaml"  # in the releases folder, emptied by `make release`
ACK_KEY = "acknowledged"
_MAJOR = re.compile(r"^\s*v?(\d+)")

EXIT_OK = 0
EXIT_BREAKING = 1
EXIT_BAD_INPUT = 2


@dataclass(frozen=True)
class Acknowledgements:
    path: Path | None
    reasons: dict[str, str]  # change key -> reason

    @property
    def display(self) -> str:
        return display_path(self.path) if self.path else "(none)"


@dataclass(frozen=True)
class Verdict:
    changes: list[Change]
    major_raised: bool
    unannounced: list[Change]  # breaking, not acknowledged, major not raised
    unused: list[str]  # acknowledged keys that match no change: stale entries
    acknowledgements: Acknowledgements

    @property
    def exit_code(self) -> int:
        return EXIT_BREAKING if self.unannounced else EXIT_OK

    def notes(self) -> list[Diagnostic]:
        file = self.acknowledgements.display
        return [warning(file, 0, f"acknowledges no current change: {key}") for key in self.unused]


def major(version: str) -> int | None:
    match = _MAJOR.match(version)
    return int(match[1]) if match else None


def load_acknowledgements(path: Path | None) -> Acknowledgements:
    """Read `acknowledged: [{change: KEY, reason: TEXT}]`; raise SpecError on a bad entry."""
    if path is None or not path.is_file():
        return Acknowledgements(path, {})
    doc = load_yaml(path, display_path(path))
    entries: Any = (doc.data or {}).get(ACK_KEY) if isinstance(doc.data, dict) else None
    if doc.data is not None and not isinstance(entries, list | None):
        raise SpecError([error(doc.display, doc.line_of(()), f"'{ACK_KEY}' must be a list")])
    reasons: dict[str, str] = {}
    problems = []
    for i, entry in enumerate(entries or ()):
        line = doc.line_of((ACK_KEY, i))
        if not isinstance(entry, dict) or not isinstance(entry.get("change"), str):
            problems.append(error(doc.display, line, "an entry needs 'change: <rule>@<where>'"))
        elif not str(entry.get("reason") or "").strip():
            problems.append(error(doc.display, line, f"{entry['change']}: give a reason"))
        else:
            reasons[entry["change"]] = str(entry["reason"]).strip()
    if problems:
        raise SpecError(problems)
    return Acknowledgements(path, reasons)


def judge(
    changes: list[Change], old_version: str, new_version: str, acks: Acknowledgements
) -> Verdict:
    old_major, new_major = major(old_version), major(new_version)
    raised = old_major is not None and new_major is not None and new_major > old_major
    judged = [c.acknowledge(acks.reasons[c.key]) if c.key in acks.reasons else c for c in changes]
    unannounced = [
        c for c in judged if c.level == Level.BREAKING and c.acknowledged is None and not raised
    ]
    keys = {c.key for c in changes}
    unused = sorted(k for k in acks.reasons if k not in keys)
    return Verdict(judged, raised, unannounced, unused, acks)
