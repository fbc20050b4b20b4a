"""The command line: exit statuses, the gate (major version, acknowledgements), the three
formats, bad input as `file:line` lines, the real spec, and releasing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import cli
from generator.diff.release import next_version
from tests.diff.shelf import base, prop, schema, write

REPO = Path(__file__).resolve().parents[2]
REAL_SPEC = REPO / "openapi" / "openapi.yaml"
REAL_BUNDLE = REPO / "generated" / "openapi.json"


def _pair(tmp_path: Path, *, version: str = "1.0.0", breaking: bool = True) -> list[str]:
    new = base()
    new["info"]["version"] = version
    if breaking:
        schema(new, "Book")["properties"].pop("isbn")
    else:
        prop(new, "Book", "title").update(maxLength=400)
    return [str(write(base(), tmp_path / "old.json")), str(write(new, tmp_path / "new.json"))]


def test_breaking_change_exits_1_and_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["diff", *_pair(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "breaking: response.property.removed: Book.isbn: field removed" in out
    assert 'change: "response.property.removed@Book.isbn"' in out
    assert f"{tmp_path / 'releases' / 'acknowledged.yaml'}" in out


def test_raised_major_version_announces_it(tmp_path: Path) -> None:
    assert cli.main(["diff", *_pair(tmp_path, version="2.0.0")]) == 0


def test_raised_minor_version_does_not(tmp_path: Path) -> None:
    assert cli.main(["diff", *_pair(tmp_path, version="1.1.0")]) == 1


def test_acknowledged_change_passes_and_shows_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ack = tmp_path / "ack.yaml"
    ack.write_text(
        'acknowledged:\n  - change: "response.property.removed@Book.isbn"\n'
        "    reason: no server ever filled it\n",
        encoding="utf-8",
    )
    assert cli.main(["diff", *_pair(tmp_path), "--ack", str(ack)]) == 0
    assert "(acknowledged: no server ever filled it)" in capsys.readouterr().out


def test_default_ack_file_is_next_to_new(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "acknowledged.yaml").write_text(
        'acknowledged:\n  - {change: "response.property.removed@Book.isbn", reason: unused}\n',
        encoding="utf-8",
    )
    assert cli.main(["diff", *_pair(tmp_path)]) == 0


def test_ack_without_reason_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ack = tmp_path / "ack.yaml"
    ack.write_text('acknowledged:\n  - change: "x@y"\n', encoding="utf-8")
    assert cli.main(["diff", *_pair(tmp_path), "--ack", str(ack)]) == 2
    assert capsys.readouterr().err.strip().endswith("ack.yaml:2: error: x@y: give a reason")


def test_additive_change_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", *_pair(tmp_path, breaking=False)]) == 0
    assert "PASS" in capsys.readouterr().out


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", *_pair(tmp_path), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is False
    assert data["summary"] == {"breaking": 1, "warn": 0, "info": 0}
    (change,) = data["changes"]
    assert change["key"] == "response.property.removed@Book.isbn"
    assert change["file"].endswith("new.json") and change["line"] > 0
    assert change["operations"] == ["GET /books", "GET /books/{book_id}", "POST /books"]


def test_markdown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", *_pair(tmp_path), "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert "| Level | Rule | Where | Change | Operations | Source |" in out
    assert "| breaking | `response.property.removed` | `Book.isbn` |" in out
    assert "```yaml" in out


def test_broken_new_spec_is_file_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(base(), tmp_path / "old.json")
    broken = tmp_path / "new.yaml"
    broken.write_text("openapi: 3.1.0\ninfo:\n  title: [unclosed\n", encoding="utf-8")
    assert cli.main(["diff", str(old), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "new.yaml:" in err and "error: YAML syntax error" in err
    assert "Traceback" not in err


def test_not_an_openapi_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(base(), tmp_path / "old.json")
    other = tmp_path / "other.yaml"
    other.write_text("paths: []\n", encoding="utf-8")
    assert cli.main(["diff", str(old), str(other)]) == 2
    err = capsys.readouterr().err
    assert "other.yaml:1: error: 'paths' must be a mapping" in err
    assert "no 'openapi' key" in err


def test_empty_releases_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = write(base(), tmp_path / "new.json")
    assert cli.main(["diff", str(tmp_path), str(new)]) == 2
    assert "no release baseline" in capsys.readouterr().err


def test_no_traceback_from_the_command_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "missing.yaml", "also-missing.yaml"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == "missing.yaml:1: error: spec root not found: no such file\n"


def test_real_spec_against_its_own_bundle(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", str(REAL_BUNDLE), str(REAL_SPEC)]) == 0
    assert ": no changes" in capsys.readouterr().out


def test_real_spec_against_the_release_baseline() -> None:
    """What `make compat` runs: the working tree must not break the last release."""
    assert cli.main(["diff", str(REPO / "openapi" / "releases"), str(REAL_SPEC)]) == 0


def test_real_spec_additive_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = json.loads(REAL_BUNDLE.read_text(encoding="utf-8"))
    invoice = bundle["components"]["schemas"]["Invoice"]["allOf"][1]
    invoice["properties"]["delivery_note"] = {"type": "string", "description": "Printed."}
    paths = bundle["paths"]
    paths["/invoices/{invoice_id}"]["head"] = dict(paths["/invoices/{invoice_id}"]["get"])
    paths["/invoices/{invoice_id}"]["head"]["operationId"] = "invoices_get_head"
    new = write(bundle, tmp_path / "new.json")
    assert cli.main(["diff", str(REAL_BUNDLE), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {(c["rule"], c["level"]) for c in data["changes"]} == {
        ("operation.added", "info"),
        ("response.property.added", "info"),
    }


def test_real_spec_breaking_change_in_a_source_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Located in the NEW spec's own file, at the changed line."""
    shutil.copytree(REPO / "openapi", tmp_path / "openapi")
    money = tmp_path / "openapi" / "shared" / "schemas" / "Money.yaml"
    text = money.read_text(encoding="utf-8")
    assert text.startswith("type: string\n")
    money.write_text("type: number\n" + text.removeprefix("type: string\n"), encoding="utf-8")
    new = tmp_path / "openapi" / "openapi.yaml"
    assert cli.main(["diff", str(REAL_BUNDLE), str(new)]) == 1
    out = capsys.readouterr().out
    assert f"{money}:1: breaking: type.changed: Money:" in out


@pytest.mark.parametrize(
    ("current", "part", "expected"),
    [("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4")],
)
def test_next_version(current: str, part: str, expected: str) -> None:
    assert next_version(current, part) == expected


def _spec_folder(tmp_path: Path) -> Path:
    root = tmp_path / "openapi" / "openapi.yaml"
    root.parent.mkdir()
    root.write_text(yaml.safe_dump(base(), sort_keys=False), encoding="utf-8")
    return root


def test_release_stores_the_baseline_and_raises_the_version(tmp_path: Path) -> None:
    root = _spec_folder(tmp_path)
    assert cli.main(["release", str(root), "--version", "1.0.0"]) == 0
    assert (root.parent / "releases" / "1.0.0.json").is_file()
    assert cli.main(["release", str(root), "--part", "minor"]) == 0
    assert sorted(p.name for p in (root.parent / "releases").iterdir()) == [
        "1.1.0.json",
        "acknowledged.yaml",
    ]
    assert "  version: 1.1.0\n" in root.read_text(encoding="utf-8")
    assert cli.main(["diff", str(root.parent / "releases"), str(root)]) == 0


def test_release_refuses_an_unannounced_breaking_change(tmp_path: Path) -> None:
    root = _spec_folder(tmp_path)
    assert cli.main(["release", str(root), "--version", "1.0.0"]) == 0
    spec = yaml.safe_load(root.read_text(encoding="utf-8"))
    schema(spec, "Book")["properties"].pop("isbn")
    root.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    assert cli.main(["release", str(root), "--part", "minor"]) == 1
    assert "  version: 1.0.0\n" in root.read_text(encoding="utf-8")
    assert cli.main(["release", str(root), "--part", "major"]) == 0
    assert (root.parent / "releases" / "2.0.0.json").is_file()


def test_release_must_move_forward(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _spec_folder(tmp_path)
    assert cli.main(["release", str(root), "--version", "1.0.0"]) == 0
    assert cli.main(["release", str(root), "--version", "0.9.0"]) == 2
    assert "is not after the last release 1.0.0" in capsys.readouterr().err
