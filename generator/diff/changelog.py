"""The docs page's "Changes" section: the spec as generated against the last release.

It is the same comparison as the CI gate (`make compat`), so what the page tells integrators
and what the gate let through cannot disagree. No release baseline yet means no section.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.bundle import Bundle
from generator.diff.command import default_ack_file, verdict_of
from generator.diff.engine import Change
from generator.diff.sources import RELEASES_DIR, latest_release, load_side, side_of_bundle


@dataclass(frozen=True)
class Changelog:
    baseline: str  # version of the last release
    version: str  # version of the spec the page describes
    changes: tuple[Change, ...]  # breaking first, each with its acknowledgement if any


def changelog_since_release(bundle: Bundle) -> Changelog | None:
    """Raise SpecError when the baseline or the acknowledgement file cannot be read."""
    root = bundle.tree.root.path
    latest = latest_release(root.parent / RELEASES_DIR)
    if latest is None:
        return None
    old, new = load_side(latest), side_of_bundle(bundle)
    verdict = verdict_of(old, new, default_ack_file(root))
    return Changelog(old.version, new.version, tuple(verdict.changes))
