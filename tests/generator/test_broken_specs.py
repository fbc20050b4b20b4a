"""The broken-spec corpus through the real command line, as a user or CI would run it.

Each case of tests/fixtures/broken/ runs in its own process with a time and a memory limit, so
a hang, an alias bomb or a C-level crash fails one test instead of taking the run down. A case
must end with exit status 1 and `file:line: level: message` lines only (its expected.txt, for
`validate`); never a traceback, an internal error or a signal. A case folder may list its
commands in command.txt (default: validate; expected.txt is the first one's output): cases that
reach the validator or the renderers also run `all`, which must fail the same clean way.
"""

from __future__ import annotations

import functools
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from tests.generator.support import BROKEN, REPO, broken_commands

# 20 s: the slowest case (`all` with openapi-python-client) takes ~3 s alone, ~6 s when the
# machine is shared; a hang is caught well before the whole corpus budget of ~60 s.
TIME_LIMIT_S = 20
# 1.5 GB address space: a clean run needs ~300 MB of address space; the alias bomb reached
# 3.75 GB before the loader had limits. A process over it fails instead of swapping.
MEMORY_LIMIT_BYTES = 1_500_000_000
WORKERS = 2  # the machine has two cores
LOCATED = re.compile(r"^[^\s:][^:]*:\d+: (error|warning): \S.*$")
CASES = sorted(p.name for p in BROKEN.iterdir() if (p / "expected.txt").exists())


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def _limits() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _env() -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(REPO)}


@dataclass
class _Job:
    case: str
    command: str
    process: subprocess.Popen[bytes]
    stdout: IO[bytes]
    stderr: IO[bytes]
    started: float

    def finish(self, timed_out: bool) -> Run:
        if timed_out:
            self.process.kill()
        self.process.wait()
        seconds = time.perf_counter() - self.started
        self.stdout.seek(0)
        self.stderr.seek(0)
        stdout = self.stdout.read().decode(errors="replace")
        stderr = self.stderr.read().decode(errors="replace")
        self.stdout.close()
        self.stderr.close()
        if timed_out:
            stderr += f"\ntimed out after {TIME_LIMIT_S} s"
        return Run(self.process.returncode, stdout, stderr, seconds)


def _start(case: str, command: str, out: Path) -> _Job:
    """Popen from the main thread only: preexec_fn is unsafe when other threads run."""
    extra = ["--out", str(out / case)] if command != "validate" else []
    # Files, not pipes: no child can block on a full pipe. finish() closes them.
    stdout = tempfile.TemporaryFile()  # noqa: SIM115
    stderr = tempfile.TemporaryFile()  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", command, "openapi.yaml", *extra],
        cwd=BROKEN / case,
        env=_env(),
        stdout=stdout,
        stderr=stderr,
        preexec_fn=_limits,
    )
    return _Job(case, command, process, stdout, stderr, time.perf_counter())


@functools.cache
def corpus_runs() -> dict[tuple[str, str], Run]:
    """Every case through each of its commands, WORKERS processes at a time."""
    out = Path(tempfile.mkdtemp(prefix="books-broken-"))
    pending = sorted((case, command) for case in CASES for command in broken_commands(case))
    running: list[_Job] = []
    runs: dict[tuple[str, str], Run] = {}
    while pending or running:
        while pending and len(running) < WORKERS:
            running.append(_start(*pending.pop(0), out))
        time.sleep(0.02)
        for job in list(running):
            overdue = time.perf_counter() - job.started > TIME_LIMIT_S
            if job.process.poll() is not None or overdue:
                runs[(job.case, job.command)] = job.finish(timed_out=overdue)
                running.remove(job)
    shutil.rmtree(out, ignore_errors=True)
    return runs


def _assert_clean_failure(run: Run) -> None:
    assert run.returncode == 1, f"exit status {run.returncode}:\n{run.stderr}"
    assert "Traceback" not in run.stderr + run.stdout
    assert "internal error" not in run.stderr
    lines = run.stderr.splitlines()
    assert lines, "no diagnostics"
    unlocated = [line for line in lines if not LOCATED.match(line)]
    assert not unlocated, f"lines without file:line: {unlocated}"


@pytest.mark.parametrize("case", CASES)
def test_case_fails_with_its_expected_lines(case: str) -> None:
    run = corpus_runs()[(case, broken_commands(case)[0])]
    _assert_clean_failure(run)
    expected = (BROKEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert run.stderr.splitlines() == expected


FURTHER = [(case, c) for case in CASES for c in broken_commands(case)[1:]]


@pytest.mark.parametrize(("case", "command"), FURTHER)
def test_case_fails_cleanly_in_further_commands(case: str, command: str) -> None:
    _assert_clean_failure(corpus_runs()[(case, command)])


def test_corpus_covers_the_hostile_kinds() -> None:
    kinds = ("circular_", "yaml_alias_bomb", "yaml_deep_", "keyword_", "ref_", "missing_root")
    assert len(CASES) >= 30
    assert all(any(case.startswith(kind) for case in CASES) for kind in kinds)
    assert {command for case in CASES for command in broken_commands(case)} == {"validate", "all"}


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from generator.load.limits import MAX_FILE_BYTES

    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(b"openapi: 3.1.0\n" + b"#" * MAX_FILE_BYTES + b"\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "openapi.yaml"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S,
        preexec_fn=_limits,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("openapi.yaml:1: error: file is 5,000,016 bytes;")
