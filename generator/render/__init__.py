"""Renderers: the model (and bundle) in, one folder of generated/ out.

They are looked up here by name and imported lazily (a `docs` run does not pay for importing
the client generator); a renderer whose module cannot be imported is reported as an error.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.diagnostics import Diagnostic
from generator.diff.changelog import Changelog
from generator.load.yaml_loader import NodePath
from generator.model.types import Api


@dataclass(frozen=True)
class RenderInput:
    api: Api
    bundle: dict[str, Any]
    locate: Callable[[NodePath], tuple[str, int]]  # bundle path -> source file and line
    changelog: Changelog | None = None  # changes since the last release, for the docs


@dataclass(frozen=True)
class Renderer:
    name: str
    module: str
    subdir: str  # folder of the output directory the renderer owns
    call: Callable[[ModuleType, RenderInput, Path], object]


def _client(module: ModuleType, given: RenderInput, out_dir: Path) -> object:
    return module.render_client(given.api, given.bundle, out_dir, given.locate)


def _docs(module: ModuleType, given: RenderInput, out_dir: Path) -> object:
    return module.render_docs(given.api, out_dir, given.changelog)


def _mock(module: ModuleType, given: RenderInput, out_dir: Path) -> object:
    return module.render_mock(given.api, given.bundle, out_dir)


RENDERERS: dict[str, Renderer] = {
    "client": Renderer("client", "generator.render.client", "client", _client),
    "docs": Renderer("docs", "generator.render.docs", "docs", _docs),
    "mock": Renderer("mock", "generator.render.mock", "mock_server", _mock),
}


def load_renderer(renderer: Renderer) -> ModuleType | None:
    """The renderer's module, or None when the module itself is missing."""
    try:
        return importlib.import_module(renderer.module)
    except ModuleNotFoundError as exc:
        if exc.name == renderer.module:
            return None
        raise


def run_renderer(
    renderer: Renderer, module: ModuleType, given: RenderInput, out_dir: Path
) -> list[Diagnostic]:
    """Run one renderer; its own diagnostics (if it returns any) are passed on."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result = renderer.call(module, given, out_dir)
    if isinstance(result, list):
        return [d for d in result if isinstance(d, Diagnostic)]
    return []
