"""Turn a run's results into what people read: a terminal summary and a Markdown report.

Both lead with the verdict, then list per check and per operation what was tried, then every
distinct finding with the rule it broke and the request that shows it as a `curl` line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from contract_tests.results import ErrorRecord, FailureRecord, Results
from contract_tests.verdict import judge, rate_limited_share


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m{rest:02d}s" if minutes else f"{rest}s"


def _verdict(results: Results) -> str:
    return judge(results).headline


def _rate_limited_line(results: Results) -> str:
    total = sum(results.rate_limited.values())
    return f"429 answers: {total} ({rate_limited_share(results):.0%} of the responses)"


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
        f"Profile  {meta.get('profile', '?')}; phases {meta.get('phases', '?')}; "
        f"checks {meta.get('checks', 'all')}",
        f"Spec     {meta.get('spec', '?')}; operations {meta.get('operations_filter') or 'all'}",
        f"Run      {_duration(float(meta.get('duration', 0)))}, seed {meta.get('seed', '?')}, "
        f"{sum(results.responses.values())} responses from {len(results.operations)} operations",
        _rate_limited_line(results),
    ]


def text_summary(results: Results, width: int = 100) -> str:
    lines = ["", "=" * width, f"Books API contract tests — {_verdict(results)}", "=" * width]
    lines += _header_lines(results)
    advice = judge(results).advice
    if advice:
        lines += ["", "What to do:"] + [f"  - {line}" for line in advice]
    lines += ["", "Per check (responses passed / failed, operations failing):"]
    for check, passed, failed, operations in _per_check(results):
        mark = "✗" if failed else "✓"
        lines.append(
            f"  {mark} {check:<32} {passed:>7} passed {failed:>6} failed "
            f"{operations:>4} operation(s)"
        )
    failing = _failing_checks_by_operation(results)
    lines += ["", "Per operation (responses by status class):"]
    for operation in sorted(results.operations | set(failing)):
        counts = f"{results.responses.get(operation, 0):>5} {_classes(results, operation):<26}"
        if operation in failing:
            lines.append(f"  ✗ {operation:<56} {counts} failed: {', '.join(failing[operation])}")
        else:
            lines.append(f"  ✓ {operation:<56} {counts}")
    untested = results.never_succeeded()
    if untested:
        lines += ["", "Never answered 2xx (their success path was not exercised):"]
        lines += [f"  - {operation}" for operation in untested]
    if results.failures:
        lines += ["", f"Violations ({len(results.failures)} distinct):"]
        for record in _sorted(results.failures.values()):
            lines += _failure_lines(record, indent="  ")
    server_errors = [e for e in results.errors if e.kind != "suite"]
    if server_errors:
        lines += ["", "Errors (the server could not be talked to; parts of the run not judged):"]
        lines += [f"  ! {e.where}: {e.message.splitlines()[0][:300]}" for e in server_errors]
    suite_errors = [e for e in results.errors if e.kind == "suite"]
    if suite_errors:
        lines += [
            "",
            "Errors of the suite (a bug in contract_tests, not a finding about the server):",
        ]
        for error in suite_errors:
            lines += [f"  ! {error.where}: {error.message.splitlines()[0][:300]}"]
            lines += [f"    {line}" for line in _traceback(error).splitlines()]
    if results.skipped:
        lines += ["", "Skipped:"] + [f"  - {note}" for note in results.skipped]
    coverage = results.meta.get("budget")
    if isinstance(coverage, list) and coverage:
        lines += ["", "Budget:"] + [f"  {line}" for line in coverage]
    reports = results.meta.get("reports")
    if reports:
        lines += ["", f"Reports: {reports}"]
    lines.append("=" * width)
    return "\n".join(lines)


def _traceback(error: ErrorRecord) -> str:
    return (error.traceback or error.message).rstrip()


def _classes(results: Results, operation: str) -> str:
    return " ".join(
        f"{cls} {results.status_classes[operation, cls]}"
        for cls in ("2xx", "3xx", "4xx", "5xx")
        if results.status_classes[operation, cls]
    )


def _sorted(records: Iterable[FailureRecord]) -> list[FailureRecord]:
    return sorted(records, key=lambda r: (r.operation, r.check, r.title))


def _seen(record: FailureRecord) -> str:
    times = "once" if record.occurrences == 1 else f"{record.occurrences} times"
    return f"{times} (first in the {record.phase} phase, HTTP {record.status})"


def _failure_lines(record: FailureRecord, indent: str) -> list[str]:
    message = record.message.strip().splitlines()
    return [
        "",
        f"{indent}✗ {record.operation} — {record.check}: {record.title}",
        f"{indent}  rule:    {record.rule}",
        f"{indent}  found:   {message[0] if message else ''}",
        *(f"{indent}           {line}" for line in message[1:] if line.strip()),
        f"{indent}  seen:    {_seen(record)}",
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
    rules = {
        **results.meta.get("rules", {}),
        **{r.check: r.rule for r in results.failures.values()},
    }
    for check, passed, failed, operations in _per_check(results):
        rule = rules.get(check, "").replace("|", "\\|")
        lines.append(f"| `{check}` | {rule} | {passed} | {failed} | {operations} |")
    failing = _failing_checks_by_operation(results)
    lines += ["", "## Per operation", "", "| operation | responses | by status | failing checks |"]
    lines.append("|---|---:|---|---|")
    for operation in sorted(results.operations | set(failing)):
        checks = ", ".join(f"`{c}`" for c in failing.get(operation, [])) or "—"
        total = results.responses.get(operation, 0)
        lines.append(f"| `{operation}` | {total} | {_classes(results, operation)} | {checks} |")
    untested = results.never_succeeded()
    if untested:
        listed = ", ".join(f"`{operation}`" for operation in untested)
        lines += ["", f"Never answered 2xx (success path not exercised): {listed}"]
    if results.failures:
        lines += ["", "## Violations"]
        for record in _sorted(results.failures.values()):
            lines += [
                "",
                f"### {record.operation} — `{record.check}`: {record.title}",
                "",
                f"- **Rule:** {record.rule}",
                f"- **Seen:** {_seen(record)}",
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
    advice = judge(results).advice
    if advice:
        lines += ["", "## What to do", ""] + [f"- {line}" for line in advice]
    server_errors = [e for e in results.errors if e.kind != "suite"]
    if server_errors:
        lines += ["", "## Errors (server could not be talked to)", ""] + [
            f"- `{e.where}`: {e.message.splitlines()[0][:500]}" for e in server_errors
        ]
    for error in (e for e in results.errors if e.kind == "suite"):
        lines += ["", f"## Error of the suite: `{error.where}`", "", "```", _traceback(error)]
        lines += ["```"]
    coverage = results.meta.get("budget")
    if isinstance(coverage, list) and coverage:
        lines += ["", "## Budget", ""] + [f"- {line}" for line in coverage]
    if results.skipped:
        lines += ["", "## Skipped", ""] + [f"- {note}" for note in results.skipped]
    return "\n".join(lines) + "\n"


def junit_xml(results: Results) -> bytes:
    """JUnit for CI: one test case per operation and check that ran, failures with their curl."""
    import xml.etree.ElementTree as ET

    by_case: dict[tuple[str, str], list[FailureRecord]] = {}
    for record in results.failures.values():
        by_case.setdefault((record.operation, record.check), []).append(record)
    ran = sorted(set(results.passed) | set(results.failed))
    suite = ET.Element(
        "testsuite",
        name="books-api-contract",
        tests=str(len(ran) + len(results.errors) + len(results.skipped)),
        failures=str(len(by_case)),
        errors=str(len(results.errors)),
        skipped=str(len(results.skipped)),
        time=f"{float(results.meta.get('duration', 0)):.1f}",
    )
    for operation, check in ran:
        case = ET.SubElement(suite, "testcase", classname=operation, name=check)
        for record in by_case.get((operation, check), []):
            failure = ET.SubElement(case, "failure", message=f"{record.title} ({record.rule})")
            failure.text = f"{record.message.strip()}\n\nReproduce:\n{record.curl}\n"
    for error in results.errors:
        name = "suite error" if error.kind == "suite" else "server error"
        case = ET.SubElement(suite, "testcase", classname=error.where, name=name)
        ET.SubElement(case, "error", message=error.message.splitlines()[0][:300]).text = _traceback(
            error
        )
    for note in results.skipped:
        case = ET.SubElement(suite, "testcase", classname="setup", name=note.split(":")[0])
        ET.SubElement(case, "skipped", message=note)
    root = ET.Element("testsuites", name="Books API contract tests")
    root.append(suite)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data
