"""The stages wired together: load -> bundle -> validate -> model -> render -> provenance.

Renderers start as soon as the model exists and run while openapi-spec-validator checks the
bundle: on two cores that hides most of the slowest step (client generation). Their output goes
to a staging folder that is thrown away (and their processes stopped) if validation fails.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from generator import provenance
from generator.bundle import Bundle, bundle_spec, to_json, to_yaml
from generator.diagnostics import Diagnostic, SpecError, error, has_errors
from generator.diff.changelog import Changelog, changelog_since_release
from generator.load.extensions import check_extensions
from generator.load.formats import check_formats
from generator.load.spec import load_spec
from generator.load.validate import check_openapi, check_with_prance
from generator.model.build import ModelError, build_model
from generator.model.types import Api
from generator.output import sync_tree
from generator.render import (
    RENDERERS,
    Renderer,
    RenderInput,
    _children,
    load_renderer,
    run_renderer,
)

BUNDLE_FILES = ("openapi.yaml", "openapi.json")
PROVENANCE = "PROVENANCE.json"


@dataclass
class Outcome:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    managed: list[str] = field(default_factory=list)  # top-level names written in the staging dir
    bundle: Bundle | None = None
    api: Api | None = None
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, for the bench

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = time.perf_counter() - start

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def prepare(spec: Path, *, partial: bool) -> tuple[Bundle, list[Diagnostic]]:
    """Load and bundle: raise SpecError on any problem, return warnings otherwise."""
    tree = load_spec(spec, partial=partial)
    bundle = bundle_spec(tree)
    problems = check_formats(bundle) + check_extensions(bundle)
    if has_errors(problems):
        raise SpecError(tree.warnings + problems)
    return bundle, tree.warnings + problems


def model_of(bundle: Bundle) -> Api:
    try:
        return build_model(bundle.document)
    except ModelError as exc:
        raise SpecError([bundle.source_map.diagnostic(exc.path, exc.message)]) from None


def validate(spec: Path, *, partial: bool, with_prance: bool) -> Outcome:
    bundle, notes = prepare(spec, partial=partial)
    outcome = Outcome(diagnostics=notes + check_openapi(bundle), bundle=bundle)
    if outcome.ok:
        outcome.api = model_of(bundle)
    if outcome.ok and with_prance:
        outcome.diagnostics += check_with_prance(bundle.tree)
    return outcome


def write_bundle(bundle: Bundle, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "openapi.yaml").write_text(to_yaml(bundle.document), encoding="utf-8")
    (out_dir / "openapi.json").write_text(to_json(bundle.document), encoding="utf-8")


def generate(
    spec: Path,
    staging: Path,
    *,
    partial: bool,
    renderers: list[str],
    bundle_files: bool,
    with_provenance: bool,
) -> Outcome:
    """Generate into an empty staging folder; `managed` lists what was written there."""
    outcome = Outcome()
    with outcome.timed("load+bundle"):
        bundle, notes = prepare(spec, partial=partial)
    outcome.diagnostics, outcome.bundle = list(notes), bundle
    with outcome.timed("write bundle"):
        write_bundle(bundle, staging)
    if bundle_files:
        outcome.managed += BUNDLE_FILES
    chosen = _available(renderers, outcome)
    model_failure: Exception | None = None
    try:
        with outcome.timed("model"):
            outcome.api = model_of(bundle)
    except Exception as exc:  # an invalid spec can break the model; the validator says why
        model_failure = exc
    changelog = _changelog(bundle, outcome) if "docs" in renderers else None
    _children.reset()
    with ThreadPoolExecutor(max_workers=max(1, len(chosen))) as pool:
        futures: dict[str, Future[list[Diagnostic]]] = {}
        if outcome.api is not None:
            given = RenderInput(outcome.api, bundle.document, bundle.source_map.locate, changelog)
            for renderer, module in chosen:
                out_dir = staging / renderer.subdir
                job = _timed(outcome, renderer.name, run_renderer)
                futures[renderer.name] = pool.submit(job, renderer, module, given, out_dir)
        with outcome.timed("openapi-spec-validator"):
            invalid = check_openapi(bundle)
        outcome.diagnostics += invalid
        if model_failure is not None and not has_errors(invalid):
            if not isinstance(model_failure, SpecError):
                raise model_failure
            outcome.diagnostics += model_failure.diagnostics
        if not outcome.ok:
            _children.terminate_all()
        for renderer, _ in chosen:
            outcome.diagnostics += _collect(renderer, futures.get(renderer.name), outcome.ok)
            outcome.managed.append(renderer.subdir)
    if outcome.ok and with_provenance:
        record = provenance.provenance(bundle.tree, [r.name for r, _ in chosen])
        (staging / PROVENANCE).write_text(provenance.to_json(record), encoding="utf-8")
        outcome.managed.append(PROVENANCE)
    return outcome


def _changelog(bundle: Bundle, outcome: Outcome) -> Changelog | None:
    """Changes since the last release for the docs; a broken baseline is the author's error."""
    with outcome.timed("changelog"):
        try:
            return changelog_since_release(bundle)
        except SpecError as exc:
            outcome.diagnostics += exc.diagnostics
            return None


def _timed(
    outcome: Outcome, stage: str, job: Callable[..., list[Diagnostic]]
) -> Callable[..., list[Diagnostic]]:
    def run(*args: object) -> list[Diagnostic]:
        with outcome.timed(stage):
            return job(*args)

    return run


def _available(names: list[str], outcome: Outcome) -> list[tuple[Renderer, ModuleType]]:
    chosen = []
    for name in names:
        renderer = RENDERERS[name]
        module = load_renderer(renderer)
        if module is None:  # every renderer exists now: a missing one is a broken install
            message = f"renderer '{name}' is missing: {renderer.module} cannot be imported"
            outcome.diagnostics.append(error("", 0, message))
        else:
            chosen.append((renderer, module))
    return chosen


def _collect(
    renderer: Renderer, future: Future[list[Diagnostic]] | None, wanted: bool
) -> list[Diagnostic]:
    if future is None:
        return []
    try:
        return future.result()
    except _children.Cancelled:
        return []
    except Exception as exc:  # a renderer's bug must not become a traceback for the spec author
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        if not wanted:
            return []
        return [error("", 0, f"renderer '{renderer.name}' failed: {type(exc).__name__}: {exc}")]


def scratch_dir() -> str | None:
    """Stage in memory when the machine offers it: the client alone is ~600 small files, and
    creating them on a virtual disk costs more than generating them."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def generate_into(
    spec: Path,
    out: Path,
    *,
    partial: bool,
    renderers: list[str],
    bundle_files: bool,
    with_provenance: bool,
) -> Outcome:
    """Generate, then sync the result into `out` only if everything succeeded."""
    with tempfile.TemporaryDirectory(prefix="books-generate-", dir=scratch_dir()) as tmp:
        staging = Path(tmp)
        outcome = generate(
            spec,
            staging,
            partial=partial,
            renderers=renderers,
            bundle_files=bundle_files,
            with_provenance=with_provenance,
        )
        if outcome.ok:
            out.mkdir(parents=True, exist_ok=True)
            sync_tree(staging, out, outcome.managed)
            if PROVENANCE in outcome.managed:
                (
                    out / PROVENANCE
                ).touch()  # make's target: newer than its sources even if unchanged
    return outcome
