from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load.spec import load_spec
from tests.generator.support import MINI_SPEC, write_spec

ROOT = """
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    $ref: paths/things.yaml
  /others:
    $ref: paths/others.yaml
"""
THINGS = """
get:
  operationId: things_list
  responses:
    "200":
      description: ok
      content:
        application/json:
          schema:
            $ref: ../schemas/Thing.yaml
"""


def test_fixture_loads_every_reachable_file() -> None:
    tree = load_spec(MINI_SPEC)
    names = {p.name for p in tree.files}
    assert "openapi.yaml" in names and "Invoice.yaml" in names and "invoice_list_csv.yaml" in names
    assert tree.warnings == [] and tree.dropped_paths == ()


def test_missing_files_are_errors_at_the_ref(tmp_path: Path) -> None:
    root = write_spec(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": THINGS})
    with pytest.raises(SpecError) as caught:
        load_spec(root)
    messages = sorted(str(d).replace(str(tmp_path) + "/", "") for d in caught.value.diagnostics)
    assert len(messages) == 2
    assert "$ref 'paths/others.yaml': file not found" in messages[0]
    assert "$ref '../schemas/Thing.yaml': file not found" in messages[1]


def test_partial_skips_incomplete_paths_with_a_warning(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": THINGS,
            "schemas/Thing.yaml": "type: object\n",
        },
    )
    tree = load_spec(root, partial=True)
    assert tree.dropped_paths == ("/others",)
    assert list(tree.root.data["paths"]) == ["/things"]
    (note,) = tree.warnings
    assert note.level == "warning" and note.line == 6 and "path /others skipped" in note.message


def test_partial_also_skips_paths_reaching_broken_files(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": THINGS,
            "paths/others.yaml": "get: {operationId: others_list, responses: {}}\n",
            "schemas/Thing.yaml": "a: b: c\n",
        },
    )
    tree = load_spec(root, partial=True)
    assert tree.dropped_paths == ("/things",)
    assert "Thing.yaml:1 has errors" in tree.warnings[0].message


def test_root_must_exist_and_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="spec root not found"):
        load_spec(tmp_path / "nope.yaml")
    root = write_spec(tmp_path, {"openapi.yaml": "- a list\n"})
    with pytest.raises(SpecError, match="must be a mapping"):
        load_spec(root)


def test_a_spec_over_the_total_node_budget_stops_at_the_file_that_crosses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.load.spec as spec_module

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(spec_module, "MAX_SPEC_NODES", 25)
    thing = "type: object\nproperties:\n" + "".join(f"  p{i}: {{type: string}}\n" for i in range(9))
    root = write_spec(
        tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": THINGS, "schemas/Thing.yaml": thing}
    )
    with pytest.raises(SpecError) as caught:
        load_spec(root)
    assert (
        "schemas/Thing.yaml:1: error: with this file the spec has more than 25 YAML nodes "
        "(limit in generator/load/limits.py)"
    ) in [str(d) for d in caught.value.diagnostics]
