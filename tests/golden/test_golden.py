"""Golden records: the fixture spec's bundle and client, compared file by file.

After an intended change, refresh them with
`UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden` and review the diff like code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generator.support import REPO, mini_spec_output

GOLDEN = REPO / "tests" / "golden" / "mini_spec"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
COMPARED = ("openapi.yaml", "openapi.json", "client")
_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _files(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for name in COMPARED:
        top = root / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in paths:
            rel = path.relative_to(root)
            if not _CACHES.intersection(rel.parts):
                found[rel.as_posix()] = path
    return found


def _update() -> None:
    for name in COMPARED:
        target = GOLDEN / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    for rel, path in _files(mini_spec_output()).items():
        (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, GOLDEN / rel)


if UPDATE:
    _update()
GOLDEN_FILES = sorted(_files(GOLDEN)) if GOLDEN.exists() else []


def test_the_same_files_are_generated() -> None:
    assert sorted(_files(mini_spec_output())) == GOLDEN_FILES, "run with UPDATE_GOLDEN=1 and review"


@pytest.mark.parametrize("rel", GOLDEN_FILES)
def test_file_matches_golden(rel: str) -> None:
    generated = mini_spec_output() / rel
    assert generated.exists(), f"{rel} is no longer generated"
    assert generated.read_text(encoding="utf-8") == (GOLDEN / rel).read_text(encoding="utf-8"), (
        f"{rel} differs from its golden record; run with UPDATE_GOLDEN=1 if intended"
    )


def test_generated_client_is_mypy_strict_clean(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    client = mini_spec_output() / "client"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            "books_api_client",
        ],
        cwd=client,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_client_generation_is_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second run, without our speed-up of openapi-python-client, gives the same bytes."""
    from tests.generator.support import generate_mini_spec

    monkeypatch.setenv("BOOKS_CLIENT_EXACT", "1")
    outcome = generate_mini_spec(tmp_path)
    assert outcome.ok
    first, second = _files(mini_spec_output()), _files(tmp_path)
    assert sorted(first) == sorted(second)
    assert [rel for rel in first if first[rel].read_bytes() != second[rel].read_bytes()] == []
