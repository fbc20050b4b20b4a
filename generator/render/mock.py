"""Render `generated/mock_server/`: the data the hand-written `mock_runtime` serves.

The output is data only, no behaviour: a readable routes table (`routes.py`), the resource
plans (`resources.py`), the JSON Schemas the runtime compiles once at startup (`schemas.json`,
one document whose `$ref`s stay inside it), the spec's examples (`examples.json`) and the seed
objects every account starts with (`seeds.json`). Everything is sorted and formatted so that
the same spec always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.model.types import Api, Operation
from generator.render.mock_paths import analyse
from generator.render.mock_plan import Planner
from generator.render.mock_seeds import collect_seeds
from spec_rules import actions as spec_actions
from spec_rules import computed as spec_computed
from spec_rules import types as spec_types
from spec_rules.read import bulk_report, list_envelope, query_filter, rate_limit
from spec_rules.schema_index import SchemaIndex, ref_name
from spec_rules.types import RateLimit

T = TypeVar("T")
_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "mock"


def render_mock(api: Api, bundle: dict[str, Any], out_dir: Path) -> None:
    """Write the mock server package. `out_dir` is the package folder (`.../mock_server`);
    given its parent (`generated/`), the package is written into `mock_server/` below it."""
    if out_dir.name != "mock_server":
        out_dir = out_dir / "mock_server"
    out_dir.mkdir(parents=True, exist_ok=True)
    planner = Planner(api)
    resources = planner.resources()
    schemas_doc, routes = _routes(api, bundle)
    env = Environment(
        loader=FileSystemLoader(str(_TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,
    )
    env.filters["py"] = _py
    env.globals["named"] = _NAMED
    context: dict[str, Any] = {
        "title": api.title,
        "version": api.version,
        "prefix": _path_of(api.servers[0]) if api.servers else "",
        "seed_base": api.servers[0] if api.servers else "",
        "routes": routes,
        "resources": resources,
        "catalogue": [
            {"id": e.id, "status": e.status, "kind": e.kind, "title": e.title, "detail": e.detail}
            for e in sorted(api.error_catalogue, key=lambda e: e.id)
        ],
    }
    context["rate_limit"] = _rate_limit(bundle)
    context["list_envelope"] = _declared(api, "x-list-envelope", list_envelope)
    context["bulk_report"] = _declared(api, "x-bulk-report", bulk_report)
    context["imports"] = _rule_imports(resources)
    context["route_imports"] = _rule_imports(dict(enumerate(routes)))
    files = {
        "__init__.py": _ruff(env.get_template("__init__.py.j2").render(context)),
        "routes.py": _ruff(env.get_template("routes.py.j2").render(context)),
        "resources.py": _ruff(env.get_template("resources.py.j2").render(context)),
        "schemas.json": _json(schemas_doc),
        "examples.json": _json(_examples(api)),
        "seeds.json": _json(collect_seeds(api, resources)),
    }
    for name, text in files.items():
        (out_dir / name).write_text(text, encoding="utf-8")


def _declared(api: Api, name: str, read: Callable[[dict[str, Any]], T]) -> T | None:
    """The typed value of a shared convention a schema of the spec declares (the first)."""
    for schema_name in sorted(api.schemas):
        value = api.schemas[schema_name].get(name)
        if isinstance(value, dict):
            return read(value)
    return None


def _rate_limit(bundle: dict[str, Any]) -> RateLimit | None:
    """The rate limit the spec declares (`x-rate-limit` on a header's schema), if any."""
    headers = bundle.get("components", {}).get("headers", {}) or {}
    for name in sorted(headers):
        schema = headers[name].get("schema") if isinstance(headers[name], dict) else None
        if isinstance(schema, dict) and isinstance(schema.get("x-rate-limit"), dict):
            return rate_limit(schema["x-rate-limit"])
    return None


def _rule_imports(resources: dict[Any, Any]) -> list[tuple[str, list[str]]]:
    """The typed rule classes the plans use, by module, so the plans import exactly those."""
    text = "".join(_py(plan) for plan in resources.values())
    out = []
    for module in (spec_actions, spec_computed, spec_types):
        names = sorted(
            name
            for name, value in vars(module).items()
            if isinstance(value, type)
            and value.__module__ == module.__name__
            and re.search(rf"\b{name}[(.]", text)
        )
        if names:
            out.append((module.__name__, names))
    return out


def _path_of(server: str) -> str:
    """The URL path the API lives below, as the first server of the spec says (`/api/v1`)."""
    return urlsplit(server).path.rstrip("/")


# --------------------------------------------------------------------------- routes
def _routes(api: Api, bundle: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    index = SchemaIndex(api.schemas)
    operations: dict[str, Any] = {}
    headers: dict[str, Any] = {}
    routes = []
    for op in sorted(api.operations, key=lambda o: (o.path, o.method)):
        info = analyse(op)
        op_schemas: dict[str, Any] = {}
        params = []
        for location in ("path", "query", "header"):
            located = [p for p in op.parameters if p.location == location]
            for p in located:
                flat = index.flatten(p.schema)
                params.append(
                    (
                        p.name,
                        location,
                        p.required,
                        index.main_type(p.schema) or "string",
                        flat.get("default"),
                    )
                )
            if located:
                op_schemas[location] = {
                    "type": "object",
                    "properties": {p.name: p.schema for p in located},
                    "required": sorted(p.name for p in located if p.required),
                }
        request = None
        if op.request_body is not None:
            media = {}
            for content in op.request_body.content:
                media[content.media_type] = _pointer(
                    op_schemas, ("body", content.media_type), content.schema, op.operation_id
                )
            request = {"required": op.request_body.required, "media_types": media}
        responses: dict[int, Any] = {}
        for response in op.responses:
            media = {}
            for content in response.content:
                media[content.media_type] = _pointer(
                    op_schemas,
                    ("responses", str(response.status), content.media_type),
                    content.schema,
                    op.operation_id,
                )
            header_schemas = _response_headers(bundle, op, response.status)
            for name, schema in header_schemas.items():
                headers.setdefault(name, schema)
            responses[response.status] = (media, tuple(sorted(header_schemas)))
        operations[op.operation_id] = op_schemas
        success = op.success
        routes.append(
            {
                "operation_id": op.operation_id,
                "method": op.method.upper(),
                "path": op.path,
                "pattern": info.pattern,
                "first_segment": info.first_segment,
                "kind": op.kind,
                "verb": op.verb,
                "action": info.action,
                "resource": info.collection,
                "segments": info.segments,
                "parent_params": info.parent_params,
                "id_param": info.id_param,
                "lookup": info.lookup,
                "params": tuple(params),
                "filters": {
                    p.name: query_filter(p.x_filter)
                    for p in op.parameters
                    if p.location == "query" and p.x_filter is not None
                },
                "param_schemas": {
                    loc: f"#/operations/{op.operation_id}/{loc}"
                    for loc in ("path", "query", "header")
                    if loc in op_schemas
                },
                "request": request,
                "bulk": _bulk(index, op) if op.kind == "bulk" else None,
                "success": success.status,
                "produces": tuple(c.media_type for c in success.content),
                "responses": responses,
                "response_schema": ref_name(_first_json(op) or {}),
            }
        )
    doc = {
        "components": {"schemas": {k: api.schemas[k] for k in sorted(api.schemas)}},
        "headers": {k: headers[k] for k in sorted(headers)},
        "operations": {k: operations[k] for k in sorted(operations)},
    }
    return doc, routes


def _pointer(
    op_schemas: dict[str, Any], where: tuple[str, ...], schema: dict[str, Any], op_id: str
) -> str:
    """A JSON pointer to the schema: the component itself, or a copy under `operations`."""
    name = ref_name(schema)
    if name is not None and "$ref" in schema:
        return f"#/components/schemas/{name}"
    node = op_schemas
    for part in where[:-1]:
        node = node.setdefault(part, {})
    node[where[-1]] = schema
    escaped = "/".join(p.replace("~", "~0").replace("/", "~1") for p in where)
    return f"#/operations/{op_id}/{escaped}"


def _response_headers(bundle: dict[str, Any], op: Operation, status: int) -> dict[str, Any]:
    components = bundle.get("components", {})
    path_item = bundle.get("paths", {}).get(op.path, {})
    response = path_item.get(op.method, {}).get("responses", {}).get(str(status), {})
    response = _deref(components, response)
    out = {}
    for name, header in response.get("headers", {}).items():
        header = _deref(components, header)
        out[name] = {"required": bool(header.get("required")), "schema": header.get("schema", {})}
    return out


def _deref(components: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    for _ in range(10):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/components/"):
            return node
        _, _, kind, name = ref.split("/", 3)
        node = components.get(kind, {}).get(name, {})
    return node


def _bulk(index: SchemaIndex, op: Operation) -> dict[str, Any] | None:
    """The array a bulk body carries and its size limit (refused with 919 above it)."""
    for content in op.request_body.content if op.request_body else ():
        for prop in index.properties(content.schema):
            flat = index.flatten(prop.schema)
            if "array" in index.types(prop.schema):
                limit = flat.get("maxItems", 100)
                return {"field": prop.name, "limit": limit}
    return None


def _first_json(op: Operation) -> dict[str, Any] | None:
    for content in op.success.content:
        if content.media_type == "application/json":
            return content.schema
    return None


def _examples(api: Api) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for op in sorted(api.operations, key=lambda o: o.operation_id):
        statuses: dict[str, Any] = {}
        for response in op.responses:
            media = {c.media_type: [list(e) for e in c.examples] for c in response.content}
            if media:
                statuses[str(response.status)] = media
        out[op.operation_id] = statuses
    return out


# --------------------------------------------------------------------------- output
_RATE = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
_NAMED: dict[str, Any] = {
    "JSON_ERROR": {"application/json": "#/components/schemas/Error"},
    "RATE_HEADERS": _RATE,
    "RATE_HEADERS_RETRY": ("Retry-After", *_RATE),
    "RATE_HEADERS_LOCATION": ("Location", *_RATE),
}
_NAMES = {repr(v): k for k, v in _NAMED.items()}


def _py(value: Any, use_names: bool = True) -> str:
    """A deterministic Python literal (ruff formats it afterwards); values equal to one of the
    `_NAMED` constants are written as that name."""
    if use_names and repr(value) in _NAMES:
        return _NAMES[repr(value)]
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple | list):
        inner = ", ".join(_py(v) for v in value)
        if isinstance(value, list):
            return f"[{inner}]"
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, str | int | float | bool) or value is None:
        return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        args = ", ".join(
            f"{f.name}={_py(getattr(value, f.name), use_names)}"
            for f in dataclasses.fields(value)
            if getattr(value, f.name) != f.default
            and not (f.default_factory is not dataclasses.MISSING and not getattr(value, f.name))
        )
        return f"{type(value).__name__}({args})"
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


def _ruff(source: str) -> str:
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    done = subprocess.run(
        [*command, "format", "--isolated", "--line-length", "100", "--stdin-filename", "m.py", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _json(value: Any) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False) + "\n"
