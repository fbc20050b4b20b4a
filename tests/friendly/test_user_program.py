"""A user program on the friendly layer: `mypy --strict` clean without casts, and it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.mock.conftest import KEY_1, ROOT, Server

PROGRAM = Path(__file__).with_name("user_program.py")


def test_user_program_is_mypy_strict_clean(tmp_path: Path) -> None:
    text = PROGRAM.read_text(encoding="utf-8")
    assert "cast(" not in text and "isinstance(" not in text
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(PROGRAM)],
        cwd=ROOT,
        env={"MYPYPATH": str(ROOT / "generated" / "client"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.server
@pytest.mark.usefixtures("importable")
def test_user_program_runs(server: Server) -> None:
    from tests.friendly.user_program import run

    result = run(server.url, KEY_1)
    assert result["location"].endswith(f"/clients/{result['client']}")
    assert result["total"] == "25.00"
    assert int(result["clients"]) > 2
    assert result["missing"].split()[0].isdigit()
