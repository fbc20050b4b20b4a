"""Faults in the behaviour rules the spec declares (`x-` extensions): the server skips a rule
and answers with a plausible success, so only a check that knows the rule can see it."""

from __future__ import annotations

from dataclasses import replace

from contract_tests.faults.proxy import Answer, Exchange, Forward

WRITES = ("POST", "PUT", "PATCH")
UNPROCESSABLE, CONFLICT = 422, 409


async def dangling_reference_accepted(request: Exchange, forward: Forward) -> Answer:
    """A write refused (422) for fields it names is stored without them, answered 2xx: the
    server drops an id it cannot resolve instead of refusing the write."""
    answer = await forward(request)
    body, error = request.json(), answer.json()
    if request.method not in WRITES or answer.status != UNPROCESSABLE:
        return answer
    if not isinstance(body, dict) or not isinstance(error, dict):
        return answer
    named = {f.get("name") for f in error.get("fields") or [] if isinstance(f, dict)}
    kept = {k: v for k, v in body.items() if k not in named}
    if kept == body:
        return answer
    return await forward(request.with_json(kept))


async def locked_object_changed(request: Exchange, forward: Forward) -> Answer:
    """A change refused with 409 (a locked object) is answered 200 with the object, as if the
    server had let the change through."""
    answer = await forward(request)
    if request.method not in ("PUT", "PATCH") or answer.status != CONFLICT:
        return answer
    read = await forward(replace(request, method="GET", body=b"").with_header("content-type", None))
    return read if read.status == 200 else answer


async def default_not_taken(request: Exchange, forward: Forward) -> Answer:
    """A price offer row created from its article alone gets a name of the server's own
    instead of the article's (`x-default-from`)."""
    body = request.json()
    if (
        request.method != "POST"
        or not request.path.rstrip("/").endswith("/rows")
        or not isinstance(body, dict)
        or body.get("article_id") is None
        or "name" in body
    ):
        return await forward(request)
    return await forward(request.with_json({**body, "name": "Not the article's name"}))


async def transition_not_applied(request: Exchange, forward: Forward) -> Answer:
    """`POST …/{id}/cancel` of an offer that may be cancelled answers 200 with the object as it
    was: the status never moves. (An offer already cancelled still gets the server's 409.)"""
    if request.method != "POST" or not request.path.rstrip("/").endswith("/cancel"):
        return await forward(request)
    path = request.path.rstrip("/").rsplit("/", 1)[0]
    as_read = replace(request, method="GET", path=path, body=b"").with_header("content-type", None)
    read = await forward(as_read)
    stored = read.json()
    if read.status != 200 or not isinstance(stored, dict) or stored.get("status") == "cancelled":
        return await forward(request)
    return read
