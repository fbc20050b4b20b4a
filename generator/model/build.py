"""Build the intermediate model (types.py) from the bundled document.

Renderers read this instead of raw YAML, so the naming conventions of the README (operationId
verbs, resource paths, list envelopes) are interpreted in one place. Anything the conventions
cannot interpret is a ModelError carrying the bundle path, which the pipeline turns into
`file:line` through the bundle's source map.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, Literal, cast

from generator.load.refs import pointer_tokens
from generator.load.yaml_loader import NodePath
from generator.model.types import (
    Api,
    CatalogueEntry,
    Kind,
    Link,
    MediaContent,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Segment,
    Tag,
)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_VERB_KINDS: dict[str, Kind] = {
    "list": "list",
    "get": "read",
    "create": "create",
    "bulk_upsert": "bulk",
    "replace": "replace",
    "update": "update",
    "delete": "delete",
    "send": "action",
    "cancel": "action",
    "convert": "action",
    "bind": "action",
}
_RENDITIONS = frozenset({"pdf", "html"})
_PARAM = re.compile(r"^\{([^}]+)\}$")
_SCHEMA_REF = re.compile(r"^#/components/schemas/([^/]+)$")
_LOCATIONS = ("path", "query", "header", "cookie")


class ModelError(Exception):
    """The bundle breaks a convention the model relies on; `path` says where in the bundle."""

    def __init__(self, path: NodePath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def build_model(bundle: dict[str, Any]) -> Api:
    return _Builder(bundle).api()


def parse_operation_id(
    operation_id: str, actions: Collection[str] = ()
) -> tuple[str, str, str | None]:
    """`invoice_items_list` -> ("invoice_items", "list", None);
    `invoices_get_by_number` -> ("invoices", "get", "by_number").

    `actions` are further action verbs: those the spec's status machines declare
    (`x-status-machine` transitions), so `rentals_close` is the action `close`."""
    tokens = operation_id.split("_")
    for i in range(1, len(tokens)):
        for verb in ("bulk_upsert", *_VERB_KINDS, *sorted(actions)):
            verb_tokens = verb.split("_")
            if tokens[i : i + len(verb_tokens)] == verb_tokens:
                rest = tokens[i + len(verb_tokens) :]
                return "_".join(tokens[:i]), verb, "_".join(rest) or None
    raise ValueError(
        f"operationId '{operation_id}' is not <domain>_<verb>[_<qualifier>] with a verb from "
        f"{', '.join(_VERB_KINDS)}"
    )


def operation_kind(verb: str, qualifier: str | None) -> Kind:
    if verb == "get" and qualifier in _RENDITIONS:
        return "rendition"
    return _VERB_KINDS.get(verb, "action")  # a verb declared by a status machine


def resource_of(path: str, kind: Kind) -> tuple[tuple[Segment, ...], str | None]:
    """Collections the path walks through, and the trailing action segment if any.

    `/invoices/{invoice_id}/items/{item_id}` -> ((invoices, invoice_id), (items, item_id)), None;
    `/invoices/{invoice_id}/send` -> ((invoices, invoice_id),), "send";
    `/invoices/by_number/{number}` -> ((invoices, number),), None: a lookup by another key.
    """
    parts = [p for p in path.split("/") if p]
    segments: list[Segment] = []
    action: str | None = None
    i = 0
    while i < len(parts):
        part = parts[i]
        following = _PARAM.match(parts[i + 1]) if i + 1 < len(parts) else None
        if _PARAM.match(part):
            raise ValueError(f"path {path}: parameter {part} does not follow a collection")
        if following and part.startswith("by_") and segments and segments[-1].id_param is None:
            segments[-1] = Segment(segments[-1].collection, following.group(1))
            i += 2
            continue
        if following:
            segments.append(Segment(part, following.group(1)))
            i += 2
            continue
        is_last = i == len(parts) - 1
        if is_last and segments and kind not in ("list", "create"):
            action = part
        else:
            segments.append(Segment(part, None))
        i += 1
    return tuple(segments), action


def declared_actions(schemas: dict[str, Any]) -> frozenset[str]:
    """The actions the status machines of the schemas declare (`x-status-machine`)."""
    found: set[str] = set()
    stack: list[Any] = list(schemas.values())
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            machine = node.get("x-status-machine")
            if isinstance(machine, dict):
                for move in machine.get("transitions") or ():
                    if isinstance(move, dict) and isinstance(move.get("action"), str):
                        found.add(move["action"])
            stack.extend(v for k, v in node.items() if k not in ("example", "examples"))
    return frozenset(found)


class _Builder:
    def __init__(self, bundle: dict[str, Any]) -> None:
        self.bundle = bundle
        self.components: dict[str, Any] = bundle.get("components") or {}
        self.actions = declared_actions(self.components.get("schemas") or {})

    def api(self) -> Api:
        info = self.bundle.get("info") or {}
        operations = []
        for url, raw in (self.bundle.get("paths") or {}).items():
            item = self._deref(("paths", url), raw)
            operations += [self._operation(url, m, item) for m in METHODS if m in item]
        operations.sort(key=lambda op: (op.path, op.method))
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
            servers=tuple(str(s.get("url", "")) for s in self.bundle.get("servers") or ()),
            tags=tuple(
                Tag(str(t.get("name", "")), str(t.get("description", "")))
                for t in self.bundle.get("tags") or ()
            ),
            operations=tuple(operations),
            schemas=dict(self.components.get("schemas") or {}),
            security_schemes=self._security_schemes(),
            error_catalogue=self._catalogue(),
            security=tuple(tuple(req) for req in self.bundle.get("security") or ()),
        )

    def _deref(self, path: NodePath, node: Any) -> Any:
        """Follow local `$ref`s (a chain of them, too) to the object they name."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                raise ModelError(path, f"cannot follow $ref '{ref}'")
            seen.add(ref)
            node = self.bundle
            for token in pointer_tokens(ref[1:]):
                if isinstance(node, list) and token.isdigit():
                    node = node[int(token)]
                elif isinstance(node, dict) and token in node:
                    node = node[token]
                else:
                    raise ModelError(path, f"$ref '{ref}' names nothing in the bundle")
        return node

    def _operation(self, url: str, method: str, item: dict[str, Any]) -> Operation:
        path: NodePath = ("paths", url, method)
        op = item[method]
        operation_id = str(op.get("operationId", ""))
        try:
            _, verb, qualifier = parse_operation_id(operation_id, self.actions)
            kind = operation_kind(verb, qualifier)
            resource, action = resource_of(url, kind)
        except ValueError as exc:
            raise ModelError((*path, "operationId"), str(exc)) from None
        tags = op.get("tags") or [""]
        body = op.get("requestBody")
        return Operation(
            operation_id=operation_id,
            method=method,
            path=url,
            tag=str(tags[0]),
            summary=str(op.get("summary", "")),
            description=str(op.get("description", "")),
            kind=kind,
            verb=verb,
            qualifier=qualifier,
            resource=resource,
            action=action,
            parameters=self._parameters(url, method, item),
            request_body=self._request_body((*path, "requestBody"), body) if body else None,
            responses=self._responses((*path, "responses"), op.get("responses") or {}),
            x_action=op.get("x-action") if isinstance(op.get("x-action"), dict) else None,
        )

    def _parameters(self, url: str, method: str, item: dict[str, Any]) -> tuple[Parameter, ...]:
        """Path-level parameters first, each replaced in place by an operation-level one with
        the same name and location; new operation-level ones after."""
        merged: dict[tuple[str, str], Parameter] = {}
        levels: tuple[tuple[NodePath, Any], ...] = (
            (("paths", url, "parameters"), item.get("parameters")),
            (("paths", url, method, "parameters"), item[method].get("parameters")),
        )
        for base, params in levels:
            for i, raw in enumerate(params or ()):
                parameter = self._parameter((*base, i), raw)
                merged[(parameter.name, parameter.location)] = parameter
        return tuple(merged.values())

    def _parameter(self, path: NodePath, raw: Any) -> Parameter:
        data = self._deref(path, raw)
        location = data.get("in")
        if location not in _LOCATIONS:
            raise ModelError(path, f"parameter 'in' must be one of {', '.join(_LOCATIONS)}")
        schema = data.get("schema")
        if schema is None and isinstance(data.get("content"), dict) and data["content"]:
            schema = next(iter(data["content"].values())).get("schema")
        schema = schema or {}
        example = data.get("example", self._deref(path, schema).get("example"))
        return Parameter(
            name=str(data.get("name", "")),
            location=cast(Literal["path", "query", "header", "cookie"], location),
            required=bool(data.get("required", location == "path")),
            schema=schema,
            description=str(data.get("description", "")),
            example=example,
            x_filter=data.get("x-filter") if isinstance(data.get("x-filter"), dict) else None,
        )

    def _content(self, path: NodePath, content: dict[str, Any]) -> tuple[MediaContent, ...]:
        result = []
        for media_type, media in content.items():
            schema = media.get("schema") or {}
            ref = schema.get("$ref") if len(schema) == 1 else None
            match = _SCHEMA_REF.match(ref) if isinstance(ref, str) else None
            examples: list[tuple[str, Any]] = []
            for name, example in (media.get("examples") or {}).items():
                resolved = self._deref((*path, media_type, "examples", name), example)
                examples.append((str(name), resolved.get("value")))
            if "example" in media:
                examples.append(("example", media["example"]))
            result.append(
                MediaContent(
                    media_type=str(media_type),
                    schema=schema,
                    schema_name=match.group(1) if match else None,
                    examples=tuple(examples),
                )
            )
        return tuple(result)

    def _request_body(self, path: NodePath, raw: Any) -> RequestBody:
        body = self._deref(path, raw)
        return RequestBody(
            required=bool(body.get("required", False)),
            content=self._content((*path, "content"), body.get("content") or {}),
        )

    def _responses(self, path: NodePath, raw: dict[str, Any]) -> tuple[Response, ...]:
        responses = []
        for status, value in raw.items():
            here = (*path, status)
            code = 0 if status == "default" else _status(here, str(status))
            response = self._deref(here, value)
            responses.append(
                Response(
                    status=code,
                    description=str(response.get("description", "")),
                    headers=tuple(str(h) for h in response.get("headers") or ()),
                    content=self._content((*here, "content"), response.get("content") or {}),
                    links=self._links((*here, "links"), response.get("links") or {}),
                )
            )
        return tuple(sorted(responses, key=lambda r: r.status))

    def _links(self, path: NodePath, raw: dict[str, Any]) -> tuple[Link, ...]:
        links = []
        for name, value in raw.items():
            link = self._deref((*path, name), value)
            operation_id = link.get("operationId")
            if operation_id is None and isinstance(link.get("operationRef"), str):
                target = self._deref((*path, name), {"$ref": link["operationRef"]})
                operation_id = target.get("operationId")
            if not operation_id:
                raise ModelError((*path, name), "a link needs an operationId")
            links.append(
                Link(
                    name=str(name),
                    operation_id=str(operation_id),
                    parameters=tuple(
                        (str(k), str(v)) for k, v in (link.get("parameters") or {}).items()
                    ),
                    description=str(link.get("description", "")),
                )
            )
        return tuple(links)

    def _security_schemes(self) -> tuple[SecurityScheme, ...]:
        schemes = []
        for name, raw in (self.components.get("securitySchemes") or {}).items():
            data = self._deref(("components", "securitySchemes", name), raw)
            schemes.append(
                SecurityScheme(
                    name=str(name),
                    type=str(data.get("type", "")),
                    scheme=data.get("scheme"),
                    header=data.get("name") if data.get("in") == "header" else None,
                    description=str(data.get("description", "")),
                )
            )
        return tuple(sorted(schemes, key=lambda s: s.name))

    def _catalogue(self) -> tuple[CatalogueEntry, ...]:
        error_id = (self.components.get("schemas") or {}).get("ErrorId") or {}
        path: NodePath = ("components", "schemas", "ErrorId", "x-catalogue")
        entries = []
        for i, raw in enumerate(error_id.get("x-catalogue") or ()):
            try:
                kind = raw["kind"]
                if kind not in ("error", "warning"):
                    raise ValueError(f"kind must be error or warning, not {kind!r}")
                entries.append(
                    CatalogueEntry(
                        id=int(raw["id"]),
                        status=int(raw["status"]),
                        kind=kind,
                        title=str(raw["title"]),
                        detail=str(raw["detail"]),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ModelError((*path, i), f"catalogue entry: {exc}") from None
        return tuple(sorted(entries, key=lambda e: e.id))


def _status(path: NodePath, status: str) -> int:
    if not status.isdigit():
        raise ModelError(path, f"response status '{status}' is not a number (ranges are not used)")
    return int(status)
