"""Run the contract suite against Prism and sort its failures into Prism's known gaps.

    .venv/bin/python -m contract_tests.run_against_prism [--profile quick] [--port 4030]

Prism serves examples and validates requests, but keeps no state and ignores most of what the
contract says beyond schemas (TOOLCHAIN.md, pitfall 10). This run shows which of the suite's
findings are such gaps, with counts, so that our own mock is measured against a known baseline.
Results go to reports/prism/ (contract-summary.md, junit.xml, prism-gaps.md).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from contract_tests.mock import ROOT, MockError, free_port, wait_until_ready
from contract_tests.results import FailureRecord, Results

REPORT_DIR = ROOT / "reports" / "prism"
SPEC = ROOT / "generated" / "openapi.yaml"


@dataclass(frozen=True)
class Gap:
    name: str
    explains: str
    checks: frozenset[str]
    errors_only: bool = False  # only failures on Prism's own 4xx/5xx answers
    words: tuple[str, ...] = ()  # when given, one of them is in the title or message

    def covers(self, record: FailureRecord) -> bool:
        if record.check not in self.checks:
            return False
        if self.errors_only and (record.status is None or record.status < 400):
            return False
        text = f"{record.title}\n{record.message}".lower()
        return not self.words or any(word in text for word in self.words)


# In order: the first gap that covers a failure explains it.
GAPS = (
    Gap("static examples, no state",
        "answers are examples: no object is kept, Location is the example's, paging is ignored",
        frozenset({"use_after_free", "ensure_resource_availability",
                   "location_points_at_created", "account_isolation", "list_paging_consistent",
                   "totals_arithmetic"})),
    Gap("any API key accepted", "credentials are not checked at all",
        frozenset({"credentials_required", "ignored_auth"})),
    Gap("no Allow on 405", "405 answers leave out the Allow header",
        frozenset({"unsupported_method", "allow_header_conformance"})),
    Gap("own error answers",
        "Prism's 400/405/422 carry its own body, no error_id and no rate-limit headers",
        frozenset({"error_body_in_catalogue", "rate_limit_headers_coherent",
                   "response_headers_conformance", "response_schema_conformance",
                   "content_type_conformance", "status_code_conformance"}),
        errors_only=True),
    Gap("no XML mapping", "XML is Prism's own serialisation, not the spec's xml.name/wrapped",
        frozenset({"xml_matches_mapping", "response_schema_conformance"}), words=("xml", "amount")),
    Gap("read-only fields: wrong refusal",
        "write schemas are closed, so Prism refuses read-only fields, with 422, not 400/928",
        frozenset({"read_only_fields_refused"})),
    Gap("validation gaps", "some schema-invalid requests are let through, or valid ones refused",
        frozenset({"negative_data_rejection", "positive_data_acceptance",
                   "missing_required_header"})),
)  # fmt: skip


def classify(results: Results) -> tuple[dict[str, list[FailureRecord]], list[FailureRecord]]:
    """Failures by the gap that explains them, and those no known gap explains."""
    explained: dict[str, list[FailureRecord]] = {gap.name: [] for gap in GAPS}
    unexplained: list[FailureRecord] = []
    for record in results.failures.values():
        gap = next((gap for gap in GAPS if gap.covers(record)), None)
        if gap is None:
            unexplained.append(record)
        else:
            explained[gap.name].append(record)
    return explained, unexplained


def gap_report(results: Results, crashes: int) -> str:
    explained, unexplained = classify(results)
    lines = [
        "# The contract suite against Prism",
        "",
        f"{len(results.failures)} distinct failures on {len(results.operations)} operations "
        f"({sum(results.responses.values())} responses, profile {results.meta.get('profile')}). "
        f"Prism crashed {crashes} time(s) and was restarted (an invalid request whose validation "
        "message holds non-Latin-1 characters makes it throw `Invalid character in header "
        'content ["sl-violations"]`); requests sent while it restarted are the run\'s errors: '
        f"{len(results.errors)}.",
        "",
        "| Prism gap | what it means | distinct failures | operations | checks |",
        "|---|---|---:|---:|---|",
    ]
    for gap in GAPS:
        records = explained[gap.name]
        checks = Counter(record.check for record in records)
        listed = ", ".join(f"`{check}` {count}" for check, count in checks.most_common())
        operations = len({record.operation for record in records})
        lines.append(
            f"| {gap.name} | {gap.explains} | {len(records)} | {operations} | {listed or '—'} |"
        )
    lines += ["", f"Not explained by a known gap: {len(unexplained)}"]
    lines += [f"- `{r.operation}` — `{r.check}`: {r.title}" for r in unexplained]
    return "\n".join(lines) + "\n"


class SupervisedPrism:
    """Prism on a port, restarted whenever it dies (it crashes on some invalid requests)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.crashes = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _start(self) -> None:
        log = (REPORT_DIR / "prism.log").open("ab")
        command = ["npx", "--no-install", "prism", "mock", str(SPEC), "-p", str(self.port)]
        # `-v warn`: Prism's per-request logging halves its throughput (TOOLCHAIN.md).
        self.process = subprocess.Popen(
            [*command, "-h", "127.0.0.1", "-v", "warn"],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until_ready(f"http://127.0.0.1:{self.port}/", 120.0, self.process)

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            if self.process is not None and self.process.poll() is not None:
                self.crashes += 1
                with contextlib.suppress(MockError):  # a failed restart is retried
                    self._start()

    def __enter__(self) -> SupervisedPrism:
        (REPORT_DIR / "prism.log").write_bytes(b"")
        self._start()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if self.process is not None:
            for sig in (signal.SIGTERM, signal.SIGKILL):  # npm does not always pass SIGTERM on
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, sig)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=10)
                    return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.run_against_prism", description=__doc__
    )
    parser.add_argument("--profile", default="quick")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    if not SPEC.is_file():
        print("generated/openapi.yaml is missing: run `make generate`", file=sys.stderr)
        return 2
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    port = args.port or free_port()
    with SupervisedPrism(port) as prism:
        env = {
            **os.environ,
            # Prism serves the paths at its root and takes any key.
            "BASE_URL": f"http://127.0.0.1:{port}",
            "API_KEY": "prism-any-key",
            "API_KEY_2": "prism-other-key",
            "PROFILE": args.profile,
            "CONTRACT_REPORT_DIR": str(REPORT_DIR),
            # Requests that meet Prism restarting are retried after 1, 2, 4 and 8 s.
            "CONTRACT_REQUEST_RETRIES": "4",
        }
        subprocess.run([sys.executable, "-m", "contract_tests"], cwd=ROOT, env=env, check=False)
    report = gap_report(Results.load(REPORT_DIR / "contract-results.json"), prism.crashes)
    (REPORT_DIR / "prism-gaps.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
