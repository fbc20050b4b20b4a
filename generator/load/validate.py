"""Validate the spec against OpenAPI 3.1 with openapi-spec-validator and prance.

openapi-spec-validator runs on the bundle (one document, only local refs: fast and with a path
for each error); the bundle's SourceMap turns those paths back into source `file:line`.

prance runs on the multi-file sources because the users asked for it (it resolves relative refs
itself and refuses duplicate keys). Its messages carry no location and on failure dump whole
documents, so we keep its first line only; our own stages run first and catch what it would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator.bundle import Bundle
from generator.diagnostics import Diagnostic, error
from generator.load.extensions import check_extensions
from generator.load.formats import check_formats
from generator.load.refs import pointer_of
from generator.load.schemas import iter_schemas
from generator.load.spec import SpecTree
from generator.load.yaml_loader import NodePath

_MAX_MESSAGE = 240
_OPERATION_IN_URL = re.compile(r"for '(\w+)'(?: operation)? in '([^']+)'")


def validate_bundle(bundle: Bundle, *, with_prance: bool = True) -> list[Diagnostic]:
    problems = check_formats(bundle) + check_extensions(bundle)
    problems += check_openapi(bundle)
    if with_prance and not problems:
        problems += check_with_prance(bundle.tree)
    return problems


def check_openapi(bundle: Bundle) -> list[Diagnostic]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    validator = OpenAPIV31SpecValidator(bundle.document)
    return [_located(bundle, err) for err in validator.iter_errors()]


def _located(bundle: Bundle, err: Any) -> Diagnostic:
    detail = _most_specific(err)
    path = _normalise(bundle.document, tuple(detail.absolute_path))
    path = _anchored(bundle.document, path, detail.instance)
    message = _shorten(str(detail.message).split("\n\nFailed validating")[0])
    if not path:
        match = _OPERATION_IN_URL.search(message)
        if match:
            path = ("paths", match.group(2), match.group(1))
    file, line = bundle.source_map.locate(path)
    where = _pointer_text(path)
    return error(file, line, f"{message}{where}")


def _normalise(document: Any, path: tuple[Any, ...]) -> NodePath:
    """openapi-spec-validator reports a key such as "201" as the int 201; the bundle has str."""
    node = document
    result: list[str | int] = []
    for token in path:
        if isinstance(node, dict):
            token = str(token)
            node = node.get(token)
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            node = node[token]
        result.append(token)
    return tuple(result)


def _anchored(document: Any, path: NodePath, instance: Any) -> NodePath:
    """openapi-spec-validator meta-checks each schema on its own, so a schema error's path is
    relative to that schema (`properties/name/maxLength`). When the path does not lead from the
    document to the offending value, find the first schema (document order) where it does."""
    if not path or _value_at(document, path) == (True, instance):
        return path
    for schema_path, schema in iter_schemas(document):
        if _value_at(schema, path) == (True, instance):
            return (*schema_path, *path)
    return path


def _value_at(node: Any, path: NodePath) -> tuple[bool, Any]:
    for token in path:
        if isinstance(node, dict) and str(token) in node:
            node = node[str(token)]
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            node = node[token]
        else:
            return False, None
    return True, node


def _most_specific(err: Any) -> Any:
    """For a failed oneOf/anyOf, the sub-error that went deepest is the one that explains."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    current = err
    while current.context:
        deeper = best_match(current.context)
        if deeper is None or len(deeper.absolute_path) < len(current.absolute_path):
            break
        current = deeper
    return current


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    if len(message) <= _MAX_MESSAGE:
        return message
    return message[: _MAX_MESSAGE - 1] + "…"


def _pointer_text(path: NodePath) -> str:
    if not path:
        return ""
    return f" (at #{pointer_of(path)})"


def check_with_prance(tree: SpecTree) -> list[Diagnostic]:
    """prance's ResolvingParser with the openapi-spec-validator backend on the sources."""
    import prance  # type: ignore[import-untyped]

    parser = prance.ResolvingParser(
        url=str(tree.root.path),
        lazy=True,
        backend="openapi-spec-validator",
        recursion_limit_handler=_keep_recursive_ref,
    )
    if tree.dropped_paths:
        # --partial: hand prance the root without the skipped paths (prance cannot take a
        # spec string and a base URL together, so set the parsed root and validate).
        parser.specification = tree.root.data
        run = parser._validate
    else:
        run = parser.parse
    try:
        run()
    except Exception as exc:  # prance raises many unrelated types; all mean "invalid"
        # prance names no place; line 1 of the root keeps the `file:line` form editors follow
        return [error(tree.root.display, 1, f"prance: {_first_line(exc)}")]
    return []


def _keep_recursive_ref(limit: int, parsed_url: Any, recursions: Iterable[Any] = ()) -> Any:
    """Recursive schemas are valid OpenAPI; prance's default is to fail on them."""
    return {"$ref": parsed_url.geturl() if hasattr(parsed_url, "geturl") else str(parsed_url)}


def _first_line(exc: BaseException) -> str:
    """The gist of a prance failure: YAML errors carry it in `problem`, others in line one."""
    cause = exc.__cause__ if exc.__cause__ is not None and str(exc.__cause__).strip() else exc
    problem = getattr(cause, "problem", None)
    mark = getattr(cause, "problem_mark", None)
    if isinstance(problem, str) and problem:
        where = f" (line {mark.line + 1})" if mark is not None else ""
        return _shorten(problem + where)
    text = str(cause).strip() or type(cause).__name__
    return _shorten(text.splitlines()[0])
