"""Markdown from the spec to HTML that can never make the page load anything.

The docs page must render offline, so spec text is not allowed to introduce a `src` or an
external `href`: raw HTML is escaped, images become their alt text, and a link to anything but
an anchor of the page is printed as text with its address beside it (readable, never fetched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markupsafe import Markup, escape


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


def escape_text(value: object) -> Markup:
    """Escape for element content only. Quotes need no escaping there, and JSON examples are
    full of them: markupsafe's `&#34;` for each would make up a tenth of the page."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Markup(text)


def code(value: object) -> Markup:
    return Markup("<code>") + escape_text(value) + Markup("</code>")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def _raw(content: str) -> Token:
    token = Token("html_inline", "", 0)
    token.content = content
    return token


def _rewrite_inline(children: list[Token]) -> list[Token]:
    out: list[Token] = []
    closers: list[str] = []
    for token in children:
        if token.type == "link_open":
            href = str(token.attrGet("href") or "")
            if href.startswith("#"):
                out.append(token)
                closers.append("")
            elif token.markup == "autolink":
                out.append(_raw("<code>"))
                closers.append("</code>")
            else:
                out.append(_raw('<span class="xl">'))
                closers.append(f"</span> (<code>{escape(href)}</code>)")
        elif token.type == "link_close":
            closer = closers.pop() if closers else ""
            out.append(token if not closer else _raw(closer))
        elif token.type == "image":
            out.append(_raw(f'<span class="img-alt">[{escape(token.content)}]</span>'))
        else:
            out.append(token)
    return out


def _offline_links(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = _rewrite_inline(token.children)


def _heading_ids(state: StateCore) -> None:
    prefix = str(state.env.get("anchor_prefix", ""))
    if not prefix:
        return
    seen: set[str] = set()
    headings: list[Heading] = state.env.setdefault("headings", [])
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        text = tokens[i + 1].content
        anchor = f"{prefix}{slugify(text)}"
        while anchor in seen:
            anchor += "-x"
        seen.add(anchor)
        token.attrSet("id", anchor)
        headings.append(Heading(int(token.tag[1]), text, anchor))


def _make_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
    md.core.ruler.push("offline_links", _offline_links)
    md.core.ruler.push("heading_ids", _heading_ids)
    return md


_MD = _make_parser()


def markdown_block(text: str, *, anchor_prefix: str = "", shift: int = 0) -> Markup:
    """Render block Markdown; `shift` demotes headings so they nest under the page's own."""
    html, _ = markdown_with_headings(text, anchor_prefix=anchor_prefix, shift=shift)
    return html


def markdown_with_headings(
    text: str, *, anchor_prefix: str = "", shift: int = 0
) -> tuple[Markup, list[Heading]]:
    env: dict[str, Any] = {"anchor_prefix": anchor_prefix}
    tokens = _MD.parse(text or "", env)
    if shift:
        for token in tokens:
            if token.type in ("heading_open", "heading_close"):
                token.tag = f"h{min(6, int(token.tag[1]) + shift)}"
    html = _MD.renderer.render(tokens, _MD.options, env)
    return Markup(html.strip()), list(env.get("headings", []))


def markdown_inline(text: str) -> Markup:
    """Render a one-paragraph description without its <p>; anything longer as blocks."""
    env: dict[str, Any] = {}
    tokens = _MD.parse((text or "").strip(), env)
    inline = [t for t in tokens if t.type == "inline"]
    if len(inline) != 1 or tokens[0].type != "paragraph_open":
        return Markup(_MD.renderer.render(tokens, _MD.options, env).strip())
    return Markup(_MD.renderer.render(inline[0].children or [], _MD.options, env))
