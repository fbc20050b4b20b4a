"""The rate limit is one budget per key across every process on a PostgreSQL store: requests
spread over two processes count together, so the one after the limit is refused (429 with the
catalogue's rate-limit id) whichever process it reaches.
"""

from __future__ import annotations

import pytest

from mock_runtime.errors import RATE_LIMITED
from tests.storage.conftest import POSTGRES, Starter
from tests.storage.spec_cases import plain_collection

pytestmark = pytest.mark.server

LIMIT = 20
KEY = ("rate-shared-key",)


@POSTGRES
def test_two_processes_share_one_rate_limit(store: str, mocks: Starter) -> None:
    servers = [mocks(store, keys=KEY, rate_limit=LIMIT) for _ in range(2)]
    path = plain_collection().path
    clients = [server.client() for server in servers]
    try:
        for number in range(1, LIMIT + 1):
            answer = clients[number % 2].get(path)
            assert answer.status_code == 200, f"request {number}: {answer.text}"
            assert answer.headers["X-RateLimit-Limit"] == str(LIMIT)
            assert answer.headers["X-RateLimit-Remaining"] == str(LIMIT - number), number
        for client in clients:  # the next one is refused by either process
            refused = client.get(path)
            assert refused.status_code == 429, refused.text
            body = refused.json()
            assert body["error_id"] == RATE_LIMITED and body["status"] == 429
            assert int(refused.headers["Retry-After"]) > 0
    finally:
        for client in clients:
            client.close()
