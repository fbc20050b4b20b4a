"""Our bundle of the fixture against `redocly bundle` of it: the same components, the same
content. Redocly puts `components` last, we keep the root's order, so key order is ignored."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.bundle import bundle_spec
from generator.load.spec import load_spec
from tests.generator.support import MINI_SPEC, REPO

REDOCLY = REPO / "node_modules" / ".bin" / "redocly"


@pytest.mark.skipif(
    not REDOCLY.exists() or not shutil.which("node"), reason="npm tools not installed"
)
def test_same_bundle_as_redocly(tmp_path: Path) -> None:
    target = tmp_path / "redocly.json"
    subprocess.run(
        [
            "npx",
            "--no-install",
            "redocly",
            "bundle",
            str(MINI_SPEC),
            "-o",
            str(target),
            "--ext",
            "json",
        ],
        cwd=REPO,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
        check=True,
        capture_output=True,
    )
    theirs = json.loads(target.read_text(encoding="utf-8"))
    ours = bundle_spec(load_spec(MINI_SPEC)).document
    for section in ours["components"]:
        assert sorted(ours["components"][section]) == sorted(theirs["components"][section]), section
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
