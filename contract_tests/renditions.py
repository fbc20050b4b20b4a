"""The renditions the spec promises besides JSON (XML, CSV, HTML, PDF), as explicit cases."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.core.result import Ok

from contract_tests.spec import Operation, Spec, spec_for

Rendition = tuple[str, Case[Any], dict[str, str]]


def rendition_cases(schema: schemathesis.BaseSchema, key: str) -> list[Rendition]:
    """One case per non-JSON rendition of a GET's success answer (XML, CSV, HTML, PDF).

    Generated cases ask for JSON almost always, so the other formats the spec promises would go
    untested. Each case names the rendition in `Accept` (and in `format` where the operation
    has one) and takes its path parameters from the spec's examples. Cases built by hand get
    no generated credentials, so the headers to send (Accept, the API key) come with them.
    """
    spec = spec_for(schema.raw_schema)
    cases: list[Rendition] = []
    for result in schema.get_all_operations():
        operation = result.ok() if isinstance(result, Ok) else None
        found = None if operation is None else spec.operation(operation.method, operation.path)
        if operation is None or found is None or found.method != "get":
            continue
        path_parameters, formats = _examples_and_formats(spec, found)
        if path_parameters is None:
            continue  # a path parameter without an example: nothing to ask for
        for media_type in _renditions(spec, found):
            query = {}
            short = media_type.split("/")[-1]
            if short in formats:
                query["format"] = short
            case = operation.Case(path_parameters=path_parameters, query=query)
            headers = {"Accept": media_type, "X-API-Key": key}
            cases.append((f"{operation.label} as {media_type}", case, headers))
    return cases


def _renditions(spec: Spec, operation: Operation) -> list[str]:
    for status, response in operation.definition.get("responses", {}).items():
        if str(status).startswith("2"):
            content = spec.resolve(response).get("content", {})
            return [media for media in content if media != "application/json"]
    return []


def _examples_and_formats(
    spec: Spec, operation: Operation
) -> tuple[dict[str, Any] | None, list[str]]:
    item = spec.resolve(spec.document["paths"][operation.path])
    path_parameters: dict[str, Any] = {}
    formats: list[str] = []
    for raw in [*item.get("parameters", []), *operation.definition.get("parameters", [])]:
        parameter = spec.resolve(raw)
        schema = spec.flatten(parameter.get("schema", {}))
        if parameter.get("in") == "path":
            example = parameter.get("example", schema.get("example"))
            if example is None:
                return None, []
            path_parameters[parameter["name"]] = example
        elif parameter.get("in") == "query" and parameter.get("name") == "format":
            formats = [str(value) for value in schema.get("enum", [])]
    return path_parameters, formats
