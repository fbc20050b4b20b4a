"""Reproduction lines are runnable and never print the API keys."""

from __future__ import annotations

import shlex

from contract_tests.curl import curl_line


def test_keys_become_environment_references() -> None:
    line = curl_line(
        "GET", "http://h/api/v1/x?a=1", {"X-API-Key": "standin-key-1", "Accept": "*/*"}
    )
    assert "standin-key-1" not in line
    assert '"X-API-Key: $API_KEY"' in line
    assert shlex.split(line)[:4] == ["curl", "-X", "GET", "http://h/api/v1/x?a=1"]


def test_bodies_are_quoted_for_the_shell() -> None:
    line = curl_line(
        "POST", "http://h/x", {"Content-Type": "application/json"}, b'{"name": "it\'s"}'
    )
    assert shlex.split(line)[-1] == '{"name": "it\'s"}'
