"""The report in three forms: text for a terminal and CI log (one `file:line:` line per change,
so editors jump to it), Markdown for a pull-request comment, JSON for tools.

Every form ends with what to do when the gate fails: raise the major version, or copy the
listed keys into the acknowledgement file with a reason.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from generator.diff.engine import Change
from generator.diff.gate import Verdict
from generator.diff.registry import Level

FORMATS = ("text", "markdown", "json")
KEYS_SHOWN = 20  # acknowledgement templates printed; past that a major version is the answer
OPERATIONS_SHOWN = 3  # a shared schema may reach dozens of operations; name a few


def render(verdict: Verdict, old: str, new: str, versions: tuple[str, str], fmt: str) -> str:
    if fmt == "json":
        return _json(verdict, old, new, versions)
    if fmt == "markdown":
        return _markdown(verdict, old, new, versions)
    return _text(verdict, old, new, versions)


def summary(changes: list[Change]) -> str:
    counts = Counter(c.level for c in changes)
    return ", ".join(f"{counts[level]} {level.value}" for level in Level)


def operations_text(change: Change) -> str:
    if change.operations == (change.where,):
        return ""
    shown = ", ".join(change.operations[:OPERATIONS_SHOWN])
    more = len(change.operations) - OPERATIONS_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _headline(verdict: Verdict, old: str, new: str, versions: tuple[str, str]) -> str:
    return (
        f"{versions[0]} ({old}) -> {versions[1]} ({new}): "
        f"{summary(verdict.changes) if verdict.changes else 'no changes'}"
    )


def _advice(verdict: Verdict) -> list[str]:
    if not verdict.unannounced:
        if verdict.major_raised and any(c.level == Level.BREAKING for c in verdict.changes):
            return ["PASS: breaking changes are announced by the raised major version."]
        return ["PASS: no unannounced breaking change."]
    ack = verdict.acknowledgements.display
    lines = [
        f"FAIL: {len(verdict.unannounced)} breaking change(s) not announced. Raise the major "
        "version (make release PART=major), or list each one with a reason in "
        f"{ack} under `acknowledged:`:"
    ]
    for change in verdict.unannounced[:KEYS_SHOWN]:
        lines += [f'  - change: "{change.key}"', '    reason: "<why no client breaks>"']
    more = len(verdict.unannounced) - KEYS_SHOWN
    if more > 0:
        lines.append(
            f"  # ... and {more} more: every key is in the report above and in --format json"
        )
    return lines


def _text(verdict: Verdict, old: str, new: str, versions: tuple[str, str]) -> str:
    lines = [_headline(verdict, old, new, versions)]
    for c in verdict.changes:
        where = f"{c.location}: " if c.file else ""
        line = f"{where}{c.level.value}: {c.rule_id}: {c.where}: {c.message}"
        if operations_text(c):
            line += f" [{operations_text(c)}]"
        if c.acknowledged:
            line += f" (acknowledged: {c.acknowledged})"
        lines.append(line)
    lines.append(f"Acknowledgements: {verdict.acknowledgements.display}")
    return "\n".join([*lines, *_advice(verdict)]) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(verdict: Verdict, old: str, new: str, versions: tuple[str, str]) -> str:
    lines = [f"### API contract changes: {versions[0]} → {versions[1]}", ""]
    lines.append(
        f"`{old}` → `{new}`: **{summary(verdict.changes)}**"
        if verdict.changes
        else f"`{old}` → `{new}`: no changes."
    )
    if verdict.changes:
        lines += [
            "",
            "| Level | Rule | Where | Change | Operations | Source |",
            "|---|---|---|---|---|---|",
        ]
        for c in verdict.changes:
            note = f" (acknowledged: {c.acknowledged})" if c.acknowledged else ""
            lines.append(
                f"| {c.level.value} | `{c.rule_id}` | `{_cell(c.where)}` | "
                f"{_cell(c.message + note)} | {_cell(operations_text(c))} | `{c.location}` |"
            )
    lines += ["", f"Acknowledgements: `{verdict.acknowledgements.display}`", ""]
    advice = _advice(verdict)
    lines.append(f"**{advice[0]}**")
    if len(advice) > 1:
        lines += ["", "```yaml", "acknowledged:", *advice[1:], "```"]
    return "\n".join(lines) + "\n"


def _json(verdict: Verdict, old: str, new: str, versions: tuple[str, str]) -> str:
    data: dict[str, Any] = {
        "old": {"source": old, "version": versions[0]},
        "new": {"source": new, "version": versions[1]},
        "summary": {level.value: sum(c.level == level for c in verdict.changes) for level in Level},
        "passed": not verdict.unannounced,
        "major_raised": verdict.major_raised,
        "acknowledgements": verdict.acknowledgements.display,
        "unused_acknowledgements": verdict.unused,
        "changes": [
            {
                "key": c.key,
                "rule": c.rule_id,
                "level": c.level.value,
                "where": c.where,
                "message": c.message,
                "file": c.file,
                "line": c.line,
                "operations": list(c.operations),
                "acknowledged": c.acknowledged,
                "announced": c.level != Level.BREAKING or c not in verdict.unannounced,
            }
            for c in verdict.changes
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
