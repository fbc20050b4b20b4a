"""Compare two sides and turn the rules' findings into the report's changes.

A finding inside a shared schema is reported once with every operation it reaches, not once
per operation, and located in the NEW spec's source file, where the author will fix or accept it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator.diff.registry import LEVEL_ORDER, RULES, Level
from generator.diff.sources import Side
from generator.diff.walk import Walker


@dataclass(frozen=True)
class Change:
    rule_id: str
    level: Level
    where: str
    message: str
    file: str
    line: int
    operations: tuple[str, ...] = ()
    acknowledged: str | None = field(default=None)  # the reason, when listed in the ack file

    @property
    def key(self) -> str:
        """What an acknowledgement names: stable across line moves and reorderings."""
        return f"{self.rule_id}@{self.where}"

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line > 0 else self.file

    def acknowledge(self, reason: str) -> Change:
        return replace(self, acknowledged=reason)


def compare(old: Side, new: Side) -> list[Change]:
    merged: dict[tuple[str, str, str], Change] = {}
    for item in Walker(old.document, new.document).run():
        finding = item.finding
        key = (finding.rule_id, finding.where, finding.message)
        known = merged.get(key)
        operations = (item.operation,) if item.operation else ()
        if known is None:
            file, line = new.locate(finding.node_path)
            merged[key] = Change(
                finding.rule_id,
                RULES[finding.rule_id].level,
                finding.where,
                finding.message,
                file,
                line,
                operations,
            )
        elif item.operation and item.operation not in known.operations:
            merged[key] = replace(known, operations=(*known.operations, item.operation))
    return sorted(
        merged.values(),
        key=lambda c: (LEVEL_ORDER[c.level], c.file, c.line, c.rule_id, c.where, c.message),
    )
