"""The hostile-input corpus: requests as raw bytes, each with the answer it must get.

Cases are generated from small tables, one family per kind of abuse. Each case names the
status and catalogue id it expects; `HTTP` marks the framing errors the HTTP layer
(`mock_runtime.httpserver`, before the application) answers, and `CLOSED` the ones it answers
by closing the connection. Ids are the catalogue's (`mock_runtime.errors`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from mock_runtime.errors import (
    ACCESS_DENIED,
    ACCOUNT_NOT_ALLOWED,
    AUTHORIZATION_INVALID,
    BODY_TOO_LARGE,
    INVALID_FIELD,
    INVALID_PARAMETER,
    MALFORMED_BODY,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    NOT_FOUND,
    REQUIRED_MISSING,
    TOKEN_EXPIRED,
    TOO_MANY_OBJECTS,
    UNSUPPORTED_MEDIA_TYPE,
    UNSUPPORTED_VERSION,
)

KEY = b"demo-key-1"
APP = "app"
HTTP = "framing: answered by the HTTP layer"
CLOSED = "framing: the HTTP layer closes without an answer"
NO_ID = 0  # a success, or a HEAD answer (no body to hold an id)


@dataclass(frozen=True)
class Case:
    name: str
    request: bytes
    status: int
    error_id: int = NO_ID
    layer: str = APP
    head: bool = False  # a HEAD request: the answer has no body


def request(
    method: str,
    path: str,
    body: bytes | None = None,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    key: bytes | None = KEY,
    content_type: bytes | None = b"application/json",
    length: bool = True,
) -> bytes:
    """One HTTP/1.1 request, `Connection: close`, with the demo key unless told otherwise."""
    lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close"]
    if key is not None:
        lines.append(b"X-API-Key: " + key)
    if body is not None and content_type is not None:
        lines.append(b"Content-Type: " + content_type)
    if body is not None and length:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    lines += [name + b": " + value for name, value in headers or []]
    return b"\r\n".join(lines) + b"\r\n\r\n" + (body or b"")


def post_client(body: bytes, **kwargs: object) -> bytes:
    return request("POST", "/api/v1/clients", body, **kwargs)  # type: ignore[arg-type]


def _json(value: object) -> bytes:
    return json.dumps(value).encode()


def malformed_json() -> list[Case]:
    bodies = [
        b"{",
        b"}",
        b'{"name":}',
        b"{'name': 'x'}",
        b'{"name": "x",}',
        b'{"name": "x"} trailing',
        b'{"name" "x"}',
        b'{name: "x"}',
        b"nul",
        b"tru",
        b"[1,]",
        b'{"name": "x"',
        b'"unterminated',
        b'{"name": "\\x"}',
        b'{"name": "\\u12"}',
        b'{"name": NaN}',
        b'{"name": Infinity}',
        b'{"payment_term_days": 01}',
        b'{"payment_term_days": +1}',
        b'{"payment_term_days": .5}',
        b'{"payment_term_days": 1.}',
        b'{"name": "x"}{"name": "y"}',
        b"\xef\xbb\xbf" + b'{"name": "x"}',  # a UTF-8 BOM is not JSON
        b"\x00" * 16,
        b'{"name": "tab\tinside"}',
        b'{"name": "new\nline"}',
        b"/* comment */ {}",
    ]
    cases = [
        Case(f"malformed-json-{i}", post_client(b), 400, MALFORMED_BODY)
        for i, b in enumerate(bodies)
    ]
    cases += [
        Case("empty-body", post_client(b""), 400, REQUIRED_MISSING),
        Case("blank-body", post_client(b"  \r\n "), 400, REQUIRED_MISSING),
        Case("json-null", post_client(b"null"), 400, INVALID_FIELD),
        Case("json-array", post_client(b"[]"), 400, INVALID_FIELD),
        Case("json-string", post_client(b'"x"'), 400, INVALID_FIELD),
        Case("json-number", post_client(b"0"), 400, INVALID_FIELD),
        Case("json-empty-object", post_client(b"{}"), 400, REQUIRED_MISSING),
    ]
    return cases


def wrong_types() -> list[Case]:
    """Every JSON type in fields that take another: a string, an integer, a boolean."""
    cases = []
    for field, wrong in (
        ("name", [1, 1.5, True, None, [], {}, "x" * 76]),
        ("payment_term_days", ["30", 30.5, True, [], {}, -1, 366]),
        ("is_customer", ["yes", 1, None, [], {}]),
        ("email_address", [1, True, [], {}]),
    ):
        for i, value in enumerate(wrong):
            body = {"name": "x", field: value} if field != "name" else {"name": value}
            cases.append(
                Case(f"wrong-type-{field}-{i}", post_client(_json(body)), 400, INVALID_FIELD)
            )
    cases += [
        Case("unknown-field", post_client(_json({"name": "x", "nope": 1})), 400, INVALID_FIELD),
        Case("read-only-id", post_client(_json({"name": "x", "client_id": 5})), 400, INVALID_FIELD),
        Case(
            "read-only-uri",
            post_client(_json({"name": "x", "uri": "http://x"})),
            400,
            INVALID_FIELD,
        ),
        Case("doubled-field", post_client(b'{"name": "x", "name": 1}'), 400, INVALID_FIELD),
        Case("valid-client", post_client(_json({"name": "hostile ok"})), 201),
    ]
    return cases


def numbers() -> list[Case]:
    """Integers written as floats (read as the integer, as JSON Schema does) and numbers past
    every range."""
    integer_field = [
        ("whole-float", b"30.0", 201, NO_ID),
        ("exponent", b"3e1", 201, NO_ID),
        ("exponent-float", b"3.0E1", 201, NO_ID),
        ("negative-zero-float", b"-0.0", 201, NO_ID),
        ("tiny-float", b"1e-400", 201, NO_ID),  # 0.0
        ("long-fraction", b"1." + b"0" * 500, 201, NO_ID),
        ("fraction", b"30.5", 400, INVALID_FIELD),
        ("above-maximum", b"366", 400, INVALID_FIELD),
        ("above-maximum-float", b"366.0", 400, INVALID_FIELD),
        ("huge-integer", b"123456789012345678901234567890", 400, INVALID_FIELD),  # a float
        ("huge-float", b"1e400", 400, MALFORMED_BODY),
        ("int64-max", b"9223372036854775807", 400, INVALID_FIELD),
        ("uint64-max", b"18446744073709551615", 400, INVALID_FIELD),
        ("string", b'"30"', 400, INVALID_FIELD),
    ]
    cases = [
        Case(
            f"integer-{name}",
            post_client(b'{"name": "x", "payment_term_days": ' + text + b"}"),
            status,
            error,
        )
        for name, text, status, error in integer_field
    ]
    cases.append(Case("integer-plain", post_client(b'{"name": "n", "payment_term_days": 30}'), 201))
    cases.append(Case("integer-in-path-as-float", request("GET", "/api/v1/clients/1001.0"), 200))
    return cases


NESTING_DEPTHS = (
    10,
    63,
    64,
    65,
    100,
    254,
    255,
    256,
    257,
    300,
    512,
    1000,
    1022,
    1023,
    1024,
    1025,
    5000,
    100_000,
)


def nesting() -> list[Case]:
    """Arrays and objects nested to every interesting depth inside a field of a valid body:
    up to the 64-level bound the schema refuses the field (928), beyond it the body (926)."""
    cases = []
    for depth in NESTING_DEPTHS:
        total = depth + 1  # the body's own object is one level
        expected = INVALID_FIELD if total <= 64 else MALFORMED_BODY
        arrays = b'{"name": "x", "street": ' + b"[" * depth + b"]" * depth + b"}"
        objects = (
            b'{"name": "x", "street": ' + b'{"a":' * (depth - 1) + b"{}" + b"}" * (depth - 1) + b"}"
        )
        cases.append(Case(f"nested-arrays-{depth}", post_client(arrays), 400, expected))
        cases.append(Case(f"nested-objects-{depth}", post_client(objects), 400, expected))
    return cases


def bad_utf8() -> list[Case]:
    samples = [
        b"\xff",
        b"\xc0\xaf",  # overlong
        b"\xed\xa0\x80",  # an encoded surrogate
        b"\xe2\x82",  # truncated
        b"\x80",
        b"\xf8\x88\x80\x80\x80",  # five bytes
    ]
    cases = [
        Case(f"bad-utf8-{i}", post_client(b'{"name": "a' + s + b'"}'), 400, MALFORMED_BODY)
        for i, s in enumerate(samples)
    ]
    cases += [
        Case("lone-surrogate-escape", post_client(b'{"name": "\\ud800"}'), 400, MALFORMED_BODY),
        Case("nul-escape", post_client(b'{"name": "a\\u0000b"}'), 201),
        Case("raw-control-char", post_client(b'{"name": "a\x01b"}'), 400, MALFORMED_BODY),
        Case(
            "utf16-json",
            post_client('{"name": "x"}'.encode("utf-16")),
            400,
            MALFORMED_BODY,
        ),
    ]
    return cases


RECEIPT = (
    "<receipt><tax_included>no</tax_included><items><item><description>Keyboard</description>"
    "<quantity>2</quantity><amount>49.95</amount><tax_rate>21</tax_rate></item></items></receipt>"
)


def post_receipt(body: bytes, content_type: bytes = b"application/xml") -> bytes:
    return request("POST", "/api/v1/receipts", body, content_type=content_type)


def xml_attacks() -> list[Case]:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE receipt [<!ENTITY a "aaaaaaaaaa">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "]><receipt><note>&i;</note></receipt>"
    )
    internal = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "expanded">]>'
        "<receipt><note>&e;</note></receipt>"
    )
    external = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<receipt><note>&e;</note></receipt>"
    )
    parameter = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]>'
        "<receipt/>"
    )
    bare_dtd = '<!DOCTYPE receipt SYSTEM "receipt.dtd"><receipt/>'
    bodies = {
        "billion-laughs": laughs.encode(),
        "internal-entity": internal.encode(),
        "external-entity": external.encode(),
        "parameter-entity": parameter.encode(),
        "doctype-only": bare_dtd.encode(),
        "utf16-internal-entity": internal.replace('"1.0"?', '"1.0" encoding="UTF-16"?').encode(
            "utf-16"
        ),
        "utf16-le-no-bom": internal.replace('"1.0"?', '"1.0" encoding="UTF-16LE"?').encode(
            "utf-16-le"
        ),
        "utf16-be-bom": internal.encode("utf-16-be").join([b"\xfe\xff", b""]),
        "utf32-internal-entity": internal.encode("utf-32"),
        "latin1-declared-entity": internal.replace('"1.0"?', '"1.0" encoding="ISO-8859-1"?').encode(
            "latin-1"
        ),
        "deep-elements-100": b"<receipt>" + b"<a>" * 100 + b"</a>" * 100 + b"</receipt>",
        "deep-elements-100000": b"<receipt>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</receipt>",
        "not-closed": b"<receipt><items>",
        "two-roots": RECEIPT.encode() * 2,
        "unknown-encoding": b'<?xml version="1.0" encoding="x-bogus"?><receipt/>',
        "undefined-entity": b"<receipt><note>&nope;</note></receipt>",
        "bad-utf8-text": b"<receipt><note>\xff</note></receipt>",
        "nul-char-ref": b"<receipt><note>&#0;</note></receipt>",
        "cdata-in-number": b"<receipt><layout_id><![CDATA[8001]]></layout_id></receipt>",
    }
    expect = {
        "deep-elements-100": (400, MALFORMED_BODY),
        "cdata-in-number": (201, NO_ID),  # CDATA is text like any other
    }
    cases = [
        Case(f"xml-{name}", post_receipt(body), *expect.get(name, (400, MALFORMED_BODY)))
        for name, body in bodies.items()
    ]
    cases += [
        Case("xml-valid", post_receipt(RECEIPT.encode()), 201),
        Case("xml-valid-utf16", post_receipt(RECEIPT.encode("utf-16")), 201),
        Case(
            "xml-to-json-only-endpoint",
            post_client(b"<client/>", content_type=b"application/xml"),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(  # XML is text: `8001.0` is not the integer's spelling there
            "xml-whole-float-integer",
            post_receipt(
                RECEIPT.replace(
                    "<tax_included>", "<layout_id>8001.0</layout_id><tax_included>"
                ).encode()
            ),
            400,
            INVALID_FIELD,
        ),
    ]
    return cases


def headers() -> list[Case]:
    get = "/api/v1/clients?per_page=1"
    many = [(f"X-Filler-{i}".encode(), b"1") for i in range(101)]
    fine = [(f"X-Filler-{i}".encode(), b"1") for i in range(90)]
    return [
        Case(
            "two-api-keys",
            request(
                "GET", get, key=None, headers=[(b"X-API-Key", KEY), (b"X-API-Key", b"demo-key-2")]
            ),
            401,
            ACCESS_DENIED,
        ),
        Case(
            "two-same-api-keys",
            request("GET", get, key=None, headers=[(b"X-API-Key", KEY), (b"X-API-Key", KEY)]),
            401,
            ACCESS_DENIED,
        ),
        Case(
            "two-authorizations",
            request("GET", get, key=None, headers=[(b"Authorization", b"Bearer demo-token")] * 2),
            401,
            AUTHORIZATION_INVALID,
        ),
        Case("key-trailing-spaces", request("GET", get, key=KEY + b"   "), 401, ACCESS_DENIED),
        Case("key-trailing-tab", request("GET", get, key=KEY + b"\t"), 401, ACCESS_DENIED),
        Case("key-latin1", request("GET", get, key=b"demo-key-\xe9"), 401, ACCESS_DENIED),
        Case("key-10k", request("GET", get, key=b"k" * 10_000), 401, ACCESS_DENIED),
        Case(
            "header-40k",
            request("GET", get, headers=[(b"X-Big", b"a" * 40_000)]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "header-1mb",
            request("GET", get, headers=[(b"X-Big", b"a" * 1_000_000)]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case("headers-101", request("GET", get, headers=many), 400, INVALID_PARAMETER, HTTP),
        Case("headers-90", request("GET", get, headers=fine), 200),
        Case(
            "header-obs-fold",
            request("GET", get, headers=[(b"X-A", b"1\r\n folded")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "header-name-space",
            request("GET", get, headers=[(b"X A", b"1")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "header-nul-value",
            request("GET", get, headers=[(b"X-A", b"a\x00b")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "header-bare-lf",
            b"GET " + get.encode() + b" HTTP/1.1\nHost: a\n\n",
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "content-length-negative",
            post_client(b"{}", length=False, headers=[(b"Content-Length", b"-1")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "content-length-text",
            post_client(b"{}", length=False, headers=[(b"Content-Length", b"abc")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "content-length-doubled",
            post_client(
                b"{}", length=False, headers=[(b"Content-Length", b"2"), (b"Content-Length", b"3")]
            ),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "content-length-and-chunked",
            post_client(
                b"2\r\n{}\r\n0\r\n\r\n",
                length=False,
                headers=[(b"Content-Length", b"2"), (b"Transfer-Encoding", b"chunked")],
            ),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "chunked-valid",
            post_client(
                b"10\r\n" + b'{"name": "abc"} ' + b"\r\n0\r\n\r\n",
                length=False,
                headers=[(b"Transfer-Encoding", b"chunked")],
            ),
            201,
        ),
        Case(
            "chunked-bad-size",
            post_client(
                b"zz\r\n{}\r\n0\r\n\r\n", length=False, headers=[(b"Transfer-Encoding", b"chunked")]
            ),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "gzip-chunked",
            post_client(
                b"2\r\n{}\r\n0\r\n\r\n",
                length=False,
                headers=[(b"Transfer-Encoding", b"gzip, chunked")],
            ),
            400,
            MALFORMED_BODY,
        ),
        Case(
            "gzip-then-chunked-lines",
            post_client(
                b"2\r\n{}\r\n0\r\n\r\n",
                length=False,
                headers=[(b"Transfer-Encoding", b"gzip"), (b"Transfer-Encoding", b"chunked")],
            ),
            400,
            MALFORMED_BODY,
        ),
        Case(
            "gzip-only",
            post_client(b"{}", length=False, headers=[(b"Transfer-Encoding", b"gzip")]),
            400,
            INVALID_PARAMETER,
            HTTP,
        ),
        Case(
            "content-encoding-gzip",
            post_client(b"{}", headers=[(b"Content-Encoding", b"gzip")]),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(
            "content-encoding-identity",
            post_client(_json({"name": "ident"}), headers=[(b"Content-Encoding", b"identity")]),
            201,
        ),
        Case(
            "upgrade-h2c",
            request("GET", get, headers=[(b"Upgrade", b"h2c"), (b"Connection", b"Upgrade")]),
            200,
        ),
        Case(
            "upgrade-websocket",
            request("GET", get, headers=[(b"Upgrade", b"websocket"), (b"Connection", b"Upgrade")]),
            200,
        ),
        Case(
            "expect-100-continue",
            post_client(_json({"name": "expect"}), headers=[(b"Expect", b"100-continue")]),
            201,
        ),
        Case(
            "host-garbage",
            request("GET", get, headers=[]).replace(b"Host: 127.0.0.1", b"Host: <script>"),
            200,
        ),
        Case("no-host", request("GET", get).replace(b"Host: 127.0.0.1\r\n", b""), 200),
        Case(
            "accept-png",
            request("GET", get, headers=[(b"Accept", b"image/png")]),
            406,
            NOT_ACCEPTABLE,
        ),
        Case(
            "accept-garbage",
            request("GET", get, headers=[(b"Accept", b";;;q=x,,")]),
            406,
            NOT_ACCEPTABLE,
        ),
        Case(
            "account-id-text",
            request("GET", get, headers=[(b"X-Account-Id", b"abc")]),
            400,
            INVALID_PARAMETER,
        ),
        Case(
            "account-id-other",
            request("GET", get, headers=[(b"X-Account-Id", b"70011")]),
            403,
            ACCOUNT_NOT_ALLOWED,
        ),
        Case(
            "accept-version-99",
            request("GET", get, headers=[(b"x-accept-version", b"99")]),
            400,
            UNSUPPORTED_VERSION,
        ),
        Case(
            "content-type-text",
            post_client(b'{"name": "x"}', content_type=b"text/plain"),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(
            "content-type-missing",
            post_client(b'{"name": "x"}', content_type=None),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(
            "content-type-utf16",
            post_client(b'{"name": "x"}', content_type=b"application/json; charset=utf-16"),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(
            "content-type-latin1",
            post_client(b'{"name": "x"}', content_type=b"application/json; charset=latin-1"),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
        Case(
            "content-type-upper",
            post_client(_json({"name": "upper"}), content_type=b"APPLICATION/JSON"),
            201,
        ),
        Case(
            "content-type-params",
            post_client(
                _json({"name": "p"}), content_type=b'application/json; charset="UTF-8"; x=y'
            ),
            201,
        ),
        Case(
            "content-type-garbage",
            post_client(b"{}", content_type=b";;;"),
            415,
            UNSUPPORTED_MEDIA_TYPE,
        ),
    ]


def methods() -> list[Case]:
    one = "/api/v1/clients/1001"
    return [
        Case(
            "method-unknown-token", request("FOO", "/api/v1/clients"), 405, METHOD_NOT_ALLOWED, HTTP
        ),
        Case("method-lower-case", request("get", one), 405, METHOD_NOT_ALLOWED, HTTP),
        Case("method-unknown-no-resource", request("FOO", "/api/v1/nothing"), 404, NOT_FOUND, HTTP),
        Case(
            "method-long-token", request("X" * 100, "/api/v1/clients"), 400, INVALID_PARAMETER, HTTP
        ),
        Case("method-propfind", request("PROPFIND", "/api/v1/clients"), 405, METHOD_NOT_ALLOWED),
        Case("method-options", request("OPTIONS", one), 405, METHOD_NOT_ALLOWED),
        Case("method-trace", request("TRACE", one), 405, METHOD_NOT_ALLOWED),
        Case("method-purge", request("PURGE", one), 405, METHOD_NOT_ALLOWED),
        Case(
            "method-patch-collection",
            request("PATCH", "/api/v1/clients", b"{}"),
            405,
            METHOD_NOT_ALLOWED,
        ),
        Case(
            "method-delete-collection",
            request("DELETE", "/api/v1/clients"),
            405,
            METHOD_NOT_ALLOWED,
        ),
        Case(
            "method-put-bulk",
            request("PUT", "/api/v1/clients/bulk", b"{}"),
            405,
            METHOD_NOT_ALLOWED,
        ),
        Case("method-connect", request("CONNECT", "127.0.0.1:80"), 400, INVALID_PARAMETER, HTTP),
        Case("head-object", request("HEAD", one), 200, head=True),
        Case("head-collection", request("HEAD", "/api/v1/clients"), 200, head=True),
        Case("head-missing", request("HEAD", "/api/v1/clients/999999"), 404, head=True),
        Case("head-no-credentials", request("HEAD", one, key=None), 401, head=True),
        Case("head-post-only", request("HEAD", "/api/v1/clients/bulk"), 405, head=True),
    ]


def paths() -> list[Case]:
    table = [
        ("/api/v1", 404, NOT_FOUND),
        ("/api/v1/", 404, NOT_FOUND),
        ("/api/v2/clients", 404, NOT_FOUND),
        ("/API/V1/clients", 404, NOT_FOUND),
        ("/api/v1/clients/", 404, NOT_FOUND),
        ("/api/v1//clients", 404, NOT_FOUND),
        ("/api/v1/clients/abc", 400, INVALID_PARAMETER),
        ("/api/v1/clients/0", 400, INVALID_PARAMETER),
        ("/api/v1/clients/-1", 400, INVALID_PARAMETER),
        ("/api/v1/clients/1e3", 400, INVALID_PARAMETER),
        ("/api/v1/clients/99999999999999999999", 400, INVALID_PARAMETER),
        ("/api/v1/clients/999999", 404, NOT_FOUND),
        ("/api/v1/clients/1001/../1002", 404, NOT_FOUND),
        ("/api/v1/clients/%2e%2e/1002", 404, NOT_FOUND),
        ("/api/v1/clients/1001%00", 400, INVALID_PARAMETER),
        ("/api/v1/clients/%zz", 400, INVALID_PARAMETER),
        ("/api/v1/clients/%C3%A9", 400, INVALID_PARAMETER),
        ("/api/v1/clients/%ff%fe", 400, INVALID_PARAMETER),
        ("/api/v1/" + "a" * 8000, 404, NOT_FOUND),
        ("/api/v1/clients/1001/" + "x/" * 200, 404, NOT_FOUND),
        ("/etc/passwd", 404, NOT_FOUND),
        ("/api/v1/clients;jsessionid=1", 404, NOT_FOUND),
    ]
    cases = [
        Case(f"path-{i}", request("GET", path), status, error)
        for i, (path, status, error) in enumerate(table)
    ]
    cases += [
        Case("path-9k", request("GET", "/api/v1/" + "a" * 9000), 400, INVALID_PARAMETER, HTTP),
        Case("path-absolute-form", request("GET", "http://127.0.0.1/api/v1/clients/1001"), 200),
        Case("path-asterisk", request("GET", "*"), 404, NOT_FOUND),
    ]
    return cases


def queries() -> list[Case]:
    table = [
        ("per_page=0", 400, INVALID_PARAMETER),
        ("per_page=101", 400, INVALID_PARAMETER),
        ("per_page=abc", 400, INVALID_PARAMETER),
        ("per_page=1.5", 400, INVALID_PARAMETER),
        ("per_page=99999999999999999999999", 400, INVALID_PARAMETER),
        ("page=0", 400, INVALID_PARAMETER),
        ("page=-1", 400, INVALID_PARAMETER),
        ("page=1e3", 400, INVALID_PARAMETER),
        ("per_page=2.0", 200, NO_ID),
        ("sort=nope", 400, INVALID_PARAMETER),
        ("sort=" + "a" * 2000, 400, INVALID_PARAMETER),
        ("format=xml", 400, INVALID_PARAMETER),
        ("format=csv", 200, NO_ID),
        ("format=", 400, INVALID_PARAMETER),
        ("is_customer=maybe", 400, INVALID_PARAMETER),
        ("per_page=1&per_page=2", 200, NO_ID),
        ("unknown=1", 200, NO_ID),
        ("&&&=&=", 200, NO_ID),
        ("search=%00", 200, NO_ID),
        ("search=%ff%fe", 200, NO_ID),
        ("search=" + "x" * 6000, 400, INVALID_PARAMETER),
        ("search=%zz", 200, NO_ID),
    ]
    return [
        Case(f"query-{i}", request("GET", f"/api/v1/clients?{query}"), status, error)
        for i, (query, status, error) in enumerate(table)
    ]


def auth() -> list[Case]:
    get = "/api/v1/clients?per_page=1"

    def authorization(value: bytes) -> bytes:
        return request("GET", get, key=None, headers=[(b"Authorization", value)])

    def basic(text: str) -> bytes:
        return b"Basic " + base64.b64encode(text.encode())

    return [
        Case("auth-none", request("GET", get, key=None), 401, ACCESS_DENIED),
        Case("auth-unknown-key", request("GET", get, key=b"nope"), 401, ACCESS_DENIED),
        Case("auth-empty-key", request("GET", get, key=b""), 401, ACCESS_DENIED),
        Case("auth-key-leading-space", request("GET", get, key=b" " + KEY), 200),
        Case("auth-key-other-case", request("GET", get, key=KEY.upper()), 401, ACCESS_DENIED),
        Case("auth-bearer-expired", authorization(b"Bearer expired-token"), 401, TOKEN_EXPIRED),
        Case("auth-bearer-unknown", authorization(b"Bearer nope"), 401, ACCESS_DENIED),
        Case("auth-bearer-empty", authorization(b"Bearer"), 401, AUTHORIZATION_INVALID),
        Case("auth-bearer-two-words", authorization(b"Bearer a b"), 401, AUTHORIZATION_INVALID),
        Case("auth-bearer-ok", authorization(b"Bearer demo-token"), 200),
        Case("auth-bearer-lowercase-scheme", authorization(b"bearer demo-token"), 200),
        Case("auth-basic-not-base64", authorization(b"Basic !!!"), 401, AUTHORIZATION_INVALID),
        Case("auth-basic-no-colon", authorization(basic("nocolon")), 401, AUTHORIZATION_INVALID),
        Case(
            "auth-basic-wrong-password",
            authorization(basic("demo@books.example.com:x")),
            401,
            ACCESS_DENIED,
        ),
        Case("auth-basic-ok", authorization(basic("demo@books.example.com:demo-password")), 200),
        Case(
            "auth-basic-bad-utf8",
            authorization(b"Basic " + base64.b64encode(b"\xff:\xfe")),
            401,
            AUTHORIZATION_INVALID,
        ),
        Case("auth-digest", authorization(b"Digest username=x"), 401, AUTHORIZATION_INVALID),
        Case("auth-only-scheme-spaces", authorization(b"   "), 401, AUTHORIZATION_INVALID),
        Case(
            "auth-user-other-account",
            request(
                "GET",
                get,
                key=None,
                headers=[(b"Authorization", b"Bearer demo-token"), (b"X-Account-Id", b"70011")],
            ),
            200,
        ),
        Case(
            "auth-user-foreign-account",
            request(
                "GET",
                get,
                key=None,
                headers=[(b"Authorization", b"Bearer demo-token"), (b"X-Account-Id", b"1")],
            ),
            403,
            ACCOUNT_NOT_ALLOWED,
        ),
    ]


def sizes() -> list[Case]:
    mib = 1024 * 1024
    big_name = b'{"name": "' + b"x" * (mib - 20) + b'"}'
    return [
        Case("body-over-1mib", post_client(b" " * (mib + 1)), 413, BODY_TOO_LARGE),
        Case(
            "declared-2mb-sent-little",
            post_client(b"{}", length=False, headers=[(b"Content-Length", b"2000000")]),
            413,
            BODY_TOO_LARGE,
        ),
        Case(
            "chunked-over-1mib",
            post_client(
                b"%x\r\n" % (mib + 1) + b" " * (mib + 1) + b"\r\n0\r\n\r\n",
                length=False,
                headers=[(b"Transfer-Encoding", b"chunked")],
            ),
            413,
            BODY_TOO_LARGE,
        ),
        Case("body-just-under-1mib", post_client(big_name), 400, INVALID_FIELD),
        Case(
            "bulk-over-limit",
            request("POST", "/api/v1/clients/bulk", _json({"clients": [{"name": "b"}] * 101})),
            429,
            TOO_MANY_OBJECTS,
        ),
        Case(
            "many-fields",
            post_client(_json({"name": "x", **{f"f{i}": i for i in range(5000)}})),
            400,
            INVALID_FIELD,
        ),
        Case(
            "stalled-body",
            post_client(b'{"name"', length=False, headers=[(b"Content-Length", b"100")]),
            400,
            MALFORMED_BODY,
        ),
        Case("stalled-headers", b"GET /api/v1/clients HTTP/1.1\r\nHost: a\r\n", 0, NO_ID, CLOSED),
        Case("idle-connection", b"", 0, NO_ID, CLOSED),
    ]


def all_cases() -> list[Case]:
    cases = [
        *malformed_json(),
        *wrong_types(),
        *numbers(),
        *nesting(),
        *bad_utf8(),
        *xml_attacks(),
        *headers(),
        *methods(),
        *paths(),
        *queries(),
        *auth(),
        *sizes(),
    ]
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    return cases
