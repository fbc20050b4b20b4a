"""Serialise the bundle: readable YAML for people, JSON for tools, both byte-stable."""

from __future__ import annotations

import json
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _ReadableDumper(_Base):  # type: ignore[misc]
    """Block scalars for multi-line text (descriptions stay readable in review) and no line
    folding, so a one-word change in a description is a one-line diff."""


def _represent_str(dumper: Any, value: str) -> Any:
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ReadableDumper.add_representer(str, _represent_str)


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
