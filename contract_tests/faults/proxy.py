"""A reverse proxy on 127.0.0.1 that breaks the contract on purpose, one named fault at a time.

It forwards every request to the server under it (the mock) and lets the active fault change
the request, the answer, or both. Absolute URLs in answers (`uri`, `Location`, `links.next`)
are rewritten to the proxy's own origin, so clients that follow them stay behind the proxy.
`POST /_faults?name=<fault>` switches the fault (`name=` for none); `GET /_faults` lists them.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import uvicorn

from contract_tests.mock import free_port, wait_until_ready

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "host",
    "content-encoding",
}


@dataclass(frozen=True)
class Exchange:
    """A request as the proxy forwards it (header names lower-case)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    def with_json(self, data: Any) -> Exchange:
        return replace(self, body=json.dumps(data).encode())

    def with_header(self, name: str, value: str | None) -> Exchange:
        headers = {k: v for k, v in self.headers.items() if k != name.lower()}
        if value is not None:
            headers[name.lower()] = value
        return replace(self, headers=headers)

    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        if "json" not in self.content_type:
            return None
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    def set_json(self, data: Any) -> Answer:
        self.body = json.dumps(data).encode()
        return self


Forward = Callable[[Exchange], Awaitable[Answer]]
Fault = Callable[[Exchange, Forward], Awaitable[Answer]]


class FaultProxy:
    """The ASGI application: forward, let the active fault interfere, rewrite origins."""

    def __init__(self, upstream: str, faults: dict[str, Fault]) -> None:
        # Requests keep their path (`/api/v1/…`), so only the upstream's origin matters.
        parts = urlsplit(upstream)
        self.upstream = f"{parts.scheme}://{parts.netloc}"
        self.faults = faults
        self.active: str | None = None
        self.origin = ""
        self._client: httpx.AsyncClient | None = None

    async def forward(self, exchange: Exchange) -> Answer:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=30.0)
        url = self.upstream + exchange.path + (f"?{exchange.query}" if exchange.query else "")
        headers = {k: v for k, v in exchange.headers.items() if k not in HOP_BY_HOP}
        answer = await self._client.request(
            exchange.method, url, headers=headers, content=exchange.body
        )
        return Answer(
            status=answer.status_code,
            headers={
                k.lower(): v for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP
            },
            body=answer.content,
        )

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            await self.close()
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        exchange = Exchange(
            method=scope["method"],
            # Forwarded as received: percent-escapes decoded here could not be sent on.
            path=(scope.get("raw_path") or scope["path"].encode()).decode("latin-1"),
            query=scope.get("query_string", b"").decode("latin-1"),
            headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
            body=body,
        )
        if exchange.path == "/_faults":
            answer = self._control(exchange)
        else:
            answer = await self._answer(exchange)
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [
                    (k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers.items()
                ]
                + [(b"content-length", str(len(answer.body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": answer.body})

    async def _answer(self, exchange: Exchange) -> Answer:
        fault = self.faults.get(self.active) if self.active else None
        try:
            answer = await (fault(exchange, self.forward) if fault else self.forward(exchange))
        except Exception as exc:  # a broken proxy must say so, not pass for the server
            message = (
                f"fault proxy error ({self.active or 'no fault'}): {type(exc).__name__}: {exc}"
            )
            return Answer(502, {"content-type": "text/plain"}, message.encode())
        return self._rewrite(answer)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _control(self, exchange: Exchange) -> Answer:
        if exchange.method == "POST":
            name = exchange.query_params().get("name", [""])[0] or None
            if name is not None and name not in self.faults:
                return Answer(404, {"content-type": "text/plain"}, f"no fault {name!r}".encode())
            self.active = name
        listing = {"active": self.active, "faults": sorted(self.faults)}
        return Answer(200, {"content-type": "application/json"}, json.dumps(listing).encode())

    def _rewrite(self, answer: Answer) -> Answer:
        if not self.origin or self.upstream == self.origin:
            return answer
        answer.body = answer.body.replace(self.upstream.encode(), self.origin.encode())
        if "location" in answer.headers:
            answer.headers["location"] = answer.headers["location"].replace(
                self.upstream, self.origin
            )
        return answer


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class ProxyServer:
    """The proxy served by uvicorn in a background thread of the current process."""

    def __init__(self, upstream: str, faults: dict[str, Fault], port: int | None = None) -> None:
        self.app = FaultProxy(upstream, faults)
        self.port = port or free_port()
        self.app.origin = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            loop="asyncio",
            timeout_graceful_shutdown=5,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return self.app.origin + "/api/v1"

    def activate(self, name: str | None) -> None:
        if name is not None and name not in self.app.faults:
            raise KeyError(f"no fault named {name!r}")
        self.app.active = name

    def __enter__(self) -> ProxyServer:
        self.thread.start()
        wait_until_ready(self.app.origin + "/_faults", 20.0)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def run_forever(upstream: str, faults: dict[str, Fault], port: int, active: str | None) -> None:
    """Serve in the foreground (`python -m contract_tests.faults`)."""
    app = FaultProxy(upstream, faults)
    app.origin = f"http://127.0.0.1:{port}"
    app.active = active
    asyncio.run(
        uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        ).serve()
    )
