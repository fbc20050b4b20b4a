"""Examples mode (`--mode examples`): answer with the spec's examples, as Prism does.

Requests are still authenticated, rate-limited and validated. The `Prefer` header picks the
answer: `code=404` a declared status, `example=<name>` a named example, `dynamic=true` an
instance generated from the schema (seeded by `--seed`, validated before it is sent).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from typing import Any

from mock_runtime.call import Call, Reply
from mock_runtime.errors import error_body
from mock_runtime.formats import JSON, PDF, XML, Encoders, Target
from mock_runtime.loader import Package
from mock_runtime.renditions import blank
from mock_runtime.xmlcodec import XmlCodec

_CODES = {
    400: 928,
    401: 904,
    403: 912,
    404: 910,
    406: 923,
    409: 925,
    413: 921,
    415: 916,
    422: 924,
    429: 920,
}


def parse_prefer(value: bytes | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if not value:
        return out
    for part in value.decode("latin-1").replace(";", ",").split(","):
        name, _, setting = part.strip().partition("=")
        if name:
            out[name.strip().lower()] = setting.strip().strip('"')
    return out


class ExamplesMode:
    def __init__(self, package: Package, seed: int) -> None:
        self.package = package
        self.examples = package.examples
        self.schemas = package.schemas
        self.xml = XmlCodec(package.schemas.document)
        self.encoders = Encoders(package.schemas, self.xml)
        self.rng = random.Random(seed)

    def answer(self, call: Call) -> Reply:
        route = call.route
        prefer = parse_prefer(call.prefer)
        status = route.success
        code = prefer.get("code", "")
        if code.isdigit() and int(code) in route.responses:
            status = int(code)
        media_types = route.responses[status][0]
        media = call.media if status == route.success and call.media in media_types else None
        media = media or next(iter(media_types), None)
        if media is None:
            return Reply(status)
        named = self.examples.get(route.operation_id, {}).get(str(status), {}).get(media, [])
        value: Any = None
        wanted = prefer.get("example")
        if prefer.get("dynamic") == "true" and media in (JSON, XML):
            value = self.dynamic(media_types[media])
        elif named:
            value = next((v for n, v in named if n == wanted), named[0][1])
        elif status >= 400:
            value = error_body(
                _CODES.get(status, 899), f"Example answer {status} of {route.operation_id}."
            )
        elif media in (JSON, XML):
            value = self.dynamic(media_types[media])
        reply = self._reply(status, media, value, media_types[media])
        if status == 201:
            uri = value.get("uri") if isinstance(value, dict) else None
            reply.headers = [
                (b"location", str(uri or call.base + route.path.format(**call.path)).encode())
            ]
        return reply

    def _reply(self, status: int, media: str, value: Any, pointer: str) -> Reply:
        """JSON and XML values, and a blank PDF, encoded as `formats` does; the text examples
        of the other formats (CSV, HTML, or XML written out) are sent as given."""
        if media == PDF:
            value = blank("Example document")
        elif media not in (JSON, XML) or (isinstance(value, str) and media == XML):
            return Reply(
                status, raw=str(value if value is not None else "").encode("utf-8"), media=media
            )
        return self.encoders.reply(status, media, value, Target(pointer))

    # ------------------------------------------------------------------ dynamic
    def dynamic(self, pointer: str) -> Any:
        validator = self.schemas.validator(pointer)
        schema = self.schemas.resolve(pointer)
        candidate: Any = None
        for _ in range(8):
            candidate = self._sample(schema, 0)
            if validator.is_valid(candidate):
                return candidate
        return candidate

    def _sample(self, schema: dict[str, Any], depth: int) -> Any:
        flat = self.xml.flat(schema)
        rng = self.rng
        if "const" in flat:
            return flat["const"]
        if flat.get("enum"):
            return rng.choice(flat["enum"])
        for key in ("oneOf", "anyOf"):
            if flat.get(key):
                return self._sample(rng.choice(flat[key]), depth + 1)
        types = self.xml._types(flat) or {"string"}
        if "null" in types and (len(types) == 1 or rng.random() < 0.2):
            return None
        kind = rng.choice(sorted(types - {"null"}))
        example = flat.get("example")
        if kind == "object":
            return self._object(flat, depth)
        if kind == "array":
            if depth > 4:
                return []
            count = rng.randint(flat.get("minItems", 0), min(flat.get("maxItems", 3), 3))
            return [self._sample(flat.get("items", {}), depth + 1) for _ in range(count)]
        if example is not None and (flat.get("pattern") or rng.random() < 0.5):
            return example
        if kind == "integer":
            low = int(flat.get("minimum", 0))
            return rng.randint(low, min(int(flat.get("maximum", low + 10_000)), low + 10_000))
        if kind == "number":
            return round(
                rng.uniform(float(flat.get("minimum", 0)), float(flat.get("maximum", 1000))), 2
            )
        if kind == "boolean":
            return rng.random() < 0.5
        return self._string(flat)

    def _object(self, flat: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(flat.get("required", []))
        out = {}
        for name, sub in flat.get("properties", {}).items():
            if name in required or (depth < 3 and self.rng.random() < 0.6):
                out[name] = self._sample(sub, depth + 1)
        return out

    def _string(self, flat: dict[str, Any]) -> str:
        rng = self.rng
        fmt = flat.get("format")
        if fmt == "date":
            return (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))).isoformat()
        if fmt == "uri":
            return f"https://mock.example.com/objects/{rng.randint(1, 9999)}"
        if fmt == "email":
            return f"user{rng.randint(1, 999)}@example.com"
        low = int(flat.get("minLength", 1))
        high = max(low, min(int(flat.get("maxLength", 12)), 12))
        return "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(low, high)))
