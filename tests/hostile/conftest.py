"""A real mock server for the hostile-input corpus, its log kept apart so that the suite can
assert what it must never contain (tracebacks, 5xx), and raw-socket helpers: most cases here are
requests an HTTP client library would refuse to send."""

from __future__ import annotations

import contextlib
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mock.conftest import (  # mock_package: the session fixture, shared
    Server,
    mock_package,  # noqa: F401
    start_server,
    stop_server,
)

# Seconds the corpus server waits for headers or a stalled body: short, so the stall cases of
# the corpus take a second each rather than the default ten.
READ_TIMEOUT_S = 1


@dataclass(frozen=True)
class Answer:
    status: int  # 0: the connection closed without an answer
    headers: dict[str, str]
    body: bytes


def address(server: Server) -> tuple[str, int]:
    host, port = server.url.split("//", 1)[1].split("/", 1)[0].split(":")
    return host, int(port)


def exchange(server: Server, request: bytes, *, head: bool = False, wait: float = 10) -> Answer:
    """Send bytes as they are and read one answer. The server is trusted to close the
    connection after it (the corpus sends `Connection: close`, framing errors close)."""
    with socket.create_connection(address(server), timeout=wait) as sock:
        # the server may answer and close while a huge request is still being sent
        with contextlib.suppress(OSError):
            sock.sendall(request)
        data = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
                if head and b"\r\n\r\n" in data:
                    break
        except ConnectionResetError:
            pass
    return parse_answer(data)


def parse_answer(data: bytes) -> Answer:
    if not data:
        return Answer(0, {}, b"")
    while re.match(rb"HTTP/1\.[01] 1\d\d ", data):  # interim answers (100 Continue)
        data = data.partition(b"\r\n\r\n")[2]
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status_line = re.match(rb"HTTP/1\.[01] (\d{3})", lines[0])
    assert status_line, f"not an HTTP answer: {data[:200]!r}"
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return Answer(int(status_line.group(1)), headers, body)


@pytest.fixture(scope="module")
def hostile_server(
    mock_package: Path,  # noqa: F811 - the fixture imported above
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("hostile") / "server.log"
    running = start_server(
        mock_package, log, "--no-rate-limit", "--read-timeout", str(READ_TIMEOUT_S)
    )
    yield running
    stop_server(running)
