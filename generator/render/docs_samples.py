"""Python code samples that call the generated client (`books_api_client`) by its real names.

The names follow openapi-python-client's own rules (its `strings` module), mirrored here so
the docs do not import the generator of another stage; tests compare both on every name.
An operation lives in `books_api_client.api.<tag in snake_case>.<operation_id>`, a schema
component `Name` is the class `books_api_client.models.Name`.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Mapping
from keyword import iskeyword
from typing import Any

from generator.model.types import Api, MediaContent, Operation, Parameter
from generator.render.docs_schemas import SchemaText
from spec_rules.schema_index import ref_name

CLIENT_PACKAGE = "books_api_client"
_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_JSON_TYPES = ("application/json",)


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _split_words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _fix_reserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


def snake_case(value: str) -> str:
    return "_".join(_split_words(_sanitize(value))).lower()


def pascal_case(value: str) -> str:
    words = _split_words(_sanitize(value))
    return "".join(w if w.isupper() else w.capitalize() for w in words)


def python_identifier(value: str, prefix: str = "field_") -> str:
    """openapi-python-client's `PythonIdentifier`: module, function and argument names."""
    safe = _sanitize(value)
    name = _fix_reserved(snake_case(safe))
    if not name.isidentifier() or safe.startswith("_"):
        name = f"{prefix}{name}"
    return name


def class_name(value: str, prefix: str = "field_") -> str:
    """openapi-python-client's `ClassName`: the model class of a schema component."""
    name = _fix_reserved(pascal_case(value))
    if not name.isidentifier():
        name = _fix_reserved(pascal_case(f"{prefix}{name}"))
    return name


def tag_module(tag: str) -> str:
    return python_identifier(tag, prefix="tag")


def operation_module(operation_id: str) -> str:
    return python_identifier(operation_id)


def py_literal(value: Any, level: int = 0) -> str:
    """A Python literal for a JSON value, laid out the way `ruff format` would."""
    pad, inner = "    " * level, "    " * (level + 1)
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {py_literal(v, level + 1)},"
            for k, v in value.items()
        ]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and value:
        items = [f"{inner}{py_literal(v, level + 1)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    return "{}" if isinstance(value, dict) else "[]"


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


def _json_content(contents: tuple[MediaContent, ...]) -> MediaContent | None:
    for content in contents:
        if content.media_type in _JSON_TYPES or content.media_type.endswith("+json"):
            return content
    return contents[0] if contents else None


def _body_lines(
    text: SchemaText, content: MediaContent, names: Mapping[str, str]
) -> tuple[list[str], set[str]]:
    example = content.examples[0][1] if content.examples else None
    if example is None:
        props, _ = text.properties(content.schema)
        example = {
            k: text.example_of(v)
            for k, v in props.items()
            if not v.get("readOnly") and text.example_of(v) is not None
        }
    if content.schema_name:
        model = names.get(content.schema_name) or class_name(content.schema_name)
        return [f"body = {model}.from_dict(", f"    {py_literal(example, 1)}", ")"], {model}
    items = content.schema.get("items")
    item_name = ref_name(items) if isinstance(items, dict) else None
    if content.schema.get("type") == "array" and item_name and isinstance(example, list):
        model = names.get(item_name) or class_name(item_name)
        return [f"body = [{model}.from_dict(item) for item in {py_literal(example)}]"], {model}
    return [f"body = {py_literal(example)}"], set()


def _error_model(text: SchemaText, op: Operation, names: Mapping[str, str]) -> str | None:
    """The error body class, when it carries the catalogue's `error_id` and `detail`."""
    schemas = sorted(
        {c.schema_name for r in op.responses if r.status >= 400 for c in r.content if c.schema_name}
    )
    for name in schemas:
        props, _ = text.properties({"$ref": f"#/components/schemas/{name}"})
        if {"error_id", "detail"} <= set(props):
            return names.get(name) or class_name(name)
    return None


def _call_arguments(text: SchemaText, op: Operation) -> list[str]:
    args: list[str] = []
    path_params = [p for p in op.parameters if p.location == "path"]
    order = {name: i for i, name in enumerate(re.findall(r"{([^}]+)}", op.path))}
    path_params.sort(key=lambda p: order.get(p.name, len(order)))
    for param in path_params:
        args.append(_argument(text, param))
    args.append("client=client")
    if op.request_body is not None:
        args.append("body=body")
    for param in op.parameters:
        if param.location != "path" and param.required:
            args.append(_argument(text, param))
    return args


def _argument(text: SchemaText, param: Parameter) -> str:
    name = python_identifier(param.name)
    value = param.example if param.example is not None else _example_value(text, param.schema)
    return f"{name}={py_literal(value)}"


def python_sample(api: Api, op: Operation, class_names: Mapping[str, str] | None = None) -> str:
    """`class_names` maps schema names the client config renames (`Client` -> `ClientModel`)."""
    names = class_names or {}
    text = SchemaText(api.schemas)
    models: set[str] = set()
    body: list[str] = []
    if op.request_body is not None:
        content = _json_content(op.request_body.content)
        if content is not None:
            body, models = _body_lines(text, content, names)
    error = _error_model(text, op, names)
    if error:
        models.add(error)
    header = next(
        (s.header for s in api.security_schemes if s.type == "apiKey" and s.header), "X-API-Key"
    )
    base_url = api.servers[0] if api.servers else "http://127.0.0.1:4010/api/v1"
    module = operation_module(op.operation_id)
    lines = [
        f"from {CLIENT_PACKAGE} import AuthenticatedClient",
        f"from {CLIENT_PACKAGE}.api.{tag_module(op.tag)} import {module}",
    ]
    if models:
        lines.append(f"from {CLIENT_PACKAGE}.models import {', '.join(sorted(models))}")
    lines += [
        "",
        "client = AuthenticatedClient(",
        f"    base_url={json.dumps(base_url)},",
        '    token="YOUR_API_KEY",',
        '    prefix="",',
        f"    auth_header_name={json.dumps(header)},",
        ")",
        *body,
    ]
    args = ", ".join(_call_arguments(text, op))
    ok = next((r for r in op.responses if 200 <= r.status < 300), None)
    success = _json_content(ok.content) if ok else None
    if success is None:
        lines.append(f"response = {module}.sync_detailed({args})")
        result = "response.parsed"
        if not error:
            lines.append("print(response.status_code)")
    else:
        result = snake_case(success.schema_name) if success.schema_name else "result"
        if result in {"client", "body", module}:
            result = "result"
        lines.append(f"{result} = {module}.sync({args})")
    if error:
        lines += [
            f"if isinstance({result}, {error}):",
            f"    print({result}.error_id, {result}.detail)",
        ]
    return "\n".join(lines) + "\n"
