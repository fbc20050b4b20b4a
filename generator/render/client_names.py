"""The names openapi-python-client gives things, mirrored from its `strings` module.

The docs render without importing the client generator of another stage, yet their samples
must name the generated modules and classes exactly; tests compare these functions with
openapi-python-client's own on every kind of name. An operation lives in
`books_api_client.api.<tag in snake_case>.<operation_id>`, a schema component `Name` is the
class `books_api_client.models.Name`.
"""

from __future__ import annotations

import builtins
import re
from keyword import iskeyword

CLIENT_PACKAGE = "books_api_client"
_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


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
