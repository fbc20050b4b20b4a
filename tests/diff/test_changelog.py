"""The docs page's "Changes" section: computed like the gate, rendered on the page."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator import cli
from generator.bundle import bundle_spec
from generator.diff.changelog import Changelog, changelog_since_release
from generator.diff.engine import Change
from generator.diff.registry import Level
from generator.load.spec import load_spec
from generator.render.docs import render_page
from tests.diff.shelf import base, schema
from tests.fixtures.docs_api import docs_api

REMOVED = Change(
    "response.property.removed",
    Level.BREAKING,
    "Book.isbn",
    "field removed",
    "b.yaml",
    3,
    ("GET /books",),
    "nobody used it",
)


def _release_then_edit(tmp_path: Path) -> Path:
    root = tmp_path / "openapi" / "openapi.yaml"
    root.parent.mkdir()
    root.write_text(yaml.safe_dump(base(), sort_keys=False), encoding="utf-8")
    assert cli.main(["release", str(root), "--version", "1.0.0"]) == 0
    spec = base()
    schema(spec, "Book")["properties"].pop("isbn")
    root.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return root


def test_changes_since_the_release(tmp_path: Path) -> None:
    root = _release_then_edit(tmp_path)
    changelog = changelog_since_release(bundle_spec(load_spec(root)))
    assert changelog is not None
    assert (changelog.baseline, changelog.version) == ("1.0.0", "1.0.0")
    assert [(c.rule_id, c.where) for c in changelog.changes] == [
        ("response.property.removed", "Book.isbn")
    ]


def test_no_release_no_changelog(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(yaml.safe_dump(base()), encoding="utf-8")
    assert changelog_since_release(bundle_spec(load_spec(root))) is None


def test_page_lists_the_changes() -> None:
    page = render_page(docs_api(), {}, Changelog("1.0.0", "1.1.0", (REMOVED,)))
    assert '<li><a href="#changes">Changes</a></li>' in page
    assert "1 change since 1.0.0, the last release (this page describes 1.1.0)." in page
    assert '<tr class="breaking"><td>breaking</td><td><code>Book.isbn</code></td>' in page
    assert "field removed (accepted: nobody used it)" in page


def test_page_says_when_nothing_changed() -> None:
    page = render_page(docs_api(), {}, Changelog("1.0.0", "1.0.0", ()))
    assert "<p>No changes since 1.0.0, the last release.</p>" in page


def test_page_without_a_release_has_no_section() -> None:
    assert 'id="changes"' not in render_page(docs_api(), {})


def test_generated_page_has_the_section() -> None:
    page = (Path(__file__).resolve().parents[2] / "generated" / "docs" / "index.html").read_text(
        encoding="utf-8"
    )
    assert '<section id="changes">' in page


def test_client_version_follows_the_spec() -> None:
    """openapi-python-client takes the package version from info.version: a release (which
    regenerates) gives the client the contract's version."""
    repo = Path(__file__).resolve().parents[2]
    spec = yaml.safe_load((repo / "openapi" / "openapi.yaml").read_text(encoding="utf-8"))
    client = (repo / "generated" / "client" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{spec["info"]["version"]}"' in client
