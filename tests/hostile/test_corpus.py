"""The hostile-input corpus against a real mock server over real sockets.

Every case must get exactly its expected status and catalogue id; no answer may be a 5xx; the
server must still answer afterwards; its log must hold no traceback.
"""

from __future__ import annotations

import json

import pytest

from tests.hostile.conftest import Answer, exchange
from tests.hostile.corpus import CLOSED, HTTP, NO_ID, Case, all_cases, post_client, request
from tests.mock.conftest import Server

pytestmark = pytest.mark.server

CASES = all_cases()
MIN_CASES = 150


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= MIN_CASES, len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(hostile_server: Server, case: Case) -> None:
    answer = exchange(hostile_server, case.request, head=case.head)
    assert answer.status < 500, _explain(case, answer)
    assert answer.status == case.status, _explain(case, answer)
    if case.layer == CLOSED or case.head:
        assert answer.body == b""
        return
    if case.error_id == NO_ID:
        return
    assert answer.headers.get("content-type", "").startswith("application/json"), _explain(
        case, answer
    )
    body = json.loads(answer.body)
    assert body["error_id"] == case.error_id, _explain(case, answer)
    assert body["status"] == case.status
    if case.status == 405:
        assert answer.headers.get("allow"), "405 without Allow"
    if case.layer == HTTP:
        assert answer.headers.get("connection") == "close"


def test_whole_floats_come_back_as_integers(hostile_server: Server) -> None:
    """`30.0` in an integer field is stored as 30 and written `30` in JSON and XML."""
    made = exchange(hostile_server, post_client(b'{"name": "floaty", "payment_term_days": 30.0}'))
    assert made.status == 201 and b'"payment_term_days":30,' in made.body, made.body
    receipt = exchange(
        hostile_server,
        request(
            "POST",
            "/api/v1/receipts",
            json.dumps(
                {
                    "layout_id": 8001.0,
                    "tax_included": "no",
                    "items": [
                        {"description": "k", "quantity": "1", "amount": "1.00", "tax_rate": "21"}
                    ],
                }
            ).encode(),
            headers=[(b"Accept", b"application/xml")],
        ),
    )
    assert receipt.status == 201, receipt.body
    assert b"<layout_id>8001</layout_id>" in receipt.body


def test_server_still_answers_and_log_is_clean(hostile_server: Server) -> None:
    """Runs after the corpus (file order): the process is alive, answers, logged no traceback."""
    answer = exchange(
        hostile_server,
        b"GET /api/v1/clients/1001 HTTP/1.1\r\nHost: a\r\nX-API-Key: demo-key-1\r\n"
        b"Connection: close\r\n\r\n",
    )
    assert answer.status == 200
    assert hostile_server.process.poll() is None
    log = hostile_server.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
    errors = [line for line in log.splitlines() if line.startswith(("ERROR", "CRITICAL"))]
    assert not errors, errors[:10]  # a self-check violation or an unexpected failure


def _explain(case: Case, answer: Answer) -> str:
    return (
        f"{case.name}: expected {case.status}/{case.error_id} ({case.layer}), got "
        f"{answer.status} {answer.body[:300]!r}"
    )
