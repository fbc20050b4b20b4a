"""The catalogue of contract violations the proxy can inject, and where each one shows.

Every fault names the rule it breaks, the check that must catch it, and the small focus (the
operations and phases) in which the real suite is run to prove it. The faults are written
against the Books API as the mock serves it: warehouses for plain resources, VAT types for a
read-only list with several pages, invoice 3003 for totals, receipt 5005 for XML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from contract_tests.faults import rules, writes
from contract_tests.faults.proxy import Answer, Exchange, Fault, Forward
from contract_tests.totals import find_documents

CENT = Decimal("0.01")
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


@dataclass(frozen=True)
class FaultSpec:
    name: str
    violates: str  # the rule of the contract, in words
    detected_by: str  # the check that must fail
    operations: str  # operationId regex of the focused run
    phases: tuple[str, ...]
    apply: Fault
    profile: str = "focus"


def _error(status: int, error_id: int, title: str, like: Answer | None = None) -> Answer:
    headers = {k: v for k, v in (like.headers if like else {}).items() if k in RATE_HEADERS}
    answer = Answer(status, {"content-type": "application/json", **headers})
    return answer.set_json(
        {"error_id": error_id, "status": status, "title": title, "detail": "injected", "fields": []}
    )


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _on_success_json(change: Callable[[Any], None]) -> Fault:
    """A fault that edits the JSON body of every 2xx answer in place."""

    async def fault(request: Exchange, forward: Forward) -> Answer:
        answer = await forward(request)
        body = answer.json()
        if 200 <= answer.status < 300 and body is not None:
            change(body)
            answer.set_json(body)
        return answer

    return fault


def _on_answer(change: Callable[[Exchange, Answer], Answer]) -> Fault:
    async def fault(request: Exchange, forward: Forward) -> Answer:
        return change(request, await forward(request))

    return fault


def _cents_more(value: str) -> str:
    return f"{Decimal(value) + CENT:.2f}"


def _wrong_totals(body: Any) -> None:
    for _, document in find_documents(body):
        document["total_with_tax"] = _cents_more(document["total_with_tax"])  # type: ignore[index]


def _wrong_vat(body: Any) -> None:
    for _, document in find_documents(body):
        document["total_tax_1"] = _cents_more(document["total_tax_1"])  # type: ignore[index]
        document["total_with_tax"] = _cents_more(document["total_with_tax"])  # type: ignore[index]


def _drop_uri(body: Any) -> None:
    _walk(body, lambda node: node.pop("uri", None))


def _ids_as_strings(body: Any) -> None:
    def visit(node: dict[str, Any]) -> None:
        for key, value in list(node.items()):
            if key.endswith("_id") and isinstance(value, int) and not isinstance(value, bool):
                node[key] = str(value)

    _walk(body, visit)


def _status(change: dict[tuple[str, int], int]) -> Fault:
    def edit(request: Exchange, answer: Answer) -> Answer:
        answer.status = change.get((request.method, answer.status), answer.status)
        return answer

    return _on_answer(edit)


def _headers(edit_headers: Callable[[dict[str, str]], None]) -> Fault:
    def edit(request: Exchange, answer: Answer) -> Answer:
        edit_headers(answer.headers)
        return answer

    return _on_answer(edit)


def _incoherent_limits(headers: dict[str, str]) -> None:
    if headers.get("x-ratelimit-limit", "").isdigit():
        headers["x-ratelimit-remaining"] = str(int(headers["x-ratelimit-limit"]) + 5)


async def _server_error_on_long_strings(request: Exchange, forward: Forward) -> Answer:
    strings: list[str] = []
    _walk(
        request.json(), lambda node: strings.extend(v for v in node.values() if isinstance(v, str))
    )
    if any(len(value) > 50 for value in strings):
        return _error(500, 899, "Unknown error")
    return await forward(request)


def _sometimes_429() -> Fault:
    seen = {"count": 0}

    async def fault(request: Exchange, forward: Forward) -> Answer:
        answer = await forward(request)
        seen["count"] += 1
        if seen["count"] % 2 == 0:
            limited = _error(429, 920, "Rate limit exceeded", like=answer)
            limited.headers["x-ratelimit-remaining"] = "0"
            return limited  # and no Retry-After
        return answer

    return fault


def _location_elsewhere(request: Exchange, answer: Answer) -> Answer:
    location = answer.headers.get("location")
    if answer.status == 201 and location:
        answer.headers["location"] = re.sub(r"(\d+)$", lambda m: str(int(m.group(1)) + 1), location)
    return answer


async def _previous_page_again(request: Exchange, forward: Forward) -> Answer:
    params = request.query_params()
    page = int(params.get("page", ["1"])[0]) if params.get("page", ["1"])[0].isdigit() else 1
    answer = await forward(request)
    body = answer.json()
    if request.method != "GET" or page < 2 or not isinstance(body, dict) or "data" not in body:
        return answer
    previous_query = re.sub(r"(^|&)page=\d+", rf"\1page={page - 1}", request.query)
    previous = (
        await forward(Exchange(request.method, request.path, previous_query, request.headers, b""))
    ).json()
    if isinstance(previous, dict) and isinstance(previous.get("data"), list) and previous["data"]:
        body["data"] = previous["data"][: len(body["data"]) or 1]
        answer.set_json(body)
    return answer


def _total_plus_one(body: Any) -> None:
    if (
        isinstance(body, dict)
        and isinstance(body.get("meta"), dict)
        and isinstance(body["meta"].get("total"), int)
    ):
        body["meta"]["total"] += 1


def _error_body(change: Callable[[dict[str, Any], int], None]) -> Fault:
    def edit(request: Exchange, answer: Answer) -> Answer:
        body = answer.json()
        if answer.status >= 400 and isinstance(body, dict):
            change(body, answer.status)
            answer.set_json(body)
        return answer

    return _on_answer(edit)


def _mismatch_not_found(body: dict[str, Any], status: int) -> None:
    if status == 404:
        body["error_id"] = 928  # belongs to 400 (Invalid field)


def _with_credentials(key_of: Callable[[Exchange], str | None]) -> Fault:
    async def fault(request: Exchange, forward: Forward) -> Answer:
        key = key_of(request)
        if key is not None:
            request = request.with_header("authorization", None).with_header("x-api-key", key)
        return await forward(request)

    return fault


def _deleted_still_readable() -> Fault:
    kept: dict[str, Answer] = {}
    deleted: set[str] = set()

    async def fault(request: Exchange, forward: Forward) -> Answer:
        answer = await forward(request)
        account = request.headers.get("x-api-key")
        key = f"{account} {request.path}"
        location = answer.headers.get("location")
        if request.method == "POST" and answer.status == 201 and location:
            kept[f"{account} {urlsplit(location).path}"] = Answer(
                200, dict(answer.headers), answer.body
            )
        elif request.method == "DELETE" and 200 <= answer.status < 300:
            deleted.add(key)
        elif (
            request.method in ("GET", "PUT", "PATCH")
            and answer.status == 200
            and "json" in answer.content_type
        ):
            kept[key] = Answer(answer.status, dict(answer.headers), answer.body)
        elif request.method == "GET" and answer.status == 404 and key in deleted and key in kept:
            stale = kept[key]
            return Answer(
                200,
                {**stale.headers, **{k: v for k, v in answer.headers.items() if k in RATE_HEADERS}},
                stale.body,
            )
        return answer

    return fault


async def _read_only_taken(request: Exchange, forward: Forward) -> Answer:
    answer = await forward(request)
    sent, refusal = request.json(), answer.json()
    if (
        answer.status != 400
        or not isinstance(sent, dict)
        or not isinstance(refusal, dict)
        or refusal.get("error_id") != 928
    ):
        return answer
    names = {f.get("name") for f in refusal.get("fields", []) if isinstance(f, dict)}
    taken = {key: value for key, value in sent.items() if key in names}
    if not taken:
        return answer
    retried = await forward(request.with_json({k: v for k, v in sent.items() if k not in taken}))
    body = retried.json()
    if 200 <= retried.status < 300 and isinstance(body, dict):
        retried.set_json({**body, **taken})  # the server "keeps" what the client sent
    return retried


def _xml(change: Callable[[bytes], bytes]) -> Fault:
    def edit(request: Exchange, answer: Answer) -> Answer:
        if answer.content_type.endswith("xml") and 200 <= answer.status < 300:
            answer.body = change(answer.body)
        return answer

    return _on_answer(edit)


def _rename_root(body: bytes) -> bytes:
    match = re.search(rb"<([A-Za-z_][\w.-]*)[\s>/]", body.split(b"?>", 1)[-1])
    if match is None:
        return body
    name = match.group(1)
    renamed = name[:1].upper() + name[1:] + b"Document"
    body = re.sub(rb"<" + name + rb"([\s>/])", b"<" + renamed + rb"\1", body, count=1)
    return re.sub(rb"</" + name + rb">\s*$", b"</" + renamed + b">", body)


async def _ignore_invalid_parameters(request: Exchange, forward: Forward) -> Answer:
    answer = await forward(request)
    refusal = answer.json()
    if (
        request.method == "GET"
        and answer.status == 400
        and isinstance(refusal, dict)
        and refusal.get("error_id") == 927
    ):
        return await forward(Exchange(request.method, request.path, "", request.headers, b""))
    return answer


async def _refuse_creates(request: Exchange, forward: Forward) -> Answer:
    if request.method == "POST":
        answer = await forward(request)
        if 200 <= answer.status < 300:
            return _error(400, 928, "Invalid field", like=answer)
        return answer
    return await forward(request)


def _drop_remaining(headers: dict[str, str]) -> None:
    headers.pop("x-ratelimit-remaining", None)


def _drop_allow(headers: dict[str, str]) -> None:
    headers.pop("allow", None)


def _json_as_text(headers: dict[str, str]) -> None:
    if "json" in headers.get("content-type", ""):
        headers["content-type"] = "text/plain"


def _drop_error_id(body: dict[str, Any], status: int) -> None:
    body.pop("error_id", None)


def _cut_in_half(body: bytes) -> bytes:
    return body[: len(body) // 2]


def build_catalogue(key: str, second_key: str) -> dict[str, FaultSpec]:
    """Every fault, for a proxy whose clients use `key` and `second_key`."""
    valid = {key, second_key}

    def unknown_key(request: Exchange) -> str | None:
        return key if request.headers.get("x-api-key") not in valid else None

    def second_account(request: Exchange) -> str | None:
        return key if request.headers.get("x-api-key") == second_key else None

    warehouse, create, vat_list = r"^warehouses_get$", r"^warehouses_create$", r"^vat_types_list$"
    examples, coverage, stateful = ("examples",), ("coverage",), ("stateful",)
    status_code = "status_code_conformance"
    schema = "response_schema_conformance"
    rate = "rate_limit_headers_coherent"
    totals = "totals_arithmetic"
    paging = "list_paging_consistent"
    errors = "error_body_in_catalogue"
    xml = "xml_matches_mapping"
    specs = [
        FaultSpec("wrong_status_on_create", "POST answers 200 instead of the documented 201",
                  status_code, create, examples, _status({("POST", 201): 200})),
        FaultSpec("server_error_on_input", "a long string in the body crashes the server (500)",
                  "not_a_server_error", create, coverage, _server_error_on_long_strings),
        FaultSpec("missing_required_field", "a required field (`uri`) is missing from answers",
                  schema, warehouse, examples, _on_success_json(_drop_uri)),
        FaultSpec("wrong_type", "ids are strings instead of integers",
                  schema, warehouse, examples, _on_success_json(_ids_as_strings)),
        FaultSpec("undeclared_status", "DELETE answers 202, a status the spec does not declare",
                  status_code, r"^warehouses_(create|delete)$", stateful,
                  _status({("DELETE", 204): 202}), "focus-stateful"),
        FaultSpec("wrong_content_type", "JSON is served as text/plain",
                  "content_type_conformance", warehouse, examples, _headers(_json_as_text)),
        FaultSpec("missing_rate_limit_header", "X-RateLimit-Remaining is left out",
                  rate, vat_list, examples, _headers(_drop_remaining)),
        FaultSpec("incoherent_rate_limit", "more requests remaining than the limit allows",
                  rate, vat_list, examples, _headers(_incoherent_limits)),
        FaultSpec("retry_after_missing", "a 429 does not say when to retry (no Retry-After)",
                  rate, r"^vat_types_(list|get)$", examples, _sometimes_429()),
        FaultSpec("wrong_totals", "total_with_tax is a cent more than its parts (rule 7)",
                  totals, r"^invoices_get$", examples, _on_success_json(_wrong_totals)),
        FaultSpec("wrong_vat", "VAT a cent off its rate (rule 5); the totals still add up",
                  totals, r"^invoices_get$", examples, _on_success_json(_wrong_vat)),
        FaultSpec("location_elsewhere", "a 201's Location names another object",
                  "location_points_at_created", create, examples, _on_answer(_location_elsewhere)),
        FaultSpec("duplicate_page_items", "page n repeats the objects of page n - 1",
                  paging, vat_list, examples, _previous_page_again),
        FaultSpec("wrong_meta_total", "meta.total counts one object more than the pages hold",
                  paging, vat_list, examples, _on_success_json(_total_plus_one)),
        FaultSpec("error_without_catalogue_id", "error bodies carry no error_id",
                  errors, warehouse, coverage, _error_body(_drop_error_id)),
        FaultSpec("mismatched_error_id", "a 404 names error 928, which belongs to 400",
                  errors, warehouse, coverage, _error_body(_mismatch_not_found)),
        FaultSpec("ignores_auth", "missing or unknown credentials are let through",
                  "credentials_required", r"^warehouses_list$", examples,
                  _with_credentials(unknown_key)),
        FaultSpec("leaks_across_accounts", "the second account is served the first account's data",
                  "account_isolation", create, examples, _with_credentials(second_account)),
        FaultSpec("deleted_still_readable", "a deleted object can still be read",
                  "use_after_free", r"^warehouses_(create|get|delete)$", stateful,
                  _deleted_still_readable(), "focus-stateful"),
        FaultSpec("read_only_echoed", "read-only fields sent by a client are kept and echoed",
                  "read_only_fields_refused", create, examples, _read_only_taken),
        FaultSpec("malformed_xml", "XML answers are cut short",
                  xml, r"^receipts_get$", examples, _xml(_cut_in_half)),
        FaultSpec("wrong_xml_names", "the XML root element is not the `xml.name` of the schema",
                  xml, r"^receipts_get$", examples, _xml(_rename_root)),
        FaultSpec("accepts_invalid_params", "invalid query parameters are ignored, not refused",
                  "negative_data_rejection", vat_list, coverage, _ignore_invalid_parameters),
        FaultSpec("rejects_valid_body", "valid creates are refused with 400",
                  "positive_data_acceptance", create, examples, _refuse_creates),
        FaultSpec("no_allow_on_405", "405 answers leave out the Allow header",
                  "unsupported_method", r"^warehouses_list$", coverage, _headers(_drop_allow)),
        FaultSpec("ignored_patch", "PATCH answers 200 with the object unchanged",
                  "patch_changes_only_sent_fields", r"^warehouses_(get|update)$",
                  examples, writes.ignored_patch),
        FaultSpec("merging_put", "PUT keeps the old value of fields left out (merges)",
                  "put_replaces_object", r"^warehouses_(get|replace|update)$",
                  examples, writes.merging_put),
        FaultSpec("delete_not_removing", "DELETE answers 204 and the object stays",
                  "delete_removes_object", r"^warehouses_(create|get|delete)$",
                  examples, writes.delete_not_removing),
        # Price offer 7001 is open in a lane's account until locked_object_changed cancels it:
        # the faults that need it open come first (a lane runs its faults in this order).
        FaultSpec("transition_not_applied", "cancel answers 200 and the status stays as it was",
                  "declared_transition_applies", r"^price_offers_(cancel|get)$", examples,
                  rules.transition_not_applied),
        FaultSpec("default_not_taken",
                  "a row created from its article alone is not given the article's name",
                  "default_taken_from_reference", r"^price_offer_rows_create$", examples,
                  rules.default_not_taken),
        FaultSpec("dangling_reference_accepted",
                  "a write naming an object that does not exist is stored without the reference",
                  "dangling_reference_refused", create, examples,
                  rules.dangling_reference_accepted),
        FaultSpec("locked_object_changed", "a change to a cancelled object is answered 200",
                  "locked_status_refuses_changes", r"^price_offers_(cancel|get)$", examples,
                  rules.locked_object_changed),
    ]  # fmt: skip
    return {spec.name: spec for spec in specs}
