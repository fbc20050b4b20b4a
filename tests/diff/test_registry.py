"""The rule table is data: every rule has an id, a level, a docstring, and its ADR row."""

from __future__ import annotations

from pathlib import Path

import generator.diff.walk  # noqa: F401  (imports register the rules)
from generator.diff.registry import RULES, Level

ADR = Path(__file__).resolve().parents[2] / "docs" / "adr" / "0008-spec-diff-engine.md"


def test_every_rule_says_why() -> None:
    for found_rule in RULES.values():
        assert found_rule.check.__doc__, found_rule.id
        assert found_rule.summary.endswith("."), found_rule.id


def test_every_rule_is_in_the_decision_record() -> None:
    text = ADR.read_text(encoding="utf-8")
    missing = [r.id for r in RULES.values() if f"| `{r.id}` | {r.level.value} |" not in text]
    assert missing == []


def test_all_three_levels_are_used() -> None:
    assert {r.level for r in RULES.values()} == set(Level)
