"""The typed Python client: openapi-python-client on the bundled openapi.json.

openapi-python-client cannot follow `$ref`s into other files, so it reads our bundle, whose
component names become the class names. Its settings live in generator/client_config.yaml;
`--meta pdm` makes a PEP 621 pyproject.toml that plain `pip install` builds. Its warnings about
parts of the spec are mapped back to the source file and line of the operation concerned.
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, error, warning
from generator.load.refs import pointer_of
from generator.load.yaml_loader import NodePath
from generator.model.types import Api, Operation
from generator.render import _children
from generator.render.client_layer import domain_of, method_name, render_layer

CONFIG = Path(__file__).resolve().parent.parent / "client_config.yaml"
PACKAGE = "books_api_client"
_WHERE = re.compile(r"parsing (\w+) (\S+) within")
_CONTENT_TYPE = re.compile(r"Unsupported content type (\S+)")
_COMPONENT = re.compile(r"/components/(\w+)/([\w.-]+)")
_PYDANTIC_HEAD = re.compile(r"^\d+ validation errors? for \w+$")
_INPUT = re.compile(r"input_value=(.*?), input_type=")
_MAX_INPUT_SHOWN = 40  # a longer input is a whole object: the location already says which
_HINTS = {
    "application/xml": "openapi-python-client has no XML support: the client sends JSON here",
}

Locate = Callable[[NodePath], tuple[str, int]]


def render_client(
    api: Api, bundle: dict[str, Any], out_dir: Path, locate: Locate | None = None
) -> list[Diagnostic]:
    with tempfile.TemporaryDirectory(prefix="books-client-") as tmp:
        report = Path(tmp) / "report.json"
        bundle_json = Path(tmp) / "openapi.json"
        bundle_json.write_text(json.dumps(client_document(bundle)), encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "generator.render._client_runner",
            str(CONFIG),
            str(bundle_json),
            str(out_dir),
            str(report),
        ]
        result = _children.run(command, cwd=CONFIG.parent.parent, env=_env())
        if result.returncode != 0 or not report.exists():
            lines = result.stderr.decode(errors="replace").strip().splitlines()
            last = lines[-1] if lines else "no output"
            return [error("", 0, f"client: openapi-python-client failed: {last}")]
        findings = json.loads(report.read_text(encoding="utf-8"))
    if out_dir.is_dir():  # openapi-python-client writes nothing when it cannot read the spec
        (out_dir / "README.md").write_text(readme(api), encoding="utf-8")
    if (out_dir / PACKAGE).is_dir():  # it may stop before writing the package, on a bad spec
        try:
            render_layer(api, out_dir / PACKAGE)
        except OSError:  # the staging folder was removed under us: the run was given up
            if _children.cancelled():
                raise _children.Cancelled from None
            raise
    return _diagnostics(findings, locate or (lambda _: ("", 0)), bundle)


def client_document(bundle: dict[str, Any]) -> dict[str, Any]:
    """The bundle as the client generator should see it: the inline enum of a shared parameter
    becomes a schema named like the parameter.

    Otherwise openapi-python-client makes one enum class per operation that uses the parameter
    (`InvoicesListFormat`, `ClientsListFormat`, ... and 174 `*XAcceptVersion`); hoisted, every
    operation shares `FormatList` and `AcceptVersion`. The published bundle is left as written.
    """
    document = copy.deepcopy(bundle)
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name, parameter in (components.get("parameters") or {}).items():
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if not isinstance(schema, dict) or "enum" not in schema:
            continue
        target = name if name not in schemas else f"{name}Value"
        if target in schemas:
            continue
        schemas[target] = schema
        parameter["schema"] = {"$ref": f"#/components/schemas/{target}"}
    return document


def _env() -> dict[str, str]:
    """ruff (the post-hook) is found next to this interpreter even when the venv is not active."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(CONFIG.parent.parent), env.get("PYTHONPATH")] if p
    )
    return env


def _diagnostics(
    findings: list[dict[str, str]], locate: Locate, document: Any = None
) -> list[Diagnostic]:
    """One line per distinct problem (the first place it occurs, and how many more)."""
    grouped: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for finding in findings:
        for detail, place in _located(finding, locate, document):
            grouped[(finding["level"], detail)].append(place)
    diagnostics = []
    for (level, detail), places in sorted(grouped.items()):
        file, line = sorted(places)[0]
        more = f" (and {len(places) - 1} more operations)" if len(places) > 1 else ""
        make = error if level == "ERROR" else warning
        diagnostics.append(make(file, line, f"client: {detail}{more}"))
    return diagnostics


def _located(
    finding: dict[str, str], locate: Locate, document: Any
) -> list[tuple[str, tuple[str, int]]]:
    """A finding's message(s) and source place: an operation named in the header, each entry
    of a pydantic report (its dotted location is a path in the document), or a component."""
    invalid = pydantic_errors(finding["detail"])
    if invalid:
        paths = [(document_path(document, where), message) for where, message in invalid]
        return [
            (f"openapi-python-client cannot read #{pointer_of(path)}: {message}", locate(path))
            for path, message in paths
        ]
    detail = " ".join(finding["detail"].split()) or finding["header"]
    place: tuple[str, int] = ("", 0)
    match = _WHERE.search(finding["header"])
    component = _COMPONENT.search(f"{finding['header']} {detail}")
    if match:
        operation: NodePath = ("paths", match.group(2), match.group(1).lower())
        content = _CONTENT_TYPE.search(detail)
        if content:
            operation = (*operation, "requestBody", "content", content.group(1))
            detail = f"{detail} ({_HINTS.get(content.group(1), 'skipped by the client')})"
        place = locate(operation)
    elif component:
        place = locate(("components", component.group(1), component.group(2)))
    return [(detail, place)]


def pydantic_errors(detail: str) -> list[tuple[str, str]]:
    """(dotted location, message) of each entry of a pydantic ValidationError's text:

    1 validation error for OpenAPI
    components.schemas.Thing.other.maxLength
      Input should be a valid integer [type=int_parsing, input_value='fifty', ...]
    """
    lines = detail.splitlines()
    if not lines or not _PYDANTIC_HEAD.match(lines[0].strip()):
        return []
    found: list[tuple[str, str]] = []
    location: str | None = None
    for line in lines[1:]:
        if line and not line.startswith(" "):
            location = line.strip()
        elif location is not None and line.startswith("  ") and not line.startswith("    "):
            text, _, extra = line.strip().partition(" [type=")
            value = _INPUT.search(extra)
            if value and len(value.group(1)) <= _MAX_INPUT_SHOWN:
                text += f" (got {value.group(1)})"
            found.append((location, text))
            location = None
    return found


def document_path(document: Any, dotted: str) -> NodePath:
    """pydantic's `components.schemas.Thing.other.properties.name.other.maxLength` as a path in
    the document. Keys may hold dots (`application/vnd.x+json`), so the longest key that exists
    wins; tokens that are no key (the union member pydantic tried, like `other`) are skipped."""
    tokens = dotted.split(".")
    node = document
    path: list[str | int] = []
    i = 0
    while i < len(tokens):
        if isinstance(node, dict):
            for j in range(len(tokens), i, -1):
                key = ".".join(tokens[i:j])
                if key in node:
                    node, i = node[key], j
                    path.append(key)
                    break
            else:
                i += 1
        elif isinstance(node, list) and tokens[i].isdigit() and int(tokens[i]) < len(node):
            node = node[int(tokens[i])]
            path.append(int(tokens[i]))
            i += 1
        else:
            i += 1
    return tuple(path)


def readme(api: Api) -> str:
    """The lines a user needs: install, connect, first call (friendly layer and plain client)."""
    base_url = api.servers[0] if api.servers else "https://example.com"
    header = next((s.header for s in api.security_schemes if s.header), "X-API-Key")
    connect = (
        f'client = AuthenticatedClient(base_url="{base_url}", token=KEY, prefix="", '
        f'auth_header_name="{header}")'
    )
    first = _first_call(api)
    call = "# no operations yet"
    friendly = "# no operations yet"
    if first is not None:
        module = f"{PACKAGE}.api.{_snake(first.tag)}"
        per_page = ", per_page=1" if any(p.name == "per_page" for p in first.parameters) else ""
        call = (
            f"from {module} import {first.operation_id}\n"
            f"page = {first.operation_id}.sync(client=client{per_page})"
        )
        friendly = f"page = api.{domain_of(first)}.{method_name(first)}({per_page[2:]})"
    return f"""# books-api-client

Typed Python client for {api.title} {api.version}, generated from `openapi/` by
`make generate` (openapi-python-client, plus our friendly layer). Do not edit: change the spec
and regenerate.

```bash
pip install ./generated/client
```

The friendly layer: one object, one namespace per resource, models returned, typed errors
(`ApiError` and its subclasses), bounded retries, `iter` beside every `list`.

```python
from {PACKAGE}.friendly import BooksApi

api = BooksApi(api_key=KEY, base_url="{base_url}")
{friendly}
```

The plain client underneath:

```python
from {PACKAGE} import AuthenticatedClient
{connect}
{call}
```

Every operation has `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed` in
`{PACKAGE}.api.<tag>.<operation_id>`; models are in `{PACKAGE}.models`, named like the
spec's schemas. An optional field the spec gives a default starts `UNSET` and is not sent:
the server applies the default (the model's docstring names it).
"""


def _first_call(api: Api) -> Operation | None:
    """The first top-level list of the first tag: a harmless call to try first."""
    order = {tag.name: i for i, tag in enumerate(api.tags)}
    lists = [op for op in api.operations if op.kind == "list" and len(op.resource) == 1]
    lists.sort(key=lambda op: (order.get(op.tag, len(order)), op.path))
    return lists[0] if lists else None


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")
