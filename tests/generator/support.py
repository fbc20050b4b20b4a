"""Shared helpers for the generator tests: the fixture spec and its generated output.

The fixture's generation (bundle + client, about two seconds) is done once per test session
and shared by the golden and functional tests.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from generator import pipeline

REPO = Path(__file__).resolve().parents[2]
MINI_SPEC = REPO / "tests" / "fixtures" / "mini_spec" / "openapi.yaml"
BROKEN = REPO / "tests" / "fixtures" / "broken"
TOOL_LIBRARY = REPO / "tests" / "fixtures" / "tool_library" / "openapi.yaml"


def broken_commands(case: str) -> list[str]:
    """The commands a broken-spec case runs through (its command.txt, else `validate`); its
    expected.txt is the output of the first."""
    named = BROKEN / case / "command.txt"
    if not named.exists():
        return ["validate"]
    return named.read_text(encoding="utf-8").split()


def generate_mini_spec(target: Path) -> pipeline.Outcome:
    return pipeline.generate(
        MINI_SPEC,
        target,
        partial=False,
        renderers=["client"],
        bundle_files=True,
        with_provenance=False,
    )


@functools.cache
def mini_spec_output() -> Path:
    """The fixture spec's bundle and client, generated once per session."""
    target = Path(tempfile.mkdtemp(prefix="books-mini-"))
    atexit.register(shutil.rmtree, target, True)
    outcome = generate_mini_spec(target)
    assert outcome.ok, "\n".join(map(str, outcome.diagnostics))
    return target


def write_spec(root: Path, files: dict[str, str]) -> Path:
    """Write a small multi-file spec from {relative path: YAML text}; returns the root file."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root / "openapi.yaml"


@functools.cache
def tool_library_output() -> Path:
    """`python -m generator all` of the tool-library fixture (a domain that is not Books'),
    run once per session through the CLI, as a user would; the golden record of its plans and
    the mock behaviour tests share it."""
    target = Path(tempfile.mkdtemp(prefix="books-tool-library-"))
    atexit.register(shutil.rmtree, target, True)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "all", str(TOOL_LIBRARY), "--out", str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return target
