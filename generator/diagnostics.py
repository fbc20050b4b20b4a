"""Errors are data: every stage reports `Diagnostic`s, the CLI prints them all at the end.

A spec author fixes a spec from `file:line: level: message` lines, never from a traceback, and
sees every problem of a run at once instead of one per run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    level: Level
    file: str  # as the user should read it: relative to the working directory when inside it
    line: int  # 1-based; 0 when the problem has no place in a file
    message: str

    def __str__(self) -> str:
        if not self.file:
            return f"{self.level}: {self.message}"
        if self.line <= 0:
            return f"{self.file}: {self.level}: {self.message}"
        return f"{self.file}:{self.line}: {self.level}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.level == "error"


def error(file: str, line: int, message: str) -> Diagnostic:
    return Diagnostic("error", file, line, message)


def warning(file: str, line: int, message: str) -> Diagnostic:
    return Diagnostic("warning", file, line, message)


class SpecError(Exception):
    """Stops a pipeline stage whose input is too broken for the next stage to make sense."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """File order, then line order: the order an author walks through the fixes."""
    unique = dict.fromkeys(diagnostics)
    return sorted(unique, key=lambda d: (d.file, d.line, d.level, d.message))
