"""Requests as `curl` lines a reader can paste, with the API keys left as `$API_KEY` references.

A failure report is read in CI logs; printing the staging key there would leak it, and a line
that expands `$API_KEY` from the reader's own shell is just as runnable.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping

# Headers a transport adds on its own; they only make the line longer.
_NOISE = {
    "user-agent",
    "accept-encoding",
    "connection",
    "content-length",
    "x-schemathesis-testcaseid",
}
_SECRET_ENV = ("API_KEY", "API_KEY_2")


def curl_line(
    method: str, url: str, headers: Mapping[str, str], body: bytes | str | None = None
) -> str:
    parts = ["curl", "-X", method.upper(), shlex.quote(url)]
    for name, value in headers.items():
        if name.lower() in _NOISE:
            continue
        parts += ["-H", _header_argument(name, value)]
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        parts += ["--data-raw", shlex.quote(text)]
    return " ".join(parts)


def _header_argument(name: str, value: str) -> str:
    for env in _SECRET_ENV:
        secret = os.environ.get(env)
        if secret and secret in value:
            # Double quotes so that the reader's shell expands the reference.
            escaped = (
                value.replace("\\", "\\\\")
                .replace('"', '\\"')
                .replace("$", "\\$")
                .replace("`", "\\`")
            )
            return '"' + f"{name}: {escaped}".replace(secret.replace("$", "\\$"), "$" + env) + '"'
    return shlex.quote(f"{name}: {value}")
