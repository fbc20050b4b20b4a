"""A last try at the success path of operations that never answered 2xx, on fresh objects.

The examples name seeded objects (price offer 7001, incoming 8001 …), and by the time a
change or an action is sent, the run may have invoiced, bound or deleted them: the answer is
a correct 409 or 404 and the operation's success path goes untested. For each such
operation this creates its parents anew with their own create operation (`<x>_create` at the
collection above each path parameter, with the spec's request example), then sends the
operation's own example with the new ids in its path, and in its body where a field is
named like one of them (`invoice_id`). The requests are ordinary cases: every check judges
them, and their answers count in the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis import Case, Response
from schemathesis.core.result import Ok

from contract_tests.spec import Operation, Spec, spec_for

CREATE_SUFFIX = "_create"
MAX_REFERENCE_DEPTH = 2  # fresh objects for the references of fresh objects, not beyond
# Rounds of a try: (parents from accepted bodies first, fresh objects for body references).
ROUNDS = ((False, False), (False, True), (True, True))
ACCEPTED_TRIES = 3  # accepted bodies a refused create is tried with (budget mode: fewer)
JSON = "application/json"
_PARAMETER = re.compile(r"\{([^}]+)\}")


@dataclass
class FreshObjects:
    """Ids of the objects created for one operation, by collection and parameter name."""

    ids: dict[str, Any] = field(default_factory=dict)


Send = Callable[[Case[Any]], Response | None]  # sends a case through every check
AcceptedBodies = Callable[[str], list[Any]]  # JSON bodies an operation accepted in this run


def example_body(spec: Spec, operation: Operation) -> Any:
    """The first JSON request example of an operation (None when it takes no JSON body)."""
    body = operation.definition.get("requestBody")
    if body is None:
        return None
    content = spec.resolve(body).get("content", {}).get(JSON)
    if content is None:
        return None
    for example in content.get("examples", {}).values():
        return spec.resolve(example).get("value")
    return content.get("example", spec.flatten(content.get("schema", {})).get("example"))


def parameter_examples(spec: Spec, operation: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    """Path and required query parameters with the spec's examples."""
    item = spec.resolve(spec.document["paths"][operation.path])
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for raw in [*item.get("parameters", []), *operation.definition.get("parameters", [])]:
        parameter = spec.resolve(raw)
        example = parameter.get("example", spec.flatten(parameter.get("schema", {})).get("example"))
        if parameter.get("in") == "path":
            path[parameter["name"]] = example
        elif parameter.get("in") == "query" and parameter.get("required") and example is not None:
            query[parameter["name"]] = example
    return path, query


def create_operation(spec: Spec, collection: str) -> Operation | None:
    found = spec.operation("post", collection)
    if found is None or not found.operation_id.endswith(CREATE_SUFFIX):
        return None
    return found


class SuccessPaths:
    """Builds and sends the cases of one pass; `send` runs a case through every check."""

    def __init__(
        self,
        schema: schemathesis.BaseSchema,
        send: Send,
        accepted: AcceptedBodies,
        accepted_tries: int = ACCEPTED_TRIES,
    ) -> None:
        self.schema = schema
        self.accepted_tries = accepted_tries  # accepted bodies tried when a create is refused
        self.spec = spec_for(schema.raw_schema)
        self.send = send
        self.accepted = accepted
        self.fresh = FreshObjects()
        # objects created as references of a body (a client, an article): no operation acts on
        # them, so every later try may point at them instead of creating its own
        self.references = FreshObjects()
        # creates refused, by collection and round: not tried again in the same kind of round
        self.failed: set[tuple[str, bool, bool]] = set()
        self.prefer_accepted = False
        self.fresh_references = False
        self.last_answer = ""  # the last answer of a try, for the report when it was refused
        self._by_id: dict[str, str] | None = None
        self._operations = {
            (result.ok().method.lower(), result.ok().path): result.ok()
            for result in schema.get_all_operations()
            if isinstance(result, Ok)
        }

    def case_for(self, operation: Operation, path: dict[str, Any], body: Any) -> Case[Any] | None:
        api_operation = self._operations.get((operation.method, operation.path))
        if api_operation is None:
            return None
        _, query = parameter_examples(self.spec, operation)
        kwargs: dict[str, Any] = {"path_parameters": path, "query": query}
        if body is not None:
            kwargs.update(body=body, media_type=JSON)
        case: Case[Any] = api_operation.Case(**kwargs)
        return case

    def parents(self, operation: Operation) -> dict[str, Any] | None:
        """Fresh ids for every path parameter of `operation`, creating each parent in turn."""
        ids: dict[str, Any] = {}
        for match in _PARAMETER.finditer(operation.path):
            name = match.group(1)
            found = self._fresh(operation.path[: match.start()].rstrip("/"), name, ids)
            if found is None:
                return None
            ids[name] = found
        return ids

    def _fresh(self, collection: str, name: str, ids: dict[str, Any], depth: int = 0) -> Any:
        key = f"{collection} {name}"
        if key in self.fresh.ids:
            return self.fresh.ids[key]
        failed = (key, self.prefer_accepted, self.fresh_references)
        if failed in self.failed:
            return None
        create = create_operation(self.spec, collection)
        created = None if create is None else self._create(create, name, ids, depth)
        if created is None:
            self.failed.add(failed)
        else:
            self.fresh.ids[key] = created
        return created

    def _create(self, create: Operation, name: str, ids: dict[str, Any], depth: int) -> Any:
        """Create with the spec's example; if refused, with a body the server accepted earlier."""
        label = f"{create.method.upper()} {create.path}"
        accepted = self.accepted(label)[: self.accepted_tries]
        example = example_body(self.spec, create)
        # Second round: the accepted body least like the example first (it made a parent the
        # operation refused).
        bodies = [*accepted[::-1], example] if self.prefer_accepted else [example, *accepted]
        for body in bodies:
            body = self.with_ids(body, ids, depth, self.spec.request_schema(create))
            case = self.case_for(create, dict(ids), body)
            response = None if case is None else self.send(case)
            if response is None or response.status_code != 201:
                continue
            try:
                created = response.json()
            except ValueError:
                return None
            return created.get(name) if isinstance(created, dict) else None
        return None

    def with_ids(self, body: Any, ids: dict[str, Any], depth: int = 0, schema: Any = None) -> Any:
        """The example body with fields naming an object pointed at a fresh one.

        In the later rounds, a field the request schema declares a reference to a top-level
        collection with a create operation (`x-references`), or named like the id parameter of
        one (`invoice_id` → `/invoices/{invoice_id}`), also gets an object created for this
        try: the example's own (invoice 3003, article 2002) may be paid, cancelled or deleted
        by now. Lists of objects (rows) are followed one level down.
        """
        if not isinstance(body, dict):
            return body
        fresh = {key.split(" ")[1]: value for key, value in self.fresh.ids.items()}
        fresh.update(ids)
        props = self.spec.flatten(schema).get("properties", {}) if schema is not None else {}
        out = dict(body)
        required = (
            set(self.spec.flatten(schema).get("required", [])) if schema is not None else set()
        )
        for key, value in body.items():
            prop = props.get(key) if isinstance(props.get(key), dict) else {}
            if self.fresh_references and key not in required and self._below_parent(prop):
                del out[key]  # an optional reference into a sub-collection: left out, not guessed
                continue
            collection = self._declared(prop) or self._collections().get(key)
            if (
                self.fresh_references  # later rounds: the example's own references failed
                and collection is not None
                and depth < MAX_REFERENCE_DEPTH
            ):
                created = fresh.get(key) if key in fresh and not self._declared(prop) else None
                name = self._id_of(collection) or key
                shared = f"{collection} {name}"
                if created is None:
                    created = self.references.ids.get(shared)
                if created is None:
                    created = self._fresh(collection, name, {}, depth + 1)
                    if created is not None:
                        self.references.ids[shared] = created
                if created is not None:
                    out[key] = created
                    continue
            if key in fresh and not isinstance(value, (dict, list)):
                out[key] = fresh[key]
            elif isinstance(value, list) and self.fresh_references and depth == 0:
                items = self.spec.flatten(prop).get("items") if prop else None
                out[key] = [self.with_ids(v, {}, depth + 1, items) for v in value]
        return out

    def _declared(self, prop: Any) -> str | None:
        """The top-level collection path an owned `x-references` declares, with a create."""
        ref = prop.get("x-references") if isinstance(prop, dict) else None
        collection = ref.get("collection") if isinstance(ref, dict) else None
        if not isinstance(collection, str) or "/" in collection:
            return None
        path = "/" + collection
        return path if create_operation(self.spec, path) is not None else None

    @staticmethod
    def _below_parent(prop: Any) -> bool:
        """Whether the field declares a reference into a sub-collection (`clients/…`)."""
        ref = prop.get("x-references") if isinstance(prop, dict) else None
        collection = ref.get("collection") if isinstance(ref, dict) else None
        return isinstance(collection, str) and "/" in collection

    def _id_of(self, collection: str) -> str | None:
        """The id field of a collection's objects (its id parameter's name)."""
        return next((k for k, v in self._collections().items() if v == collection), None)

    def _collections(self) -> dict[str, str]:
        """Top-level collections with a create operation, by their id parameter's name."""
        if self._by_id is None:
            self._by_id = {}
            for path in self.spec.document.get("paths", {}):
                match = re.fullmatch(r"(/[a-z_]+)/\{([a-z_]+)\}", path)
                if match and create_operation(self.spec, match.group(1)) is not None:
                    self._by_id[match.group(2)] = match.group(1)
        return self._by_id

    def try_operation(self, operation: Operation) -> int | None:
        """Send the operation's example on fresh parents; the status, or None if not sent.

        Parents are first made from their create examples; if the operation is refused, again
        with fresh objects for the bodies' references (invoice 3003 may be paid by now); then
        from bodies the server accepted earlier in the run (a receipt created paid in full has
        nothing open for a payment).
        """
        status = None
        for self.prefer_accepted, self.fresh_references in ROUNDS:
            status = self._try(operation)
            if status is not None and 200 <= status < 300:
                break
        self.prefer_accepted = self.fresh_references = False
        return status

    def _try(self, operation: Operation) -> int | None:
        self.fresh = FreshObjects()  # parents of their own: another operation may have
        ids = self.parents(operation)  # invoiced, bound or deleted the previous ones
        if ids is None:
            return None
        body = self.with_ids(
            example_body(self.spec, operation), ids, 0, self.spec.request_schema(operation)
        )
        case = self.case_for(operation, ids, body)
        response = None if case is None else self.send(case)
        if response is None:
            return None
        self.last_answer = f"{response.status_code} {response.text[:200]}"
        return int(response.status_code)
