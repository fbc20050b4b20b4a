"""Request bodies: size limit, Content-Type, parsing (JSON, or XML where declared), schema.

Order of refusals: 413 (over 1 MiB), 926 (stalled), 928 (a body where the operation declares
none), 913 (required body missing), 415 (media type not taken), 926 (not well-formed, or nested
deeper than `MAX_DEPTH`), 919 (a bulk request over its limit), then 913/928 from the schema with
every offending field listed. A whole float in an integer field (`8001.0`) is then read as the
integer (928 only beyond 2**53).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Generator
from typing import Any

import jsonschema_rs
import orjson

from mock_runtime.errors import (
    BODY_TOO_LARGE,
    INVALID_FIELD,
    MALFORMED_BODY,
    REQUIRED_MISSING,
    TOO_MANY_OBJECTS,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    field,
)
from mock_runtime.routing import Route
from mock_runtime.validation import (
    MAX_DEPTH,
    Schemas,
    errors_of,
    integers_from_whole_floats,
    nesting_exceeds,
)
from mock_runtime.xmlcodec import XmlCodec

Receive = Callable[[], Awaitable[dict[str, Any]]]
# A JSON number with a point or an exponent, ended as numbers end (a decimal string such as
# "10.50" ends with a quote): a cheap gate, so only bodies that may hold a float are walked.
_FLOAT_LITERAL = re.compile(rb"[0-9][.eE][-+0-9]*[,}\]\s]")


async def read_body(
    receive: Receive, declared_length: bytes | None, limit: int, timeout: float
) -> bytes:
    """The whole body, refused when over `limit` (921), when a pause between its parts lasts
    longer than `timeout` seconds (926: a client that sent less than its Content-Length
    would otherwise hold the request, and its connection, forever), or when the client left.
    The refusal closes the connection, since the rest of the body may still arrive."""
    if declared_length is not None:
        try:
            length = int(declared_length)
        except ValueError:
            length = 0
        if length > limit:
            raise _too_large(length, limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            message = await _receive_within(receive, timeout)
        except TimeoutError:
            raise ApiError(
                MALFORMED_BODY,
                f"The body stopped arriving after {size} bytes; nothing came for {timeout:g} s.",
                headers=[(b"connection", b"close")],
            ) from None
        if message.get("type") != "http.request":
            raise ApiError(MALFORMED_BODY, "The client closed the connection during the body.")
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise _too_large(size, limit)
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _receive_within(receive: Receive, timeout: float) -> dict[str, Any]:
    """The next message, or TimeoutError when none comes within `timeout` seconds.

    A message that is already there (a body that came with its headers: nearly every request)
    is taken without arming a timer, which would cost more than the rest of reading it: the
    awaitable is stepped once by hand, and only when it has to wait does the rest of the wait
    run under `asyncio.timeout` (no task per receive, unlike `wait_for`)."""
    steps = receive().__await__()
    try:
        waiting = steps.send(None)
    except StopIteration as done:
        message: dict[str, Any] = done.value
        return message
    async with asyncio.timeout(timeout):
        return await _Rest(steps, waiting)


class _Rest:
    """The rest of an awaitable started by hand, now waiting on the future `waiting`: what
    `yield from` would do, for an awaitable that has already taken its first step."""

    __slots__ = ("steps", "waiting")

    def __init__(self, steps: Generator[Any, Any, dict[str, Any]], waiting: Any) -> None:
        self.steps = steps
        self.waiting = waiting

    def __await__(self) -> Generator[Any, Any, dict[str, Any]]:
        waiting = self.waiting
        while True:
            try:
                sent = yield waiting
            except BaseException as error:  # the timeout's cancellation reaches the awaitable
                try:
                    waiting = self.steps.throw(error)
                except StopIteration as done:
                    message: dict[str, Any] = done.value
                    return message
            else:
                try:
                    waiting = self.steps.send(sent)
                except StopIteration as done:
                    message = done.value
                    return message


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError(
        BODY_TOO_LARGE,
        f"The body is {size / 1048576:.1f} MiB; the limit is {limit // 1048576} MiB.",
    )


# Content-Type values seen, parsed: clients send one or two, so parsing each once is enough;
# bounded, since a client may send any number of distinct values.
_MEDIA_TYPES: dict[bytes, tuple[str, str | None]] = {}
_MEDIA_TYPES_KEPT = 256


def media_type(content_type: bytes | None) -> tuple[str, str | None]:
    """The bare media type and the charset parameter, lower-cased."""
    if content_type is None:
        return "", None
    found = _MEDIA_TYPES.get(content_type)
    if found is None:
        found = _parse_media_type(content_type)
        if len(_MEDIA_TYPES) < _MEDIA_TYPES_KEPT:
            _MEDIA_TYPES[content_type] = found
    return found


def _parse_media_type(content_type: bytes) -> tuple[str, str | None]:
    text = content_type.decode("latin-1")
    media, *params = (p.strip() for p in text.split(";"))
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def parse_body(
    route: Route, schemas: Schemas, xml: XmlCodec, content_type: bytes | None, body: bytes
) -> Any:
    """The validated body of an operation that takes one, or None when optional and absent."""
    if not route.request_media:
        _refuse_unexpected(body)
        return None
    if not body.strip():
        if route.request_required:
            raise ApiError(REQUIRED_MISSING, "The request body is empty; this operation needs one.")
        return None
    media, charset = media_type(content_type)
    pointer = route.request_media.get(media)
    if pointer is None or charset not in (None, "utf-8", "utf8"):
        sent = media or "no Content-Type"
        if charset not in (None, "utf-8", "utf8"):
            sent += f"; charset={charset}"
        takes = ", ".join(route.request_media)
        raise ApiError(UNSUPPORTED_MEDIA_TYPE, f"This operation takes {takes}, not {sent}.")
    value = xml.parse(schemas.resolve(pointer), body) if media.endswith("xml") else parse_json(body)
    if route.bulk is not None:
        _check_bulk(route.bulk, value)
    validator = schemas.validator(pointer)
    if not validator.is_valid(value):
        fields, only_missing = errors_of(validator, value, "body")
        names = ", ".join(f["name"] for f in fields[:10])
        if only_missing:
            raise ApiError(REQUIRED_MISSING, f"Required fields missing: {names}.", fields)
        raise ApiError(INVALID_FIELD, f"Invalid fields: {names}.", fields)
    if not media.endswith("xml") and _FLOAT_LITERAL.search(body) and _holds_float(value):
        _integers_from_whole_floats(validator, value)
    return value


def _refuse_unexpected(body: bytes) -> None:
    """An operation without a `requestBody` refuses any body but an empty one (whitespace is
    empty), `{}` included: the contract defines nothing to send, so what a client sends there
    is a bug the mock should show rather than silently drop. The body is not parsed, so
    malformed JSON gets the same answer: the fix is to send nothing, not to repair it.

    928 (invalid field), not 926 (malformed body): 926 would tell the client to correct the
    syntax, while the fault is that there is a body at all, which is what 928 says of a field
    the schema does not know (`additionalProperties: false`)."""
    if body.strip():
        raise ApiError(
            INVALID_FIELD,
            "This operation takes no request body; send none.",
            [field("(body)", "body", "no request body is defined for this operation")],
        )


def _integers_from_whole_floats(validator: jsonschema_rs.Validator, value: Any) -> None:
    """`8001.0` in an integer field is read as 8001 (the spec's conventions say so); only a
    whole float too large to be exact is refused (928)."""
    inexact = integers_from_whole_floats(validator, value)
    if inexact:
        message = "is too large for a float to hold exactly; write it as an integer"
        fields = [field(name, "body", message) for name in inexact]
        raise ApiError(INVALID_FIELD, f"Invalid fields: {', '.join(inexact[:10])}.", fields)


def _holds_float(value: Any) -> bool:
    """Whether a parsed JSON value holds a float anywhere: only then can an integer field have
    been sent as `8001.0` (decimal strings, which most numbers here are, never match)."""
    kind = type(value)
    if kind is float:
        return True
    if kind is dict:
        return any(_holds_float(v) for v in value.values())
    if kind is list:
        return any(_holds_float(v) for v in value)
    return False


def _check_bulk(bulk: dict[str, Any], value: Any) -> None:
    """Over the bulk limit is 429 (919) before anything else is looked at."""
    items = value.get(bulk["field"]) if isinstance(value, dict) else None
    if isinstance(items, list) and len(items) > bulk["limit"]:
        raise ApiError(
            TOO_MANY_OBJECTS,
            f"{len(items)} objects were sent; the limit is {bulk['limit']} a request. Split them.",
            headers=[(b"retry-after", b"0")],
        )


def parse_json(body: bytes) -> Any:
    """The parsed body, refused (926) when malformed or nested deeper than `MAX_DEPTH`, at every
    depth: orjson itself stops at 1024 levels, the validators at about 255."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ApiError(MALFORMED_BODY, f"The body is not well-formed JSON: {exc}.") from exc
    # Counting brackets is C-fast and bounds the depth from above: most bodies skip the walk.
    if body.count(b"[") + body.count(b"{") > MAX_DEPTH and nesting_exceeds(value, MAX_DEPTH):
        raise ApiError(
            MALFORMED_BODY, f"The body nests objects or arrays deeper than {MAX_DEPTH} levels."
        )
    return value
