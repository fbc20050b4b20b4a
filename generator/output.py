"""Move a finished generation into place, and compare two generations.

Everything is generated into a fresh staging folder first: a run that fails leaves generated/
as it was, files that disappeared from the spec disappear from generated/, and unchanged files
keep their modification time (editors and make see no change).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


@dataclass
class TreeDiff:
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # in the fresh generation only
    removed: list[str] = field(default_factory=list)  # in the old output only

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.removed)

    def lines(self) -> list[str]:
        return (
            [f"  changed: {p}" for p in self.changed]
            + [f"  missing: {p}" for p in self.added]
            + [f"  extra:   {p}" for p in self.removed]
        )


def _files(root: Path, names: Iterable[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for name in names:
        top = root / name
        if top.is_file():
            found[name] = top
        elif top.is_dir():
            for path in top.rglob("*"):
                relative = path.relative_to(root)
                if path.is_file() and not IGNORED_PARTS.intersection(relative.parts):
                    found[relative.as_posix()] = path
    return found


def diff_trees(fresh: Path, current: Path, names: Iterable[str]) -> TreeDiff:
    names = list(names)
    new, old = _files(fresh, names), _files(current, names)
    diff = TreeDiff()
    for rel in sorted(new.keys() | old.keys()):
        if rel not in old:
            diff.added.append(rel)
        elif rel not in new:
            diff.removed.append(rel)
        elif new[rel].read_bytes() != old[rel].read_bytes():
            diff.changed.append(rel)
    return diff


def sync_tree(fresh: Path, target: Path, names: Iterable[str]) -> TreeDiff:
    """Make `names` under target equal to fresh, writing only what differs."""
    names = list(names)
    diff = diff_trees(fresh, target, names)
    for rel in diff.changed + diff.added:
        destination = target / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh / rel, destination)
    for rel in diff.removed:
        (target / rel).unlink()
    for name in names:
        _remove_empty_dirs(target / name)
    return diff


def _remove_empty_dirs(top: Path) -> None:
    if not top.is_dir():
        return
    for path in sorted(top.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
