"""House rules of openapi/README.md that Spectral cannot express, checked on the bundle.

Spectral (.spectral.yaml) enforces the per-node rules; these need a view across nodes: which
operations share a path, what a link points at, which components are used.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.conftest import SPEC_DIR, operations, resolve

_SCALARS = {"string", "integer", "number", "boolean"}


def _root() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((SPEC_DIR / "openapi.yaml").read_text(encoding="utf-8"))
    return data


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type", [])
    return {kind} if isinstance(kind, str) else set(kind)


def test_component_file_names_are_unique() -> None:
    stems = Counter(
        p.stem
        for p in SPEC_DIR.rglob("*.yaml")
        if p.parent.name
        in {"schemas", "parameters", "responses", "headers", "examples", "security"}
    )
    assert [name for name, count in stems.items() if count > 1] == []


def test_domain_folders_match_tags(bundle: dict[str, Any]) -> None:
    """One source of truth for the domain list: the root's tags; folders and operations follow."""
    tags = {tag["name"].lower().replace(" ", "_"): tag["name"] for tag in _root()["tags"]}
    folders = {p.name for p in (SPEC_DIR / "domains").iterdir() if p.is_dir()}
    assert folders == set(tags)
    for url, ref in _root()["paths"].items():
        folder = ref["$ref"].split("/")[1]
        for method, op in bundle["paths"][url].items():
            if isinstance(op, dict) and "operationId" in op:
                assert op["tags"] == [tags[folder]], f"{method.upper()} {url}"
    assert {t for _, _, op in operations(bundle) for t in op["tags"]} == set(tags.values())


def test_operation_ids_are_unique(bundle: dict[str, Any]) -> None:
    ids = Counter(op["operationId"] for _, _, op in operations(bundle))
    assert [i for i, n in ids.items() if n > 1] == []


# Subschemas that constrain properties defined elsewhere (cross-field rules), and data.
_NOT_DEFINITIONS = (
    "properties",
    "example",
    "examples",
    "if",
    "then",
    "else",
    "not",
    "dependentSchemas",
)


def _walk_properties(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            if isinstance(prop, dict):  # `false` (never allowed) needs no description
                found.append((f"{where}.{name}", prop))
        for key, child in node.items():
            if key not in _NOT_DEFINITIONS and not key.startswith("x-"):
                found += _walk_properties(child, f"{where}/{key}")
        for name, prop in node.get("properties", {}).items():
            found += _walk_properties(prop, f"{where}.{name}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _walk_properties(child, f"{where}[{index}]")
    return found


def test_every_property_has_description_and_scalars_an_example(bundle: dict[str, Any]) -> None:
    missing = []
    for where, prop in _walk_properties(bundle["components"]["schemas"], "#"):
        target = resolve(bundle, prop)
        if "description" not in prop and "description" not in target:
            missing.append(f"{where}: no description")
        has_example = "example" in prop or "example" in target
        fixed_values = "enum" in target or "const" in target
        if _types(target) & _SCALARS and not has_example and not fixed_values:
            missing.append(f"{where}: no example")
    assert missing == []


def test_every_parameter_and_header_is_described_with_example(bundle: dict[str, Any]) -> None:
    missing = []
    for section in ("parameters", "headers"):
        for name, item in bundle["components"].get(section, {}).items():
            for key in ("description", "example"):
                if key not in item:
                    missing.append(f"{section}/{name}: no {key}")
    assert missing == []


def _request_schema(bundle: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    if "requestBody" not in op:
        return None
    body = resolve(bundle, op["requestBody"])
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def test_bodies_are_named_components(bundle: dict[str, Any]) -> None:
    """Inline bodies become unreadable class names in generated clients (STYLE.md)."""
    inline = []
    for path, method, op in operations(bundle):
        schema = _request_schema(bundle, op)
        if schema is not None and "$ref" not in schema:
            inline.append(f"{method.upper()} {path} request")
        for status, response in op["responses"].items():
            for media, content in resolve(bundle, response).get("content", {}).items():
                if (
                    media in ("application/json", "application/xml")
                    and "$ref" not in content["schema"]
                ):
                    inline.append(f"{method.upper()} {path} {status} {media}")
    assert inline == []


def test_write_schemas_are_closed_and_hold_no_read_only_field(bundle: dict[str, Any]) -> None:
    problems = []
    for _, method, op in operations(bundle):
        schema = _request_schema(bundle, op)
        if schema is None:
            continue
        name = schema["$ref"].rsplit("/", 1)[1]
        target = resolve(bundle, schema)
        if target.get("additionalProperties") is not False:
            problems.append(f"{name}: additionalProperties is not false")
        for prop_name, prop in target.get("properties", {}).items():
            if prop.get("readOnly"):
                problems.append(f"{name}.{prop_name}: readOnly in a write schema")
        if method == "patch" and target.get("minProperties") != 1:
            problems.append(f"{name}: PATCH schema without minProperties: 1")
    assert sorted(set(problems)) == []


def test_error_statuses_follow_the_operation_shape(bundle: dict[str, Any]) -> None:
    problems = []
    for path, _, op in operations(bundle):
        statuses = set(op["responses"])
        has_content = any(
            resolve(bundle, r).get("content")
            for s, r in op["responses"].items()
            if s.startswith("2")
        )
        if "{" in path and "404" not in statuses:
            problems.append(f"{op['operationId']}: object path without 404")
        if has_content and "406" not in statuses:
            problems.append(f"{op['operationId']}: answers with a body but has no 406")
        if "500" in statuses:
            problems.append(
                f"{op['operationId']}: declares 500; a conforming server never answers it"
            )
    assert problems == []


def test_id_parameters_are_bounded_and_named_like_the_id_field(bundle: dict[str, Any]) -> None:
    problems = []
    for path, method, op in operations(bundle):
        params = [resolve(bundle, p) for p in bundle["paths"][path].get("parameters", [])]
        for param in params:
            if param["in"] != "path":
                continue
            schema = resolve(bundle, param["schema"])
            if schema.get("type") == "integer" and (
                schema.get("minimum") != 1 or "maximum" not in schema
            ):
                problems.append(f"{path}: {param['name']} not bounded 1..max")
        last = re.findall(r"\{(\w+)\}$", path)
        if method == "get" and last and last[0].endswith("_id"):
            ok = resolve(bundle, op["responses"]["200"])["content"]["application/json"]["schema"]
            props = _all_properties(bundle, resolve(bundle, ok))
            if last[0] not in props:
                problems.append(f"{op['operationId']}: read schema has no {last[0]}")
    assert problems == []


def _all_properties(bundle: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    props = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props |= _all_properties(bundle, resolve(bundle, part))
    return props


def test_lists_page_sort_and_answer_the_envelope(bundle: dict[str, Any]) -> None:
    problems = []
    for _, _, op in operations(bundle):
        if not op["operationId"].endswith("_list"):
            continue
        names = {resolve(bundle, p)["name"] for p in op.get("parameters", [])}
        for needed in ("page", "per_page", "sort", "format"):
            if needed not in names:
                problems.append(f"{op['operationId']}: no {needed} parameter")
        content = resolve(bundle, op["responses"]["200"])["content"]
        envelope = resolve(bundle, content["application/json"]["schema"])
        if set(envelope.get("required", [])) != {"data", "meta", "links"}:
            problems.append(f"{op['operationId']}: not the list envelope")
        if "text/csv" not in content:
            problems.append(f"{op['operationId']}: no CSV")
    assert problems == []


def test_creates_link_to_what_they_created(bundle: dict[str, Any]) -> None:
    """Stateful fuzzing walks the API through these links (schemathesis state machine)."""
    by_path = {path: item for path, item in bundle["paths"].items()}
    problems = []
    for path, method, op in operations(bundle):
        if method != "post" or "201" not in op["responses"] or op["operationId"].endswith("_send"):
            continue
        links = {link["operationId"] for link in op["responses"]["201"].get("links", {}).values()}
        item_paths = [p for p in by_path if re.fullmatch(re.escape(path) + r"/\{\w+\}", p)]
        for item_path in item_paths:
            for verb in ("get", "put", "patch", "delete"):
                target = by_path[item_path].get(verb)
                if target and target["operationId"] not in links:
                    problems.append(f"{op['operationId']} does not link {target['operationId']}")
    assert problems == []


def test_parents_link_to_their_subdomain_lists(bundle: dict[str, Any]) -> None:
    problems = []
    for path, item in bundle["paths"].items():
        if "get" not in item or not re.search(r"\{\w+\}$", path):
            continue
        links = {
            lk["operationId"] for lk in item["get"]["responses"]["200"].get("links", {}).values()
        }
        for sub, sub_item in bundle["paths"].items():
            if not re.fullmatch(re.escape(path) + r"/[a-z_]+", sub) or "get" not in sub_item:
                continue
            target = sub_item["get"]["operationId"]
            if target.endswith("_list") and target not in links:
                problems.append(f"{item['get']['operationId']} -> {target}")
    assert problems == []


def test_links_point_at_existing_operations(bundle: dict[str, Any]) -> None:
    ids = {op["operationId"]: (path, op) for path, _, op in operations(bundle)}
    problems = []
    for _, _, op in operations(bundle):
        for status, response in op["responses"].items():
            for name, link in resolve(bundle, response).get("links", {}).items():
                target = link["operationId"]
                if target not in ids:
                    problems.append(f"{op['operationId']} {status} {name}: unknown {target}")
                    continue
                target_path = ids[target][0]
                needed = set(re.findall(r"\{(\w+)\}", target_path))
                if needed - set(link.get("parameters", {})):
                    problems.append(
                        f"{op['operationId']} {name}: misses {needed - set(link['parameters'])}"
                    )
    assert problems == []


def test_no_unused_components(bundle: dict[str, Any]) -> None:
    text = json.dumps({k: v for k, v in bundle.items() if k != "components"})
    text += json.dumps(bundle["components"])
    unused = []
    for section, items in bundle["components"].items():
        if section == "securitySchemes":
            continue
        for name in items:
            if f'"#/components/{section}/{name}"' not in text:
                unused.append(f"{section}/{name}")
    assert unused == []


@pytest.mark.parametrize("name", ["ApiKeyAuth", "BearerAuth", "BasicAuth"])
def test_three_alternative_security_schemes(bundle: dict[str, Any], name: str) -> None:
    assert {name: []} in bundle["security"]
    assert name in bundle["components"]["securitySchemes"]


def test_spec_sources_are_in_the_documented_layout() -> None:
    allowed = {"paths", "schemas", "parameters", "examples", "responses", "headers", "security"}
    allowed.add("releases")  # the release baseline and the acknowledged breaking changes
    stray = [
        str(p.relative_to(SPEC_DIR))
        for p in SPEC_DIR.rglob("*.yaml")
        if p.parent != SPEC_DIR and p.parent.name not in allowed
    ]
    assert stray == []
    assert Path(SPEC_DIR / "README.md").is_file()
