"""A rendered docs page as the tests see it: elements, ids, attributes and text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from generator.model.types import Api
from generator.render.docs import render_docs


class Page(HTMLParser):
    """The parts of a rendered page the tests look at: elements, ids, attributes, text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: dict[str, str] = {}
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if "id" in values:
            assert values["id"] not in self.ids, f"duplicate id {values['id']}"
            self.ids[values["id"]] = tag

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def tags(self, name: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs in self.elements if tag == name]

    def section(self, element_id: str) -> str:
        """The HTML of the <section> with this id (sections of operations do not nest)."""
        start = self.html.index(f'<section class="op" id="{element_id}">')
        return self.html[start : self.html.index("</section>", start)]


def render_page_file(api: Api, out_dir: Path) -> Page:
    render_docs(api, out_dir)
    return Page((out_dir / "index.html").read_text(encoding="utf-8"))
