"""`python -m contract_tests proxy`: judge live traffic with the suite's checks.

Put it between any client (an app under development, a partner's integration test, a
browser) and a server: every request is forwarded unchanged and its answer returned
unchanged, and each exchange is judged by the checks a passive observer can run (schema,
status, headers, totals, error catalogue, XML mapping, read-backs by GET). Checks that would
send writes of their own (read-only probes, credential probes, PUT probes, ignored_auth) or
that need generated cases (negative and positive data, unsupported methods, stateful) are
off: a proxy must never change what the client's traffic does. Findings are printed as they
happen; the report is written when the proxy stops (Ctrl-C).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
import schemathesis
import uvicorn
from schemathesis import Response
from schemathesis.core.failures import FailureGroup

from contract_tests.config import Focus
from contract_tests.faults.proxy import Answer, Exchange, FaultProxy
from contract_tests.recording import RECORDER, format_findings
from contract_tests.settings import RunSettings

# What an observer can judge without sending writes of its own.
PASSIVE_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "totals_arithmetic",
    "location_points_at_created",
    "list_paging_consistent",
    "error_body_in_catalogue",
    "rate_limit_headers_coherent",
    "xml_matches_mapping",
    "create_keeps_sent_fields",
    "delete_removes_object",
)
_PARAMETER = re.compile(r"\{([^}]+)\}")


class Judge:
    """Turns one forwarded exchange into a schemathesis case and response, and checks it."""

    def __init__(self, schema: schemathesis.BaseSchema, upstream: str) -> None:
        self.schema = schema
        self.upstream = upstream.rstrip("/")
        self.base_path = urlsplit(self.upstream).path.rstrip("/")
        self.unknown: set[str] = set()

    def judge(self, exchange: Exchange, answer: Answer) -> str:
        """The findings of this exchange, formatted ('' when there are none)."""
        path = exchange.path.split("?")[0]
        if not path.startswith(self.base_path):
            return ""
        relative = path[len(self.base_path) :] or "/"
        find = getattr(self.schema, "find_operation_by_path", None)
        operation = find(exchange.method, relative) if find is not None else None
        if operation is None:
            self.unknown.add(f"{exchange.method} {relative}")
            return ""
        case = operation.Case(
            path_parameters=_path_parameters(operation.path, relative),
            query={k: v[0] if len(v) == 1 else v for k, v in parse_qs(exchange.query).items()},
            headers={k: v for k, v in exchange.headers.items() if k not in ("host",)},
            **_body(exchange),
        )
        url = self.upstream + relative + (f"?{exchange.query}" if exchange.query else "")
        sent = requests.Request(
            exchange.method, url, headers=exchange.headers, data=exchange.body or None
        ).prepare()
        response = Response(
            status_code=answer.status,
            headers={k: [v] for k, v in answer.headers.items()},
            content=answer.body,
            request=sent,
            elapsed=0.0,
            verify=True,
        )
        with contextlib.suppress(FailureGroup):
            case.validate_response(response, headers=dict(exchange.headers))
        found = RECORDER.take_current()
        return format_findings(found) if found else ""


def _path_parameters(template: str, path: str) -> dict[str, Any]:
    pattern = (
        "^"
        + _PARAMETER.sub(
            r"(?P<\1>[^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")
        )
        + "$"
    )
    match = re.match(pattern, path)
    if match is None:
        return {}
    return {k: int(v) if v.isdigit() else v for k, v in match.groupdict().items()}


def _body(exchange: Exchange) -> dict[str, Any]:
    if not exchange.body:
        return {}
    media_type = exchange.headers.get("content-type", "").split(";")[0].strip()
    data = exchange.json()
    return {"body": data if data is not None else exchange.body, "media_type": media_type}


class LiveProxy(FaultProxy):
    """Forwards unchanged (no fault, no rewriting) and judges every exchange."""

    def __init__(self, upstream: str, judge: Judge) -> None:
        super().__init__(upstream, {})
        self.judge = judge

    async def _answer(self, exchange: Exchange) -> Answer:
        answer = await self.forward(exchange)
        findings = await asyncio.to_thread(self.judge.judge, exchange, answer)
        if findings:
            print(findings, flush=True)
        return answer


def build(upstream: str) -> LiveProxy:
    """The proxy app for `upstream` (…/api/v1), with the schema and checks of the suite."""
    from contract_tests.session import load_schema

    os.environ.setdefault("API_KEY", "")
    os.environ["BASE_URL"] = upstream
    settings = replace(
        RunSettings.from_env(), base_url=upstream, focus=Focus(checks=PASSIVE_CHECKS)
    )
    schema = load_schema(settings)
    return LiveProxy(upstream, Judge(schema, upstream))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests proxy",
        description="Forward traffic to a server unchanged and judge every exchange.",
    )
    parser.add_argument("--upstream", required=True, help="the server, e.g. http://host/api/v1")
    parser.add_argument("--port", type=int, default=4020, help="port to listen on (127.0.0.1)")
    args = parser.parse_args(argv)
    app = build(args.upstream)
    print(f"judging traffic to {args.upstream} at http://127.0.0.1:{args.port}", file=sys.stderr)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")
    from contract_tests.report import text_summary

    print(text_summary(RECORDER.results))
    return 0 if RECORDER.results.ok else 1
