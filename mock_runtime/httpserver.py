"""The HTTP layer: uvicorn's httptools protocol with the bounds and timeouts it does not have.

uvicorn, as configured by default, reads headers of any size and count (a 48 MB header was
parsed while other clients waited), waits forever for a request that stopped halfway, and on
SIGTERM waits for every open request, so one stalled client kept the process alive. This
module bounds the request line and headers, closes connections whose headers do not arrive in
time, drops requests whose body stopped arriving when the server shuts down, and answers every
framing error it can with the catalogue's JSON error body instead of uvicorn's plain text.

It subclasses uvicorn's `HttpToolsProtocol` (uvicorn is pinned in `requirements/`); the
overridden hooks are the parser callbacks and `data_received`/`shutdown`, the documented
shape of an asyncio protocol. The body read timeout lives in the application
(`bodies.read_body`), which alone can answer it with an error body.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import httptools
import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from mock_runtime.config import READ_TIMEOUT_S
from mock_runtime.errors import (
    INVALID_PARAMETER,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    error_body,
)

# The request target. Query strings of list filters stay under 1 KiB; 8 KiB is the common
# server default (nginx's large header buffer), so real clients never meet it.
MAX_URL_BYTES = 8 * 1024
# The request line and all header lines together. Browsers send under 2 KiB, and cookies are
# not used by this API; 32 KiB keeps a hostile header from costing parse time for everyone.
MAX_HEADER_BYTES = 32 * 1024
# Header lines per request; Apache's default limit. A client of this API sends fewer than 15.
MAX_HEADER_COUNT = 100
# Seconds an idle keep-alive connection stays open: uvicorn's default, said explicitly.
KEEP_ALIVE_S = 5
# Seconds SIGTERM waits for requests in progress before cancelling them. Requests take
# milliseconds; requests whose body stalled are dropped at once (`shutdown`), so this only
# bounds the worst case, below the 5 s a test runner or container manager waits.
GRACEFUL_SHUTDOWN_S = 3
# Open connections (or requests in progress) at which uvicorn answers new requests with 503.
# The mock answers in about a millisecond, so 1,000 at once means a flood; the process may open
# far more descriptors (`ulimit -n` is 20,000 here), so this limit is reached first.
LIMIT_CONCURRENCY = 1000

_REQUEST_LINE = re.compile(rb"([!-~]{1,32}) (/[!-~]{0,8192}) HTTP/1\.[01]\r?\n")

AllowedMethods = Callable[[str], str | None]


class _OverLimit(Exception):
    """Raised inside a parser callback when the request line or headers exceed a bound."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """One connection. Class attributes are set by `protocol_class`."""

    read_timeout: float = READ_TIMEOUT_S

    @staticmethod
    def allowed_methods(path: str) -> str | None:
        """The Allow header of a path; replaced with the application's by `protocol_class`."""
        return None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_bytes = 0
        self._header_count = 0
        self._header_timer: asyncio.TimerHandle | None = None

    # ------------------------------------------------------------------ connection
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """uvicorn's own, but framing errors get the catalogue's error body and a reason."""
        if self.transport.is_closing():
            return
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._unsupported_upgrade_warning()  # no WebSocket here: served as a plain request
        except httptools.HttpParserInvalidMethodError:
            self._refuse_method(data)
        except httptools.HttpParserError as exc:
            cause = exc.__context__
            if isinstance(cause, _OverLimit):
                self._refuse(400, INVALID_PARAMETER, str(cause))
            else:  # a callback's own error (uvicorn's URL parsing) says more than the wrapper
                reason = str(cause or exc).rstrip(".") or "unreadable"
                self._refuse(
                    400, INVALID_PARAMETER, f"The request is not valid HTTP/1.1: {reason}."
                )

    def shutdown(self) -> None:
        """On SIGTERM: a request whose body never finished arriving will not finish now, so its
        connection closes at once instead of holding the shutdown until a timeout."""
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete and cycle.more_body:
            self.transport.close()
            return
        super().shutdown()

    # ------------------------------------------------------------------ parser callbacks
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0
        self._header_count = 0
        self._arm_header_timer()

    def on_url(self, url: bytes) -> None:
        if len(self.url) + len(url) > MAX_URL_BYTES:
            raise _OverLimit(f"The URL is longer than {MAX_URL_BYTES // 1024} KiB.")
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > MAX_HEADER_COUNT:
            raise _OverLimit(f"The request has more than {MAX_HEADER_COUNT} header lines.")
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()

    # ------------------------------------------------------------------ helpers
    def _count(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > MAX_HEADER_BYTES:
            raise _OverLimit(f"The request's headers exceed {MAX_HEADER_BYTES // 1024} KiB.")

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.read_timeout, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        """No answer: the request may not even have begun, and a slow client is not waited on."""
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def _refuse_method(self, data: bytes) -> None:
        """A method token the parser does not know (`FOO`, `get`): 405 with the URL's Allow,
        like a known method the URL does not take, or 404 when the URL names nothing."""
        line = _REQUEST_LINE.match(data)
        if line is None:
            self._refuse(400, INVALID_PARAMETER, "The request line is not valid HTTP/1.1.")
            return
        method = line.group(1).decode("ascii")
        path = line.group(2).decode("ascii").split("?", 1)[0]
        allow = self.allowed_methods(path)
        if allow is None:
            self._refuse(404, NOT_FOUND, f"No resource at {path}.")
        else:
            detail = f"{method} is not allowed on {path}; use {allow}."
            self._refuse(405, METHOD_NOT_ALLOWED, detail, [(b"allow", allow.encode())])

    def _refuse(
        self,
        status: int,
        error_id: int,
        detail: str,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        """Answer before the application saw the request, and close: after a framing error the
        rest of the stream cannot be trusted to start a request."""
        self._disarm_header_timer()
        body = orjson.dumps(error_body(error_id, detail))
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Bad Request')}".encode()]
        for name, value in [
            *(headers or []),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]:
            lines.append(name + b": " + value)
        self.transport.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        self.transport.close()


_REASONS = {400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}


def protocol_class(
    read_timeout: float, allowed_methods: AllowedMethods
) -> type[BoundedHttpToolsProtocol]:
    """The protocol with this run's read timeout and the application's Allow lookup."""
    return type(
        "MockHttpProtocol",
        (BoundedHttpToolsProtocol,),
        {"read_timeout": read_timeout, "allowed_methods": staticmethod(allowed_methods)},
    )


def server_config(
    app: Any, host: str, port: int, read_timeout: float, allowed: AllowedMethods
) -> uvicorn.Config:
    """uvicorn's settings, every limit and timeout said explicitly."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http=protocol_class(read_timeout, allowed),
        ws="none",
        access_log=False,
        log_level="warning",
        lifespan="on",
        workers=1,
        server_header=False,
        date_header=False,
        proxy_headers=False,  # a local mock: the peer is the client
        timeout_keep_alive=KEEP_ALIVE_S,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        limit_concurrency=LIMIT_CONCURRENCY,
        # only read by uvicorn's h11 protocol; said here so a switch to h11 keeps the bound
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
    )
