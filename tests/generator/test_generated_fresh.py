"""generated/ is checked in: these fail when it no longer matches the spec and the generator,
and when the checked-in client is not `mypy --strict` clean."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generator.support import REPO

GENERATED = REPO / "generated"
PROVENANCE = GENERATED / "PROVENANCE.json"
CLIENT = GENERATED / "client"


@pytest.mark.skipif(
    not PROVENANCE.exists(), reason="generated/ not produced yet: run make generate"
)
def test_generated_is_up_to_date() -> None:
    record = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    flags = ["--partial"] if record["spec"].get("skipped_paths") else []
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "check",
            "openapi/openapi.yaml",
            "--out",
            "generated",
            *flags,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    not CLIENT.exists(), reason="generated/client not produced yet: run make generate"
)
def test_generated_client_is_mypy_strict_clean(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    cache = REPO / ".mypy_cache" / "generated-client"  # incremental: seconds after the first run
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(cache),
            "books_api_client",
        ],
        cwd=CLIENT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
