"""Every command and snippet of README.md is true.

The quick-start Python snippet runs against a real mock (only its base URL is changed) and is
`mypy --strict` clean; every `make` target the README names exists; `make help` prints values,
not `$(VARIABLES)`; `PORT` reaches both the mock and the contract suite's own mock.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mock.conftest import ROOT, Server

README = ROOT / "README.md"
DEFAULT_URL = "http://127.0.0.1:4010/api/v1"
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _blocks(language: str) -> list[str]:
    return [
        body
        for lang, body in _BLOCK.findall(README.read_text(encoding="utf-8"))
        if lang == language
    ]


def _quick_start() -> str:
    (snippet,) = [b for b in _blocks("python") if "BooksApi(" in b]
    return snippet


def _client_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "client")}


@pytest.mark.server
def test_quick_start_runs_against_the_mock(server: Server, tmp_path: Path) -> None:
    snippet = _quick_start()
    assert DEFAULT_URL in snippet
    script = tmp_path / "quick_start.py"
    script.write_text(snippet.replace(DEFAULT_URL, server.url), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        env=_client_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    first, line, missing = done.stdout.splitlines()
    assert first.startswith("IT Services BVBA "), first  # the seed client has that address
    assert "/invoices/" in first  # the Location of the created invoice
    assert line.startswith("Support 80")
    assert missing.split()[0].isdigit()


def test_quick_start_is_mypy_strict_clean(tmp_path: Path) -> None:
    script = tmp_path / "quick_start.py"
    script.write_text(_quick_start(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(script)],
        env={**_client_env(), "MYPYPATH": str(ROOT / "generated" / "client")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def _make(*args: str) -> str:
    done = subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_every_make_target_in_the_readme_exists() -> None:
    targets = set(re.findall(r"^  make (\S+)", _make("help"), re.MULTILINE))
    named = set(re.findall(r"`make ([a-z-]+)", README.read_text(encoding="utf-8")))
    named |= {m for b in _blocks("sh") for m in re.findall(r"^make ([a-z-]+)", b, re.MULTILINE)}
    assert named and named <= targets, named - targets


def test_make_help_prints_values_not_variables() -> None:
    text = _make("help")
    assert "$(" not in text
    assert "127.0.0.1:4010" in text
    assert "127.0.0.1:4123" in _make("help", "PORT=4123")


def test_port_reaches_the_mock_and_the_contract_suite() -> None:
    assert "mock_runtime --port 4123" in _make("-n", "mock", "PORT=4123")
    assert "--mock-port 4123" in _make("-n", "contract-test", "PORT=4123")
    env = {k: v for k, v in os.environ.items() if k != "PORT"}
    done = subprocess.run(
        ["make", "-n", "contract-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--mock-port" not in done.stdout  # no PORT given: the suite picks a free one


def test_example_command_options_exist() -> None:
    (command,) = [
        line for b in _blocks("sh") for line in b.splitlines() if "web_shop_sync.py" in line
    ]
    done = subprocess.run(
        [sys.executable, "examples/web_shop_sync.py", "--help"],
        cwd=ROOT,
        env=_client_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    for option in re.findall(r"--[a-z-]+", command):
        assert option in done.stdout, option
