"""One configuration file, profiles merged over it, a focus merged over that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import schemathesis

from contract_tests.config import (
    ALL_CHECKS,
    Focus,
    ProfileError,
    build_config,
    check_options,
    deep_merge,
    merged_config,
)


def test_profiles_differ_in_effort() -> None:
    quick = build_config("quick").projects.get_default()
    deep = build_config("deep").projects.get_default()
    quick_examples = quick.phases.fuzzing.generation.max_examples
    deep_examples = deep.phases.fuzzing.generation.max_examples
    assert quick_examples is not None and deep_examples is not None
    assert quick_examples < deep_examples
    assert quick.phases.stateful.max_steps < deep.phases.stateful.max_steps


def test_environment_placeholders_are_substituted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASE_URL", "http://staging.example.com/api/v1")
    project = build_config("quick").projects.get_default()
    assert project.base_url == "http://staging.example.com/api/v1"
    scheme = project.auth.openapi.schemes["ApiKeyAuth"]
    assert getattr(scheme, "api_key", None) == "standin-key-1"


def test_every_check_is_on_in_every_profile() -> None:
    for profile in ("quick", "deep"):
        checks = build_config(profile).projects.get_default().checks
        assert all(checks.get_by_name(name=name).enabled for name in ALL_CHECKS), profile


def test_a_focus_turns_everything_else_off() -> None:
    focus = Focus(checks=("totals_arithmetic",), phases=("examples",))
    project = build_config("focus", focus).projects.get_default()
    assert project.checks.get_by_name(name="totals_arithmetic").enabled
    assert not project.checks.get_by_name(name="not_a_server_error").enabled
    assert not project.phases.coverage.enabled and project.phases.examples.enabled


def test_check_options_come_through_with_profile_overrides() -> None:
    assert check_options(build_config("quick"), "list_paging_consistent")["per-page"] == 2
    assert check_options(build_config("deep"), "list_paging_consistent")["walks-per-operation"] == 3
    assert check_options(build_config("deep"), "list_paging_consistent")["per-page"] == 2


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ProfileError):
        merged_config("thorough")
    with pytest.raises(ProfileError):
        Focus(checks=("no_such_check",))


def test_deep_merge_merges_tables_and_replaces_values() -> None:
    assert deep_merge({"a": {"b": 1, "c": 2}, "d": 1}, {"a": {"b": 3}, "d": {"e": 1}}) == {
        "a": {"b": 3, "c": 2},
        "d": {"e": 1},
    }


def test_the_schemathesis_file_holds_nothing_schemathesis_does_not_define() -> None:
    import tomllib

    from contract_tests.config import CONFIG_PATH

    data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    assert "profiles" not in data
    schemathesis.Config.from_dict(data)  # validates against schemathesis' closed schema


@pytest.mark.server
def test_the_plain_schemathesis_cli_accepts_the_config_file(tmp_path: Path) -> None:
    """`schemathesis --config-file contract_tests/schemathesis.toml run …` against the mock."""
    from contract_tests.config import CONFIG_PATH
    from contract_tests.mock import ROOT, MockServer

    keys = ("cli-config-key-1", "cli-config-key-2")
    with MockServer(keys=keys) as mock:
        env = {**os.environ, "BASE_URL": mock.base_url, "API_KEY": keys[0], "API_KEY_2": keys[1]}
        done = subprocess.run(
            [
                str(Path(sys.executable).with_name("schemathesis")),
                "--config-file", str(CONFIG_PATH.relative_to(ROOT)),
                "run", "generated/openapi.json",
                "--include-operation-id", "warehouses_list",
                "--max-examples", "1", "--phases", "examples",
            ],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    output = done.stdout + done.stderr
    assert "Configuration Error" not in output and "Unknown" not in output, output[-3000:]
    assert done.returncode == 0, output[-3000:]
