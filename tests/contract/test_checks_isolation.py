"""account_isolation: passes when the second account gets 404, fails when it sees the object."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests.checks._failures import IsolationBreach
from contract_tests.checks.isolation import account_isolation, same_object
from tests.contract.conftest import KEY_1, Standin, context, make_case, send_to

pytestmark = pytest.mark.server


def test_an_object_invisible_to_the_other_account_passes(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = send_to(standin, "POST", "/widgets", {"name": "Mine"})
    assert (
        account_isolation(context(schema), response, make_case(schema, "POST", "/widgets")) is None
    )


def test_an_object_the_other_account_can_read_fails(
    schema: schemathesis.BaseSchema, standin: Standin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "API_KEY_2", KEY_1
    )  # both "accounts" are one: the server leaks by construction
    response = send_to(standin, "POST", "/widgets", {"name": "Mine"})
    with pytest.raises(IsolationBreach, match="returned \\(200\\) to API_KEY_2") as raised:
        account_isolation(context(schema), response, make_case(schema, "POST", "/widgets"))
    assert '"X-API-Key: $API_KEY"' in str(
        raised.value
    )  # the probe line names the key, not its value


def test_without_a_second_key_it_does_nothing(
    schema: schemathesis.BaseSchema, standin: Standin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("API_KEY_2")
    response = send_to(standin, "POST", "/widgets", {"name": "Mine"})
    assert (
        account_isolation(context(schema), response, make_case(schema, "POST", "/widgets")) is True
    )


def test_same_object_needs_same_ids_and_same_client_data() -> None:
    mine = {"widget_id": 5, "uri": "u5", "name": "Mine", "size": 3}
    assert same_object(mine, dict(mine))
    assert not same_object(mine, {**mine, "name": "Theirs"})  # another account's object 5
    assert not same_object(mine, {**mine, "widget_id": 6})
