"""The write-effect checks' shared rules: where objects are read back and how values compare."""

from __future__ import annotations

from contract_tests.checks._writes import differences, read_path, read_url
from contract_tests.spec import Spec, load_document
from tests.contract.standin_server import SPEC_PATH

SPEC = Spec(load_document(SPEC_PATH))


def test_decimals_dates_and_extra_fields_compare_as_the_spec_means() -> None:
    sent = {"amount": "10.5", "at": "2026-01-01T10:00:00Z", "n": 2, "lines": [{"q": "1"}]}
    read = {
        "amount": "10.50",
        "at": "2026-01-01T10:00:00+00:00",
        "n": 2.0,
        "lines": [{"q": "1.000", "computed": "x"}],
        "uri": "http://h/x/1",
    }
    assert differences(sent, read, "", set()) == []


def test_every_departure_is_named_with_its_path() -> None:
    found = differences({"a": "x", "b": [1, 2], "c": True, "w": 1}, {"a": "y", "b": [1]}, "", {"w"})
    assert found == [
        "/a: sent 'x', read 'y'",
        "/b: sent 2 entries, read [1]",
        "/c: sent True, the field is missing",
    ]


def test_a_boolean_is_not_a_number() -> None:
    assert differences({"a": True}, {"a": 1}, "", set()) != []


def test_items_are_read_at_their_path_and_actions_at_their_parent() -> None:
    paths = {path for path in SPEC.document["paths"]}
    item = next(p for p in paths if p.endswith("}") and SPEC.operation("get", p))
    assert read_path(SPEC, "PUT", item) == item
    assert read_path(SPEC, "POST", item + "/cancel") == item
    assert read_path(SPEC, "POST", item.rsplit("/", 1)[0]) is None  # a create
    assert read_url("http://h/api/v1/x/7/cancel?q=1", "/x/{id}/cancel", "/x/{id}") == (
        "http://h/api/v1/x/7"
    )


def test_a_write_only_input_waives_the_defaults_it_stands_for() -> None:
    from contract_tests.checks._writes import left_out_defaults

    defaulted = {"quantity": "1", "active": True}
    assert left_out_defaults({"name": "x"}, defaulted, {"quantity_with_unit"}) == defaulted
    assert (
        left_out_defaults({"quantity_with_unit": "2 pcs"}, defaulted, {"quantity_with_unit"}) == {}
    )
