import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.render import RENDERERS, Renderer
from tests.generator.support import BROKEN, MINI_SPEC, REPO, broken_commands

CASES = sorted(
    p.name
    for p in BROKEN.iterdir()
    if (p / "expected.txt").exists() and broken_commands(p.name)[0] == "validate"
)


@pytest.mark.parametrize("case", CASES)
def test_broken_spec_gives_file_line_message_and_exit_1(
    case: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(BROKEN / case)
    assert cli.main(["validate", "openapi.yaml", "--no-prance"]) == 1
    expected = (BROKEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert capsys.readouterr().err.splitlines() == expected


def test_corpus_covers_every_kind_of_problem() -> None:
    assert {
        "yaml_syntax",
        "duplicate_key",
        "missing_file",
        "missing_pointer",
        "invalid_schema",
        "unknown_format",
        "name_clash",
    } <= set(CASES)


def test_no_traceback_from_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "openapi.yaml"],
        cwd=BROKEN / "duplicate_key",
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == "paths/things.yaml:6: error: duplicate key 'get' (first at line 1)\n"


def test_unexpected_failures_are_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.delenv("GENERATOR_DEBUG", raising=False)
    monkeypatch.setattr(pipeline, "validate", explode)
    assert cli.main(["validate", str(MINI_SPEC)]) == 1
    assert capsys.readouterr().err.startswith(
        "generator: internal error: RuntimeError: disk on fire"
    )


def test_validate_the_fixture(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(MINI_SPEC)]) == 0
    assert "valid (55 files, 15 operations)" in capsys.readouterr().out


def test_bundle_is_byte_identical_across_runs(tmp_path: Path) -> None:
    assert cli.main(["bundle", str(MINI_SPEC), "--out", str(tmp_path / "a")]) == 0
    assert cli.main(["bundle", str(MINI_SPEC), "--out", str(tmp_path / "b")]) == 0
    for name in ("openapi.yaml", "openapi.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_missing_renderer_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    later = Renderer("later", "generator.render.not_yet", "later", lambda m, g, o: None)
    monkeypatch.setitem(RENDERERS, "later", later)
    outcome = pipeline.generate(
        MINI_SPEC,
        tmp_path,
        partial=False,
        renderers=["later"],
        bundle_files=True,
        with_provenance=True,
    )
    assert not outcome.ok
    assert [str(d) for d in outcome.diagnostics] == [
        "error: renderer 'later' is missing: generator.render.not_yet cannot be imported"
    ]


def test_check_passes_on_a_fresh_output_and_names_stale_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(cli._RENDERERS_OF, "all", ["client"])  # docs and mock have their own tests
    out = tmp_path / "generated"
    assert cli.main(["all", str(MINI_SPEC), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "PROVENANCE.json",
        "client",
        "openapi.json",
        "openapi.yaml",
    ]
    assert cli.main(["check", str(MINI_SPEC), "--out", str(out)]) == 0
    (out / "client" / "books_api_client" / "models" / "invoice.py").write_text("# edited\n")
    (out / "client" / "stray.py").write_text("")
    capsys.readouterr()
    assert cli.main(["check", str(MINI_SPEC), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "changed: client/books_api_client/models/invoice.py" in printed
    assert "extra:   client/stray.py" in printed
    assert printed.rstrip().endswith("Run: make generate")
