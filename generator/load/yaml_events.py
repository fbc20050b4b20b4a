"""Build plain data from libyaml's event stream, within the limits of limits.py.

`yaml.compose` cannot be bounded: its composer recurses in C, so a deep flow sequence kills the
process before Python sees an exception, and it shares aliased nodes that any walk then expands
without end. Reading events instead (libyaml's parser keeps its own heap stack) lets us count
depth, nodes and alias expansions as they arrive and stop at the first line that crosses a limit.

Each value records its line (a mapping value: its key's line) in a `path -> line` map. An alias
is a deep copy of its anchor's value and lines, charged at the anchor's full size; an alias used
inside its own anchor is a circular reference (PyYAML would build a recursive object).
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from typing import Any, NoReturn

import yaml

from generator.diagnostics import Diagnostic, SpecError, error
from generator.load.limits import MAX_ALIASES, MAX_DEPTH, MAX_NODES

PathKey = str | int
NodePath = tuple[PathKey, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SEE_LIMITS = "(limit in generator/load/limits.py)"
_KEY_SKIPPED = "\0skipped key"  # stands in for a key that is not a scalar; its value is dropped

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

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # events only: no construction


@dataclass
class _Anchored:
    value: Any
    lines: list[tuple[NodePath, int]]  # relative to the anchored value
    size: int  # nodes, aliases expanded
    height: int  # levels below the value
    line: int
    done: bool = True
    raw: str | None = None  # a scalar's text, for use as a mapping key


@dataclass
class _Frame:
    path: NodePath
    container: dict[str, Any] | list[Any]
    line: int
    anchor: str | None
    log_start: int
    size: int = 1
    height: int = 0
    key: tuple[str, int] | None = None  # a mapping's key waiting for its value
    first_line: dict[str, int] = field(default_factory=dict)


class EventBuilder:
    """One document's data and line map, built from events; raises SpecError on a limit."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.lines: dict[NodePath, int] = {}
        self.problems: list[Diagnostic] = []
        self._log: list[tuple[NodePath, int]] = []  # every line recorded, for anchors to copy
        self._stack: list[_Frame] = []
        self._anchors: dict[str, _Anchored] = {}
        self._nodes = 0
        self._aliases = 0
        self._root: Any = None
        self._documents = 0

    def build(self, text: str) -> Any:
        parser = _Parser(text)
        try:
            while parser.check_event():
                self._event(parser.get_event())
        finally:
            parser.dispose()
        return self._root

    def _event(self, event: yaml.Event) -> None:
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.DocumentStartEvent):
            self._documents += 1
            if self._documents > 1:
                self._stop(line, "a spec file holds one YAML document (found a second '---')")
        elif isinstance(event, yaml.ScalarEvent):
            self._scalar(event, line)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._open(event, line)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self._close()
        elif isinstance(event, yaml.AliasEvent):
            self._alias(str(event.anchor), line)

    def _stop(self, line: int, message: str) -> NoReturn:
        raise SpecError([*self.problems, error(self.display, line, message)])

    def _charge(self, line: int, nodes: int) -> None:
        self._nodes += nodes
        if self._nodes > MAX_NODES:
            self._stop(
                line,
                f"more than {MAX_NODES:,} YAML nodes (aliases expanded): "
                f"is this an alias bomb? {_SEE_LIMITS}",
            )

    def _next_path(self) -> NodePath | None:
        """Where the next value goes; None for a mapping key."""
        if not self._stack:
            return ()
        top = self._stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        if top.key is None:
            return None
        return (*top.path, top.key[0])

    def _record(self, path: NodePath, line: int) -> None:
        if path not in self.lines:
            self.lines[path] = line
            self._log.append((path, line))

    def _scalar(self, event: yaml.ScalarEvent, line: int) -> None:
        self._charge(line, 1)
        path = self._next_path()
        if path is None:  # keys stay as written: `200:` is "200", `0x1f:` is "0x1f"
            value: Any = event.value
        else:
            value = self._scalar_value(event, line)
            self._record(path, line)
        if event.anchor:
            self._anchors[event.anchor] = _Anchored(
                value, [((), line)], 1, 0, line, raw=event.value
            )
        self._place(value, line, size=1, height=0, key_text=event.value)

    def _open(self, event: yaml.CollectionStartEvent, line: int) -> None:
        if len(self._stack) >= MAX_DEPTH:
            self._stop(
                line,
                f"nesting deeper than {MAX_DEPTH} levels {_SEE_LIMITS}",
            )
        self._charge(line, 1)
        path = self._next_path()
        if path is None:  # a collection as a mapping key: build it aside, then refuse it
            path = (*self._stack[-1].path, _KEY_SKIPPED)
        else:
            self._record(path, line)
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        if event.tag not in (None, "!", _MAP, _SEQ):
            self.problems.append(error(self.display, line, f"unsupported YAML tag {event.tag}"))
        frame = _Frame(path, container, line, event.anchor, len(self._log))
        if event.anchor:
            self._anchors[event.anchor] = _Anchored(container, [], 0, 0, line, done=False)
        self._stack.append(frame)

    def _close(self) -> None:
        frame = self._stack.pop()
        if frame.anchor:
            prefix = len(frame.path)
            lines = [((), frame.line)] + [
                (path[prefix:], line) for path, line in self._log[frame.log_start :]
            ]
            self._anchors[frame.anchor] = _Anchored(
                frame.container, lines, frame.size, frame.height, frame.line
            )
        self._place(frame.container, frame.line, size=frame.size, height=frame.height)

    def _alias(self, name: str, line: int) -> None:
        anchored = self._anchors.get(name)
        if anchored is None:
            self._stop(line, f"YAML alias *{name} has no anchor &{name} before it")
        if not anchored.done:
            self._stop(
                line,
                f"circular reference: alias *{name} is inside its own anchor &{name} "
                f"(line {anchored.line})",
            )
        self._aliases += 1
        if self._aliases > MAX_ALIASES:
            self._stop(line, f"more than {MAX_ALIASES:,} YAML aliases {_SEE_LIMITS}")
        if len(self._stack) + anchored.height > MAX_DEPTH:
            self._stop(
                line,
                f"alias *{name} nests deeper than {MAX_DEPTH} levels {_SEE_LIMITS}",
            )
        self._charge(line, anchored.size)
        path = self._next_path()
        if path is not None:
            for relative, at in anchored.lines:
                self._record((*path, *relative), at)
        value = copy.deepcopy(anchored.value)
        self._place(value, line, size=anchored.size, height=anchored.height, key_text=anchored.raw)

    def _place(
        self, value: Any, line: int, *, size: int, height: int, key_text: str | None = None
    ) -> None:
        if not self._stack:
            self._root = value
            return
        top = self._stack[-1]
        top.size += size
        top.height = max(top.height, height + 1)
        if isinstance(top.container, list):
            top.container.append(value)
            return
        if top.key is None:
            top.key = self._key(top, key_text, line)
            return
        key, _ = top.key
        top.key = None
        if key != _KEY_SKIPPED:
            top.container[key] = value

    def _key(self, top: _Frame, key: str | None, line: int) -> tuple[str, int]:
        if key is None:
            self.problems.append(error(self.display, line, "mapping key is not a scalar"))
            return _KEY_SKIPPED, line
        if key in top.first_line:
            self.problems.append(
                error(
                    self.display,
                    line,
                    f"duplicate key '{key}' (first at line {top.first_line[key]})",
                )
            )
            return _KEY_SKIPPED, line
        top.first_line[key] = line
        path = (*top.path, key)
        self.lines[path] = line
        self._log.append((path, line))
        return key, line

    def _scalar_value(self, event: yaml.ScalarEvent, line: int) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolve(value, event.implicit[0])
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
            self.problems.append(error(self.display, line, f"not a {tag}: {value!r}"))
        if tag != _STR and not tag.startswith("tag:yaml.org,2002:"):
            self.problems.append(error(self.display, line, f"unsupported YAML tag {tag}"))
        return value


def _resolve(value: str, plain: bool) -> str:
    """YAML 1.2 core schema for plain scalars; quoted ones are strings."""
    if plain:
        for tag, pattern in _CORE_RULES:
            if pattern.match(value):
                return tag
    return _STR


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
