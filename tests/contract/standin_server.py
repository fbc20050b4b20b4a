"""A tiny, correct server for tests/contract/fixtures/standin.yaml (not the project's mock).

It exists so the suite and its checks can be tested end to end without the generated mock:
routing, credentials, parameter and body validation, content negotiation, paging, totals and
XML follow the fixture spec and the Books API conventions. Run it alone with
`python -m tests.contract.standin_server --port 4011 --api-keys k1,k2`.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jsonschema_rs

from contract_tests import xml_codec
from contract_tests.spec import Spec, load_document

SPEC_PATH = Path(__file__).with_name("fixtures") / "standin.yaml"
PREFIX = "/api/v1"
RATES = ("21", "12", "6")
MAX_BODY = 1024 * 1024


class HttpError(Exception):
    def __init__(
        self, status: int, error_id: int, detail: str, fields: list[dict[str, str]] | None = None
    ) -> None:
        super().__init__(detail)
        self.status, self.error_id, self.detail, self.fields = (
            status,
            error_id,
            detail,
            fields or [],
        )
        self.headers: dict[str, str] = {}


@dataclass
class Account:
    widgets: dict[int, dict[str, Any]] = field(default_factory=dict)
    bills: dict[int, dict[str, Any]] = field(default_factory=dict)


class Store:
    def __init__(self, keys: list[str]) -> None:
        self.lock = threading.Lock()
        self.next_id = 100
        self.accounts = {key: Account() for key in keys}

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _money(value: Decimal) -> str:
    return (
        f"{value:.2f}"
        if value == _cents(value)
        else f"{value.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)}"
    )


def compute_bill(bill_id: int, uri: str, body: dict[str, Any]) -> dict[str, Any]:
    """A bill with its lines and totals per `DocumentTotals` (written apart from the check)."""
    included = body.get("tax_included", "no")
    calculation = body.get("tax_calculation", "item" if included == "yes" else "total")
    if included == "yes" and calculation == "total":
        raise HttpError(422, 924, "with tax_included yes only tax_calculation item is allowed")
    d = Decimal(body.get("discount_percentage", "0")) / 100
    items, nets = [], []
    for index, line in enumerate(body.get("items", [])):
        rate = Decimal(line.get("tax_rate", "0"))
        if line.get("tax_rate_special_status") == "DR" and rate != 0:
            raise HttpError(
                422,
                924,
                "a refundable deposit has rate 0",
                [{"name": f"items/{index}/tax_rate", "location": "body", "message": "must be 0"}],
            )
        qty = Decimal(line["quantity"])
        if included == "yes":
            gross_unit = Decimal(line.get("amount_with_tax", line.get("amount", "0")))
            unit = gross_unit / (1 + rate / 100)
            net = _cents(gross_unit * qty / (1 + rate / 100))
            gross = _cents(gross_unit * qty)
        else:
            unit = Decimal(line.get("amount", "0"))
            gross_unit = unit * (1 + rate / 100)
            net = _cents(unit * qty)
            gross = _cents(net * (1 + rate / 100))
        if max(abs(net), abs(gross), abs(gross_unit)) >= Decimal(10) ** 9:
            raise HttpError(422, 924, "amounts above 999,999,999.99 are not kept")
        item = {
            "item_id": bill_id * 100 + index + 1,
            "amount": _money(unit),
            "amount_with_tax": _money(gross_unit),
            "quantity": line["quantity"],
            "tax_rate": line.get("tax_rate", "0"),
            "total_without_tax": f"{net:.2f}",
            "total_with_tax": f"{gross:.2f}",
        }
        for optional in ("description", "tax_rate_special_status"):
            if optional in line:
                item[optional] = line[optional]
        items.append(item)
        nets.append((net, rate, line.get("tax_rate_special_status") == "DR"))
    others = [(n, r) for n, r, dr in nets if not dr]
    deposit = sum((n for n, _, dr in nets if dr), Decimal(0))
    base = sum((n for n, _ in others), Decimal(0))
    discount = _cents(base * d)
    taxes = []
    for rate_text in RATES:
        rate = Decimal(rate_text)
        at_rate = [n for n, r in others if r == rate]
        if calculation == "item":
            taxes.append(sum((_cents(n * (1 - d) * rate / 100) for n in at_rate), Decimal(0)))
        else:
            taxes.append(_cents(sum(at_rate, Decimal(0)) * (1 - d) * rate / 100))
    total_without = base - discount + deposit
    discount_with_tax = _cents(sum((n * d * (1 + r / 100) for n, r in others), Decimal(0)))
    bill = {
        "bill_id": bill_id,
        "uri": uri,
        "discount_percentage": body.get("discount_percentage", "0"),
        "tax_calculation": calculation,
        "tax_included": included,
        "tax_rate_1": RATES[0],
        "tax_rate_2": RATES[1],
        "tax_rate_3": RATES[2],
        "discount_total_without_tax": f"{discount:.2f}",
        "total_refundable_deposit": f"{deposit:.2f}",
        "total_without_tax": f"{total_without:.2f}",
        "total_tax_1": f"{taxes[0]:.2f}",
        "total_tax_2": f"{taxes[1]:.2f}",
        "total_tax_3": f"{taxes[2]:.2f}",
        "discount_total_with_tax": f"{discount_with_tax:.2f}",
        "total_with_tax": f"{total_without + sum(taxes):.2f}",
        "items": items,
    }
    if "reference" in body:
        bill["reference"] = body["reference"]
    return bill


class StandinApp:
    """Request handling, independent of the HTTP server so tests can call it directly."""

    def __init__(self, keys: list[str]) -> None:
        self.document = load_document(SPEC_PATH)
        self.spec = Spec(self.document)
        self.catalogue = self.spec.error_catalogue()
        self.store = Store(keys)
        self.routes = [
            (re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"), path)
            for path in self.document["paths"]
        ]
        for key in keys:
            self._seed(key)

    def _seed(self, key: str) -> None:
        for name, size in (("Main", 1), ("Spare", 2), ("Third", 3)):
            widget_id = self.store.new_id()
            self.store.accounts[key].widgets[widget_id] = {
                "widget_id": widget_id,
                "name": name,
                "size": size,
                "serial": f"W-{widget_id}",
            }
        bill_id = self.store.new_id()
        self.store.accounts[key].bills[bill_id] = {
            "discount_percentage": "5",
            "items": [{"amount": "100.00", "quantity": "2", "tax_rate": "21"}],
        }

    def _validator(self, schema: Any) -> jsonschema_rs.Draft202012Validator:
        return jsonschema_rs.Draft202012Validator(
            {**schema, "components": self.document["components"]}
        )

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, base: str
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            return self._handle(method, target, headers, body, base)
        except HttpError as error:
            entry = self.catalogue[error.error_id]
            payload = {
                "error_id": error.error_id,
                "status": error.status,
                "title": entry.title,
                "detail": error.detail,
                "fields": error.fields,
            }
            return (
                error.status,
                {"Content-Type": "application/json", **error.headers},
                json.dumps(payload).encode(),
            )

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, base: str
    ) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(target)
        if not url.path.startswith(PREFIX):
            raise HttpError(404, 910, "the URL names no resource")
        path = url.path[len(PREFIX) :]
        for pattern, template in self.routes:  # noqa: B007  (template is used after the loop)
            match = pattern.match(path)
            if match:
                break
        else:
            raise HttpError(404, 910, "the URL names no resource")
        item = self.document["paths"][template]
        methods = [m for m in ("get", "put", "post", "patch", "delete") if m in item]
        if method.lower() not in methods:
            error = HttpError(405, 922, f"{method} is not allowed here")
            error.headers["Allow"] = ", ".join(m.upper() for m in methods)
            raise error
        account = self._authenticate(headers)
        version = headers.get("x-accept-version")
        if version is not None and version not in ("1", "1.0"):
            raise HttpError(
                400,
                929,
                f"version {version!r} is not served",
                [{"name": "x-accept-version", "location": "header", "message": "must be 1"}],
            )
        params = {
            name: int(value)
            for name, value in match.groupdict().items()
            if self._valid_id(name, value)
        }
        operation = item[method.lower()]
        query = self._query(operation, url.query)
        media = self._negotiate(operation, query, headers)
        payload = self._body(operation, headers, body) if "requestBody" in operation else None
        status, data, extra = getattr(self, operation["operationId"])(
            account, params, query, payload, base
        )
        out_headers = dict(extra)
        if status == 204:
            return status, out_headers, b""
        if media == "application/xml":
            found = self.spec.operation(method, template)
            assert found is not None
            schema = self.spec.response_schema(found, status, "application/xml")
            return (
                status,
                {"Content-Type": "application/xml", **out_headers},
                xml_codec.to_bytes(xml_codec.encode(self.spec, schema, data)),
            )
        return (
            status,
            {"Content-Type": "application/json", **out_headers},
            json.dumps(data).encode(),
        )

    def _authenticate(self, headers: dict[str, str]) -> Account:
        key = headers.get("x-api-key")
        authorization = headers.get("authorization")
        if key is None and authorization is not None:
            if not re.fullmatch(r"(Bearer|Basic) \S+", authorization):
                raise HttpError(
                    401,
                    911,
                    "the Authorization header must read `Bearer <token>` or `Basic <credentials>`",
                )
            raise HttpError(401, 904, "the token matches no user")
        if key is None:
            raise HttpError(401, 904, "no X-API-Key or Authorization header was sent")
        if key not in self.store.accounts:
            raise HttpError(401, 904, "the API key matches no account")
        return self.store.accounts[key]

    def _valid_id(self, name: str, value: str) -> bool:
        if not re.fullmatch(r"[1-9][0-9]{0,9}", value) or int(value) > 2147483647:
            raise HttpError(
                400,
                927,
                f"{name} must be an id",
                [{"name": name, "location": "path", "message": "not an integer 1..2147483647"}],
            )
        return True

    def _query(self, operation: dict[str, Any], raw: str) -> dict[str, Any]:
        values = parse_qs(raw, keep_blank_values=True)
        result: dict[str, Any] = {}
        for parameter in operation.get("parameters", []):
            parameter = self.spec.resolve(parameter)
            name = parameter["name"]
            if parameter["in"] != "query" or name not in values:
                continue
            schema = self.spec.flatten(parameter["schema"])
            problem = HttpError(
                400,
                927,
                f"{name} is invalid",
                [{"name": name, "location": "query", "message": "does not match its definition"}],
            )
            if len(values[name]) != 1:
                raise problem
            text = values[name][0]
            if schema.get("type") == "integer":
                if not re.fullmatch(r"-?[0-9]+", text):
                    raise problem
                number = int(text)
                if number < schema.get("minimum", number) or number > schema.get("maximum", number):
                    raise problem
                result[name] = number
            else:
                if "enum" in schema and text not in schema["enum"]:
                    raise problem
                result[name] = text
        return result

    def _negotiate(
        self, operation: dict[str, Any], query: dict[str, Any], headers: dict[str, str]
    ) -> str:
        success = next(code for code in operation["responses"] if code.startswith("2"))
        offered = list(
            self.spec.resolve(operation["responses"][success]).get(
                "content", {"application/json": {}}
            )
        )
        if "format" in query:
            return "application/xml" if query["format"] == "xml" else "application/json"
        accept = headers.get("accept", "*/*")
        for entry in accept.split(","):
            wanted = entry.split(";")[0].strip().lower()
            if wanted in ("*/*", "application/*", ""):
                return str(offered[0])
            if wanted in offered:
                return wanted
        raise HttpError(406, 923, f"cannot answer in {accept!r}")

    def _body(self, operation: dict[str, Any], headers: dict[str, str], raw: bytes) -> Any:
        if len(raw) > MAX_BODY:
            raise HttpError(413, 921, "the body is larger than 1 MiB")
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if not raw and not content_type:
            raise HttpError(400, 913, "this operation needs a JSON body")
        content = self.spec.resolve(operation["requestBody"])["content"]
        if content_type not in content:
            raise HttpError(415, 916, f"{content_type or 'no media type'} is not taken")
        schema = content[content_type]["schema"]
        if content_type == "application/xml":
            try:
                element = ET.fromstring(raw)
            except ET.ParseError as exc:
                raise HttpError(400, 926, f"not well-formed XML: {exc}") from None
            decoded = xml_codec.decode(self.spec, schema, element)
            if decoded.problems:
                raise HttpError(400, 928, "; ".join(decoded.problems)[:2000])
            data = decoded.value
        else:
            try:
                data = json.loads(raw)
            except ValueError as exc:
                raise HttpError(400, 926, f"not well-formed JSON: {exc}") from None
        errors = list(self._validator(schema).iter_errors(data))
        if errors:
            fields = [
                {
                    "name": "/".join(str(p) for p in e.instance_path) or "body",
                    "location": "body",
                    "message": e.message[:500],
                }
                for e in errors[:20]
            ]
            raise HttpError(400, 928, "; ".join(e.message for e in errors)[:2000], fields)
        return data

    # -- operations ---------------------------------------------------------------------------

    def _page(
        self, objects: list[dict[str, Any]], query: dict[str, Any], base: str, collection: str
    ) -> dict[str, Any]:
        page, per_page = query.get("page", 1), query.get("per_page", 25)
        chunk = objects[(page - 1) * per_page : page * per_page]

        def link(number: int) -> str:
            return f"{base}/{collection}?" + urlencode(
                {
                    **{k: v for k, v in query.items() if k not in ("page", "per_page")},
                    "page": number,
                    "per_page": per_page,
                }
            )

        more = page * per_page < len(objects)
        return {
            "data": chunk,
            "meta": {"total": len(objects), "page": page, "per_page": per_page},
            "links": {"self": link(page), "next": link(page + 1) if more else None},
        }

    def _widget(self, raw: dict[str, Any], base: str) -> dict[str, Any]:
        return {**raw, "uri": f"{base}/widgets/{raw['widget_id']}"}

    def _find(self, table: dict[int, Any], object_id: int, kind: str) -> Any:
        if object_id not in table:
            raise HttpError(404, 910, f"no {kind} {object_id} exists in this account")
        return table[object_id]

    def widgets_list(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            objects = [self._widget(w, base) for _, w in sorted(account.widgets.items())]
        return 200, self._page(objects, query, base, "widgets"), {}

    def widgets_create(
        self, account: Account, params: dict[str, int], query: dict[str, Any], body: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            widget_id = self.store.new_id()
            account.widgets[widget_id] = {
                "widget_id": widget_id,
                "name": body["name"],
                "size": body.get("size", 1),
                "serial": f"W-{widget_id}",
            }
            widget = self._widget(account.widgets[widget_id], base)
        return 201, widget, {"Location": widget["uri"]}

    def widgets_get(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        return (
            200,
            self._widget(self._find(account.widgets, params["widget_id"], "widget"), base),
            {},
        )

    def widgets_update(
        self, account: Account, params: dict[str, int], query: dict[str, Any], body: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            widget = self._find(account.widgets, params["widget_id"], "widget")
            widget.update(body)
        return 200, self._widget(widget, base), {}

    def widgets_delete(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            self._find(account.widgets, params["widget_id"], "widget")
            del account.widgets[params["widget_id"]]
        return 204, None, {}

    def bills_list(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            bills = [
                compute_bill(i, f"{base}/bills/{i}", b) for i, b in sorted(account.bills.items())
            ]
        return 200, self._page(bills, query, base, "bills"), {}

    def bills_create(
        self, account: Account, params: dict[str, int], query: dict[str, Any], body: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            bill_id = self.store.new_id()
            bill = compute_bill(bill_id, f"{base}/bills/{bill_id}", body)
            account.bills[bill_id] = body
        return 201, bill, {"Location": bill["uri"]}

    def bills_get(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        bill_id = params["bill_id"]
        return (
            200,
            compute_bill(
                bill_id, f"{base}/bills/{bill_id}", self._find(account.bills, bill_id, "bill")
            ),
            {},
        )

    def bills_delete(
        self, account: Account, params: dict[str, int], query: dict[str, Any], _: Any, base: str
    ) -> tuple[int, Any, dict[str, str]]:
        with self.store.lock:
            self._find(account.bills, params["bill_id"], "bill")
            del account.bills[params["bill_id"]]
        return 204, None, {}


def make_server(port: int, keys: list[str]) -> ThreadingHTTPServer:
    app = StandinApp(keys)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            base = f"http://{self.headers.get('Host', f'127.0.0.1:{port}')}{PREFIX}"
            status, out, payload = app.handle(self.command, self.path, headers, body, base)
            self.send_response(status)
            for name, value in {
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": "59",
                "X-RateLimit-Reset": "42",
                **out,
            }.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_TRACE = (
            do_QUERY
        ) = _any

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=4011)
    parser.add_argument("--api-keys", default="standin-key-1,standin-key-2")
    args = parser.parse_args()
    make_server(args.port, args.api_keys.split(",")).serve_forever()


if __name__ == "__main__":
    main()
