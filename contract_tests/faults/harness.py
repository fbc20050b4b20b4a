"""Prove the suite's strength: inject each fault, run the real suite focused on it, see it fail.

Each fault gets its own run of `python -m contract_tests` (the same code CI runs), limited to
the operations and phases where the fault shows and to the checks that could catch any fault
of the catalogue. A clean run over the same ground first shows that nothing fails without a
fault. Runs go in parallel lanes, each with its own proxy and its own pair of accounts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from contract_tests.faults.catalogue import FaultSpec, build_catalogue
from contract_tests.faults.proxy import ProxyServer
from contract_tests.mock import ROOT, MockServer
from contract_tests.results import Results

# One pair of accounts per lane, and one for the clean run, so no run sees another's changes.
FAULT_KEYS = tuple(f"fault-key-{n}" for n in range(1, 9))
CLEAN_KEYS = ("fault-clean-key-1", "fault-clean-key-2")
RUN_TIMEOUT = 240


@dataclass(frozen=True)
class Lane:
    proxy: ProxyServer
    key: str
    second_key: str


@dataclass(frozen=True)
class Detection:
    fault: str
    violates: str
    expected: str
    failed_checks: tuple[str, ...]
    errors: tuple[str, ...]
    seconds: float

    @property
    def detected(self) -> bool:
        return self.expected in self.failed_checks


def focus_checks(catalogue: dict[str, FaultSpec]) -> list[str]:
    return sorted({spec.detected_by for spec in catalogue.values()})


def run_suite(
    base_url: str,
    key: str,
    second_key: str,
    *,
    operations: str,
    phases: Iterable[str],
    checks: Iterable[str],
    report_dir: Path,
    spec: Path | None = None,
    profile: str = "focus",
) -> Results:
    """One focused run of `python -m contract_tests`; its results as the suite saved them."""
    env = {
        **os.environ,
        "BASE_URL": base_url,
        "API_KEY": key,
        "API_KEY_2": second_key,
        "PROFILE": profile,
        "CONTRACT_OPERATIONS": operations,
        "CONTRACT_PHASES": ",".join(phases),
        "CONTRACT_CHECKS": ",".join(checks),
        "CONTRACT_REPORT_DIR": str(report_dir),
    }
    if spec is not None:
        env["CONTRACT_SPEC"] = str(spec)
    process = subprocess.run(
        [sys.executable, "-m", "contract_tests"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    results_file = report_dir / "contract-results.json"
    if not results_file.is_file():
        raise RuntimeError(
            f"the suite wrote no results (exit {process.returncode}):\n{process.stderr[-3000:]}"
        )
    return Results.load(results_file)


@contextmanager
def lanes(
    upstream: str, count: int, catalogue_of: dict[str, dict[str, FaultSpec]]
) -> Iterator[list[Lane]]:
    """`count` proxies in front of `upstream`, each with the faults for its pair of keys."""
    with ExitStack() as stack:
        made = []
        for index in range(count):
            key, second = FAULT_KEYS[2 * index], FAULT_KEYS[2 * index + 1]
            faults = {name: spec.apply for name, spec in catalogue_of[key].items()}
            proxy = stack.enter_context(ProxyServer(upstream, faults))
            made.append(Lane(proxy, key, second))
        yield made


class Harness:
    """Clean run and fault runs against one upstream server (the mock)."""

    def __init__(self, upstream: str, *, spec: Path | None = None, lane_count: int = 2) -> None:
        self.upstream = upstream
        self.spec = spec
        self.lane_count = lane_count
        self.catalogue_of = {
            FAULT_KEYS[2 * i]: build_catalogue(FAULT_KEYS[2 * i], FAULT_KEYS[2 * i + 1])
            for i in range(lane_count)
        }
        self.catalogue = self.catalogue_of[FAULT_KEYS[0]]
        self.work = Path(tempfile.mkdtemp(prefix="books-api-faults-"))

    def clean_run(self, lane: Lane) -> Results:
        """Everything the fault runs touch, without a fault: any failure here is a false alarm."""
        specs = list(self.catalogue.values())
        operations = "|".join(sorted({spec.operations.strip("^$") for spec in specs}))
        lane.proxy.activate(None)
        return run_suite(
            lane.proxy.base_url, *CLEAN_KEYS,
            operations=f"^({operations})$",
            phases=sorted({phase for spec in specs for phase in spec.phases}),
            checks=focus_checks(self.catalogue),
            report_dir=self.work / "clean",
            spec=self.spec,
        )  # fmt: skip

    def detect(self, lane: Lane, name: str) -> Detection:
        spec = self.catalogue_of[lane.key][name]
        lane.proxy.activate(name)
        started = time.monotonic()
        try:
            results = run_suite(
                lane.proxy.base_url, lane.key, lane.second_key,
                operations=spec.operations, phases=spec.phases, checks=focus_checks(self.catalogue),
                report_dir=self.work / name, spec=self.spec, profile=spec.profile,
            )  # fmt: skip
        finally:
            lane.proxy.activate(None)
        return Detection(
            fault=name,
            violates=spec.violates,
            expected=spec.detected_by,
            failed_checks=tuple(sorted(results.failed_checks())),
            errors=tuple(error.message.splitlines()[0] for error in results.errors),
            seconds=time.monotonic() - started,
        )

    def run(self, names: Iterable[str] | None = None) -> tuple[Results, list[Detection]]:
        wanted = list(names or self.catalogue)
        with lanes(self.upstream, self.lane_count, self.catalogue_of) as made:
            clean = self.clean_run(made[0])
            # Runs that delete go last in their lane: the others read the seeded objects.
            ordered = sorted(wanted, key=lambda name: "delete" in self.catalogue[name].operations)
            queues = [ordered[i :: len(made)] for i in range(len(made))]
            with ThreadPoolExecutor(max_workers=len(made)) as pool:
                done = pool.map(
                    lambda pair: [self.detect(pair[0], n) for n in pair[1]],
                    zip(made, queues, strict=True),
                )
                detections = [d for lane_result in done for d in lane_result]
        order = {name: i for i, name in enumerate(wanted)}
        return clean, sorted(detections, key=lambda d: order[d.fault])


def detection_table(detections: list[Detection]) -> str:
    lines = [
        f"{'fault':<28} {'expected check':<30} {'detected':<9} {'time':>6}  also failed",
        "-" * 110,
    ]
    for d in detections:
        others = ", ".join(check for check in d.failed_checks if check != d.expected) or "-"
        mark = "yes" if d.detected else "NO"
        lines.append(f"{d.fault:<28} {d.expected:<30} {mark:<9} {d.seconds:>5.1f}s  {others}")
    found = sum(d.detected for d in detections)
    lines.append(f"{found}/{len(detections)} faults detected")
    return "\n".join(lines)


def with_mock(lane_count: int = 2) -> MockServer:
    """The generated mock with the harness's keys (rate limit off; CONTRACT_MOCK_ARGS adds more)."""
    return MockServer(keys=(*FAULT_KEYS[: 2 * lane_count], *CLEAN_KEYS))
