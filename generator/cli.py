"""`python -m generator validate|bundle|client|docs|mock|all|check SPEC [--out DIR]`, and
`python -m generator diff OLD NEW [--format text|markdown|json]` (see generator/diff/).

The CLI is the boundary where every problem becomes `file:line: level: message` lines and exit
status 1; nothing past it raises. GENERATOR_DEBUG=1 re-raises unexpected exceptions for the
people who work on the generator itself; GENERATOR_TIMING=1 prints the time of each stage.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import generator
from generator import pipeline
from generator.diagnostics import Diagnostic, SpecError, has_errors, sort_diagnostics
from generator.diff.command import run_diff
from generator.diff.release import PARTS, run_release
from generator.diff.report import FORMATS
from generator.output import diff_trees

COMMANDS = {
    "validate": "check the spec: YAML, $refs, formats, OpenAPI 3.1 schema, conventions, prance",
    "bundle": "write the one-file bundle: openapi.yaml and openapi.json",
    "client": "generate the typed Python client into OUT/client",
    "docs": "generate the documentation into OUT/docs",
    "mock": "generate the mock server into OUT/mock_server",
    "all": "bundle, client, docs, mock server and PROVENANCE.json into OUT",
    "check": "fail when OUT differs from a fresh `all` (prints what changed)",
}
RELEASE_HELP = "raise info.version and store the bundle as releases/<version>.json (the baseline)"
DIFF_HELP = "list the changes from OLD to NEW with a level; exit 1 on an unannounced breaking one"
_RENDERERS_OF = {
    "client": ["client"],
    "docs": ["docs"],
    "mock": ["mock"],
    "all": ["client", "docs", "mock"],
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except SpecError as exc:
        return _report(exc.diagnostics)
    except KeyboardInterrupt:
        print("generator: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"generator: internal error: {type(exc).__name__}: {exc} "
            "(GENERATOR_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=generator.__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "spec", type=Path, metavar="SPEC", help="root file, e.g. openapi/openapi.yaml"
        )
        command.add_argument(
            "--out", type=Path, default=Path("generated"), help="output folder (generated/)"
        )
        command.add_argument(
            "--partial",
            action="store_true",
            help="skip root paths whose files are missing or broken yet (a warning each)",
        )
        if name == "validate":
            command.add_argument(
                "--no-prance", action="store_true", help="skip the (slow) prance pass"
            )
    _add_diff(commands)
    _add_release(commands)
    return parser


def _add_release(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("release", help=RELEASE_HELP, description=RELEASE_HELP)
    command.add_argument("spec", type=Path, metavar="SPEC", help="root file, openapi/openapi.yaml")
    raised = command.add_mutually_exclusive_group(required=True)
    raised.add_argument("--version", dest="new_version", help="the new version, X.Y.Z")
    raised.add_argument("--part", choices=PARTS, help="which part of the version to raise")


def _add_diff(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("diff", help=DIFF_HELP, description=DIFF_HELP)
    command.add_argument(
        "old", type=Path, metavar="OLD", help="spec root, bundle, or a releases folder (latest)"
    )
    command.add_argument("new", type=Path, metavar="NEW", help="spec root or bundle")
    command.add_argument("--format", choices=FORMATS, default="text", help="report format")
    command.add_argument(
        "--ack",
        type=Path,
        default=None,
        help="acknowledgement file (default: releases/acknowledged.yaml next to NEW)",
    )


def _run(args: argparse.Namespace) -> int:
    if args.command == "diff":
        return run_diff(args.old, args.new, args.format, args.ack)
    if args.command == "release":
        return run_release(args.spec, args.new_version, args.part)
    spec: Path = args.spec
    if args.command == "validate":
        outcome = pipeline.validate(spec, partial=args.partial, with_prance=not args.no_prance)
        if outcome.ok and outcome.api is not None:
            files = len(outcome.bundle.tree.files) if outcome.bundle else 0
            print(f"{spec}: valid ({files} files, {len(outcome.api.operations)} operations)")
        return _report(outcome.diagnostics)
    if args.command == "bundle":
        bundle, notes = pipeline.prepare(spec, partial=args.partial)
        pipeline.write_bundle(bundle, args.out)
        print(f"wrote {args.out / 'openapi.yaml'} and {args.out / 'openapi.json'}")
        return _report(notes)
    if args.command == "check":
        return _check(spec, args.out, partial=args.partial)
    outcome = pipeline.generate_into(
        spec,
        args.out,
        partial=args.partial,
        renderers=_RENDERERS_OF[args.command],
        bundle_files=args.command == "all",
        with_provenance=args.command == "all",
    )
    if outcome.ok:
        print(f"generated {', '.join(outcome.managed)} in {args.out}")
    if os.environ.get("GENERATOR_TIMING"):
        stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in outcome.timings.items())
        print(f"timing: {stages}", file=sys.stderr)
    return _report(outcome.diagnostics)


def _check(spec: Path, out: Path, *, partial: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="books-check-", dir=pipeline.scratch_dir()) as tmp:
        fresh = Path(tmp)
        outcome = pipeline.generate(
            spec,
            fresh,
            partial=partial,
            renderers=_RENDERERS_OF["all"],
            bundle_files=True,
            with_provenance=True,
        )
        if not outcome.ok:
            return _report(outcome.diagnostics)
        diff = diff_trees(fresh, out, outcome.managed)
    status = _report(outcome.diagnostics)
    if diff:
        print(f"{out}/ is stale: it differs from what the spec and generator produce now:")
        print("\n".join(diff.lines()))
        print("Run: make generate")
        return 1
    print(f"{out}/ is up to date")
    return status


def _report(diagnostics: list[Diagnostic]) -> int:
    for diagnostic in sort_diagnostics(diagnostics):
        print(diagnostic, file=sys.stderr)
    return 1 if has_errors(diagnostics) else 0
