"""Runs openapi-python-client in its own process and writes its findings as JSON.

A separate process lets client generation (the slowest step) run while the main process
validates the spec; the JSON report replaces parsing the tool's coloured terminal output.
Usage: python -m generator.render._client_runner CONFIG BUNDLE_JSON OUT_DIR REPORT_JSON
Models come from our variant of the tool's model template (`client_templates`).

Speed-up: openapi-python-client 0.29.1 deep-copies each endpoint (with every model it reaches)
three times while parsing it; that is half of its run time on our spec. The copies only protect
lists it then appends to, so a copy of those lists gives byte-identical output (the golden test
compares against an unpatched run). Applied to 0.29.1 only; BOOKS_CLIENT_EXACT=1 turns it off.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

_PATCHED_VERSION = "0.29.1"
_LIST_FIELDS = (
    "relative_imports",
    "query_parameters",
    "path_parameters",
    "header_parameters",
    "cookie_parameters",
    "bodies",
    "errors",
)


def _copy_endpoint(endpoint: Any) -> Any:
    from openapi_python_client.parser.responses import Responses

    new = copy.copy(endpoint)
    for name in _LIST_FIELDS:
        value = getattr(endpoint, name)
        setattr(new, name, type(value)(value))
    new.responses = Responses(
        patterns=list(endpoint.responses.patterns), default=endpoint.responses.default
    )
    return new


def _speed_up() -> None:
    import openapi_python_client
    import openapi_python_client.parser.openapi as parser

    if openapi_python_client.__version__ == _PATCHED_VERSION and not os.environ.get(
        "BOOKS_CLIENT_EXACT"
    ):
        parser.deepcopy = _copy_endpoint  # type: ignore[attr-defined,assignment]


def main(argv: list[str]) -> int:
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    from generator.render.client_templates import write_templates

    _speed_up()
    config_path, bundle_path, out_dir, report_path = (Path(a) for a in argv)
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.PDM,
        bundle_path,
        "utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    with (
        tempfile.TemporaryDirectory(prefix="books-templates-") as templates,
        contextlib.redirect_stdout(io.StringIO()),
    ):
        errors = generate(config=config, custom_template_path=write_templates(Path(templates)))
    report = [
        {"level": e.level.value, "header": e.header, "detail": e.detail or ""} for e in errors
    ]
    report_path.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
