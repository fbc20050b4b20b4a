"""How long `make generate` takes: a full regeneration from clean, and a no-op run.

Goals on 2 cores: full <= 10 s, no-op <= 1 s. Runs on the fixture spec and on the real spec
(with --partial while domains are still missing or broken), each into a temporary GEN_OUT, so
generated/ is never touched. This prints figures; it is not a test.
Usage: .venv/bin/python bench/generator_timing.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPECS = {
    "fixture": "tests/fixtures/mini_spec/openapi.yaml",
    "real spec": "openapi/openapi.yaml",
}
GOAL_FULL, GOAL_NOOP = 10.0, 1.0


def _make(spec: str, out: Path, flags: str, *, timing: bool = False) -> tuple[float, str]:
    env = {**os.environ, "GENERATOR_TIMING": "1" if timing else ""}
    command = [
        "make",
        "--no-print-directory",
        "generate",
        f"SPEC={spec}",
        f"GEN_OUT={out}",
        f"GEN_FLAGS={flags}",
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(result.stdout + result.stderr)
    return elapsed, result.stdout + result.stderr


def _flags_for(spec: str) -> str:
    """--partial only when the spec cannot be generated whole yet."""
    check = subprocess.run(
        [
            str(REPO / ".venv/bin/python"),
            "-m",
            "generator",
            "bundle",
            spec,
            "--out",
            tempfile.mkdtemp(),
        ],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    return "" if check.returncode == 0 else "--partial"


def bench(name: str, spec: str, runs: int) -> None:
    flags = _flags_for(spec)
    fulls, noops = [], []
    stages = ""
    for i in range(runs):
        out = Path(tempfile.mkdtemp(prefix="books-bench-")) / "generated"
        try:
            elapsed, output = _make(spec, out, flags, timing=i == 0)
            fulls.append(elapsed)
            if i == 0:
                stages = next(
                    (line for line in output.splitlines() if line.startswith("timing:")), ""
                )
                record = json.loads((out / "PROVENANCE.json").read_text(encoding="utf-8"))
                skipped = len(record["spec"]["skipped_paths"])
            noops.append(_make(spec, out, flags)[0])
        finally:
            shutil.rmtree(out.parent, ignore_errors=True)
    scope = f"partial: {skipped} root paths skipped" if flags else "whole spec"
    print(f"{name} ({spec}, {scope}, {runs} runs):")
    print(
        f"  full regeneration from clean: median {statistics.median(fulls):.2f} s "
        f"(min {min(fulls):.2f}, max {max(fulls):.2f}; goal <= {GOAL_FULL:.0f} s)"
    )
    print(
        f"  no-op make generate:          median {statistics.median(noops):.2f} s "
        f"(min {min(noops):.2f}, max {max(noops):.2f}; goal <= {GOAL_NOOP:.0f} s)"
    )
    if stages:
        print(f"  first run {stages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"generator timing on {os.cpu_count()} cores (load average {load:.1f} at start)")
    for name, spec in SPECS.items():
        bench(name, spec, args.runs)


if __name__ == "__main__":
    main()
