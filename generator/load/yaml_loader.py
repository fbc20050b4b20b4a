"""A YAML loader that remembers the line of every node, refuses duplicate keys and stays bounded.

PyYAML silently keeps the last of two equal keys (so do openapi-spec-validator and schemathesis),
which hides a whole half of an edited operation; and a plain `safe_load` forgets where a value
came from, so no later stage could say `file:line`. We read libyaml's events (fast, and unlike
its composer safe on hostile input: see yaml_events.py) and build plain dicts/lists ourselves,
recording `path -> line` on the side.

Scalars follow the YAML 1.2 core schema, like Redocly and every JSON tool: `yes`/`no`/`on` stay
strings and `2026-11-20` stays a string (PyYAML's YAML 1.1 would make a bool and a date).
Mapping keys are always strings (`200:` is the key "200"), as in JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import SpecError, error
from generator.load.limits import MAX_FILE_BYTES
from generator.load.yaml_events import EventBuilder, NodePath, PathKey

__all__ = ["NodePath", "PathKey", "YamlDocument", "load_yaml", "parse_yaml"]


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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = (
                f"file is {size:,} bytes; spec files are limited to {MAX_FILE_BYTES:,} "
                "(generator/load/limits.py)"
            )
            raise SpecError([error(display, 1, message)])
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([error(display, 1, f"cannot read: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = f"not UTF-8 text: {exc.reason} (byte 0x{raw[exc.start]:02x})"
        raise SpecError([error(display, line, message)]) from None
    return parse_yaml(text, path, display)


def parse_yaml(text: str, path: Path, display: str) -> YamlDocument:
    builder = EventBuilder(display)
    try:
        data = builder.build(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        context = f" ({exc.context})" if exc.context and exc.problem else ""
        message = f"YAML syntax error: {problem}{context}"
        raise SpecError([*builder.problems, error(display, line, message)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.encode("utf-8", "replace")[: exc.position].count(b"\n") + 1
        message = f"not a YAML text file: {exc.reason} (character {exc.character!r})"
        raise SpecError([error(display, line, message)]) from None
    except yaml.YAMLError as exc:
        raise SpecError([error(display, 1, f"YAML syntax error: {exc}")]) from None
    document = YamlDocument(path=path, display=display, data=data, lines=builder.lines)
    document.lines.setdefault((), 1)
    if builder.problems:
        raise SpecError(builder.problems)
    return document
