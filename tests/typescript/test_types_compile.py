"""TypeScript users: openapi-typescript's types of generated/openapi.yaml compile under
`tsc --strict` with a small program (a create, a list, an error) written on them.

`--default-non-nullable false` keeps properties with a `default` optional in request bodies
(otherwise `InvoiceCreate` demands every defaulted field, TS2740). The tools are pinned in
ts_check/package-lock.json (`make setup`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "ts_check"
BIN = TOOLS / "node_modules" / ".bin"


@pytest.mark.skipif(not (BIN / "tsc").exists(), reason="run `make setup` (ts_check/node_modules)")
def test_types_and_program_compile_strict(tmp_path: Path) -> None:
    types = tmp_path / "books-api.d.ts"
    subprocess.run(
        [
            str(BIN / "openapi-typescript"),
            str(ROOT / "generated" / "openapi.yaml"),
            "--default-non-nullable",
            "false",
            "-o",
            str(types),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    for name in ("program.ts", "tsconfig.json"):
        shutil.copyfile(TOOLS / name, tmp_path / name)
    done = subprocess.run(
        [str(BIN / "tsc"), "-p", str(tmp_path / "tsconfig.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
