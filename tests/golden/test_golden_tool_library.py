"""Golden record of the tool-library fixture's plans: the `resources.py` that
`python -m generator all` writes for a domain the Books API does not have.

It holds what the mock does with every field, and the behaviour rules (`x-references`,
`x-default-from`, `x-numbering`, `x-status-machine`, `x-on-delete`, `x-document`) as typed
`spec_rules` values, so a change to the planner shows here as a reviewable diff. After an
intended change: `UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden` and review the diff.
"""

from __future__ import annotations

import os
import shutil

from tests.generator.support import REPO, tool_library_output

GOLDEN = REPO / "tests" / "golden" / "tool_library" / "resources.py"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def test_plans_match_golden() -> None:
    generated = tool_library_output() / "mock_server" / "resources.py"
    if UPDATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(generated, GOLDEN)
    assert GOLDEN.exists(), "no golden record yet; run with UPDATE_GOLDEN=1 and review"
    assert generated.read_bytes() == GOLDEN.read_bytes(), (
        "the tool-library plans differ from their golden record; "
        "run with UPDATE_GOLDEN=1 if intended and review the diff"
    )


def test_every_extension_is_planned() -> None:
    """The fixture exists to use all six extensions; the plans must carry each of them."""
    text = GOLDEN.read_text(encoding="utf-8")
    for planned in (
        "Reference(collection=",
        "Reference(external=",
        "DefaultFrom(",
        "Numbering(",
        "StatusMachine(",
        "OnDelete(",
        "Document(",
        "Printable(",
    ):
        assert planned in text, f"{planned} is missing from the plans"
