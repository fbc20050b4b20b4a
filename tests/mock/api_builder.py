"""A small stand-in for `generator.model.build.build_model`, for the mock tests.

It turns a bundled document into the `Api` model with just the facts the mock renderer reads.
`build_api` prefers the real builder when it exists, so the tests follow it once it lands.
"""

from __future__ import annotations

import re
from typing import Any

from generator.model.types import (
    Api,
    CatalogueEntry,
    Link,
    MediaContent,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Segment,
    Tag,
)

_VERBS = {"get", "list", "create", "bulk", "replace", "update", "delete", "send", "cancel"}
_ACTIONS = {"send", "cancel", "convert", "bind"}


def build_api(bundle: dict[str, Any]) -> Api:
    try:
        from generator.model.build import build_model  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return _build(bundle)
    return build_model(bundle)  # type: ignore[no-any-return]


def _deref(bundle: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        _, _, kind, name = node["$ref"].split("/", 3)
        node = bundle["components"][kind][name]
    return node


def _kind(method: str, path: str, verb: str) -> str:
    if method == "get":
        if verb.startswith("get_") and verb in ("get_pdf", "get_html"):
            return "rendition"
        return "list" if verb == "list" else "read"
    if method == "post":
        if verb.startswith("bulk"):
            return "bulk"
        if verb in _ACTIONS:
            return "action"
        return "create"
    return {"put": "replace", "patch": "update", "delete": "delete"}[method]


def _verb(op_id: str) -> tuple[str, str | None]:
    parts = op_id.split("_")
    for i, part in enumerate(parts):
        if part in _VERBS or part in _ACTIONS:
            rest = parts[i + 1 :]
            if part == "bulk":
                return "bulk_upsert", None
            return part, "_".join(rest) or None
    return parts[-1], None


def _build(bundle: dict[str, Any]) -> Api:
    ops = []
    for path, item in bundle["paths"].items():
        item = _deref(bundle, item)
        common = [_deref(bundle, p) for p in item.get("parameters", [])]
        for method in ("get", "post", "put", "patch", "delete"):
            raw = item.get(method)
            if raw is None:
                continue
            verb, qualifier = _verb(raw["operationId"])
            full_verb = f"{verb}_{qualifier}" if qualifier and verb == "get" else verb
            own = [_deref(bundle, p) for p in raw.get("parameters", [])]
            merged = {(p["name"], p["in"]): p for p in common + own}
            params = tuple(
                Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                for p in merged.values()
            )
            body = None
            if "requestBody" in raw:
                rb = _deref(bundle, raw["requestBody"])
                body = RequestBody(bool(rb.get("required")), _contents(bundle, rb))
            responses = []
            for status, resp in raw.get("responses", {}).items():
                resp = _deref(bundle, resp)
                links = tuple(
                    Link(n, lk.get("operationId", ""), tuple(lk.get("parameters", {}).items()))
                    for n, lk in resp.get("links", {}).items()
                )
                responses.append(
                    Response(
                        int(status),
                        resp.get("description", ""),
                        tuple(resp.get("headers", {})),
                        _contents(bundle, resp),
                        links,
                    )
                )
            segs = re.findall(r"([^/{}]+)(?:/\{([^}]+)\})?", path)
            ops.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method,
                    path=path,
                    tag=(raw.get("tags") or [""])[0],
                    summary=raw.get("summary", ""),
                    description=raw.get("description", ""),
                    kind=_kind(method, path, full_verb),  # type: ignore[arg-type]
                    verb=full_verb,
                    qualifier=qualifier if verb == "get" else None,
                    resource=tuple(Segment(c, i or None) for c, i in segs),
                    action=None,
                    parameters=params,
                    request_body=body,
                    responses=tuple(sorted(responses, key=lambda r: r.status)),
                )
            )
    catalogue = bundle["components"]["schemas"].get("ErrorId", {}).get("x-catalogue", [])
    return Api(
        title=bundle["info"]["title"],
        version=bundle["info"]["version"],
        description=bundle["info"].get("description", ""),
        servers=tuple(s["url"] for s in bundle.get("servers", [])),
        tags=tuple(Tag(t["name"], t.get("description", "")) for t in bundle.get("tags", [])),
        operations=tuple(sorted(ops, key=lambda o: (o.path, o.method))),
        schemas=dict(bundle["components"].get("schemas", {})),
        error_catalogue=tuple(
            CatalogueEntry(e["id"], e["status"], e["kind"], e["title"], e["detail"])
            for e in catalogue
        ),
    )


def _contents(bundle: dict[str, Any], node: dict[str, Any]) -> tuple[MediaContent, ...]:
    out = []
    for media_type, content in node.get("content", {}).items():
        schema = content.get("schema", {})
        name = None
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
        examples = tuple(
            (n, _deref(bundle, ex).get("value")) for n, ex in content.get("examples", {}).items()
        )
        out.append(MediaContent(media_type, schema, name, examples))
    return tuple(out)
