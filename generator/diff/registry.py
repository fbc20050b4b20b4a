"""Rules as data: each has an id, a level and the kind of node it judges.

A rule is a small function registered with `@rule(...)`; the walker calls every rule of a
subject (and, for schemas, of the direction) on each pair of nodes it matches. Keeping the level
next to the id, not inside the function, lets the docs, the tests and the gate read one table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from generator.load.yaml_loader import NodePath


class Level(StrEnum):
    BREAKING = "breaking"
    WARN = "warn"
    INFO = "info"


BREAKING, WARN, INFO = Level.BREAKING, Level.WARN, Level.INFO
SHORT_VALUE = 60  # characters of a value quoted in a message
LEVEL_ORDER = {Level.BREAKING: 0, Level.WARN: 1, Level.INFO: 2}

Subject = Literal[
    "document", "operation", "parameter", "request_body", "response", "media_type", "schema"
]
Direction = Literal["request", "response"]
BOTH: tuple[Direction, ...] = ("request", "response")


@dataclass(frozen=True)
class Finding:
    """What a rule reports: the rule id, where (human words) and where in the NEW bundle."""

    rule_id: str
    where: str
    message: str
    node_path: NodePath


RuleCheck = Callable[..., Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    subject: Subject
    directions: tuple[Direction, ...]
    summary: str  # the docstring's first paragraph: what the rule reports, why its level
    check: RuleCheck


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    level: Level,
    subject: Subject,
    directions: tuple[Direction, ...] = BOTH,
) -> Callable[[RuleCheck], RuleCheck]:
    """Register a rule function under `rule_id`; its docstring's first paragraph is its summary."""

    def register(check: RuleCheck) -> RuleCheck:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        paragraph = (check.__doc__ or rule_id).strip().split("\n\n")[0]
        summary = " ".join(line.strip() for line in paragraph.splitlines())
        RULES[rule_id] = Rule(rule_id, level, subject, directions, summary, check)
        return check

    return register


def rules_for(subject: Subject, direction: Direction | None = None) -> list[Rule]:
    return [
        r
        for r in RULES.values()
        if r.subject == subject and (direction is None or direction in r.directions)
    ]


def found(rule_id: str, where: str, message: str, node_path: NodePath) -> Finding:
    return Finding(rule_id, where, message, node_path)


def short(value: Any) -> str:
    """A value as a report shows it: JSON-like, cut when long."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= SHORT_VALUE else text[: SHORT_VALUE - 1] + "…"
