"""Faults in what writes do to stored objects: answers that look right over wrong state.

Each one answers its write with a plausible success, so no schema or status check can see it;
only reading the object back (the write-effect checks) does.
"""

from __future__ import annotations

from dataclasses import replace

from contract_tests.faults.proxy import Answer, Exchange, Forward

RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
NO_CONTENT = 204


def _as_read(request: Exchange) -> Exchange:
    return replace(request, method="GET", body=b"").with_header("content-type", None)


async def ignored_patch(request: Exchange, forward: Forward) -> Answer:
    """PATCH answers 200 with the object as it was: the change is never stored."""
    if request.method != "PATCH":
        return await forward(request)
    read = await forward(_as_read(request))
    if read.status != 200:
        return await forward(request)  # errors (404, 401 …) stay the server's own
    return read


async def merging_put(request: Exchange, forward: Forward) -> Answer:
    """PUT keeps the stored value of every field left out, as a PATCH would."""
    if request.method != "PUT":
        return await forward(request)
    return await forward(replace(request, method="PATCH"))


async def delete_not_removing(request: Exchange, forward: Forward) -> Answer:
    """DELETE answers 204 and the object stays."""
    if request.method != "DELETE":
        return await forward(request)
    read = await forward(_as_read(request))
    if read.status != 200:
        return await forward(request)
    headers = {k: v for k, v in read.headers.items() if k in RATE_HEADERS}
    return Answer(NO_CONTENT, headers, b"")
