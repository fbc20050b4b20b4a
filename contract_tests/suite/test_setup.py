"""What the run needs from its settings: a missing second key is a visible skip."""

from __future__ import annotations

import pytest

from contract_tests.session import current_settings


def test_second_key_for_account_isolation() -> None:
    if not current_settings().api_key_2:
        pytest.skip(
            "account_isolation skipped: API_KEY_2 is not set. Pass a key of a second account "
            "(API_KEY_2=…) to check that one account cannot see another's data."
        )
