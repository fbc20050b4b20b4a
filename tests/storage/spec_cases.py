"""What the storage tests write, found in the generated plans and the bundle, not hard-coded.

A storage test needs a collection it can create, read, change and delete with bodies the
server accepts; the gap-free numbering test needs one whose creates get a document number.
Both come from `generated/mock_server` (the collections, their routes and rules) and
`generated/openapi.json` (the request examples of the operations), so they follow the spec.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mock_runtime.config import DEFAULT_PACKAGE
from mock_runtime.loader import load_package

BUNDLE = DEFAULT_PACKAGE.parent / "openapi.json"


@dataclass(frozen=True)
class Collection:
    key: str  # the stored collection, e.g. "clients"
    path: str  # below the API prefix, e.g. "/clients"
    id_field: str
    create_body: dict[str, Any]
    update_method: str  # PATCH (or PUT)
    update_body: dict[str, Any]
    number_field: str | None  # set when creates are numbered (unique per account)

    def body(self) -> dict[str, Any]:
        return copy.deepcopy(self.create_body)


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(
        f"_storage_{name}", Path(DEFAULT_PACKAGE) / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _bundle() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(BUNDLE.read_text(encoding="utf-8"))
    return loaded


def _example(route: dict[str, Any]) -> dict[str, Any] | None:
    """The first JSON request example of the route's operation."""
    bundle = _bundle()
    operation = bundle["paths"][route["path"]][route["method"].lower()]
    media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    for _, example in sorted(media.get("examples", {}).items()):
        if "$ref" in example:
            example = bundle["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
        if isinstance(example.get("value"), dict):
            return dict(example["value"])
    return None


@cache
def collections() -> tuple[Collection, ...]:
    """Every top-level collection with create, read, update and delete and request examples."""
    resources = _module("resources").RESOURCES
    routes = _module("routes").ROUTES
    found = []
    for key, resource in resources.items():
        if resource["parents"]:
            continue
        plain = {r["kind"]: r for r in routes if r["resource"] == key and not r["action"]}
        if not {"create", "read", "delete"} <= set(plain):
            continue
        update = plain.get("update") or plain.get("replace")
        create_body = _example(plain["create"])
        update_body = _example(update) if update else None
        if update is None or create_body is None or update_body is None:
            continue
        rules = resource["rules"]
        numbered = rules.numbering is not None and rules.numbering.unique
        number_field = rules.number_field if numbered else None
        if number_field:  # the server numbers a create that leaves the number out
            create_body.pop(number_field, None)
            update_body.pop(number_field, None)
        found.append(
            Collection(
                key=key,
                path=resource["collection_path"],
                id_field=resource["id_field"],
                create_body=create_body,
                update_method=update["method"],
                update_body=update_body,
                number_field=number_field,
            )
        )
    assert found, "the spec declares no top-level collection with examples to write"
    return tuple(found)


def plain_collection() -> Collection:
    return collections()[0]


def numbered_collection() -> Collection:
    numbered = [c for c in collections() if c.number_field]
    assert numbered, "the spec declares no numbered collection with a create example"
    return numbered[0]


def sequence_of(number: str) -> int:
    """The sequence part of a document number: its trailing digits (the prefix comes first)."""
    match = re.search(r"(\d+)$", number)
    assert match, f"document number {number!r} ends in no sequence number"
    return int(match.group(1))


@cache
def list_items_field() -> str:
    """The member of a list answer that holds the objects (the spec's list envelope)."""
    return load_package(Path(DEFAULT_PACKAGE)).list_envelope.data
