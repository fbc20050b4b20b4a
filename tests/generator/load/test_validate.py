from pathlib import Path
from types import SimpleNamespace
from typing import Any

from generator.bundle import bundle_spec
from generator.load.spec import load_spec
from generator.load.validate import check_openapi, check_with_prance, validate_bundle
from tests.generator.support import MINI_SPEC, write_spec


def test_fixture_is_valid_for_openapi_spec_validator_and_prance() -> None:
    bundle = bundle_spec(load_spec(MINI_SPEC))
    assert validate_bundle(bundle, with_prance=True) == []


def test_errors_point_at_the_source_file(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": """
                openapi: 3.1.0
                info: {title: T, version: "1"}
                paths:
                  /things:
                    $ref: paths/things.yaml
            """,
            "paths/things.yaml": """
                get:
                  operationId: things_list
                  responses:
                    "200":
                      description: ok
                    "201": {}
            """,
        },
    )
    (problem,) = check_openapi(bundle_spec(load_spec(root)))
    assert problem.file.endswith("paths/things.yaml") and problem.line == 6
    assert problem.message.startswith('"description" is a required property')


def test_prance_failures_become_one_diagnostic(tmp_path: Path) -> None:
    root = write_spec(tmp_path, {"openapi.yaml": "openapi: 3.1.0\ninfo: {}\ninfo: {}\npaths: {}\n"})
    tree: Any = SimpleNamespace(
        root=SimpleNamespace(path=root, display="openapi.yaml", data={}), dropped_paths=()
    )
    (problem,) = check_with_prance(tree)
    assert problem.file == "openapi.yaml" and problem.message.startswith("prance: ")
    assert "duplicate key" in problem.message


def test_prance_sees_the_partial_root(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": """
                openapi: 3.1.0
                info: {title: T, version: "1"}
                paths:
                  /things:
                    $ref: paths/things.yaml
                  /later:
                    $ref: paths/later.yaml
            """,
            "paths/things.yaml": """
                get:
                  operationId: things_list
                  responses:
                    "200":
                      description: ok
            """,
        },
    )
    tree = load_spec(root, partial=True)
    assert tree.dropped_paths == ("/later",)
    assert check_with_prance(tree) == []


def test_schema_errors_point_at_the_schema_file_not_the_root(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": """
                openapi: 3.1.0
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Thing:
                      $ref: schemas/Thing.yaml
            """,
            "schemas/Thing.yaml": """
                type: object
                properties:
                  name:
                    type: string
                additionalProperties: 7
            """,
        },
    )
    problems = check_openapi(bundle_spec(load_spec(root)))
    assert sorted((Path(d.file).name, d.line, d.message) for d in problems) == [
        (
            "Thing.yaml",
            5,
            "7 is not of type 'object', 'boolean' "
            "(at #/components/schemas/Thing/additionalProperties)",
        ),
    ]
