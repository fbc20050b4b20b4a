"""The API reference as one static, self-contained HTML page: `render_docs(api, out_dir)`.

Everything is rendered on the server side from the model, so the page needs no script to be
read and loads nothing: the CSS and one small script (search, a sidebar that follows the
reader) are inline, pinned by their hashes in the page's Content-Security-Policy, which forbids
every other load (no CDN, font or image can sneak in, not even through Markdown in the spec).
The search index rides along as inert JSON data. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.diff.changelog import Changelog
from generator.diff.report import operations_text
from generator.model.types import Api
from generator.render.docs_markdown import escape_text, markdown_inline, markdown_with_headings
from generator.render.docs_search import search_index
from generator.render.docs_views import PageBuilder

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "docs"
CLIENT_CONFIG = Path(__file__).resolve().parent.parent / "client_config.yaml"


def client_class_names(config: Path = CLIENT_CONFIG) -> dict[str, str]:
    """Schema name -> class name where the client config renames a model (`class_overrides`),
    so code samples use the names the generated client really has."""
    if not config.exists():
        return {}
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    overrides = data.get("class_overrides") or {}
    return {str(k): str(v["class_name"]) for k, v in overrides.items() if "class_name" in v}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["mdi"] = markdown_inline
    env.filters["t"] = escape_text
    env.globals["BR"] = Markup("<br>")
    return env


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(
    api: Api, class_names: dict[str, str] | None = None, changelog: Changelog | None = None
) -> str:
    """The page as a string: what `render_docs` writes."""
    builder = PageBuilder(api, client_class_names() if class_names is None else class_names)
    intro, headings = markdown_with_headings(api.description, anchor_prefix="gs-")
    css = (TEMPLATES / "docs.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "docs.js").read_text(encoding="utf-8")
    shared_params, shared_responses = builder.shared_views()
    policy = (
        "default-src 'none'; img-src data:; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            api=api,
            intro=intro,
            headings=[h for h in headings if h.level == 2],
            catalogue=sorted(api.error_catalogue, key=lambda e: e.id),
            tags=builder.tag_views(),
            schemas=builder.schema_views(),
            shared_params=shared_params,
            shared_responses=shared_responses,
            changelog=changelog,
            change_rows=[(c, operations_text(c)) for c in changelog.changes] if changelog else [],
            search_data=Markup(
                search_index(api, [op for _, _, ops in builder.groups for op in ops])
            ),
            css=Markup(css),
            js=Markup(js),
            csp=policy,
        )
    )


def render_docs(api: Api, out_dir: Path, changelog: Changelog | None = None) -> None:
    """Write `out_dir/index.html`, the whole reference in one file that works offline."""
    out_dir.mkdir(parents=True, exist_ok=True)
    page = render_page(api, changelog=changelog)
    (out_dir / "index.html").write_text(page, encoding="utf-8", newline="\n")
