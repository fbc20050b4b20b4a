"""`python -m generator release SPEC --version X.Y.Z | --part major|minor|patch`.

A release is the moment the contract's promise moves: the version in the root document is
raised, the bundle is stored as the new baseline (`releases/<version>.json`, the only one kept:
git keeps the older ones) and the acknowledgements, which held until this release, are emptied.
It refuses to release a breaking change under a version that does not announce it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from generator.bundle import bundle_spec, to_json
from generator.diagnostics import SpecError, error, sort_diagnostics
from generator.diff.command import default_ack_file, verdict_of
from generator.diff.gate import EXIT_BAD_INPUT, EXIT_BREAKING, EXIT_OK
from generator.diff.report import render
from generator.diff.sources import RELEASES_DIR, Side, latest_release, load_side, releases
from generator.load.spec import display_path, load_spec
from generator.load.yaml_loader import load_yaml

PARTS = ("major", "minor", "patch")
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_VERSION_LINE = re.compile(r"^(\s*version:\s*)(['\"]?)([^'\"\s#]+)(['\"]?)(.*)$")
ACK_TEMPLATE = """\
# Breaking changes accepted without a major version, each with a reason (docs/adr/0008).
# `make diff` and `make compat` print the key of every breaking change that is not announced:
#   - change: "response.property.removed@Invoice.prefix"
#     reason: "never filled by any server; see issue 123"
# `make release` empties this list: an acknowledgement holds until the next release.
acknowledged: []
"""


def next_version(current: str, part: str) -> str:
    match = SEMVER.match(current)
    if match is None:
        raise ValueError(f"info.version {current!r} is not <major>.<minor>.<patch>")
    major, minor, patch = (int(g) for g in match.groups())
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _key(version: str) -> tuple[int, ...]:
    match = SEMVER.match(version)
    return tuple(int(g) for g in match.groups()) if match else ()


def run_release(spec: Path, version: str | None, part: str | None) -> int:
    try:
        return _release(spec, version, part)
    except SpecError as exc:
        for diagnostic in sort_diagnostics(exc.diagnostics):
            print(diagnostic, file=sys.stderr)
        return EXIT_BAD_INPUT


def _release(spec: Path, version: str | None, part: str | None) -> int:
    root = load_yaml(spec, display_path(spec))
    info = root.data.get("info") if isinstance(root.data, dict) else None
    current = str(info.get("version", "")) if isinstance(info, dict) else ""
    line = root.line_of(("info", "version"))
    try:
        new = version if version else next_version(current, part or "")
    except ValueError as exc:
        raise SpecError([error(root.display, line, str(exc))]) from None
    if not SEMVER.match(new):
        raise SpecError([error(root.display, line, f"version {new!r} is not X.Y.Z")])
    folder = spec.parent / RELEASES_DIR
    latest = latest_release(folder)
    if latest is not None and _key(new) <= _key(latest.stem):
        message = f"version {new} is not after the last release {latest.stem}"
        raise SpecError([error(root.display, line, message)])
    status = _gate(spec, latest, new)
    if status != EXIT_OK:
        return status
    if new != current:
        _write_version(spec, line, new)
    bundle = bundle_spec(load_spec(spec))
    folder.mkdir(parents=True, exist_ok=True)
    baseline = folder / f"{new}.json"
    baseline.write_text(to_json(bundle.document), encoding="utf-8")
    for _, old in releases(folder):
        if old != baseline:
            old.unlink()
    default_ack_file(spec).write_text(ACK_TEMPLATE, encoding="utf-8")
    print(f"released {new}: baseline {display_path(baseline)}, info.version in {root.display}")
    return EXIT_OK


def _gate(spec: Path, latest: Path | None, new: str) -> int:
    """Judge the spec as it will be released (with the new version) against the baseline."""
    if latest is None:
        return EXIT_OK
    old = load_side(latest)
    current = load_side(spec)
    document = {**current.document, "info": {**current.document.get("info", {}), "version": new}}
    candidate = Side(current.display, document, current.locate)
    verdict = verdict_of(old, candidate, default_ack_file(spec))
    if verdict.unannounced:
        sys.stdout.write(render(verdict, old.display, current.display, (old.version, new), "text"))
        print(f"release {new} refused: see above", file=sys.stderr)
        return EXIT_BREAKING
    return EXIT_OK


def _write_version(spec: Path, line: int, new: str) -> None:
    """Change the one line, keep every other byte (comments, quoting, layout) as written."""
    lines = spec.read_text(encoding="utf-8").split("\n")
    match = _VERSION_LINE.match(lines[line - 1])
    if match is None:
        message = "cannot find `version: X.Y.Z` on this line to raise it"
        raise SpecError([error(display_path(spec), line, message)])
    lines[line - 1] = f"{match[1]}{match[2]}{new}{match[4]}{match[5]}"
    spec.write_text("\n".join(lines), encoding="utf-8")
