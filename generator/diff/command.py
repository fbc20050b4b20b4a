"""`python -m generator diff OLD NEW`: load both sides, compare, judge, print the report.

Exit status: 0 when nothing breaking is unannounced, 1 when something is, 2 when OLD, NEW or
the acknowledgement file cannot be read (printed as `file:line: error: message`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.diagnostics import SpecError, sort_diagnostics
from generator.diff.engine import compare
from generator.diff.gate import (
    ACK_FILE,
    EXIT_BAD_INPUT,
    Verdict,
    judge,
    load_acknowledgements,
)
from generator.diff.report import render
from generator.diff.sources import RELEASES_DIR, Side, load_side


def default_ack_file(new: Path) -> Path:
    """`openapi/releases/acknowledged.yaml` for `openapi/openapi.yaml`."""
    folder = new if new.is_dir() else new.parent
    return folder / RELEASES_DIR / ACK_FILE


def verdict_of(old: Side, new: Side, ack: Path | None) -> Verdict:
    return judge(compare(old, new), old.version, new.version, load_acknowledgements(ack))


def run_diff(old_path: Path, new_path: Path, fmt: str, ack: Path | None) -> int:
    ack = ack if ack is not None else default_ack_file(new_path)
    try:
        old, new = load_side(old_path), load_side(new_path)
        verdict = verdict_of(old, new, ack)
    except SpecError as exc:
        for diagnostic in sort_diagnostics(exc.diagnostics):
            print(diagnostic, file=sys.stderr)
        return EXIT_BAD_INPUT
    sys.stdout.write(render(verdict, old.display, new.display, (old.version, new.version), fmt))
    for note in verdict.notes():
        print(note, file=sys.stderr)
    return verdict.exit_code
