"""Extra requests some checks send (re-reads, credential and isolation probes), kept bounded.

Probes reuse the request schemathesis actually sent (`response.request`), changing only what
the rule is about, so a probe failure points at the rule and nothing else.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from schemathesis import Response

from contract_tests.budget import may_probe, paced
from contract_tests.curl import curl_line

TIMEOUT = httpx.Timeout(15.0)
CREDENTIAL_HEADERS = ("x-api-key", "authorization", "cookie")


@dataclass(frozen=True)
class SentRequest:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None

    @classmethod
    def of(cls, response: Response) -> SentRequest:
        request = response.request
        raw = request.body
        body = raw.encode("utf-8") if isinstance(raw, str) else raw
        return cls(
            method=str(request.method),
            url=str(request.url),
            headers={str(k): str(v) for k, v in request.headers.items()},
            body=body if isinstance(body, bytes) and body else None,
        )

    def json_body(self) -> Any:
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def replace(
        self,
        *,
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        drop_body: bool = False,
    ) -> SentRequest:
        return SentRequest(
            method=method or self.method,
            url=url or self.url,
            headers=dict(headers) if headers is not None else dict(self.headers),
            body=None if drop_body else (body if body is not None else self.body),
        )

    def without_credentials(self) -> SentRequest:
        headers = {k: v for k, v in self.headers.items() if k.lower() not in CREDENTIAL_HEADERS}
        return self.replace(headers=headers)

    def with_header(self, name: str, value: str) -> SentRequest:
        headers = {k: v for k, v in self.headers.items() if k.lower() != name.lower()}
        headers[name] = value
        return self.replace(headers=headers)

    def with_json(self, data: Any) -> SentRequest:
        headers = {
            k: v
            for k, v in self.headers.items()
            if k.lower() not in ("content-length", "content-type")
        }
        headers["Content-Type"] = "application/json"
        return self.replace(headers=headers, body=json.dumps(data).encode("utf-8"))

    def curl(self) -> str:
        return curl_line(self.method, self.url, self.headers, self.body)


@dataclass(frozen=True)
class ProbeResult:
    request: SentRequest
    status: int
    headers: dict[str, str]
    content: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.content)
        except ValueError:
            return None

    def describe(self) -> str:
        body = self.content[:300].decode("utf-8", "replace")
        return f"{self.status} {body}".strip()


_CLIENT: httpx.Client | None = None
_LOCK = threading.Lock()


def _client() -> httpx.Client:
    global _CLIENT
    with _LOCK:
        if _CLIENT is None:
            _CLIENT = httpx.Client(timeout=TIMEOUT, follow_redirects=False)
        return _CLIENT


def close() -> None:
    """Close the probes' connection pool (at the end of a run)."""
    global _CLIENT
    with _LOCK:
        if _CLIENT is not None:
            _CLIENT.close()
            _CLIENT = None


def send(request: SentRequest) -> ProbeResult:
    headers = {
        k: v for k, v in request.headers.items() if k.lower() not in ("content-length", "host")
    }

    def once() -> tuple[int, dict[str, str], object]:
        sent = _client().request(request.method, request.url, headers=headers, content=request.body)
        return sent.status_code, dict(sent.headers), sent

    answer = paced(once, probe=True)
    assert isinstance(answer, httpx.Response)
    return ProbeResult(
        request=request,
        status=answer.status_code,
        headers={k.lower(): v for k, v in answer.headers.items()},
        content=answer.content,
    )


def get(url: str, headers: Mapping[str, str]) -> ProbeResult:
    return send(SentRequest("GET", url, dict(headers), None))


def response_json(response: Response) -> Any:
    """The JSON body of a response, or None when it has none (checks that need JSON skip)."""
    content_type = response.headers.get("content-type", [""])[0]
    if "json" not in content_type or not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def header(response: Response, name: str) -> str | None:
    values = response.headers.get(name.lower())
    return values[0] if values else None


def same_origin(url: str, other: str) -> bool:
    """Probes only follow URLs of the server under test, never another host a body names."""
    first, second = urlsplit(url), urlsplit(other)
    return (first.scheme, first.netloc) == (second.scheme, second.netloc)


def second_key() -> str | None:
    return os.environ.get("API_KEY_2") or None


class Budget:
    """How many probes each check may still send per operation in this run (none, in budget
    mode, while the requests left are needed for success paths not reached yet)."""

    def __init__(self) -> None:
        self._used: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def take(self, check: str, operation: str, limit: int) -> bool:
        with self._lock:
            if self._used[check, operation] >= limit or not may_probe():
                return False
            self._used[check, operation] += 1
            return True

    def used(self, check: str, operation: str) -> int:
        with self._lock:
            return self._used[check, operation]

    def reset(self) -> None:
        with self._lock:
            self._used.clear()


BUDGET = Budget()
