"""Every example in the spec is a valid instance of the schema it illustrates.

Examples drift from schemas silently (STYLE.md anti-patterns); the mock serves them and the
contract tests replay them, so a wrong example would become wrong behaviour.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import BUNDLE_JSON, operations, resolve

_BUNDLE: dict[str, Any] = json.loads(BUNDLE_JSON.read_text(encoding="utf-8"))
_URI = "urn:books-api:bundle"


_REGISTRY: Registry = Registry().with_resource(_URI, DRAFT202012.create_resource(_BUNDLE))


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{_URI}#/{pointer}"},
        registry=_REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _media_examples() -> Iterator[tuple[str, str, Any]]:
    """(test id, JSON pointer of the media type's schema, example value) for JSON bodies."""
    for path, method, op in operations(_BUNDLE):
        bodies: list[tuple[str, Any, tuple[str, ...]]] = []
        if "requestBody" in op:
            body = resolve(_BUNDLE, op["requestBody"])
            bodies.append(("request", body, ("paths", path, method, "requestBody")))
        for status, response in op["responses"].items():
            ref = response.get("$ref")
            base = (
                tuple(ref.removeprefix("#/").split("/"))
                if ref
                else ("paths", path, method, "responses", status)
            )
            bodies.append((status, resolve(_BUNDLE, response), base))
        for label, body, base in bodies:
            for media, content in body.get("content", {}).items():
                if media != "application/json":
                    continue
                pointer = _pointer(*base, "content", media, "schema")
                for name, example in content.get("examples", {}).items():
                    value = resolve(_BUNDLE, example)["value"]
                    yield f"{op['operationId']}:{label}:{name}", pointer, value


_CASES = list(_media_examples())


def test_every_operation_has_examples() -> None:
    ops_with_examples = {case[0].split(":")[0] for case in _CASES}
    all_ops = {op["operationId"] for _, _, op in operations(_BUNDLE)}
    pdf_only = {
        op["operationId"]
        for _, _, op in operations(_BUNDLE)
        if op["operationId"].endswith(("_get_pdf", "_get_html"))
    }
    assert all_ops - pdf_only - ops_with_examples == set()


@pytest.mark.parametrize(("case", "pointer", "value"), _CASES, ids=[c[0] for c in _CASES])
def test_media_example_is_valid(case: str, pointer: str, value: Any) -> None:
    errors = sorted(_validator(pointer).iter_errors(value), key=lambda e: list(e.path))
    assert not errors, "\n".join(
        f"{case}: /{'/'.join(map(str, e.path))}: {e.message}" for e in errors
    )


def _schema_examples() -> Iterator[tuple[str, str, Any]]:
    """Every `example` written inside a component schema, parameter or header."""

    def walk(node: Any, parts: tuple[str, ...]) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            if "example" in node and parts[-1] not in ("properties",):
                yield "/".join(parts[2:]), "/".join(_pointer(p) for p in parts), node["example"]
            for key, child in node.items():
                if key not in ("example", "examples", "x-catalogue"):
                    yield from walk(child, (*parts, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, (*parts, str(index)))

    for section in ("schemas",):
        yield from walk(_BUNDLE["components"].get(section, {}), ("components", section))
    for section in ("parameters", "headers"):
        for name, item in _BUNDLE["components"].get(section, {}).items():
            if "example" in item and "schema" in item:
                pointer = "/".join(_pointer(p) for p in ("components", section, name, "schema"))
                yield f"{section}/{name}", pointer, item["example"]


_SCHEMA_CASES = list(_schema_examples())


@pytest.mark.parametrize(
    ("case", "pointer", "value"), _SCHEMA_CASES, ids=[c[0] for c in _SCHEMA_CASES]
)
def test_schema_example_is_valid(case: str, pointer: str, value: Any) -> None:
    errors = list(_validator(pointer).iter_errors(value))
    assert not errors, f"{case}: {errors[0].message}"
