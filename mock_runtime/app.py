"""The ASGI application: one request through authentication, rate limit, routing, validation,
the handler, the optional self-check, and out with the rate-limit headers.

Raw ASGI on purpose: a framework doubles the cost of a request. Everything is precompiled in
`loader`; per request there are dict lookups, one regex match and the validators' calls. No
input can make this raise out of `__call__`: the last resort is a logged 500 (899).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from mock_runtime import negotiate, params
from mock_runtime.actions import Actions
from mock_runtime.auth import Authenticator, select_account
from mock_runtime.bodies import parse_body, read_body
from mock_runtime.call import Call, Reply
from mock_runtime.config import Config
from mock_runtime.errors import (
    ACCESS_DENIED,
    AUTHORIZATION_INVALID,
    MALFORMED_BODY,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    SERVICE_UNAVAILABLE,
    UNKNOWN_ERROR,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    error_body,
)
from mock_runtime.examples_mode import ExamplesMode
from mock_runtime.fill import Writer
from mock_runtime.formats import content_type
from mock_runtime.handlers import Handlers
from mock_runtime.loader import Package, load_package
from mock_runtime.plans import compile_plans
from mock_runtime.ratelimit import MAX_SHOWN, RateLimiter
from mock_runtime.routing import Route
from mock_runtime.selfcheck import SelfCheck
from mock_runtime.storage import Store, StoreError, open_store, seeder_and_numbers, shared_counter
from mock_runtime.storage.counters import Count, SharedRateLimiter
from mock_runtime.xmlcodec import XmlCodec
from spec_rules.types import RateLimit

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

log = logging.getLogger("mock_runtime")
_READS = frozenset({"GET", "HEAD"})
ADMIN_PREFIX = "/_admin/"
MAX_ACCOUNT = 2147483647
_HOST = re.compile(r"(?:[A-Za-z0-9.\-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")


def _limiter(config: Config, declared: RateLimit | None, shared: Count | None) -> RateLimiter:
    """The spec's rate limit (`x-rate-limit`), or the one `--rate-limit` asks for; with neither,
    keys are not limited (the headers still tell the count). `shared`: counted in the store,
    for every process that uses it. `--rate-window` shortens the declared minute for tests; the
    limit per window stays."""
    if config.rate_limit is not None:
        args: tuple[int, bool, int | None, int | None] = (
            config.rate_limit,
            config.enforce_rate_limit,
            None,
            None,
        )
    elif declared is None:
        args = (MAX_SHOWN, False, None, None)
    else:
        args = (
            declared.per_minute,
            config.enforce_rate_limit,
            declared.daily_threshold,
            declared.reduced_per_minute,
        )
    limit, enforce, threshold, reduced = args
    window = config.rate_window
    if shared is not None:
        return SharedRateLimiter(
            shared, limit, enforce, daily_threshold=threshold, reduced=reduced, window=window
        )
    return RateLimiter(limit, enforce, daily_threshold=threshold, reduced=reduced, window=window)


class MockApp:
    def __init__(
        self, config: Config, package: Package | None = None, store: Store | None = None
    ) -> None:
        self.config = config
        self.package = package or load_package(config.package)
        pkg = self.package
        self.prefix = pkg.prefix
        self.auth = Authenticator(config)
        plans = compile_plans(pkg.resources)
        if store is None:
            seeder, numbers = seeder_and_numbers(pkg, plans)
            store = open_store(config.store, seeder=seeder, number_fields=numbers)
        self.store = store
        self.limiter = _limiter(config, pkg.rate_limit, shared_counter(store, config.workers))
        self._admin = f"Bearer {config.admin_token}".encode() if config.admin_token else None
        self.writer = Writer(plans, pkg.schemas, max_objects=config.max_objects)
        self.xml = XmlCodec(pkg.schemas.document)
        self.handlers = Handlers(
            plans,
            self.writer,
            pkg.schemas,
            self.xml,
            pkg.examples,
            pkg.list_envelope,
            pkg.bulk_report,
        )
        self.actions = Actions(self.handlers)
        self.examples = ExamplesMode(pkg, config.seed) if config.mode == "examples" else None
        self.checker = SelfCheck(pkg) if config.self_check else None
        self._bases: dict[tuple[str, bytes], str] = {}
        h = self.handlers
        self._dispatch: dict[str, Callable[[Call], Reply]] = {
            "list": h.list_page,
            "read": h.read,
            "create": h.create,
            "replace": h.replace,
            "update": h.update,
            "delete": h.delete,
            "bulk": h.bulk,
            "action": self.actions.run,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            try:
                await self._http(scope, receive, send)
            except asyncio.CancelledError:
                await _cancelled(send)
        elif kind == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        rate = self.limiter.anonymous
        route: Route | None = None
        try:
            raw_headers: list[tuple[bytes, bytes]] = scope["headers"]
            headers: dict[bytes, bytes] = dict(raw_headers)
            if len(headers) != len(raw_headers):
                _refuse_doubled(raw_headers)
            if scope["path"].startswith(ADMIN_PREFIX):  # before authentication: not the API's
                reply = self._admin_call(scope, headers)
                await _send(send, reply, [])
                return
            identity = self.auth.identify(headers.get(b"x-api-key"), headers.get(b"authorization"))
            try:
                rate = self.limiter.hit(identity.rate_key, identity.default_account)
            except ApiError as error:
                rate = [h for h in error.headers if h[0] != b"retry-after"]
                error.headers = [h for h in error.headers if h[0] == b"retry-after"]
                raise
            path: str = scope["path"]
            if not path.startswith(self.prefix):
                raise ApiError(
                    NOT_FOUND, f"No resource at {path}; the API lives below {self.prefix}."
                )
            route, raw = self.package.router.match(scope["method"], path[len(self.prefix) :] or "/")
            if b"transfer-encoding" in headers:
                _check_transfer_coding(raw_headers)
            header_values = params.header_values(route, headers)
            path_values = params.path_values(route, raw)
            base = self._base(scope, headers)
            number = select_account(identity, header_values.get("X-Account-Id"))
            raw_query: bytes = scope["query_string"]
            query = params.query_values(route, raw_query)
            media = negotiate.choose(route.produces, headers.get(b"accept"), query.get("format"))
            if route.request_media:
                _check_content_coding(headers.get(b"content-encoding"))
            data = await read_body(
                receive,
                headers.get(b"content-length"),
                self.config.max_body,
                self.config.read_timeout,
            )
            body = parse_body(
                route, self.package.schemas, self.xml, headers.get(b"content-type"), data
            )
            call = Call(
                route,
                None,
                path_values,
                query,
                body,
                media,
                base,
                raw_query,
                headers.get(b"prefer"),
            )
            if self.examples is not None:
                reply = self.examples.answer(call)
            elif scope["method"] in _READS:
                call.account = self.store.read(number, base)
                if route.kind == "rendition":
                    # Read on the loop; laid out in a worker thread, since a PDF of many lines
                    # takes seconds and must not stall every other request.
                    copy = self.handlers.printable(call)
                    reply = await asyncio.to_thread(self.handlers.render, call, 200, copy)
                else:
                    reply = self._dispatch[route.kind](call)
            else:
                reply = self._write(call, number, base)
        except ApiError as error:
            reply = Reply(
                error.status, body=error.body(), media="application/json", headers=error.headers
            )
        except StoreError as error:  # busy or unreachable: the client may retry
            log.warning("store: %s", error)
            reply = _unavailable("The mock's store is busy or unreachable; retry shortly.")
        except Exception:  # the last resort: never let a request take the server down
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            reply = Reply(
                500,
                body=error_body(UNKNOWN_ERROR, "The mock failed unexpectedly; see its log."),
                media="application/json",
            )
        if self.checker is not None:
            reply = self.checker.check(route, reply, rate)
        if self.config.latency_ms:
            await asyncio.sleep(self.config.latency_ms / 1000)
        await _send(send, reply, rate)

    def _write(self, call: Call, number: int, base: str) -> Reply:
        """A changing request, inside the store's write transaction: answered only once what
        it changed is committed. A refused request (ApiError) keeps what it changed before
        the refusal, as the in-memory accounts always did; anything else writes nothing."""
        store = self.store
        account = call.account = store.begin(number, base)
        try:
            reply = self._dispatch[call.route.kind](call)
        except ApiError:
            store.commit(account)
            raise
        except BaseException:
            store.abort(number)
            raise
        store.commit(account)
        return reply

    def _admin_call(self, scope: Scope, headers: dict[bytes, bytes]) -> Reply:
        """`POST /_admin/accounts/{account}/reset` with the admin token: the account back to
        its seed data in every process of the store (204)."""
        try:
            if self._admin is None:
                raise ApiError(
                    NOT_FOUND,
                    f"No resource at {scope['path'][:200]}; the admin route is off "
                    "(start the mock with --admin-token).",
                )
            parts = scope["path"][len(ADMIN_PREFIX) :].split("/")
            if len(parts) != 3 or parts[0] != "accounts" or parts[2] != "reset":
                raise ApiError(NOT_FOUND, f"No admin resource at {scope['path']}.")
            if not parts[1].isdigit() or not 0 < int(parts[1]) <= MAX_ACCOUNT:
                raise ApiError(NOT_FOUND, f"No account {parts[1][:40]!r}: use its number.")
            if scope["method"] != "POST":
                raise ApiError(
                    METHOD_NOT_ALLOWED,
                    f"{scope['method']} is not allowed here; use POST.",
                    headers=[(b"allow", b"POST")],
                )
            if not hmac.compare_digest(headers.get(b"authorization", b""), self._admin):
                raise ApiError(
                    ACCESS_DENIED, "The admin route needs `Authorization: Bearer <admin token>`."
                )
            self.store.reset(int(parts[1]))
            log.warning("account %s reset to its seed data (admin route)", parts[1])
            return Reply(204)
        except ApiError as error:
            return Reply(
                error.status, body=error.body(), media="application/json", headers=error.headers
            )
        except StoreError as error:
            log.warning("store: %s", error)
            return _unavailable("The mock's store is busy or unreachable; retry shortly.")

    def allowed_methods(self, path: str) -> str | None:
        """The Allow header for a full path, or None when no resource is there: the HTTP
        layer's answer to a method token it cannot parse (`httpserver`)."""
        if not path.startswith(self.prefix):
            return None
        return self.package.router.allowed(path[len(self.prefix) :] or "/")

    def _base(self, scope: Scope, headers: dict[bytes, bytes]) -> str:
        host = headers.get(b"host", b"")
        scheme = str(scope.get("scheme", "http"))
        key = (scheme, host)
        found = self._bases.get(key)
        if found is None:
            text = host.decode("latin-1")
            if not _HOST.fullmatch(text):
                server = scope.get("server") or ("127.0.0.1", 4010)
                text = f"{server[0]}:{server[1]}"
            found = f"{scheme}://{text}{self.prefix}"
            if len(self._bases) < 256:
                self._bases[key] = found
        return found


def _unavailable(detail: str) -> Reply:
    return Reply(
        503,
        body=error_body(SERVICE_UNAVAILABLE, detail),
        media="application/json",
        headers=[(b"retry-after", b"1")],
    )


async def _send(send: Send, reply: Reply, rate: list[tuple[bytes, bytes]]) -> None:
    headers = list(rate)
    if reply.headers:
        headers.extend(reply.headers)
    if reply.raw is not None:
        body = reply.raw
    elif reply.body is not None:
        try:
            body = orjson.dumps(reply.body)
        except (TypeError, orjson.JSONEncodeError):  # never expected: stored data is JSON
            log.exception("cannot serialise the answer")
            reply = Reply(500, media="application/json")
            body = orjson.dumps(error_body(UNKNOWN_ERROR, "The mock could not write its answer."))
    else:
        body = b""
    if body or reply.media:
        media = reply.media or "application/json"
        headers.append((b"content-type", content_type(media)))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# Header names that must come once. Two X-API-Keys were read last-wins, so a proxy that adds
# its own key would silently act on another account; two Authorization headers likewise.
_SINGLE: dict[bytes, tuple[int, str]] = {
    b"x-api-key": (ACCESS_DENIED, "X-API-Key"),
    b"authorization": (AUTHORIZATION_INVALID, "Authorization"),
}


def _refuse_doubled(raw_headers: list[tuple[bytes, bytes]]) -> None:
    seen: set[bytes] = set()
    for name, _ in raw_headers:
        if name in _SINGLE and name in seen:
            error_id, label = _SINGLE[name]
            raise ApiError(error_id, f"{label} was sent more than once; send it once.")
        seen.add(name)


def _check_transfer_coding(raw_headers: list[tuple[bytes, bytes]]) -> None:
    """Only `chunked` is a transfer coding this server decodes. The HTTP layer lets
    `gzip, chunked` through (it removes the chunking only), so the body would be read as
    compressed bytes: refused (926) instead, whether the codings share a line or not."""
    codings = b", ".join(v for n, v in raw_headers if n == b"transfer-encoding")
    if codings.strip().lower() != b"chunked":
        shown = codings.decode("latin-1")[:100]
        raise ApiError(
            MALFORMED_BODY, f"Transfer-Encoding {shown!r} is not accepted; send `chunked` or none."
        )


def _check_content_coding(value: bytes | None) -> None:
    """A compressed body is not decoded here: 415 (916), as RFC 7694 advises."""
    if value is not None and value.strip().lower() not in (b"", b"identity"):
        coding = value.decode("latin-1")[:100]
        raise ApiError(
            UNSUPPORTED_MEDIA_TYPE,
            f"Content-Encoding {coding!r} is not accepted; send the body as is.",
        )


async def _cancelled(send: Send) -> None:
    """The request outlived the graceful-shutdown timeout and was cancelled: 503 (900) with
    `Connection: close` where the answer can still go out, and no traceback in the log."""
    body = orjson.dumps(error_body(SERVICE_UNAVAILABLE, "The mock server is shutting down."))
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", b"1"),
        (b"connection", b"close"),
    ]
    with contextlib.suppress(Exception):
        await send({"type": "http.response.start", "status": 503, "headers": headers})
        await send({"type": "http.response.body", "body": body})
    log.warning("a request was cancelled by the shutdown")
