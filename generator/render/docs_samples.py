"""Code samples for every operation, made from the spec: a `curl` line and a Python program on
the friendly client layer (`books_api_client.friendly.BooksApi`).

The Python sample calls `api.<namespace>.<method>(…)` by the names `client_layer` gives the
layer (one source of truth for those rules), and builds its body with the models'
constructors (`docs_sample_values`), so what a reader copies type-checks. Both samples use the
same example values: the request body's first example, the parameters' examples.
"""

from __future__ import annotations

import json
import re
import shlex
from typing import Any
from urllib.parse import quote, urlencode

from generator.model.types import Api, MediaContent, Operation, Parameter
from generator.render.client_layer import api_key_header, domain_of, method_name, server_url
from generator.render.client_names import CLIENT_PACKAGE, python_identifier, snake_case
from generator.render.docs_sample_values import TypedValues, py_literal
from generator.render.docs_schemas import SchemaText

_JSON_TYPES = ("application/json",)
API_KEY = "YOUR_API_KEY"
_RESERVED_RESULTS = {"api", "body", "datetime", "print"}


def _example_value(text: SchemaText, schema: dict[str, Any]) -> Any:
    for candidate in (schema, text.resolve(schema)):
        value = text.example_of(candidate)
        if value is None and "default" in candidate:
            value = candidate["default"]
        if value is None and candidate.get("enum"):
            value = candidate["enum"][0]
        if value is not None:
            return value
    kind = text.resolve(schema).get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    return {"integer": 1, "number": 1, "boolean": True}.get(str(kind), "value")


def _is_json(content: MediaContent) -> bool:
    return content.media_type in _JSON_TYPES or content.media_type.endswith("+json")


def _json_content(contents: tuple[MediaContent, ...]) -> MediaContent | None:
    """The JSON variant the client sends and reads, else the first one there is."""
    return next((c for c in contents if _is_json(c)), contents[0] if contents else None)


def _body_example(text: SchemaText, content: MediaContent) -> Any:
    """The body's first example, else one built from its writable fields' examples."""
    if content.examples:
        return content.examples[0][1]
    props, _ = text.properties(content.schema)
    return {
        k: text.example_of(v)
        for k, v in props.items()
        if not v.get("readOnly") and text.example_of(v) is not None
    }


def _path_parameters(op: Operation) -> list[Parameter]:
    order = {name: i for i, name in enumerate(re.findall(r"{([^}]+)}", op.path))}
    found = [p for p in op.parameters if p.location == "path"]
    return sorted(found, key=lambda p: order.get(p.name, len(order)))


def _required_others(op: Operation, location: str) -> list[Parameter]:
    return [p for p in op.parameters if p.location == location and p.required]


def _parameter_example(text: SchemaText, param: Parameter) -> Any:
    return param.example if param.example is not None else _example_value(text, param.schema)


def _success(op: Operation) -> MediaContent | None:
    ok = next((r for r in sorted(op.responses, key=lambda r: r.status) if r.status < 300), None)
    return _json_content(ok.content) if ok else None


def _import_line(module: str, names: list[str]) -> str:
    """`from module import a, b`, wrapped one name a line past 100 characters, as ruff would."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 100:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def python_sample(api: Api, op: Operation, class_names: dict[str, str] | None = None) -> str:
    """`class_names` maps schema names the client config renames (`Client` -> `ClientModel`)."""
    text = SchemaText(api.schemas)
    values = TypedValues(text, class_names or {})
    arguments: list[str] = []
    for param in _path_parameters(op):
        example = _parameter_example(text, param)
        arguments.append(values.expression(param.schema, example) or py_literal(example))
    body: list[str] = []
    content = _json_content(op.request_body.content) if op.request_body else None
    if content is not None:
        example = _body_example(text, content)
        source = values.expression(content.schema, example) or py_literal(example)
        body = [f"body = {source}"]
        arguments.append("body")
    for param in _required_others(op, "query") + _required_others(op, "header"):
        example = _parameter_example(text, param)
        source = values.expression(param.schema, example) or py_literal(example)
        arguments.append(f"{python_identifier(param.name)}={source}")
    call = f"api.{domain_of(op)}.{method_name(op)}({', '.join(arguments)})"
    success = _success(op)
    lines = ["import datetime", ""] if values.uses_datetime else []
    lines.append(f"from {CLIENT_PACKAGE}.friendly import BooksApi")
    if values.models:
        lines.append(_import_line(f"{CLIENT_PACKAGE}.models", sorted(values.models)))
    lines += [
        "",
        f"api = BooksApi(api_key={json.dumps(API_KEY)}, base_url={json.dumps(server_url(api))})",
        *body,
    ]
    if success is None:
        lines.append(call)
    else:
        result = snake_case(success.schema_name) if success.schema_name else "result"
        result = "result" if result in _RESERVED_RESULTS else result
        lines += [f"{result} = {call}", f"print({result})"]
    return "\n".join(lines) + "\n"


def _query_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def curl_sample(api: Api, op: Operation) -> str:
    """One `curl` command: method, URL with the path and required query examples, the key,
    required headers, and a JSON body from the request example."""
    text = SchemaText(api.schemas)
    path = op.path
    for param in _path_parameters(op):
        value = _query_value(_parameter_example(text, param))
        path = path.replace("{" + param.name + "}", quote(value, safe=""))
    query = [
        (p.name, _query_value(_parameter_example(text, p))) for p in _required_others(op, "query")
    ]
    url = server_url(api).rstrip("/") + path + (f"?{urlencode(query)}" if query else "")
    lines = [f"curl -X {op.method.upper()} {shlex.quote(url)}"]
    headers = [f"{api_key_header(api)}: {API_KEY}"]
    headers += [
        f"{p.name}: {_query_value(_parameter_example(text, p))}"
        for p in _required_others(op, "header")
    ]
    ok = next((r for r in sorted(op.responses, key=lambda r: r.status) if r.status < 300), None)
    if ok and ok.content and not any(_is_json(c) for c in ok.content):
        headers.append(f"Accept: {ok.content[0].media_type}")
    content = _json_content(op.request_body.content) if op.request_body else None
    if content is not None:
        headers.append(f"Content-Type: {content.media_type}")
    lines += [f"-H {shlex.quote(h)}" for h in headers]
    if content is not None:
        data = json.dumps(_body_example(text, content), indent=2, ensure_ascii=False)
        lines.append(f"--data-raw {shlex.quote(data)}")
    return " \\\n  ".join(lines) + "\n"
