"""Every owned reference the spec declares (`x-references`) is enforced on the spec's own
request examples: the example with the reference pointed at an id that names nothing is
refused with 422 and the declared catalogue id, at the field's place, and nothing is stored.

The cases are derived from the generated plans and the bundle, never listed by hand, so a
reference added to the spec is tested the day it is declared.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from spec_rules.schema_index import SchemaIndex
from spec_rules.types import FieldRules
from tests.mock.conftest import start_server, stop_server

pytestmark = pytest.mark.server

_NOWHERE = 2147483647  # the largest id the spec allows; no seed object has it
_WRITES = ("create", "replace", "update")


def _module(package: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"_declared_{name}", package / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _cases(
    package: Path, bundle: dict[str, Any]
) -> list[tuple[str, dict[str, Any], str, Any, FieldRules]]:
    resources = _module(package, "resources").RESOURCES
    routes = _module(package, "routes").ROUTES
    examples = bundle.get("components", {}).get("examples", {})
    index = SchemaIndex(bundle.get("components", {}).get("schemas", {}))
    out = []
    for route in routes:
        if route["kind"] not in _WRITES or route["action"] or route["resource"] not in resources:
            continue
        operation = bundle["paths"][route["path"]][route["method"].lower()]
        media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        for example_name, example in sorted(media.get("examples", {}).items()):
            if "$ref" in example:
                example = examples[example["$ref"].rsplit("/", 1)[1]]
            for rule in resources[route["resource"]]["rules"].references():
                if not _declares(index, media.get("schema", {}), rule.path):
                    continue  # the rule of another write schema of the collection
                case = _pointed_nowhere(example.get("value"), rule.path)
                if case is not None:
                    out.append((route["operation_id"], route, example_name, case, rule))
    return out


def _declares(index: SchemaIndex, schema: dict[str, Any], path: tuple[str, ...]) -> bool:
    """Whether the request schema has a property at `path` (`*` steps into array items)."""
    node: dict[str, Any] | None = schema
    for step in path:
        if node is None:
            return False
        if step == "*":
            node = index.item_schema(node)
            continue
        props = {p.name: p.schema for p in index.properties(node)}
        node = props.get(step)
    return node is not None


def _pointed_nowhere(value: Any, path: tuple[str, ...]) -> Any:
    """The example with the reference at `path` set to an id that names nothing; None when the
    example has no place for it (an array it does not carry)."""
    if not isinstance(value, dict):
        return None
    body = copy.deepcopy(value)
    node: Any = body
    for step in path[:-1]:
        if step == "*":
            node = node[0] if isinstance(node, list) and node else None
        else:
            node = node.get(step) if isinstance(node, dict) else None
        if node is None:
            return None
    if not isinstance(node, dict):
        return None
    node[path[-1]] = _NOWHERE
    return body


def _place(path: tuple[str, ...]) -> str:
    return "/".join("0" if step == "*" else step for step in path)


def _url(client: httpx.Client, route: dict[str, Any], resources: dict[str, Any]) -> str | None:
    """The route's URL with the ids of objects that exist: the first parent that has the
    sub-objects the route needs."""
    segments = route["segments"]
    needs_id = [param is not None for _, param in segments]
    if route["kind"] == "create":
        needs_id[-1] = False

    def walk(position: int, url: str) -> str | None:
        if position == len(segments):
            return url
        name = segments[position][0]
        here = f"{url}/{name}"
        if not needs_id[position]:
            return walk(position + 1, here)
        listed = client.get(here)
        if listed.status_code != 200:
            return None
        key = "/".join(n for n, _ in segments[: position + 1])
        for entry in listed.json().get("data", []):
            found = walk(position + 1, f"{here}/{entry[resources[key]['id_field']]}")
            if found is not None:
                return found
        return None

    return walk(0, "")


@pytest.fixture(scope="module")
def cases(
    mock_package: Path, bundle: Path
) -> list[tuple[str, dict[str, Any], str, Any, FieldRules]]:
    import yaml

    document = yaml.safe_load(bundle.read_text(encoding="utf-8"))
    return _cases(mock_package, document)


@pytest.fixture(scope="module")
def fresh(mock_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server of its own: the seed objects as the spec gives them, untouched by other tests."""
    running = start_server(
        mock_package, tmp_path_factory.mktemp("log") / "refs.log", "--no-rate-limit"
    )
    with running.client() as http:
        yield http
    stop_server(running)


def test_every_declared_reference_in_the_examples_is_refused(
    fresh: httpx.Client,
    cases: list[tuple[str, dict[str, Any], str, Any, FieldRules]],
    mock_package: Path,
) -> None:
    client = fresh
    resources = _module(mock_package, "resources").RESOURCES
    assert len(cases) >= 20, "the spec's examples should exercise its references"
    stored, wrong = [], []
    for operation_id, route, example_name, body, rule in cases:
        url = _url(client, route, resources)
        assert url is not None, f"{operation_id}: no object to write to"
        before = client.get(url).json() if route["kind"] != "create" else None
        answer = client.request(route["method"], url, json=body)
        ref = rule.rules.references
        assert ref is not None
        where = _place(rule.path)
        label = f"{operation_id} ({example_name}) {where}"
        if answer.status_code < 300:
            stored.append(label)
            continue
        error = answer.json()
        names = [f.get("name") for f in error.get("fields", [])]
        if answer.status_code != 422 or error.get("error_id") != ref.error_id or where not in names:
            wrong.append(f"{label}: {answer.status_code} {json.dumps(error)[:200]}")
        if before is not None:
            assert client.get(url).json() == before, f"{label}: a refused write changed the object"
    assert not stored, f"{len(stored)} of {len(cases)} dangling references stored: {stored}"
    assert not wrong, "\n".join(wrong)
