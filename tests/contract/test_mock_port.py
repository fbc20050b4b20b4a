"""`--mock-port`: the mock the suite starts for itself listens where it is told (`make
contract-test PORT=...`), so it can sit beside other servers on known ports."""

from __future__ import annotations

import pytest

from contract_tests.cli import _parser
from contract_tests.mock import MockServer, free_port


def test_option_is_parsed() -> None:
    assert _parser().parse_args(["--mock-port", "4123"]).mock_port == 4123
    assert _parser().parse_args([]).mock_port is None


@pytest.mark.server
def test_mock_listens_on_the_given_port() -> None:
    port = free_port()
    with MockServer(port=port) as mock:
        assert mock.base_url == f"http://127.0.0.1:{port}/api/v1"
