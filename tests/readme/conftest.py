"""The real mock fixtures of tests/mock, for the README's snippets."""

from tests.mock.conftest import mock_package, server

__all__ = ["mock_package", "server"]
