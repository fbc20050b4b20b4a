from pathlib import Path

from generator.bundle import bundle_spec
from generator.load.formats import ALLOWED_FORMATS, check_formats
from generator.load.spec import load_spec
from tests.generator.support import MINI_SPEC, write_spec


def test_fixture_uses_only_allowed_formats() -> None:
    assert check_formats(bundle_spec(load_spec(MINI_SPEC))) == []


def test_unknown_format_is_reported_at_its_line(tmp_path: Path) -> None:
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
                  when:
                    type: string
                    format: date-tme
            """,
        },
    )
    (problem,) = check_formats(bundle_spec(load_spec(root)))
    assert problem.file.endswith("schemas/Thing.yaml") and problem.line == 5
    assert "unknown format 'date-tme' (did you mean 'date-time'?)" in problem.message


def test_the_formats_our_spec_uses_are_allowed() -> None:
    assert {"date", "email", "uri", "binary", "date-time"} <= ALLOWED_FORMATS
