"""A YAML loader that remembers the line of every node and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys (so do openapi-spec-validator and schemathesis),
which hides a whole half of an edited operation; and a plain `safe_load` forgets where a value
came from, so no later stage could say `file:line`. We compose nodes with libyaml (fast) and
build plain dicts/lists ourselves, recording `path -> line` on the side.

Scalars follow the YAML 1.2 core schema, like Redocly and every JSON tool: `yes`/`no`/`on` stay
strings and `2026-11-20` stays a string (PyYAML's YAML 1.1 would make a bool and a date).
Mapping keys are always strings (`200:` is the key "200"), as in JSON.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import SpecError, error

PathKey = str | int
NodePath = tuple[PathKey, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"

_CORE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$")),
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
    ),
)

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _CoreSchemaLoader(_Base):  # type: ignore[misc]
    """Resolves plain scalars with the YAML 1.2 core schema instead of PyYAML's YAML 1.1."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            for tag, pattern in _CORE_RULES:
                if pattern.match(value):
                    return tag
            return _STR
        return super().resolve(kind, value, implicit)


@dataclass
class YamlDocument:
    """One parsed file: its data and the line of each node (the key's line for mapping values)."""

    path: Path
    display: str  # the name diagnostics use for this file
    data: Any
    lines: dict[NodePath, int] = field(default_factory=dict)

    def line_of(self, node_path: NodePath) -> int:
        """Line of the node, or of its nearest ancestor that has one."""
        for end in range(len(node_path), -1, -1):
            line = self.lines.get(node_path[:end])
            if line is not None:
                return line
        return 1


def load_yaml(path: Path, display: str) -> YamlDocument:
    """Parse one file; raise SpecError with `file:line` diagnostics when it is not valid YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError([error(display, 1, f"not UTF-8 text: {exc.reason}")]) from None
    except OSError as exc:
        raise SpecError([error(display, 0, f"cannot read: {exc.strerror}")]) from None
    return parse_yaml(text, path, display)


def parse_yaml(text: str, path: Path, display: str) -> YamlDocument:
    try:
        node = yaml.compose(text, Loader=_CoreSchemaLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        context = f" ({exc.context})" if exc.context and exc.problem else ""
        raise SpecError([error(display, line, f"YAML syntax error: {problem}{context}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([error(display, 1, f"YAML syntax error: {exc}")]) from None
    document = YamlDocument(path=path, display=display, data=None)
    if node is None:
        document.lines[()] = 1
        return document
    builder = _Builder(document)
    document.data = builder.build(node, ())
    if builder.problems:
        raise SpecError(builder.problems)
    return document


class _Builder:
    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.problems: list[Any] = []

    def build(self, node: yaml.Node, node_path: NodePath) -> Any:
        self.document.lines.setdefault(node_path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, node_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*node_path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, node_path: NodePath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    error(self.document.display, line, "mapping key is not a scalar")
                )
                continue
            key = str(key_node.value)
            if key in first_line:
                self.problems.append(
                    error(
                        self.document.display,
                        line,
                        f"duplicate key '{key}' (first at line {first_line[key]})",
                    )
                )
                continue
            first_line[key] = line
            self.document.lines[(*node_path, key)] = line
            result[key] = self.build(value_node, (*node_path, key))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        value: str = node.value
        tag = node.tag
        try:
            if tag == _NULL:
                return None
            if tag == _BOOL:
                return value.lower() == "true"
            if tag == _INT:
                return _to_int(value)
            if tag == _FLOAT:
                return _to_float(value)
        except ValueError:
            self.problems.append(
                error(self.document.display, node.start_mark.line + 1, f"not a {tag}: {value!r}")
            )
        if tag != _STR and not tag.startswith("tag:yaml.org,2002:"):
            self.problems.append(
                error(
                    self.document.display, node.start_mark.line + 1, f"unsupported YAML tag {tag}"
                )
            )
        return value


def _to_int(value: str) -> int:
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value)


def _to_float(value: str) -> float:
    lowered = value.lower()
    if lowered.endswith(".inf"):
        return -math.inf if lowered.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(value)
