from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load import yaml_events
from generator.load.yaml_loader import YamlDocument, parse_yaml


def _parse(text: str) -> YamlDocument:
    return parse_yaml(text, Path("spec.yaml"), "spec.yaml")


def _problems(text: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        _parse(text)
    return [str(d) for d in caught.value.diagnostics]


def test_an_alias_is_a_copy_with_the_anchors_lines() -> None:
    doc = _parse("a: &x\n  b: 1\n  c: [2]\nd: *x\n")
    assert doc.data == {"a": {"b": 1, "c": [2]}, "d": {"b": 1, "c": [2]}}
    assert doc.data["a"] is not doc.data["d"]
    assert doc.lines[("d",)] == 4
    assert doc.lines[("d", "b")] == 2
    assert doc.lines[("d", "c", 0)] == 3


def test_scalar_anchors_work_as_keys_and_values() -> None:
    assert _parse("a: &k name\n*k : 2\nb: *k\n").data == {"a": "name", "name": 2, "b": "name"}


def test_keys_stay_as_written() -> None:
    assert list(_parse("200: a\n0x1f: b\ntrue: c\n").data) == ["200", "0x1f", "true"]


def test_nesting_deeper_than_the_limit_stops_at_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_events, "MAX_DEPTH", 3)
    assert _parse("a:\n  b:\n    c: 1\n").data == {"a": {"b": {"c": 1}}}
    assert _problems("a:\n  b:\n    c:\n      d: 1\n") == [
        "spec.yaml:4: error: nesting deeper than 3 levels (limit in generator/load/limits.py)"
    ]


def test_an_alias_counts_at_its_expanded_depth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_events, "MAX_DEPTH", 3)
    assert _problems("a: &x [[1]]\nb: [*x]\n") == [
        "spec.yaml:2: error: alias *x nests deeper than 3 levels "
        "(limit in generator/load/limits.py)"
    ]


def test_alias_expansion_is_charged_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_events, "MAX_NODES", 30)
    text = "a: &a [1, 2, 3, 4]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n"
    (problem,) = _problems(text)
    assert problem.startswith("spec.yaml:3: error: more than 30 YAML nodes (aliases expanded)")


def test_alias_count_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_events, "MAX_ALIASES", 2)
    (problem,) = _problems("a: &a 1\nb: [*a, *a, *a]\n")
    assert problem.startswith("spec.yaml:2: error: more than 2 YAML aliases")


def test_an_alias_inside_its_own_anchor_is_circular() -> None:
    assert _problems("a: &loop\n  - b\n  - *loop\n") == [
        "spec.yaml:3: error: circular reference: "
        "alias *loop is inside its own anchor &loop (line 1)"
    ]


def test_unknown_alias_tags_and_documents_are_errors() -> None:
    assert _problems("a: *nowhere\n") == [
        "spec.yaml:1: error: YAML alias *nowhere has no anchor &nowhere before it"
    ]
    assert _problems("a: !!python/tuple [1, 2]\n") == [
        "spec.yaml:1: error: unsupported YAML tag tag:yaml.org,2002:python/tuple"
    ]
    assert _problems("a: 1\n---\nb: 2\n") == [
        "spec.yaml:2: error: a spec file holds one YAML document (found a second '---')"
    ]


def test_a_collection_key_is_refused_and_its_value_dropped() -> None:
    assert _problems("? [a, b]\n: c\nd: 1\n") == ["spec.yaml:1: error: mapping key is not a scalar"]


def test_control_characters_are_a_located_error() -> None:
    (problem,) = _problems("a: 1\nb: \x07\n")
    assert problem.startswith("spec.yaml:2: error: not a YAML text file")
