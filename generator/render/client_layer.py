"""The friendly layer over the generated client (`books_api_client.friendly`), from the spec.

openapi-python-client gives one module per operation returning `Error | Model | None`; users
want `api.invoices.create(body)` returning the model and raising typed errors. The layer is
generated, never written per operation: namespaces and method names come from our model (the
operationId's domain, verb and qualifier), while argument and return types are read from the
endpoint modules openapi-python-client just wrote, so the two can never disagree. The parts
that are the same for every operation (errors, retries, money) are fixed templates.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.model.types import Api, Operation
from generator.render import _children

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "friendly"
FIXED = ("errors.py", "money.py", "retries.py", "session.py")
_LIST = re.compile(r"\blist\[")


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str | None  # source text of the default, None when required


@dataclass(frozen=True)
class Method:
    name: str  # list, create, get_by_number, ...
    module: str  # books_api_client.api.<tag>.<operation_id>, relative to the package
    alias: str  # the module's local name in api.py
    summary: str
    positional: tuple[Argument, ...]  # path parameters, then the body
    keywords: tuple[Argument, ...]  # query and header parameters
    returns: str  # "Invoice", "File", "str" or "None"
    item: str | None  # for a list with `data` and `links`: the item class, so `iter` exists


@dataclass(frozen=True)
class Namespace:
    attribute: str  # invoice_items
    class_name: str  # InvoiceItems
    methods: tuple[Method, ...]


def render_layer(api: Api, package_dir: Path) -> None:
    """Write `friendly/` into the generated package (after openapi-python-client ran)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    target = package_dir / "friendly"
    target.mkdir(exist_ok=True)
    for name in FIXED:
        (target / name).write_text(env.get_template(f"{name}.j2").render(), encoding="utf-8")
    namespaces = namespaces_of(api, package_dir)
    resources = target / "resources"
    resources.mkdir(exist_ok=True)
    (resources / "__init__.py").write_text(
        '"""One module per namespace of `BooksApi`, generated: do not edit."""\n', encoding="utf-8"
    )
    for ns in namespaces:
        imports = sorted({line for m in ns.methods for line in _imports(package_dir, m)})
        text = env.get_template("resource.py.j2").render(ns=ns, imports=imports)
        (resources / f"{ns.attribute}.py").write_text(text, encoding="utf-8")
    context = {
        "namespaces": namespaces,
        "base_url": server_url(api),
        "key_header": api_key_header(api),
        "title": api.title,
    }
    for name in ("api.py", "__init__.py"):
        text = env.get_template(f"{name}.j2").render(context)
        (target / name).write_text(text, encoding="utf-8")
    _format(target)


# Used when the spec names no server or no API-key header: the local mock's address and the
# header name most API-key schemes use.
FALLBACK_SERVER = "http://127.0.0.1:4010/api/v1"
FALLBACK_KEY_HEADER = "X-API-Key"


def server_url(api: Api) -> str:
    """The base URL the client and the samples start from: the spec's first server."""
    return api.servers[0] if api.servers else FALLBACK_SERVER


def api_key_header(api: Api) -> str:
    """The header an API key travels in, as the spec's apiKey scheme names it."""
    return next(
        (s.header for s in api.security_schemes if s.type == "apiKey" and s.header),
        FALLBACK_KEY_HEADER,
    )


def namespaces_of(api: Api, package_dir: Path) -> list[Namespace]:
    grouped: dict[str, list[Method]] = {}
    for op in api.operations:
        source = next(iter(sorted((package_dir / "api").glob(f"*/{op.operation_id}.py"))), None)
        if source is None:  # an operation openapi-python-client skipped
            continue
        grouped.setdefault(domain_of(op), []).append(_method(op, source, package_dir))
    return [
        Namespace(
            name,
            "".join(w.capitalize() for w in name.split("_")),
            tuple(sorted(methods, key=lambda m: m.name)),
        )
        for name, methods in sorted(grouped.items())
    ]


def domain_of(op: Operation) -> str:
    """`invoice_items_create` -> `invoice_items`: the namespace of an operation."""
    suffix = f"_{op.verb}" + (f"_{op.qualifier}" if op.qualifier else "")
    return op.operation_id[: -len(suffix)]


def method_name(op: Operation) -> str:
    return op.verb + (f"_{op.qualifier}" if op.qualifier else "")


def _method(op: Operation, source: Path, package_dir: Path) -> Method:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    detailed = functions["sync_detailed"].args
    positional = [_argument(a, None) for a in detailed.args]
    keywords: list[Argument] = []
    for arg, default in zip(detailed.kwonlyargs, detailed.kw_defaults, strict=True):
        if arg.arg == "client":
            continue
        argument = _argument(arg, default)
        (positional if arg.arg == "body" else keywords).append(argument)
    parse = functions["_parse_response"].returns
    members = [m.strip() for m in ast.unparse(parse).split("|")] if parse else []
    kept = [m for m in members if m not in ("Error", "None")]
    returns = "None" if kept in ([], ["Any"]) else " | ".join(kept)
    relative = source.relative_to(package_dir).with_suffix("")
    return Method(
        name=method_name(op),
        module=".".join(relative.parts),
        alias=f"_{op.operation_id}",
        summary=op.summary,
        positional=tuple(positional),
        keywords=tuple(keywords),
        returns=returns,
        item=_item_of(package_dir, returns, tree) if op.kind == "list" else None,
    )


def _argument(arg: ast.arg, default: ast.expr | None) -> Argument:
    annotation = ast.unparse(arg.annotation) if arg.annotation else "Any"
    return Argument(
        arg.arg, _LIST.sub("builtins.list[", annotation), ast.unparse(default) if default else None
    )


def _item_of(package_dir: Path, list_class: str, endpoint: ast.Module) -> str | None:
    """The item class of a list envelope with `data: list[X]` and required `links`."""
    module = next(
        (
            n.module
            for n in endpoint.body
            if isinstance(n, ast.ImportFrom) and any(a.name == list_class for a in n.names)
        ),
        None,
    )
    if not module or not module.startswith("models."):
        return None
    model = ast.parse(
        (package_dir / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
    )
    fields = {
        n.target.id: ast.unparse(n.annotation)
        for cls in model.body
        if isinstance(cls, ast.ClassDef)
        for n in cls.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    data, links = fields.get("data", ""), fields.get("links", "")
    if not (data.startswith("list[") and data.endswith("]")) or not links or "Unset" in links:
        return None
    return data[len("list[") : -1]


def _imports(package_dir: Path, method: Method) -> list[str]:
    """The endpoint module's own imports of models and types, re-rooted at `friendly/resources/`."""
    source = (package_dir / Path(*method.module.split("."))).with_suffix(".py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    package, name = method.module.rsplit(".", 1)
    lines = [f"from ...{package} import {name} as {method.alias}"]
    for node in tree.body:
        if isinstance(node, ast.Import):
            lines += [f"import {a.name}" for a in node.names if a.name == "datetime"]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 3
            and node.module
            and (node.module.startswith("models.") or node.module == "types")
        ):
            lines += [
                f"from ...{node.module} import {a.name}"
                for a in node.names
                if a.name not in ("Response", "Error")
            ]
    return lines


def _format(folder: Path) -> None:
    """ruff, like openapi-python-client's own post-hook: drop unused imports, then format."""
    ruff = str(Path(sys.executable).parent / "ruff")
    for command in (
        [ruff, "check", "--fix-only", "--quiet", "."],
        [ruff, "format", "--quiet", "."],
    ):
        done = _children.run(command, cwd=folder)
        if done.returncode != 0:
            raise RuntimeError(f"ruff failed on the client layer: {done.stderr.decode()[-500:]}")
