"""Mock server data for Books API 1.0.0, generated from openapi/ by `python -m generator`.

Do not edit: change the spec and regenerate. `mock_runtime` (hand-written) serves this package:

- `routes.py`: one entry per operation (method, path matcher, kind, parameters, bodies, responses);
- `resources.py`: per stored collection, its schemas and how system fields are filled;
- `schemas.json`: the JSON Schemas to validate with, one document, `$ref`s inside it;
- `examples.json`: the spec's examples per operation, status and media type;
- `seeds.json`: the objects every account starts with (the spec's read examples).
"""

from spec_rules.types import BulkReport, ListEnvelope, RateLimit

TITLE = "Books API"
SERVER_PREFIX = "/api/v1"
SEED_BASE = "https://books.example.com/api/v1"  # the server URL the examples' `uri`s start with
RATE_LIMIT: RateLimit | None = RateLimit(
    per_minute=60, daily_threshold=10000, reduced_per_minute=30
)  # the spec's `x-rate-limit`
LIST_ENVELOPE: ListEnvelope | None = ListEnvelope(
    data="data",
    meta="meta",
    links="links",
    total="total",
    page="page",
    per_page="per_page",
    self_link="self",
    next_link="next",
    page_parameter="page",
    per_page_parameter="per_page",
    default_per_page=25,
)  # `x-list-envelope`
BULK_REPORT: BulkReport | None = BulkReport(
    created="created",
    updated="updated",
    failed="failed",
    results="results",
    warnings="warnings",
    index="index",
    outcome="outcome",
    id="id",
    uri="uri",
    error="error",
    warning_id="warning_id",
    warning_title="title",
    warning_detail="detail",
    partial_warning_id=601,
)  # `x-bulk-report`

CATALOGUE = (
    {
        "id": 601,
        "status": 200,
        "kind": "warning",
        "title": "Partial success",
        "detail": "Some objects of a bulk request were not stored; each result says why.",
    },
    {
        "id": 602,
        "status": 200,
        "kind": "warning",
        "title": "Field ignored",
        "detail": "A field was accepted but had no effect on this object.",
    },
    {
        "id": 603,
        "status": 200,
        "kind": "warning",
        "title": "Object unchanged",
        "detail": "The update carried the values the object already had.",
    },
    {
        "id": 604,
        "status": 200,
        "kind": "warning",
        "title": "Newer API version available",
        "detail": "The request asked for an older version than the newest one.",
    },
    {
        "id": 605,
        "status": 200,
        "kind": "warning",
        "title": "Value rounded",
        "detail": "A value had more decimals than the field keeps and was rounded half up.",
    },
    {
        "id": 606,
        "status": 200,
        "kind": "warning",
        "title": "Data copied from client",
        "detail": "Name or addresses were missing and were taken from the client.",
    },
    {
        "id": 899,
        "status": 500,
        "kind": "error",
        "title": "Unknown error",
        "detail": "The server failed in a way it did not foresee; nothing was changed. Retry later or report the request.",
    },
    {
        "id": 900,
        "status": 503,
        "kind": "error",
        "title": "Service unavailable",
        "detail": "The service is down for maintenance; retry after the time in Retry-After.",
    },
    {
        "id": 904,
        "status": 401,
        "kind": "error",
        "title": "Access denied",
        "detail": "No credentials were sent or they match no user or API key.",
    },
    {
        "id": 908,
        "status": 401,
        "kind": "error",
        "title": "Expired token",
        "detail": "The bearer token has expired or was revoked; get a new one.",
    },
    {
        "id": 910,
        "status": 404,
        "kind": "error",
        "title": "Not found",
        "detail": "No object with this id or number exists in this account",
    },
    {
        "id": 911,
        "status": 401,
        "kind": "error",
        "title": "Authorization header invalid",
        "detail": "The Authorization header must read `Bearer <token>` or `Basic <base64 of email:password>`.",
    },
    {
        "id": 912,
        "status": 403,
        "kind": "error",
        "title": "Resource not allowed for this user",
        "detail": "The credentials are valid but may not act on this account or object.",
    },
    {
        "id": 913,
        "status": 400,
        "kind": "error",
        "title": "Required parameter or object missing",
        "detail": "A required field",
    },
    {
        "id": 916,
        "status": 415,
        "kind": "error",
        "title": "Unsupported media type",
        "detail": "The Content-Type of the body is not one this operation accepts.",
    },
    {
        "id": 919,
        "status": 429,
        "kind": "error",
        "title": "Too many objects in one request",
        "detail": "A bulk request carried more objects than its limit (200 purchases",
    },
    {
        "id": 920,
        "status": 429,
        "kind": "error",
        "title": "Rate limit exceeded",
        "detail": "More than the allowed requests per minute were made with this key; wait for Retry-After seconds.",
    },
    {
        "id": 921,
        "status": 413,
        "kind": "error",
        "title": "Request body too large",
        "detail": "The body is larger than 1 MiB.",
    },
    {
        "id": 922,
        "status": 405,
        "kind": "error",
        "title": "Method not allowed",
        "detail": "The URL exists but not for this HTTP method; the Allow header lists the ones it takes.",
    },
    {
        "id": 923,
        "status": 406,
        "kind": "error",
        "title": "Not acceptable",
        "detail": "The operation cannot answer in any format the Accept header or format parameter asks for.",
    },
    {
        "id": 924,
        "status": 422,
        "kind": "error",
        "title": "Business rule violated",
        "detail": "The body is well formed but breaks a rule of the books, for example a tax rate that is not one of the document's rates.",
    },
    {
        "id": 925,
        "status": 409,
        "kind": "error",
        "title": "Conflict with current state",
        "detail": "The object's state does not allow this change, for example cancelling an offer that became an invoice.",
    },
    {
        "id": 926,
        "status": 400,
        "kind": "error",
        "title": "Malformed body",
        "detail": "The body is not well-formed JSON or XML.",
    },
    {"id": 927, "status": 400, "kind": "error", "title": "Invalid parameter", "detail": "A path"},
    {
        "id": 928,
        "status": 400,
        "kind": "error",
        "title": "Invalid field",
        "detail": "A body field has the wrong type, format or length, or is unknown or read-only.",
    },
    {
        "id": 929,
        "status": 400,
        "kind": "error",
        "title": "Unsupported API version",
        "detail": "The x-accept-version header names a version this server does not serve.",
    },
)
