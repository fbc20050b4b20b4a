"""How deep `$ref`s nest across files, bounded before any tool follows them.

A chain of files that each `$ref` the next is legal, but prance follows it recursively and
stops with `maximum recursion depth exceeded` (no file, no line) somewhere between 60 and 100
files. The longest chain the root starts is measured here (a `$ref` back into the chain, that
is legal recursion, does not count), and a chain over MAX_REF_DEPTH is reported at the `$ref`
that crosses the limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import Diagnostic, error
from generator.load.limits import MAX_REF_DEPTH

if TYPE_CHECKING:  # spec.py calls this module
    from generator.load.spec import Ref, SpecFile

_SHOWN_AT_EACH_END = 2


def check_ref_depth(root: Path, files: dict[Path, SpecFile]) -> list[Diagnostic]:
    edges = {path: _first_ref_to_each_file(spec_file) for path, spec_file in files.items()}
    chain = _longest_chain(root, edges)
    if len(chain) <= MAX_REF_DEPTH:
        return []
    ref = edges[chain[MAX_REF_DEPTH - 1]][chain[MAX_REF_DEPTH]]
    site = files[ref.site]
    names = [files[path].display for path in chain]
    if len(names) > 2 * _SHOWN_AT_EACH_END:
        names = [*names[:_SHOWN_AT_EACH_END], "…", *names[-_SHOWN_AT_EACH_END:]]
    message = (
        f"$refs nest {len(chain)} files deep, more than {MAX_REF_DEPTH}: {' → '.join(names)} "
        "(limit in generator/load/limits.py)"
    )
    return [error(site.display, site.doc.line_of((*ref.node_path, "$ref")), message)]


def _first_ref_to_each_file(spec_file: SpecFile) -> dict[Path, Ref]:
    found: dict[Path, Ref] = {}
    for ref in spec_file.refs:
        if ref.target != spec_file.path:
            found.setdefault(ref.target, ref)
    return found


def _longest_chain(root: Path, edges: dict[Path, dict[Path, Ref]]) -> list[Path]:
    """Longest path from the root in the file graph, edges back into the current path
    ignored; iterative, because the chain being measured may be long."""
    longest: dict[Path, int] = {}
    best_next: dict[Path, Path | None] = {}
    on_path: set[Path] = {root}
    stack: list[tuple[Path, list[Path]]] = [(root, sorted(edges.get(root, {}), key=str))]
    while stack:
        node, todo = stack[-1]
        if todo:
            child = todo.pop()
            if child not in on_path and child not in longest and child in edges:
                on_path.add(child)
                stack.append((child, sorted(edges[child], key=str)))
            continue
        stack.pop()
        on_path.discard(node)
        options = [(longest[c], str(c), c) for c in edges.get(node, {}) if c in longest]
        deepest = max(options, default=None)
        longest[node] = 1 + (deepest[0] if deepest else 0)
        best_next[node] = deepest[2] if deepest else None
    chain: list[Path] = []
    current: Path | None = root
    while current is not None and current not in chain:
        chain.append(current)
        current = best_next.get(current)
    return chain
