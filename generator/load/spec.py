"""Load a multi-file spec: the root and every file its `$ref`s reach, each with its line map.

Every problem (YAML syntax, duplicate key, `$ref` to a missing file or pointer, remote refs) is
collected and raised together as one SpecError, so an author sees all of them in one run.

`partial=True` exists because the domains are written in parallel: the root already names path
files that do not exist (or do not parse) yet. It drops those root paths, with a warning each,
instead of failing, so the finished domains can be bundled, validated and generated meanwhile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, SpecError, error, has_errors, warning
from generator.load.cycles import find_circular_refs
from generator.load.limits import MAX_SPEC_NODES
from generator.load.ref_depth import check_ref_depth
from generator.load.refs import iter_non_string_refs, iter_refs, resolve_pointer, split_ref
from generator.load.yaml_loader import NodePath, YamlDocument, load_yaml


@dataclass(frozen=True)
class Ref:
    """A resolved reference: where it is written and which file and pointer it names."""

    site: Path
    node_path: NodePath
    raw: str
    target: Path
    pointer: str
    in_mapping: bool = False

    @property
    def is_local(self) -> bool:
        return self.site == self.target and not self.raw.split("#")[0]


@dataclass
class SpecFile:
    path: Path
    doc: YamlDocument
    refs: list[Ref] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.doc.display

    @property
    def data(self) -> Any:
        return self.doc.data


@dataclass
class SpecTree:
    root: SpecFile
    files: dict[Path, SpecFile]  # load order, root first
    warnings: list[Diagnostic] = field(default_factory=list)
    dropped_paths: tuple[str, ...] = ()

    def file(self, path: Path) -> SpecFile:
        return self.files[path]


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it: short, and stable across checkouts."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_spec(root: Path, *, partial: bool = False) -> SpecTree:
    root_path = Path(os.path.abspath(root))
    if not root_path.is_file():
        why = "is a directory, not a file" if root_path.is_dir() else "no such file"
        raise SpecError([error(display_path(root_path), 1, f"spec root not found: {why}")])
    loader = _Loader()
    root_file = loader.load(root_path)
    if root_file is None:
        raise SpecError(loader.broken[root_path])
    if not isinstance(root_file.data, dict):
        raise SpecError([error(root_file.display, 1, "the root document must be a mapping")])
    loader.load_all()

    dropped: list[str] = []
    notes: list[Diagnostic] = []
    if partial:
        dropped, notes = loader.drop_incomplete_paths(root_file)
        _drop_paths(root_file, set(dropped))
    reachable = loader.reachable(root_path)
    diagnostics = loader.diagnostics(reachable)
    if has_errors(diagnostics):
        raise SpecError(diagnostics)
    files = {p: f for p, f in loader.files.items() if p in reachable}
    unbounded = find_circular_refs(files) or check_ref_depth(root_path, files)
    if unbounded:
        raise SpecError(diagnostics + unbounded)
    return SpecTree(root_file, files, warnings=notes + diagnostics, dropped_paths=tuple(dropped))


class _Loader:
    def __init__(self) -> None:
        self.files: dict[Path, SpecFile] = {}
        self.broken: dict[Path, list[Diagnostic]] = {}
        self.missing: set[Path] = set()
        self.bad_refs: list[tuple[Path, Diagnostic]] = []  # remote or not a string
        self._queue: list[SpecFile] = []
        self.nodes = 0  # YAML nodes of every file loaded so far

    def load(self, path: Path) -> SpecFile | None:
        if path in self.files:
            return self.files[path]
        if path in self.broken or path in self.missing:
            return None
        if not path.is_file():
            self.missing.add(path)
            return None
        if self.nodes > MAX_SPEC_NODES:
            return None  # over budget: the file that crossed it says so, the rest stay unread
        try:
            doc: YamlDocument = load_yaml(path, display_path(path))
        except SpecError as exc:
            self.broken[path] = exc.diagnostics
            return None
        self.nodes += len(doc.lines)
        if self.nodes > MAX_SPEC_NODES:
            message = (
                f"with this file the spec has more than {MAX_SPEC_NODES:,} YAML nodes "
                "(limit in generator/load/limits.py)"
            )
            self.broken[path] = [error(doc.display, 1, message)]
            return None
        spec_file = SpecFile(path, doc)
        self.files[path] = spec_file
        self._queue.append(spec_file)
        return spec_file

    def load_all(self) -> None:
        while self._queue:
            spec_file = self._queue.pop(0)
            example = spec_file.path.parent.name == "examples"
            for node_path, value in iter_non_string_refs(spec_file.data, example_object=example):
                message = f"$ref must be a string (a file and/or #/pointer), not {value!r}"
                line = spec_file.doc.line_of((*node_path, "$ref"))
                self.bad_refs.append((spec_file.path, error(spec_file.display, line, message)))
            for occurrence in iter_refs(spec_file.data, example_object=example):
                file_part, pointer = split_ref(occurrence.ref)
                if "://" in file_part:
                    line = spec_file.doc.line_of(occurrence.node_path)
                    problem = error(
                        spec_file.display, line, f"remote $ref not supported: {occurrence.ref}"
                    )
                    self.bad_refs.append((spec_file.path, problem))
                    continue
                target = spec_file.path
                if file_part:
                    target = Path(os.path.normpath(spec_file.path.parent / unquote(file_part)))
                ref = Ref(
                    spec_file.path,
                    occurrence.node_path,
                    occurrence.ref,
                    target,
                    pointer,
                    occurrence.in_mapping,
                )
                spec_file.refs.append(ref)
                self.load(target)

    def reachable(self, start: Path) -> set[Path]:
        seen = {start}
        stack = [start]
        while stack:
            spec_file = self.files.get(stack.pop())
            for target in [r.target for r in spec_file.refs] if spec_file else []:
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen

    def drop_incomplete_paths(self, root: SpecFile) -> tuple[list[str], list[Diagnostic]]:
        """Root paths that reach a file that does not exist yet or does not parse yet."""
        dropped: list[str] = []
        notes: list[Diagnostic] = []
        for ref in root.refs:
            if len(ref.node_path) != 2 or ref.node_path[0] != "paths":
                continue
            reached = self.reachable(ref.target)
            missing = sorted(reached & self.missing)
            broken = sorted(reached & set(self.broken))
            if not missing and not broken:
                continue
            url = str(ref.node_path[1])
            dropped.append(url)
            if missing:
                why = f"{display_path(missing[0])} is missing"
            else:
                first = self.broken[broken[0]][0]
                why = f"{first.file}:{first.line} has errors"
            more = len(missing) + len(broken) - 1
            why += f" (and {more} more)" if more else ""
            notes.append(
                warning(root.display, root.doc.line_of(ref.node_path), f"path {url} skipped: {why}")
            )
        return dropped, notes

    def diagnostics(self, reachable: set[Path]) -> list[Diagnostic]:
        found: list[Diagnostic] = [d for path, d in self.bad_refs if path in reachable]
        for path, problems in self.broken.items():
            if path in reachable:
                found.extend(problems)
        for path, spec_file in self.files.items():
            if path not in reachable:
                continue
            for ref in spec_file.refs:
                problem = self._check(ref)
                if problem:
                    found.append(
                        error(spec_file.display, spec_file.doc.line_of(ref.node_path), problem)
                    )
        return found

    def _check(self, ref: Ref) -> str | None:
        if ref.target in self.missing:
            return f"$ref '{ref.raw}': file not found ({display_path(ref.target)})"
        target = self.files.get(ref.target)
        if target is None:
            return None  # unparsable: its own diagnostics say why
        if target.data is None and not ref.pointer:
            return f"$ref '{ref.raw}': {target.display} is empty"
        found, _, _ = resolve_pointer(target.data, ref.pointer)
        if not found:
            return f"$ref '{ref.raw}': no '#{ref.pointer}' in {target.display}"
        return None


def _drop_paths(root: SpecFile, urls: set[str]) -> None:
    """Remove skipped paths from the root, so later stages see the smaller spec only."""
    data = dict(root.data)
    data["paths"] = {url: item for url, item in data["paths"].items() if url not in urls}
    root.doc.data = data
    root.refs = [
        r for r in root.refs if not (r.node_path[:1] == ("paths",) and r.node_path[1] in urls)
    ]
