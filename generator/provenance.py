"""PROVENANCE.json: which spec and which tools produced generated/.

No timestamps: two generations from the same inputs must be byte-identical, or `check` and
code review would see noise. The hashes say *what* went in; git says *when*.
"""

from __future__ import annotations

import hashlib
import json
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import generator
from generator.load.spec import SpecTree

GENERATOR_DIR = Path(generator.__file__).resolve().parent
_GENERATOR_SUFFIXES = (".py", ".j2", ".yaml", ".css", ".js")


def tree_hash(root: Path, files: list[Path]) -> str:
    """sha256 over the sorted relative paths and bytes of `files`."""
    digest = hashlib.sha256()
    for rel in sorted(f.relative_to(root).as_posix() for f in files):
        data = (root / rel).read_bytes()
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def provenance(tree: SpecTree, renderers: list[str]) -> dict[str, Any]:
    spec_root = tree.root.path.parent
    spec_files = [p for p in tree.files if p.is_relative_to(spec_root)]
    generator_files = [
        p
        for p in GENERATOR_DIR.rglob("*")
        if p.suffix in _GENERATOR_SUFFIXES and "__pycache__" not in p.parts
    ]
    return {
        "spec": {
            "root": tree.root.path.name,
            "files": len(spec_files),
            "sha256": tree_hash(spec_root, spec_files),
            "skipped_paths": list(tree.dropped_paths),
        },
        "generator": {
            "version": generator.__version__,
            "sources_sha256": tree_hash(GENERATOR_DIR, generator_files),
            "renderers": sorted(renderers),
        },
        "tools": {
            "openapi-python-client": _version("openapi-python-client"),
            "ruff": _version("ruff"),
            "python": platform.python_version(),
        },
    }


def to_json(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2, sort_keys=True) + "\n"
