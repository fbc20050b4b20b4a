"""Circular `$ref`s that no tool can follow, reported as `file:line: circular reference A → B → A`.

A reference cycle is legal JSON Schema recursion when it passes through a keyword that steps
into the instance (`properties`, `items`, ...): a tree node whose `children` are tree nodes is
finite for any finite document, and the bundler, validators and client generator all keep such
a `$ref` as a reference. A cycle made only of `$ref`s, or of `$ref`s reached through in-place
applicators (`allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`), never reaches a value:
the JSON Schema core spec asks schemas not to nest like this and leaves the behaviour
undefined, and every tool in our chain recurses until Python's stack runs out. Likewise, an
object that `$ref`s one of its own ancestors without passing through such a keyword would
contain itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import Diagnostic, error
from generator.load.refs import pointer_of, pointer_tokens, resolve_pointer
from generator.load.yaml_loader import NodePath

if TYPE_CHECKING:  # spec.py calls this module
    from generator.load.spec import Ref, SpecFile

Node = tuple[Path, NodePath]  # a dict holding `$ref`: its file and place in that file

_IN_PLACE_LISTS = ("allOf", "anyOf", "oneOf")
_IN_PLACE_ONE = ("not", "if", "then", "else")
_INTO_INSTANCE = frozenset(
    {
        "properties",
        "patternProperties",
        "additionalProperties",
        "unevaluatedProperties",
        "propertyNames",
        "dependentSchemas",
        "items",
        "prefixItems",
        "additionalItems",
        "unevaluatedItems",
        "contains",
        "contentSchema",
    }
)


def find_circular_refs(files: dict[Path, SpecFile]) -> list[Diagnostic]:
    """One diagnostic per cycle, at the `$ref` line of its first member (in file order)."""
    refs: dict[Node, Ref] = {
        (path, ref.node_path): ref
        for path, spec_file in files.items()
        for ref in spec_file.refs
        if not ref.in_mapping
    }
    graph = {node: _successors(ref, files, refs) for node, ref in refs.items()}
    cycles = _cycles(graph)
    problems = [_cycle_diagnostic(cycle, files) for cycle in cycles]
    in_cycles = {node for cycle in cycles for node in cycle}
    problems += [
        _self_containing(ref, files)
        for node, ref in refs.items()
        if node not in in_cycles and _contains_site(ref)
    ]
    return problems


def _successors(ref: Ref, files: dict[Path, SpecFile], refs: dict[Node, Ref]) -> list[Node]:
    """The `$ref`s evaluated in place of the target: the target itself if it is one, and those
    under its in-place applicators."""
    target = files.get(ref.target)
    if target is None:
        return []
    found, value, path = resolve_pointer(target.data, ref.pointer)
    if not found:
        return []
    result: list[Node] = []
    pending: list[tuple[NodePath, Any]] = [(path, value)]
    while pending:
        here, node = pending.pop()
        if not isinstance(node, dict):
            continue
        if (ref.target, here) in refs:
            result.append((ref.target, here))
        for key in _IN_PLACE_LISTS:
            items = node.get(key)
            if isinstance(items, list):
                pending += [((*here, key, i), item) for i, item in enumerate(items)]
        pending += [((*here, key), node[key]) for key in _IN_PLACE_ONE if key in node]
    return sorted(result, key=_order)


def _cycles(graph: dict[Node, list[Node]]) -> list[list[Node]]:
    """Each elementary cycle met by a depth-first search (iterative: chains can be long)."""
    state: dict[Node, int] = {}  # 1 on the current path, 2 finished
    found: dict[frozenset[Node], list[Node]] = {}
    for start in sorted(graph, key=_order):
        if start in state:
            continue
        path: list[Node] = [start]
        iterators = [iter(graph[start])]
        state[start] = 1
        while iterators:
            step = next(iterators[-1], None)
            if step is None:
                state[path.pop()] = 2
                iterators.pop()
            elif state.get(step) == 1:
                cycle = path[path.index(step) :]
                found.setdefault(frozenset(cycle), _rotated(cycle))
            elif step not in state:
                state[step] = 1
                path.append(step)
                iterators.append(iter(graph.get(step, [])))
    return [found[key] for key in sorted(found, key=lambda k: _order(found[k][0]))]


def _rotated(cycle: list[Node]) -> list[Node]:
    first = cycle.index(min(cycle, key=_order))
    return cycle[first:] + cycle[:first]


def _order(node: Node) -> tuple[str, str]:
    return str(node[0]), pointer_of(node[1])


def _name(node: Node, files: dict[Path, SpecFile]) -> str:
    pointer = pointer_of(node[1])
    return files[node[0]].display + (f"#{pointer}" if pointer else "")


def _cycle_diagnostic(cycle: list[Node], files: dict[Path, SpecFile]) -> Diagnostic:
    first = files[cycle[0][0]]
    chain = " → ".join(_name(node, files) for node in [*cycle, cycle[0]])
    line = first.doc.line_of((*cycle[0][1], "$ref"))
    return error(first.display, line, f"circular reference {chain}")


def _contains_site(ref: Ref) -> bool:
    """The target is an ancestor of the `$ref` itself, with no step into the instance between."""
    if ref.target != ref.site:
        return False
    target = tuple(pointer_tokens(ref.pointer))
    if tuple(map(str, ref.node_path[: len(target)])) != target:
        return False
    between = ref.node_path[len(target) :]
    return bool(between) and not any(key in _INTO_INSTANCE for key in between)


def _self_containing(ref: Ref, files: dict[Path, SpecFile]) -> Diagnostic:
    site = files[ref.site]
    node = (ref.site, ref.node_path)
    message = (
        f"circular reference {_name(node, files)} → {ref.raw}: the target contains this $ref itself"
    )
    return error(site.display, site.doc.line_of((*ref.node_path, "$ref")), message)
