from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load.yaml_loader import parse_yaml

HERE = Path("spec.yaml")


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_yaml(text, HERE, "spec.yaml")


def test_every_node_has_its_line() -> None:
    doc = _parse("a:\n  b: 1\n  c:\n    - x\n    - y\n")
    assert doc.data == {"a": {"b": 1, "c": ["x", "y"]}}
    assert doc.lines[("a",)] == 1
    assert doc.lines[("a", "b")] == 2
    assert doc.lines[("a", "c", 1)] == 5
    assert doc.line_of(("a", "c", 1, "missing")) == 5


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    with pytest.raises(SpecError) as caught:
        _parse("a: 1\nb: 2\na: 3\n")
    assert [str(d) for d in caught.value.diagnostics] == [
        "spec.yaml:3: error: duplicate key 'a' (first at line 1)"
    ]


def test_syntax_error_has_a_line() -> None:
    with pytest.raises(SpecError) as caught:
        _parse("a: 1\nb: c: d\n")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.line == 2
    assert diagnostic.message.startswith("YAML syntax error: mapping values are not allowed")


def test_yaml_1_2_core_scalars() -> None:
    doc = _parse("a: yes\nb: 2026-11-20\nc: 0x1f\nd: ~\ne: 1.5\nf: True\n200: ok\n")
    assert doc.data == {
        "a": "yes",
        "b": "2026-11-20",
        "c": 31,
        "d": None,
        "e": 1.5,
        "f": True,
        "200": "ok",
    }


def test_quoted_and_tagged_scalars_stay_strings() -> None:
    assert _parse("a: '1'\nb: !!str 2\n").data == {"a": "1", "b": "2"}


def test_empty_file_is_none() -> None:
    assert _parse("").data is None
