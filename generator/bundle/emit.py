"""Serialise the bundle: readable YAML for people, JSON for tools, both byte-stable."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _ReadableDumper(_Base):  # type: ignore[misc]
    """Block scalars for multi-line text (descriptions stay readable in review), short lists of
    scalars on one line as the sources write them, and no line folding, so a one-word change in a
    description is a one-line diff."""


# Plain scalars that a YAML 1.2 reader (Spectral, Redocly, most other tools) would not read as a
# string, although PyYAML's YAML 1.1 rules leave them unquoted: `0123456789` is an integer there.
_NOT_A_STRING_IN_YAML_12 = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~"
)


def _represent_str(dumper: Any, value: str) -> Any:
    style: str | None = None
    if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")):
        style = "|"
    elif _NOT_A_STRING_IN_YAML_12.fullmatch(value):
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _is_inline_scalar(value: Any) -> bool:
    return (
        value is None
        or isinstance(value, bool | int | float)
        or (isinstance(value, str) and "\n" not in value)
    )


def _represent_list(dumper: Any, value: list[Any]) -> Any:
    flow = bool(value) and all(map(_is_inline_scalar, value)) and len(repr(value)) <= 60
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_ReadableDumper.add_representer(str, _represent_str)
_ReadableDumper.add_representer(list, _represent_list)


def to_yaml(document: Any) -> str:
    text: str = yaml.dump(
        document,
        Dumper=_ReadableDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
    return text


def to_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
