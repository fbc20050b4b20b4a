"""Reading a request body: the timer of a pause is armed only when the client makes one wait.

`bodies.read_body` takes a message that is already there without `asyncio.timeout`; these run it
with ASGI `receive` functions that answer at once, after a short wait, or never.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from mock_runtime.bodies import read_body
from mock_runtime.errors import MALFORMED_BODY, ApiError


def _messages(*parts: bytes, pause: float = 0.0) -> tuple[Any, list[str]]:
    """A `receive` that hands out `parts` (each after `pause` seconds when one is given), and
    a log of what happened to it."""
    log: list[str] = []
    remaining = list(parts)

    async def receive() -> dict[str, Any]:
        try:
            if pause:
                await asyncio.sleep(pause)
            body = remaining.pop(0)
            log.append("sent")
            return {"type": "http.request", "body": body, "more_body": bool(remaining)}
        except asyncio.CancelledError:
            log.append("cancelled")
            raise

    return receive, log


def test_a_body_already_there_is_read_whole() -> None:
    receive, log = _messages(b'{"a"', b": 1}")
    assert asyncio.run(read_body(receive, None, 1024, 1.0)) == b'{"a": 1}'
    assert log == ["sent", "sent"]


def test_a_body_that_comes_in_time_is_waited_for() -> None:
    receive, log = _messages(b"[1,", b"2]", pause=0.01)
    assert asyncio.run(read_body(receive, None, 1024, 1.0)) == b"[1,2]"
    assert log == ["sent", "sent"]


def test_a_stalled_body_is_refused_and_its_wait_cancelled() -> None:
    receive, log = _messages(b"[1,", b"2]", pause=5.0)
    with pytest.raises(ApiError) as caught:
        asyncio.run(read_body(receive, None, 1024, 0.05))
    assert caught.value.error_id == MALFORMED_BODY
    assert "nothing came for 0.05 s" in caught.value.detail
    assert log == ["cancelled"]  # the timeout reached the receive that was waiting


def test_a_cancelled_request_cancels_the_wait() -> None:
    receive, log = _messages(b"[]", pause=5.0)

    async def cancel_soon() -> None:
        task = asyncio.create_task(read_body(receive, None, 1024, 10.0))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancel_soon())
    assert log == ["cancelled"]
