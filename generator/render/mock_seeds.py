"""Seed objects: the spec's read examples become the objects every mock account starts with.

Per collection, the examples of the object `get` come first, then the rows of the list
examples and the entries of a parent's embedded lists (`items` of an invoice example). Only
examples valid against the read schema are kept, the first one of an id wins, and a
sub-object is kept only when its parent ids are known. The output is sorted by id.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema_rs

from generator.model.types import Api
from generator.render.mock_paths import analyse


def collect_seeds(
    api: Api, resources: dict[str, dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    registry = jsonschema_rs.Registry(
        [("urn:mock-seeds", {"components": {"schemas": api.schemas}})]
    )
    validators = {
        key: jsonschema_rs.validator_for(
            {"$ref": f"urn:mock-seeds#/components/schemas/{plan['read_schema']}"},
            registry=registry,
            validate_formats=True,
        )
        for key, plan in resources.items()
    }
    found: dict[str, list[Any]] = {key: [] for key in resources}
    ordered = sorted(api.operations, key=lambda o: (o.kind != "read", o.path, o.method))
    for op in ordered:
        info = analyse(op)
        if info.action or info.lookup or op.kind not in ("read", "list"):
            continue
        if info.collection not in resources:
            continue
        response = op.response(200)
        if response is None:
            continue
        for content in response.content:
            if content.media_type != "application/json":
                continue
            for _, value in content.examples:
                rows = value.get("data", []) if op.kind == "list" else [value]
                for row in rows if isinstance(rows, list) else []:
                    found[info.collection].append(row)
    # entries of embedded lists of the parents found so far
    for key, plan in resources.items():
        for field, child in plan.get("embedded", {}).items():
            for parent in list(found[key]):
                entries = parent.get(field) if isinstance(parent, dict) else None
                for entry in entries if isinstance(entries, list) else []:
                    found[child].append(entry)
    out: dict[str, list[dict[str, Any]]] = {}
    for key, plan in sorted(resources.items()):
        seen: dict[int, dict[str, Any]] = {}
        for row in found[key]:
            if not isinstance(row, dict) or not validators[key].is_valid(row):
                continue
            ident = row.get(plan["id_field"])
            parents = [row.get(p) for p in plan["parents"]]
            if not isinstance(ident, int) or not all(isinstance(p, int) for p in parents):
                continue
            seen.setdefault(ident, {"parents": parents, "object": copy.deepcopy(row)})
        out[key] = [seen[i] for i in sorted(seen)]
    return out
