"""Load one side of a comparison: a spec root, a bundle (YAML or JSON) or a releases folder.

Every side goes through the generator's own loader and bundler, so a bundle and a multi-file
root compare alike, and each node keeps its `file:line` for the report. JSON is read by the
same YAML 1.2 loader (JSON is YAML), which is what gives a baseline bundle line numbers too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.bundle import Bundle, bundle_spec
from generator.diagnostics import SpecError, error
from generator.load.spec import display_path, load_spec
from generator.load.yaml_loader import NodePath

RELEASE_FILE = re.compile(r"^(\d+)\.(\d+)\.(\d+)\.json$")
RELEASES_DIR = "releases"  # next to the spec root: openapi/releases/<version>.json
_MAPPINGS = ("paths", "components", "info")


@dataclass(frozen=True)
class Side:
    display: str
    document: dict[str, Any]
    locate: Callable[[NodePath], tuple[str, int]]

    @property
    def version(self) -> str:
        info = self.document.get("info")
        return str(info.get("version", "")) if isinstance(info, dict) else ""


def releases(folder: Path) -> list[tuple[tuple[int, int, int], Path]]:
    """Baseline bundles in `folder`, oldest first by version number (1.10 after 1.9)."""
    found = []
    for path in folder.glob("*.json") if folder.is_dir() else ():
        match = RELEASE_FILE.match(path.name)
        if match:
            found.append(((int(match[1]), int(match[2]), int(match[3])), path))
    return sorted(found)


def latest_release(folder: Path) -> Path | None:
    listed = releases(folder)
    return listed[-1][1] if listed else None


def side_of_bundle(bundle: Bundle) -> Side:
    return Side(display_path(bundle.tree.root.path), bundle.document, bundle.source_map.locate)


def load_side(path: Path) -> Side:
    """Load and bundle; raise SpecError (`file:line: message`) when it cannot be compared."""
    if path.is_dir():
        latest = latest_release(path)
        if latest is None:
            message = "no release baseline (<major>.<minor>.<patch>.json) in this folder"
            raise SpecError([error(display_path(path), 0, message)])
        path = latest
    bundle = bundle_spec(load_spec(path))
    side = side_of_bundle(bundle)
    _check_shape(side)
    return side


def _check_shape(side: Side) -> None:
    """The few shapes the walk relies on; everything else is the validator's job."""
    problems = []
    if "openapi" not in side.document:
        file, line = side.locate(())
        problems.append(error(file, line, "not an OpenAPI document: no 'openapi' key"))
    for key in _MAPPINGS:
        if key in side.document and not isinstance(side.document[key], dict):
            file, line = side.locate((key,))
            problems.append(error(file, line, f"'{key}' must be a mapping"))
    if problems:
        raise SpecError(problems)
