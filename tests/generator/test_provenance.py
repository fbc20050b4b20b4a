from generator.load.spec import load_spec
from generator.provenance import provenance, to_json
from tests.generator.support import MINI_SPEC


def test_provenance_is_stable_and_has_no_timestamp() -> None:
    tree = load_spec(MINI_SPEC)
    first = to_json(provenance(tree, ["client"]))
    assert first == to_json(provenance(load_spec(MINI_SPEC), ["client"]))
    record = provenance(tree, ["client"])
    assert record["spec"]["files"] == len(tree.files)
    assert len(record["spec"]["sha256"]) == 64
    assert set(record["tools"]) == {"openapi-python-client", "ruff", "python"}
    assert record["tools"]["openapi-python-client"] == "0.29.1"
    assert "time" not in first and "date" not in first
