"""Markdown from the spec cannot make the page fetch anything, and keeps its meaning."""

from __future__ import annotations

from generator.render.docs_markdown import (
    escape_text,
    markdown_block,
    markdown_inline,
    markdown_with_headings,
)


def test_raw_html_is_shown_not_run() -> None:
    html = markdown_block('Hi <img src="https://x.example.org/p.png"> <script>x()</script>')
    assert "<img" not in html and "<script" not in html
    assert "&lt;script&gt;" in html


def test_external_links_become_text_with_their_address() -> None:
    html = markdown_inline(
        "See [the docs](https://books.example.com/docs) or <http://127.0.0.1:4010/>."
    )
    assert "href" not in html
    assert '<span class="xl">the docs</span> (<code>https://books.example.com/docs</code>)' in html
    assert "<code>http://127.0.0.1:4010/</code>" in html


def test_anchor_links_stay_links() -> None:
    assert markdown_inline("[Errors](#error-catalogue)") == '<a href="#error-catalogue">Errors</a>'


def test_images_become_their_alt_text() -> None:
    assert markdown_inline("![a logo](https://cdn.example.net/l.png)") == (
        '<span class="img-alt">[a logo]</span>'
    )


def test_headings_get_unique_prefixed_ids() -> None:
    html, headings = markdown_with_headings("## Errors\n\ntext\n\n## Errors\n", anchor_prefix="gs-")
    assert [h.anchor for h in headings] == ["gs-errors", "gs-errors-x"]
    assert '<h2 id="gs-errors">Errors</h2>' in html


def test_inline_keeps_a_list_as_blocks() -> None:
    assert markdown_inline("one `code` line") == "one <code>code</code> line"
    assert markdown_inline("1. a\n2. b").startswith("<ol>")


def test_escape_text_leaves_quotes_alone() -> None:
    assert escape_text('<a href="x">&') == '&lt;a href="x"&gt;&amp;'
