"""Our own deterministic bundler: many spec files in, one document with named components out.

openapi-python-client cannot follow `$ref`s into other files, and prance either inlines
everything (dozens of duplicate models) or names components `<file>_<pointer>`. Here a file's
stem is its component name and its folder picks the section (`schemas/Invoice.yaml` ->
`#/components/schemas/Invoice`), which is also the class name users see in the client. Path files
are inlined under `paths`. Two files that would get the same component name are an error.

Key order follows the sources; components are sorted, so the output is byte-identical across
runs. A SourceMap remembers which file (and where in it) each part of the bundle came from, so
validators that only see the bundle can still report `file:line`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError, error
from generator.load.refs import pointer_of, pointer_tokens, resolve_pointer
from generator.load.spec import Ref, SpecFile, SpecTree
from generator.load.yaml_loader import NodePath

SECTION_OF_FOLDER = {
    "schemas": "schemas",
    "responses": "responses",
    "parameters": "parameters",
    "examples": "examples",
    "requestBodies": "requestBodies",
    "request_bodies": "requestBodies",
    "headers": "headers",
    "security": "securitySchemes",
    "securitySchemes": "securitySchemes",
    "links": "links",
    "callbacks": "callbacks",
    "pathItems": "pathItems",
    "path_items": "pathItems",
}
SECTION_ORDER = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclass
class SourceMap:
    """Bundle node path -> the spec file and node path it was copied from."""

    placements: dict[NodePath, tuple[SpecFile, NodePath]] = field(default_factory=dict)

    def locate(self, bundle_path: NodePath) -> tuple[str, int]:
        for end in range(len(bundle_path), -1, -1):
            placed = self.placements.get(bundle_path[:end])
            if placed is not None:
                spec_file, source_path = placed
                return spec_file.display, spec_file.doc.line_of(source_path + bundle_path[end:])
        return "", 0

    def diagnostic(self, bundle_path: NodePath, message: str) -> Diagnostic:
        file, line = self.locate(bundle_path)
        return error(file, line, message)


@dataclass
class Bundle:
    document: dict[str, Any]
    source_map: SourceMap
    tree: SpecTree


def bundle_spec(tree: SpecTree) -> Bundle:
    """Bundle a loaded spec; raise SpecError when component names clash or cannot be given."""
    return _Bundler(tree).run()


def component_name(path: Path) -> tuple[str, str] | None:
    """(section, name) a file becomes, from its folder and stem; None outside known folders."""
    section = SECTION_OF_FOLDER.get(path.parent.name)
    return (section, path.stem) if section else None


class _Bundler:
    def __init__(self, tree: SpecTree) -> None:
        self.tree = tree
        self.locations: dict[Path, NodePath] = {tree.root.path: ()}
        self.owners: dict[NodePath, Path] = {}
        self.pending: list[Path] = []
        self.source_map = SourceMap({(): (tree.root, ())})
        self.problems: list[Diagnostic] = []
        self._ref_index: dict[Path, dict[NodePath, Ref]] = {
            path: {ref.node_path: ref for ref in f.refs} for path, f in tree.files.items()
        }

    def run(self) -> Bundle:
        root = self.tree.root
        self._place_root_targets(root)
        document = self._copy(root.data, root, ())
        components: dict[str, Any] = dict(document.get("components") or {})
        while self.pending:
            path = self.pending.pop(0)
            spec_file = self.tree.file(path)
            _, section, name = self.locations[path]
            entries = components.setdefault(str(section), {})
            entries[str(name)] = self._copy(spec_file.data, spec_file, ())
        if self.problems:
            raise SpecError(self.problems)
        if components or "components" in document:
            document["components"] = _sorted_components(components)
        return Bundle(document, self.source_map, self.tree)

    def _place_root_targets(self, root: SpecFile) -> None:
        """Root path entries are inlined; root component entries that only `$ref` the file of
        the same name become that file's content (not a reference to themselves)."""
        for section, entries in (root.data.get("components") or {}).items():
            for name in entries if isinstance(entries, dict) else ():
                self.owners[("components", section, name)] = root.path
        for ref in root.refs:
            holder = _at(root.data, ref.node_path)
            if ref.pointer or not isinstance(holder, dict) or len(holder) != 1 or ref.in_mapping:
                continue
            if len(ref.node_path) == 2 and ref.node_path[0] == "paths":
                self._assign(ref.target, ref.node_path, (ref.site, ref.node_path))
            elif (
                len(ref.node_path) == 3
                and ref.node_path[0] == "components"
                and (component_name(ref.target) == (ref.node_path[1], ref.node_path[2]))
            ):
                self.owners.pop(ref.node_path, None)
                self._assign(ref.target, ref.node_path, (ref.site, ref.node_path))

    def _assign(self, target: Path, location: NodePath, site: tuple[Path, NodePath]) -> bool:
        owner = self.owners.get(location)
        if target in self.locations:
            return True
        if owner is not None and owner != target:
            self._problem(
                site,
                f"component name clash: {'/'.join(map(str, location))} is both "
                f"{self._display(owner)} and {self._display(target)}",
            )
            return False
        self.owners[location] = target
        self.locations[target] = location
        self.source_map.placements[location] = (self.tree.file(target), ())
        return True

    def _location(self, ref: Ref) -> NodePath | None:
        if ref.target in self.locations:
            return self.locations[ref.target]
        site = (ref.site, ref.node_path)
        if ref.target.parent.name == "paths":
            self._problem(
                site,
                f"path file {self._display(ref.target)} may only be referenced "
                "from the root's paths",
            )
            return None
        named = component_name(ref.target)
        if named is None:
            folders = ", ".join(sorted({f"{k}/" for k in SECTION_OF_FOLDER}))
            self._problem(
                site,
                f"cannot name a component for {self._display(ref.target)}: "
                f"it must live in one of the folders {folders}",
            )
            return None
        location: NodePath = ("components", *named)
        if not self._assign(ref.target, location, site):
            return None
        self.pending.append(ref.target)
        return location

    def _copy(self, node: Any, spec_file: SpecFile, path: NodePath) -> Any:
        refs = self._ref_index[spec_file.path]
        if isinstance(node, dict):
            ref = refs.get(path)
            if ref is not None and not ref.in_mapping:
                return self._rewrite(node, ref, spec_file, path)
            return {key: self._copy(value, spec_file, (*path, key)) for key, value in node.items()}
        if isinstance(node, list):
            return [self._copy(item, spec_file, (*path, i)) for i, item in enumerate(node)]
        ref = refs.get(path)
        if ref is not None and ref.in_mapping:
            return self._target_pointer(ref) or node
        return node

    def _rewrite(self, node: dict[str, Any], ref: Ref, spec_file: SpecFile, path: NodePath) -> Any:
        location = self._location(ref)
        if location is None:
            return dict(node)
        target_path = (*location, *pointer_tokens(ref.pointer))
        if self.locations[spec_file.path] + path == target_path and len(node) == 1:
            target = self.tree.file(ref.target)
            _, value, source_path = resolve_pointer(target.data, ref.pointer)
            self.source_map.placements[target_path] = (target, source_path)
            return self._copy(value, target, source_path)
        rewritten = {key: self._copy(value, spec_file, (*path, key)) for key, value in node.items()}
        rewritten["$ref"] = "#" + pointer_of(target_path)
        return rewritten

    def _target_pointer(self, ref: Ref) -> str | None:
        location = self._location(ref)
        if location is None:
            return None
        return "#" + pointer_of((*location, *pointer_tokens(ref.pointer)))

    def _problem(self, site: tuple[Path, NodePath], message: str) -> None:
        spec_file = self.tree.file(site[0])
        self.problems.append(error(spec_file.display, spec_file.doc.line_of(site[1]), message))

    def _display(self, path: Path) -> str:
        return self.tree.file(path).display


def _at(data: Any, node_path: NodePath) -> Any:
    node = data
    for key in node_path:
        node = node[key]
    return node


def _sorted_components(components: dict[str, Any]) -> dict[str, Any]:
    """Sections in the OpenAPI order, names sorted; anything else (x- keys) after, as written."""
    result: dict[str, Any] = {}
    for section in SECTION_ORDER:
        entries = components.get(section)
        if isinstance(entries, dict) and entries:
            result[section] = {n: entries[n] for n in sorted(entries, key=lambda n: (n.lower(), n))}
    for section, entries in components.items():
        if section not in SECTION_ORDER:
            result[section] = entries
    return result
