"""Our own check of schema `format` values against the list our toolchain understands.

JSON Schema treats an unknown format as an annotation, so every validator accepts `format: dat`
silently; the client generator and the mock then just skip the check the author meant to ask
for. A short allow-list turns that typo into an error.
"""

from __future__ import annotations

from generator.bundle import Bundle
from generator.diagnostics import Diagnostic
from generator.load.schemas import iter_schemas

ALLOWED_FORMATS = frozenset(
    {
        # OpenAPI data type formats
        "int32",
        "int64",
        "float",
        "double",
        "byte",
        "binary",
        "password",
        # OpenAPI format registry: a decimal number written as a string (exact money)
        "decimal",
        # JSON Schema 2020-12 formats
        "date",
        "date-time",
        "time",
        "duration",
        "email",
        "idn-email",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "uri-template",
        "uuid",
        "json-pointer",
        "relative-json-pointer",
        "regex",
    }
)


def check_formats(bundle: Bundle) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    for path, schema in iter_schemas(bundle.document):
        value = schema.get("format")
        if value is None or value in ALLOWED_FORMATS:
            continue
        hint = _closest(str(value))
        suggestion = f" (did you mean '{hint}'?)" if hint else ""
        message = f"unknown format '{value}'{suggestion}; allowed: see generator/load/formats.py"
        problems.append(bundle.source_map.diagnostic((*path, "format"), message))
    return problems


def _closest(value: str) -> str | None:
    import difflib

    matches = difflib.get_close_matches(value, sorted(ALLOWED_FORMATS), n=1, cutoff=0.6)
    return matches[0] if matches else None
