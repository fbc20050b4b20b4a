import os
from pathlib import Path

from generator.output import diff_trees, sync_tree


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_sync_writes_only_what_changed_and_removes_what_is_gone(tmp_path: Path) -> None:
    fresh, target = tmp_path / "fresh", tmp_path / "target"
    _write(fresh, {"a.json": "1", "client/x.py": "x", "client/new.py": "n"})
    _write(
        target, {"a.json": "1", "client/x.py": "old", "client/gone/old.py": "o", "keep.txt": "k"}
    )
    os.utime(target / "a.json", (1, 1))
    diff = sync_tree(fresh, target, ["a.json", "client"])
    assert (diff.changed, diff.added, diff.removed) == (
        ["client/x.py"],
        ["client/new.py"],
        ["client/gone/old.py"],
    )
    assert (target / "a.json").stat().st_mtime == 1
    assert not (target / "client" / "gone").exists()
    assert (target / "keep.txt").exists()
    assert not diff_trees(fresh, target, ["a.json", "client"])


def test_caches_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path / "a", {"client/x.py": "x"})
    _write(tmp_path / "b", {"client/x.py": "x", "client/__pycache__/x.pyc": "junk"})
    assert not diff_trees(tmp_path / "a", tmp_path / "b", ["client"])
