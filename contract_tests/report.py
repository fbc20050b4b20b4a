"""Turn a run's results into what people read: a terminal summary and a Markdown report.

Both lead with the verdict, then list per check and per operation what was tried, then every
distinct finding with the rule it broke and the request that shows it as a `curl` line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from contract_tests.results import FailureRecord, Results


def _duration(seconds: float) -> str:
    minutes, rest = divmod(int(round(seconds)), 60)
    return f"{minutes}m{rest:02d}s" if minutes else f"{rest}s"


def _verdict(results: Results) -> str:
    if results.ok:
        return "PASSED: no contract violation found"
    parts = []
    if results.failures:
        parts.append(f"{len(results.failures)} distinct violation(s)")
    if results.errors:
        parts.append(f"{len(results.errors)} error(s) that stopped part of the run")
    return "FAILED: " + ", ".join(parts)


def _per_check(results: Results) -> list[tuple[str, int, int, int]]:
    """(check, responses passed, responses failed, operations failed)."""
    passed: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    for (_, check), count in results.passed.items():
        passed[check] += count
    for (_, check), count in results.failed.items():
        failed[check] += count
    broken_ops: Counter[str] = Counter(check for _, check, _title in results.failures)
    return [(c, passed[c], failed[c], broken_ops[c]) for c in sorted(set(passed) | set(failed))]


def _failing_checks_by_operation(results: Results) -> dict[str, list[str]]:
    by_operation: dict[str, list[str]] = {}
    for operation, check, _ in results.failures:
        checks = by_operation.setdefault(operation, [])
        if check not in checks:
            checks.append(check)
    return by_operation


def _header_lines(results: Results) -> list[str]:
    meta = results.meta
    return [
        f"Target   {meta.get('base_url', '?')} ({meta.get('target', '?')})",
        f"Profile  {meta.get('profile', '?')}; phases {meta.get('phases', '?')}; checks {meta.get('checks', 'all')}",
        f"Spec     {meta.get('spec', '?')}; operations {meta.get('operations_filter') or 'all'}",
        f"Run      {_duration(float(meta.get('duration', 0)))}, seed {meta.get('seed', '?')}, "
        f"{sum(results.responses.values())} responses from {len(results.operations)} operations",
    ]


def text_summary(results: Results, width: int = 100) -> str:
    lines = ["", "=" * width, f"Books API contract tests — {_verdict(results)}", "=" * width]
    lines += _header_lines(results)
    lines += ["", "Per check (responses passed / failed, operations failing):"]
    for check, passed, failed, operations in _per_check(results):
        mark = "✗" if failed else "✓"
        lines.append(
            f"  {mark} {check:<32} {passed:>7} passed {failed:>6} failed {operations:>4} operation(s)"
        )
    failing = _failing_checks_by_operation(results)
    lines += ["", "Per operation:"]
    for operation in sorted(results.operations | set(failing)):
        count = results.responses.get(operation, 0)
        if operation in failing:
            lines.append(
                f"  ✗ {operation:<58} {count:>5} responses; failed: {', '.join(failing[operation])}"
            )
        else:
            lines.append(f"  ✓ {operation:<58} {count:>5} responses")
    if results.failures:
        lines += ["", f"Violations ({len(results.failures)} distinct):"]
        for record in _sorted(results.failures.values()):
            lines += _failure_lines(record, indent="  ")
    if results.errors:
        lines += ["", "Errors (parts of the run that could not be judged):"]
        lines += [
            f"  ! {error.where}: {error.message.splitlines()[0][:300]}" for error in results.errors
        ]
    if results.skipped:
        lines += ["", "Skipped:"] + [f"  - {note}" for note in results.skipped]
    reports = results.meta.get("reports")
    if reports:
        lines += ["", f"Reports: {reports}"]
    lines.append("=" * width)
    return "\n".join(lines)


def _sorted(records: Iterable[FailureRecord]) -> list[FailureRecord]:
    return sorted(records, key=lambda r: (r.operation, r.check, r.title))


def _failure_lines(record: FailureRecord, indent: str) -> list[str]:
    message = record.message.strip().splitlines()
    return [
        "",
        f"{indent}✗ {record.operation} — {record.check}: {record.title}",
        f"{indent}  rule:    {record.rule}",
        f"{indent}  found:   {message[0] if message else ''}",
        *(f"{indent}           {line}" for line in message[1:] if line.strip()),
        f"{indent}  seen:    {record.occurrences}* (first in the {record.phase} phase, HTTP {record.status})",
        f"{indent}  request: {record.curl}",
    ]


def markdown_report(results: Results) -> str:
    lines = ["# Books API contract tests", "", f"**{_verdict(results)}**", ""]
    lines += [
        f"- {line.split(maxsplit=1)[0]}: {line.split(maxsplit=1)[1]}"
        for line in _header_lines(results)
    ]
    lines += [
        "",
        "## Per check",
        "",
        "| check | rule | responses passed | responses failed | operations failing |",
    ]
    lines.append("|---|---|---:|---:|---:|")
    rules = {record.check: record.rule for record in results.failures.values()}
    for check, passed, failed, operations in _per_check(results):
        rule = rules.get(check, "").replace("|", "\\|")
        lines.append(f"| `{check}` | {rule} | {passed} | {failed} | {operations} |")
    failing = _failing_checks_by_operation(results)
    lines += [
        "",
        "## Per operation",
        "",
        "| operation | responses | failing checks |",
        "|---|---:|---|",
    ]
    for operation in sorted(results.operations | set(failing)):
        checks = ", ".join(f"`{c}`" for c in failing.get(operation, [])) or "—"
        lines.append(f"| `{operation}` | {results.responses.get(operation, 0)} | {checks} |")
    if results.failures:
        lines += ["", "## Violations"]
        for record in _sorted(results.failures.values()):
            lines += [
                "",
                f"### {record.operation} — `{record.check}`: {record.title}",
                "",
                f"- **Rule:** {record.rule}",
                f"- **Seen:** {record.occurrences}* (first in the {record.phase} phase, HTTP {record.status})",
                "",
                "```",
                record.message.strip(),
                "```",
                "",
                "Reproduce:",
                "",
                "```sh",
                record.curl,
                "```",
            ]
    if results.errors:
        lines += ["", "## Errors", ""] + [
            f"- `{e.where}`: {e.message.splitlines()[0][:500]}" for e in results.errors
        ]
    if results.skipped:
        lines += ["", "## Skipped", ""] + [f"- {note}" for note in results.skipped]
    return "\n".join(lines) + "\n"
