from pathlib import Path

import pytest

from generator import cli
from generator.diagnostics import SpecError
from generator.load.spec import load_spec
from tests.generator.support import REPO, write_spec

RECURSIVE = REPO / "tests" / "fixtures" / "recursive_schema" / "openapi.yaml"
ROOT = """
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    $ref: paths/things.yaml
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
            $ref: ../schemas/A.yaml
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # diagnostics name files relative to the working directory


def _errors(tmp_path: Path, files: dict[str, str]) -> list[str]:
    root = write_spec(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": THINGS, **files})
    with pytest.raises(SpecError) as caught:
        load_spec(root)
    return [str(d) for d in caught.value.diagnostics]


def test_a_ref_chain_that_closes_is_circular(tmp_path: Path) -> None:
    assert _errors(
        tmp_path, {"schemas/A.yaml": "$ref: B.yaml\n", "schemas/B.yaml": "$ref: A.yaml"}
    ) == [
        "schemas/A.yaml:1: error: circular reference "
        "schemas/A.yaml → schemas/B.yaml → schemas/A.yaml"
    ]


def test_in_place_applicators_do_not_break_a_cycle(tmp_path: Path) -> None:
    files = {
        "schemas/A.yaml": "not:\n  $ref: B.yaml\n",
        "schemas/B.yaml": "oneOf:\n  - $ref: A.yaml",
    }
    assert _errors(tmp_path, files) == [
        "schemas/A.yaml:2: error: circular reference schemas/A.yaml#/not → "
        "schemas/B.yaml#/oneOf/0 → schemas/A.yaml#/not"
    ]


def test_a_chain_into_a_cycle_reports_the_cycle_once(tmp_path: Path) -> None:
    files = {
        "schemas/A.yaml": "$ref: B.yaml\n",
        "schemas/B.yaml": "$ref: C.yaml\n",
        "schemas/C.yaml": "$ref: B.yaml\n",
    }
    assert _errors(tmp_path, files) == [
        "schemas/B.yaml:1: error: circular reference "
        "schemas/B.yaml → schemas/C.yaml → schemas/B.yaml"
    ]


def test_a_ref_to_its_own_ancestor_outside_a_schema_is_circular(tmp_path: Path) -> None:
    files = {"schemas/A.yaml": "type: object\nallOf:\n  - $ref: '#'\n"}
    assert _errors(tmp_path, files) == [
        "schemas/A.yaml:3: error: circular reference schemas/A.yaml#/allOf/0 → "
        "schemas/A.yaml#/allOf/0"
    ]


def test_recursion_through_properties_and_items_is_legal(tmp_path: Path) -> None:
    node = "properties:\n  kids:\n    items:\n      $ref: '#'\n  next:\n    $ref: A.yaml\n"
    root = write_spec(
        tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": THINGS, "schemas/A.yaml": node}
    )
    assert {p.name for p in load_spec(root).files} == {"openapi.yaml", "things.yaml", "A.yaml"}


def test_recursive_schemas_validate_and_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["validate", str(RECURSIVE), "--no-prance"]) == 0
    assert cli.main(["all", str(RECURSIVE), "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
    model = (tmp_path / "client" / "books_api_client" / "models" / "category.py").read_text()
    assert "children: list[Category] | Unset" in model
