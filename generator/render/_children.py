"""Child processes started by renderers, so the pipeline can stop them when validation fails.

Renderers run while the spec is still being validated (two cores, two slow steps); when the
validator says the spec is invalid, their work is thrown away and they are terminated.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path

_lock = threading.Lock()
_running: set[subprocess.Popen[bytes]] = set()
_cancelled = threading.Event()


class Cancelled(Exception):
    """The pipeline gave up on this run; the renderer's output is not wanted."""


def run(
    command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """subprocess.run with output captured, that `terminate_all` can stop."""
    if _cancelled.is_set():
        raise Cancelled
    process = subprocess.Popen(
        list(command), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    with _lock:
        _running.add(process)
    try:
        stdout, stderr = process.communicate()
    finally:
        with _lock:
            _running.discard(process)
    if _cancelled.is_set():
        raise Cancelled
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def cancelled() -> bool:
    """Whether the pipeline gave up on this run (its staging folder may already be gone)."""
    return _cancelled.is_set()


def terminate_all() -> None:
    _cancelled.set()
    with _lock:
        for process in _running:
            process.terminate()


def reset() -> None:
    _cancelled.clear()
