"""Load `schemathesis.toml`: apply a profile, a focus, and hand the result to schemathesis.

`schemathesis.toml` is schemathesis' own format and nothing else, so the plain CLI loads it
(`schemathesis --config-file contract_tests/schemathesis.toml run …`). Our profiles live in
`profiles.toml` (`[profiles.<name>]`), whose tables are deep-merged over it before
`schemathesis.Config.from_dict` validates the result and substitutes `${ENV}` placeholders.
The focus (a subset of checks and phases) is merged the same way, so a focused run is the
same suite with fewer switches on, never a different code path.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
PROFILES_PATH = Path(__file__).with_name("profiles.toml")
PHASES = ("examples", "coverage", "fuzzing", "stateful")

# The checks of this suite (contract_tests/checks/), by registered name.
OWN_CHECKS = (
    "totals_arithmetic",
    "read_only_fields_refused",
    "location_points_at_created",
    "list_paging_consistent",
    "error_body_in_catalogue",
    "rate_limit_headers_coherent",
    "account_isolation",
    "credentials_required",
    "xml_matches_mapping",
    "create_keeps_sent_fields",
    "put_replaces_object",
    "patch_changes_only_sent_fields",
    "delete_removes_object",
    "refused_write_changes_nothing",
    "dangling_reference_refused",
    "locked_status_refuses_changes",
    "default_taken_from_reference",
    "declared_transition_applies",
)
BUILTIN_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
)
ALL_CHECKS = BUILTIN_CHECKS + OWN_CHECKS


# Budget mode (contract_tests/budget.py): no scenarios, no doubled requests of ignored_auth,
# each of our checks probes an operation once.
BUDGET_OVERLAY: dict[str, Any] = {
    "phases": {"stateful": {"enabled": False}},
    "checks": {
        "ignored_auth": {"enabled": False},
        **{
            name: {"probes-per-operation": 1}
            for name in (
                "read_only_fields_refused",
                "location_points_at_created",
                "account_isolation",
                "credentials_required",
                "create_keeps_sent_fields",
                "put_replaces_object",
                "delete_removes_object",
                "dangling_reference_refused",
                "locked_status_refuses_changes",
                "default_taken_from_reference",
                "declared_transition_applies",
            )
        },
        "list_paging_consistent": {"walks-per-operation": 1, "max-pages": 3},
        "patch_changes_only_sent_fields": {"snapshots-per-operation": 1},
        "refused_write_changes_nothing": {"snapshots-per-operation": 1},
    },
}


# Budget mode keeps the coverage phase only with at least this many requests per operation:
# it generates about a hundred deterministic cases per operation up front, and a smaller
# budget sends a handful of them while generating the rest takes minutes.
COVERAGE_MIN_REQUESTS_PER_OPERATION = 20
BUDGET_WITHOUT_COVERAGE: dict[str, Any] = {"phases": {"coverage": {"enabled": False}}}


def budget_affords_coverage(max_requests: int, operations: int) -> bool:
    return max_requests >= COVERAGE_MIN_REQUESTS_PER_OPERATION * operations


class ProfileError(ValueError):
    """An unknown profile, phase or check was asked for."""


@dataclass(frozen=True)
class Focus:
    """What a run is limited to; empty means everything."""

    checks: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    operation_ids: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        unknown_checks = sorted(set(self.checks) - set(ALL_CHECKS))
        if unknown_checks:
            raise ProfileError(f"unknown check(s): {', '.join(unknown_checks)}")
        unknown_phases = sorted(set(self.phases) - set(PHASES))
        if unknown_phases:
            raise ProfileError(f"unknown phase(s): {', '.join(unknown_phases)}")


def read_profiles(
    path: Path = CONFIG_PATH, profiles_path: Path = PROFILES_PATH
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The schemathesis table and our profiles."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    profiles: dict[str, dict[str, Any]] = tomllib.loads(
        profiles_path.read_text(encoding="utf-8")
    ).get("profiles", {})
    return data, profiles


def merged_config(
    profile: str,
    focus: Focus = Focus(),
    path: Path = CONFIG_PATH,
    budget: bool = False,
    coverage: bool = True,
) -> dict[str, Any]:
    """The table of one profile with the focus (and budget mode) applied, before ${ENV}.

    `coverage=False`: budget mode with too few requests for the coverage phase."""
    base, profiles = read_profiles(path)
    if profile not in profiles:
        raise ProfileError(f"unknown profile {profile!r}; known: {', '.join(sorted(profiles))}")
    merged = deep_merge(deep_merge(base, profiles[profile]), _focus_overlay(focus))
    if not budget:
        return merged
    merged = deep_merge(merged, BUDGET_OVERLAY)
    return merged if coverage else deep_merge(merged, BUDGET_WITHOUT_COVERAGE)


def build_config(
    profile: str,
    focus: Focus = Focus(),
    path: Path = CONFIG_PATH,
    budget: bool = False,
    coverage: bool = True,
) -> schemathesis.Config:
    """A schemathesis configuration, validated by schemathesis, for the profile and focus."""
    return schemathesis.Config.from_dict(
        merged_config(profile, focus, path, budget, coverage), base_dir=str(path.parent)
    )


def check_options(config: schemathesis.Config, name: str) -> dict[str, Any]:
    """Extra options of one of our checks (`list_paging_consistent = { per-page = 2 }`)."""
    project = config.projects.get_default()
    return dict(project.checks.custom_kwargs.get(name, {}))


def enabled_phases(table: Mapping[str, Any]) -> list[str]:
    phases = table.get("phases", {})
    return [name for name in PHASES if phases.get(name, {}).get("enabled", True)]


def _focus_overlay(focus: Focus) -> dict[str, Any]:
    overlay: dict[str, Any] = {}
    if focus.checks:
        overlay["checks"] = {name: {"enabled": name in focus.checks} for name in ALL_CHECKS}
    if focus.phases:
        overlay["phases"] = {name: {"enabled": name in focus.phases} for name in PHASES}
    return overlay


def deep_merge(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """`overlay` over `base`, merging nested tables key by key."""
    result: dict[str, Any] = dict(base)
    for key, value in overlay.items():
        current = result.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            result[key] = deep_merge(current, value)
        else:
            result[key] = value
    return result


def split_names(value: str | None) -> tuple[str, ...]:
    """`"a, b,,c"` → `("a", "b", "c")`."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def describe(names: Iterable[str]) -> str:
    return ", ".join(names) or "all"
