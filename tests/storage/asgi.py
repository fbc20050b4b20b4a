"""Requests straight into a `MockApp` (no socket): several app instances on one store file
stand for several processes, in one test process."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import orjson

from mock_runtime.app import MockApp

KEY_1 = "demo-key-1"
FIXED_NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)


def pin_clock(app: MockApp) -> MockApp:
    """Dates and times the same in every run, so answers compare byte for byte."""
    app.writer.clock = lambda: FIXED_NOW
    return app


def call(
    app: MockApp,
    method: str,
    path: str,
    body: Any = None,
    key: str | None = KEY_1,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any, dict[str, str]]:
    """(status, JSON body or None, headers) of one request."""
    path, _, query = ("/api/v1" + path).partition("?")
    data = b"" if body is None else orjson.dumps(body)
    sent = [(b"host", b"127.0.0.1:4010")]
    if key is not None:
        sent.append((b"x-api-key", key.encode()))
    if body is not None:
        sent += [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(data)).encode()),
        ]
    for name, value in (headers or {}).items():
        sent.append((name.lower().encode(), value.encode()))
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query.encode(),
        "headers": sent,
        "scheme": "http",
        "server": ("127.0.0.1", 4010),
    }
    out: list[dict[str, Any]] = []
    chunks = [{"type": "http.request", "body": data, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        out.append(message)

    asyncio.run(app(scope, receive, send))
    status = out[0]["status"]
    got = {k.decode(): v.decode() for k, v in out[0]["headers"]}
    raw = out[1]["body"]
    return status, orjson.loads(raw) if raw and "json" in got.get("content-type", "") else None, got
