"""Lint of the behaviour extensions (`spec_rules`): each value against its JSON Schema, then
what a JSON Schema cannot see: the sibling properties a rule names, the collection a reference
points to, and catalogue ids with the status the rule answers with.

A rule that is misspelt or points nowhere would otherwise be dropped quietly by the mock and
the contract suite; here it becomes a `file:line` error before anything is generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.bundle import Bundle
from generator.diagnostics import Diagnostic
from generator.load.schemas import iter_schemas
from generator.load.yaml_loader import NodePath
from spec_rules.computed import Op, read_computed
from spec_rules.read import EXTENSIONS, OTHER_EXTENSIONS, problems
from spec_rules.schema_index import SchemaIndex, ref_name

_PARAM = re.compile(r"^\{[^}]+\}$")
# The HTTP status each kind of refusal must carry in the catalogue.
_STATUS_OF_REFUSAL: dict[str, tuple[int, ...]] = {
    "reference": (422,),
    "numbering": (409, 422),  # a taken number: a conflict with stored state, or a broken rule
    "lock": (409,),
    "refusal": (409, 422),  # an action refused in a declared state (`x-action` `refuse`)
    "nothing-open": (409,),  # `x-open-amount`: the parent has nothing open any more
    "warning": (200,),  # a note on an answer that succeeded (`x-bulk-report`)
}
_METHODS = ("get", "put", "post", "delete", "patch")


def check_extensions(bundle: Bundle) -> list[Diagnostic]:
    document = bundle.document
    checker = _Checker(document)
    out: list[Diagnostic] = []
    for path, message in checker.run():
        out.append(bundle.source_map.diagnostic(path, message))
    return out


class _Checker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {}) or {}
        self.index = SchemaIndex(self.schemas)
        self.collections = _collections(document.get("paths", {}) or {})
        self.catalogue = _catalogue(self.schemas)

    def run(self) -> Iterator[tuple[NodePath, str]]:
        for path, node in iter_schemas(self.document):
            names = [k for k in node if isinstance(k, str) and k.startswith("x-")]
            for name in names:
                if name in OTHER_EXTENSIONS:
                    continue
                found = problems(name, node[name])
                for message in found:
                    yield (*path, name), message
                if found:
                    continue
                yield from self._place(path, node, name)
        yield from self._operations()
        yield from self._parameters()

    # ----------------------------------------------------------------- x-filter
    def _parameters(self) -> Iterator[tuple[NodePath, str]]:
        """Extensions on parameters (`x-filter`): the value against its JSON Schema, then the
        fields it names on every list that takes the parameter."""
        components = self.document.get("components", {}).get("parameters", {}) or {}
        users: dict[str, list[dict[str, Any]]] = {}
        for item in (self.document.get("paths") or {}).values():
            op = item.get("get") if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            for param in op.get("parameters", []):
                ref = param.get("$ref", "") if isinstance(param, dict) else ""
                users.setdefault(str(ref).rsplit("/", 1)[-1], []).append(op)
        for name, param in components.items():
            if not isinstance(param, dict):
                continue
            for key in (k for k in param if isinstance(k, str) and k.startswith("x-")):
                where: NodePath = ("components", "parameters", name, key)
                found = problems(key, param[key])
                if not found and EXTENSIONS[key].place != "parameter":
                    found = [f"{key} belongs on a {EXTENSIONS[key].place}, not on a parameter"]
                if not found and param.get("in") != "query":
                    found = [f"{key} belongs on a query parameter"]
                for message in found:
                    yield where, message
                if not found:
                    for op in users.get(name, []):
                        yield from self._filter(where, param[key], op)

    def _filter(
        self, where: NodePath, value: dict[str, Any], op: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        listed = self._list_item(op)
        if listed is None:
            return
        names = [value[k] for k in ("field", "until") if k in value]
        for name in names:
            if name not in listed:
                yield (
                    where,
                    f"x-filter: `{name}` is not a field of what {op.get('operationId')} lists",
                )
        if value.get("external") and not any(
            isinstance(p, dict) and "external" in (p.get("x-references") or {})
            for p in listed.values()
        ):
            yield where, f"x-filter: what {op.get('operationId')} lists has no external reference"

    def _list_item(self, op: dict[str, Any]) -> dict[str, Any] | None:
        """The properties of the objects a list operation returns in `data`, if it is a list."""
        content = (op.get("responses", {}).get("200") or {}).get("content", {})
        schema = (content.get("application/json") or {}).get("schema")
        if not isinstance(schema, dict):
            return None
        data = self._properties(schema).get("data")
        item = self.index.item_schema(data) if isinstance(data, dict) else None
        return self._properties(item) if item is not None else None

    def _place(
        self, path: NodePath, node: dict[str, Any], name: str
    ) -> Iterator[tuple[NodePath, str]]:
        where = (*path, name)
        on_property = len(path) >= 2 and path[-2] == "properties"
        if EXTENSIONS[name].place == "property" and not on_property:
            yield where, f"{name} belongs on a property of an object schema"
            return
        if EXTENSIONS[name].place == "schema" and on_property:
            yield where, f"{name} belongs on an object schema, not on a property"
            return
        if EXTENSIONS[name].place == "operation":
            yield where, f"{name} belongs on an operation, not in a schema"
            return
        value = node[name]
        if name == "x-references":
            yield from self._reference(where, value)
        elif name == "x-default-from":
            yield from self._default_from(where, path, value)
        elif name == "x-numbering":
            siblings = self._siblings(path)
            for key in ("prefix", "leading_zeros", "date"):
                if key in value and value[key] not in siblings:
                    yield where, f"{name}: `{value[key]}` is not a property of this schema"
            if "error_id" in value:
                yield from self._error_id(where, value["error_id"], "numbering")
        elif name == "x-computed":
            yield from self._computed(where, path, value)
        elif name == "x-splits-into":
            siblings = self._siblings(path)
            for target in value["fields"]:
                if target not in siblings:
                    yield where, f"{name}: `{target}` is not a property of this schema"
        elif name == "x-open-amount":
            yield from self._open_amount(where, path, value)
        elif name == "x-find-or-create":
            yield from self._find_or_create(where, path, node, value)
        else:
            yield from self._schema_rule(where, node, name, value)

    def _computed(
        self, where: NodePath, path: NodePath, value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        siblings = self._siblings(path)
        expression = read_computed(str(path[-1]), value, None).value
        for name in sorted(expression.reads() | ({value["of"]} if "of" in value else set())):
            if name not in siblings:
                yield where, f"x-computed: `{name}` is not a property of this schema"
        if expression.op in (Op.FROM_REFERENCE, Op.URI_OF):
            ref = siblings.get(expression.args[0], {}).get("x-references")
            if not isinstance(ref, dict) or "collection" not in ref:
                yield (
                    where,
                    (
                        f"x-computed: `{expression.args[0]}` must be a property of this schema "
                        "with an owned x-references"
                    ),
                )

    def _open_amount(
        self, where: NodePath, path: NodePath, value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        if value["into"] not in self._siblings(path):
            yield where, f"x-open-amount: `{value['into']}` is not a property of this schema"
        yield from self._error_id(where, value["error_id"], "nothing-open")
        holder = _schema_name(path)
        for parent in self._parents_reading(holder) if holder else ():
            fields = self._read_fields(parent)
            for key in ("total", "paid"):
                if fields is not None and value[key] not in fields:
                    yield (
                        where,
                        f"x-open-amount: `{value[key]}` is not a property of the parent "
                        f"object ({parent})",
                    )

    def _find_or_create(
        self, where: NodePath, path: NodePath, node: dict[str, Any], value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        prefix = "x-find-or-create"
        if value["sets"] not in self._siblings(path):
            yield where, f"{prefix}: `{value['sets']}` is not a property of this schema"
        collection = value["collection"]
        target = None
        if collection not in self.collections:
            known = ", ".join(sorted(c for c in self.collections if "/" not in c))
            yield where, f"{prefix}: no collection '{collection}' (known: {known})"
        else:
            target = self._read_fields(f"/{collection}/{{}}")
        block = self._properties(node)
        for entry in value["fields"]:
            if target is not None and entry["field"] not in target:
                yield where, f"{prefix}: `{entry['field']}` is not a property of {collection}"
            for alternative in entry["from"]:
                for name in [alternative] if isinstance(alternative, str) else alternative:
                    if name not in block:
                        yield where, f"{prefix}: `{name}` is not a property of this block"

    def _parents_reading(self, schema: str) -> list[str]:
        """The URL patterns (`/receipts/{}`) of the objects whose sub-collection is written with
        the request schema `schema` (`POST /receipts/{id}/payments`)."""
        out = []
        for url, item in (self.document.get("paths", {}) or {}).items():
            for op in item.values() if isinstance(item, dict) else ():
                body = op.get("requestBody", {}) if isinstance(op, dict) else {}
                content = body.get("content", {}).get("application/json", {})
                if ref_name(content.get("schema", {}) or {}) != schema:
                    continue
                parts = [p for p in str(url).strip("/").split("/") if p]
                while parts and _PARAM.match(parts[-1]):
                    parts.pop()
                if len(parts) >= 3 and _PARAM.match(parts[-2]):
                    out.append("/" + "/".join(_PARAM.sub("{}", p) for p in parts[:-1]))
        return sorted(set(out))

    def _read_fields(self, pattern: str) -> set[str] | None:
        """The properties of what `GET <pattern>` answers (`{}` for any parameter), or None."""
        found = self._read_properties(pattern)
        return set(found) if found is not None else None

    def _read_properties(self, pattern: str) -> dict[str, Any] | None:
        """The property schemas of what `GET <pattern>` answers, by name, or None."""
        for url, item in (self.document.get("paths", {}) or {}).items():
            parts = [_PARAM.sub("{}", p) for p in str(url).strip("/").split("/") if p]
            if "/" + "/".join(parts) != pattern or not isinstance(item, dict):
                continue
            get = item.get("get", {})
            ok = (get.get("responses", {}) or {}).get("200", {}) if isinstance(get, dict) else {}
            schema = ok.get("content", {}).get("application/json", {}).get("schema")
            if isinstance(schema, dict):
                return self._properties(schema)
        return None

    def _reference(self, where: NodePath, value: dict[str, Any]) -> Iterator[tuple[NodePath, str]]:
        if "collection" not in value:
            return
        if value["collection"] not in self.collections:
            known = ", ".join(sorted(self.collections))
            yield where, f"x-references: no collection '{value['collection']}' (known: {known})"
        yield from self._error_id(where, value["error_id"], "reference")

    def _default_from(
        self, where: NodePath, path: NodePath, value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        sibling = self._siblings(path).get(value["reference"])
        ref = sibling.get("x-references") if isinstance(sibling, dict) else None
        if not isinstance(ref, dict) or "collection" not in ref:
            yield (
                where,
                (
                    f"x-default-from: `{value['reference']}` must be a property of this schema "
                    "with an owned x-references"
                ),
            )

    def _schema_rule(
        self, where: NodePath, node: dict[str, Any], name: str, value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        props = self._properties(node)
        if name == "x-status-machine":
            if value["field"] not in props:
                yield where, f"{name}: `{value['field']}` is not a property of this schema"
            allowed = list(self.index.flatten(props.get(value["field"], {})).get("enum", []))
            named = [value["initial"], *value.get("locked", ())]
            for move in value.get("transitions", ()):
                named += [*move["from"], move["to"]]
            for status in sorted(set(named) - set(allowed)) if allowed else ():
                yield where, f"{name}: '{status}' is not a value of `{value['field']}`"
            if "lock_error_id" in value:
                yield from self._error_id(where, value["lock_error_id"], "lock")
        elif name == "x-on-delete":
            for child in value["cascade"]:
                if child not in props:
                    yield where, f"{name}: `{child}` is not a property of this schema"
        elif name == "x-document":
            if value["lines"] not in props:
                yield where, f"{name}: `{value['lines']}` is not a property of this schema"
            for key, fallback, roles in (
                ("totals", "DocumentTotals", "x-totals"),
                ("line_amounts", "LineAmounts", "x-line-amounts"),
            ):
                shared = value.get(key, fallback)
                if shared not in self.schemas:
                    yield where, f"{name}: no schema '{shared}' in components ({key})"
                elif roles not in self.schemas[shared]:
                    yield where, f"{name}: schema '{shared}' declares no {roles} ({key})"
            amounts = self.schemas.get(value.get("line_amounts", "LineAmounts"))
            writable = {
                p.name
                for p in self.index.properties(amounts if isinstance(amounts, dict) else {})
                if not p.read_only
            }
            for price in value.get("line_prices", ()):
                if price not in writable:
                    yield where, f"{name}: `{price}` is no writable field of the line amounts"
        elif name == "x-list-envelope":
            for role in ("total", "page", "per_page"):
                if value[role] not in props:
                    yield (
                        where,
                        f"{name}: `{value[role]}` ({role}) is not a property of this schema",
                    )
        elif name == "x-bulk-report":
            for role in ("created", "updated", "failed", "results", "warnings"):
                if value[role] not in props:
                    yield (
                        where,
                        f"{name}: `{value[role]}` ({role}) is not a property of this schema",
                    )
            yield from self._error_id(where, value["partial_warning_id"], "warning")
        elif name == "x-rate-limit":
            if value.get("reduced_per_minute", 0) > value["per_minute"]:
                yield where, f"{name}: reduced_per_minute is more than per_minute"
        elif name in ("x-totals", "x-line-amounts"):
            yield from self._roles(where, name, props, value)
        elif name == "x-printable":
            yield from self._printable(where, node, props, value)

    def _roles(
        self, where: NodePath, name: str, props: dict[str, Any], value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        """Every field a role names is a property of the schema, and a switch's value is one of
        that property's values (when it lists them)."""
        named: list[str] = []
        for role, given in value.items():
            if isinstance(given, list):
                named += given
            elif isinstance(given, dict):
                named.append(given["field"])
                allowed = self.index.flatten(props.get(given["field"], {})).get("enum")
                if isinstance(allowed, list) and given["equals"] not in allowed:
                    yield (
                        where,
                        f"{name}: {role}: '{given['equals']}' is not a value of `{given['field']}`",
                    )
            else:
                named.append(given)
        for field_name in named:
            if field_name not in props:
                yield where, f"{name}: `{field_name}` is not a property of this schema"
        if name == "x-totals" and len(value["tax_rates"]) != len(value["tax_totals"]):
            yield where, f"{name}: tax_rates and tax_totals must name as many fields"

    def _printable(
        self, where: NodePath, node: dict[str, Any], props: dict[str, Any], value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        """Every field printed is a path that leads somewhere: through objects, and through ids
        with an owned `x-references` to the object they name; the line columns read the
        `x-document` lines, and the VAT per rate needs an `x-document` too."""
        name = "x-printable"
        own = [value[k] for k in ("number", "status") if k in value]
        for key in ("header", "totals"):
            own += _printed(value.get(key))
        for key in ("seller", "client"):
            party = value.get(key) or {}
            for line in party.get("lines", ()):
                own += [line] if isinstance(line, str) else line
            own += _printed(party.get("facts"))
            yield from self._address(where, props, party.get("address"))
        for path in own:
            problem = self._path_problem(props, path)
            if problem:
                yield where, f"{name}: `{path}`: {problem}"
        for reference, flag in (value.get("fallbacks") or {}).items():
            ref = (props.get(reference) or {}).get("x-references")
            if not isinstance(ref, dict) or "collection" not in ref:
                yield where, f"{name}: fallback `{reference}` is no id with an owned x-references"
                continue
            target = self._read_properties(f"/{ref['collection']}/{{}}") or {}
            if "boolean" not in self.index.types(target.get(flag, {})):
                yield where, f"{name}: fallback `{flag}` is no boolean field of {ref['collection']}"
        columns = value.get("columns") or {}
        document = self.index.flatten(node).get("x-document")
        has_lines = isinstance(document, dict) and document.get("lines") in props
        if (columns or "vat_label" in value) and not has_lines:
            yield where, f"{name}: columns and vat_label need an x-document on this schema"
            return
        if not columns or not isinstance(document, dict):
            return
        item = self.index.item_schema(props[document["lines"]])
        line_props = {p.name: p.schema for p in self.index.properties(item)} if item else {}
        for path in _printed(columns):
            problem = self._path_problem(line_props, path)
            if problem:
                yield where, f"{name}: `{path}` of the lines (`{document['lines']}`): {problem}"

    def _address(
        self, where: NodePath, props: dict[str, Any], address: dict[str, Any] | None
    ) -> Iterator[tuple[NodePath, str]]:
        """Each source of a party's address is an object (or an id naming one) that has every
        field the address lines print."""
        if not address:
            return
        sources = address["from"]
        for source in [sources] if isinstance(sources, str) else sources:
            found, problem = self._walk(props, source, to_object=True)
            if problem or found is None:
                yield where, f"x-printable: address from `{source}`: {problem or 'no object'}"
                continue
            for line in address["lines"]:
                for path in [line] if isinstance(line, str) else line:
                    problem = self._path_problem(found, path)
                    if problem:
                        yield where, f"x-printable: `{path}` of `{source}`: {problem}"

    def _path_problem(self, props: dict[str, Any], path: str) -> str | None:
        """Why a printed path leads nowhere, or None when it names a field."""
        return self._walk(props, path)[1]

    def _walk(
        self, props: dict[str, Any], path: str, to_object: bool = False
    ) -> tuple[dict[str, Any] | None, str | None]:
        """The properties at the end of a printed path (with `to_object`, an id at its end
        gives those of the object it names), or why it leads nowhere."""
        steps = path.split(".")
        for depth, step in enumerate(steps):
            if step not in props:
                return None, f"`{step}` is not a property there"
            node = props[step] if isinstance(props[step], dict) else {}
            ref = node.get("x-references")
            owned = isinstance(ref, dict) and "collection" in ref
            if depth == len(steps) - 1 and not (to_object and owned):
                return (self._properties(node) if to_object else None), None
            if isinstance(ref, dict) and "collection" in ref:
                found = self._read_properties(f"/{ref['collection']}/{{}}")
                if found is None:
                    return None, f"`{step}` names {ref['collection']}, which has no GET of one"
                props = found
            else:
                props = self._properties(node)
        return props, None

    # ----------------------------------------------------------------- x-action
    def _operations(self) -> Iterator[tuple[NodePath, str]]:
        """`x-action` on operations: the value against its JSON Schema, then the collections,
        properties and catalogue ids it names."""
        for url, item in (self.document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in _METHODS:
                op = item.get(method)
                if not isinstance(op, dict) or "x-action" not in op:
                    continue
                where: NodePath = ("paths", url, method, "x-action")
                found = problems("x-action", op["x-action"])
                for message in found:
                    yield where, message
                if not found:
                    yield from self._action(where, str(url), op["x-action"])

    def _action(
        self, where: NodePath, url: str, value: dict[str, Any]
    ) -> Iterator[tuple[NodePath, str]]:
        parts = [p for p in url.strip("/").split("/") if p]
        if len(parts) < 3 or _PARAM.match(parts[-1]) or not _PARAM.match(parts[-2]):
            yield where, "x-action belongs on an action: POST <object>/<action>"
            return
        own = "/".join(p for p in parts[:-1] if not _PARAM.match(p))
        props = self._object_properties("/" + "/".join(parts[:-1]))
        kind = value["kind"]

        def collection(key: str) -> Iterator[tuple[NodePath, str]]:
            if key not in self.collections:
                yield where, f"x-action: no collection '{key}'"

        def prop(name: str, role: str) -> Iterator[tuple[NodePath, str]]:
            if props is not None and name not in props:
                yield where, f"x-action: `{name}` ({role}) is not a property of the object"

        for refusal in value.get("refuse", ()):
            yield from self._error_id(where, refusal["error_id"], "refusal")
            for name in refusal.get("object", {}):
                yield from prop(name, "refuse")
        if kind == "set":
            for name in value["set"]:
                yield from prop(name, "set")
        elif kind == "record":
            yield from collection(f"{own}/{value['collection']}")
            if "recipients" in value:
                yield from prop(value["recipients"]["party"], "recipients party")
            if "append" in value:
                yield from prop(value["append"]["field"], "append")
        elif kind == "copy":
            yield from collection(value["target"])
            if "lines" in value:
                yield from collection(f"{value['target']}/{value['lines']}")
            yield from prop(value["back_link"], "back_link")
        else:
            for target in value["targets"].values():
                yield from collection(target)
                if "becomes" in value:
                    yield from collection(f"{target}/{value['becomes']['collection']}")
            for name in (*value.get("match", ()), *value.get("adopt", ()), *value["targets"]):
                yield from prop(name, "link")

    def _object_properties(self, url: str) -> dict[str, Any] | None:
        """The properties of the object an action acts on: its GET answer's JSON schema."""
        item = (self.document.get("paths") or {}).get(url)
        op = item.get("get") if isinstance(item, dict) else None
        response = (op or {}).get("responses", {}).get("200") if isinstance(op, dict) else None
        content = (response or {}).get("content", {}) if isinstance(response, dict) else {}
        schema = (content.get("application/json") or {}).get("schema")
        if not isinstance(schema, dict):
            return None
        return self._properties(schema)

    def _error_id(
        self, where: NodePath, error_id: int, kind: str
    ) -> Iterator[tuple[NodePath, str]]:
        status = self.catalogue.get(error_id)
        wanted = _STATUS_OF_REFUSAL[kind]
        if status is None:
            yield where, f"error id {error_id} is not in the error catalogue"
        elif status not in wanted:
            allowed = " or ".join(str(w) for w in wanted)
            yield where, f"error id {error_id} answers {status}; a {kind} refusal answers {allowed}"

    def _siblings(self, path: NodePath) -> dict[str, Any]:
        """The properties of the object schema that holds the property at `path`."""
        holder = path[:-2]
        while len(holder) >= 2 and holder[-2] == "allOf":  # a part: the whole schema counts
            holder = holder[:-2]
        node: Any = self.document
        for token in holder:
            node = node[token]
        return self._properties(node) if isinstance(node, dict) else {}

    def _properties(self, node: dict[str, Any]) -> dict[str, Any]:
        """Properties of an object schema, with those of its `allOf` parts."""
        return {p.name: p.schema for p in self.index.properties(node)}


def _collections(paths: dict[str, Any]) -> set[str]:
    """Collection keys as the mock stores them: the literal segments of a URL that are followed
    by an id (`/invoices/{invoice_id}/items/{item_id}` gives `invoices` and `invoices/items`)."""
    out: set[str] = set()
    for url in paths:
        parts = [p for p in str(url).strip("/").split("/") if p]
        literals: list[str] = []
        for i, part in enumerate(parts):
            if _PARAM.match(part):
                continue
            literals.append(part)
            followed = i + 1 < len(parts) and _PARAM.match(parts[i + 1])
            if followed or i == len(parts) - 1:
                out.add("/".join(literals))
    return out


def _catalogue(schemas: dict[str, Any]) -> dict[int, int]:
    out: dict[int, int] = {}
    for schema in schemas.values():
        entries = schema.get("x-catalogue") if isinstance(schema, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and isinstance(entry.get("id"), int):
                out[entry["id"]] = int(entry.get("status", 0))
    return out


def _schema_name(path: NodePath) -> str | None:
    """The component schema that holds the node at `path`, when it is one."""
    if len(path) >= 3 and path[:2] == ("components", "schemas"):
        return str(path[2])
    return None


def _printed(labelled: dict[str, Any] | None) -> list[str]:
    """The paths a labelled `x-printable` section prints (`{label: paths}` or
    `{label: {fields: paths, suffix}}`)."""
    out: list[str] = []
    for given in (labelled or {}).values():
        fields = given["fields"] if isinstance(given, dict) else given
        out += [fields] if isinstance(fields, str) else fields
    return out
