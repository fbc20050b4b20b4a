"""Load the generated package (`generated/mock_server/`) and compile it for serving.

Everything that can be done once happens here: routes become `Route` objects with their
coercers and compiled validators, resources and seeds are read, the error catalogue is
installed. Nothing in here runs per request.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson

from mock_runtime.errors import load_catalogue
from mock_runtime.routing import COERCE, Param, Route, Router
from mock_runtime.validation import Schemas
from spec_rules.types import BulkReport, ListEnvelope, RateLimit

# A spec that declares no list envelope gets the plainest one: `data`, `meta`, `links`.
PLAIN_LIST = ListEnvelope(
    data="data",
    meta="meta",
    links="links",
    total="total",
    page="page",
    per_page="per_page",
    self_link="self",
    next_link="next",
    page_parameter="page",
    per_page_parameter="per_page",
    default_per_page=25,
)


@dataclass
class Package:
    title: str  # the API's name, as the spec's `info.title` gives it
    prefix: str
    rate_limit: RateLimit | None  # as the spec declares it
    list_envelope: ListEnvelope  # the parts of a list answer (`x-list-envelope`)
    bulk_report: BulkReport | None  # the parts of a bulk report (`x-bulk-report`)
    seed_base: str
    routes: list[Route]
    router: Router
    resources: dict[str, dict[str, Any]]
    schemas: Schemas
    examples: dict[str, Any]
    seeds: dict[str, list[dict[str, Any]]]
    by_operation: dict[str, Route]


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_package(folder: Path) -> Package:
    if not (folder / "routes.py").exists():
        raise SystemExit(f"{folder}: no generated mock server here; run `make generate` first")
    init = _module(folder / "__init__.py", "_books_mock_server")
    routes_module = _module(folder / "routes.py", "_books_mock_server_routes")
    resources_module = _module(folder / "resources.py", "_books_mock_server_resources")
    load_catalogue(init.CATALOGUE)
    schemas = Schemas(orjson.loads((folder / "schemas.json").read_bytes()))
    examples = orjson.loads((folder / "examples.json").read_bytes())
    seeds = orjson.loads((folder / "seeds.json").read_bytes())
    raw_routes: list[dict[str, Any]] = list(routes_module.ROUTES)
    routes = [_route(raw, schemas) for raw in raw_routes]
    router = Router(routes, {r["operation_id"]: r["pattern"] for r in raw_routes})
    return Package(
        title=str(getattr(init, "TITLE", "API")),
        prefix=str(init.SERVER_PREFIX),
        rate_limit=getattr(init, "RATE_LIMIT", None),
        list_envelope=getattr(init, "LIST_ENVELOPE", None) or PLAIN_LIST,
        bulk_report=getattr(init, "BULK_REPORT", None),
        seed_base=str(init.SEED_BASE),
        routes=routes,
        router=router,
        resources=dict(resources_module.RESOURCES),
        schemas=schemas,
        examples=examples,
        seeds=seeds,
        by_operation={r.operation_id: r for r in routes},
    )


def _route(raw: dict[str, Any], schemas: Schemas) -> Route:
    params = [
        Param(name, location, required, COERCE.get(kind, COERCE["string"]), default)
        for name, location, required, kind, default in raw["params"]
    ]
    for p in params:
        p.header_key = p.name.lower().encode("latin-1")
    pointers = raw["param_schemas"]
    request = raw["request"] or {}

    def compiled(location: str) -> Any:
        pointer = pointers.get(location)
        return schemas.validator(pointer) if pointer else None

    query = {p.name: p for p in params if p.location == "query"}
    headers = [p for p in params if p.location == "header"]
    return Route(
        operation_id=raw["operation_id"],
        method=raw["method"],
        path=raw["path"],
        kind=raw["kind"],
        verb=raw["verb"],
        action=raw["action"],
        resource=raw["resource"],
        parent_params=tuple(raw["parent_params"]),
        id_param=raw["id_param"],
        lookup=raw["lookup"],
        path_params=[p for p in params if p.location == "path"],
        query_params=query,
        header_params=headers,
        path_validator=compiled("path"),
        query_validator=compiled("query"),
        header_validator=compiled("header"),
        request_required=bool(request.get("required")),
        request_media=dict(request.get("media_types", {})),
        bulk=raw["bulk"],
        success=int(raw["success"]),
        produces=tuple(raw["produces"]),
        responses={int(k): v for k, v in raw["responses"].items()},
        raw=raw,
        query_defaults={p.name: p.default for p in query.values() if p.default is not None},
        header_names=frozenset(p.header_key for p in headers),
        query_required=any(p.required for p in query.values()),
        header_required=any(p.required for p in headers),
    )
