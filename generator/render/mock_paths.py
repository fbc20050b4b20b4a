"""How the mock reads an operation's URL: which stored collection it addresses and how.

`/invoices/{invoice_id}/items/{item_id}` addresses collection `invoices/items`, parent id
`invoice_id`, object id `item_id`. A trailing literal after an id is an action or a view
(`/invoices/{invoice_id}/send`, `/warehouses/{warehouse_id}/stock`); `by_<field>/{field}` looks an
object up by a field instead of its id; `/clients/bulk` is the bulk upsert of `clients`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model.types import Operation

_PARAM = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*)\}$")


@dataclass(frozen=True)
class PathInfo:
    collection: str  # stored collection key, e.g. "invoices/items"
    segments: tuple[tuple[str, str | None], ...]  # (collection, id param) pairs of the key
    parent_params: tuple[str, ...]  # id params of the parents, outermost first
    id_param: str | None  # the object's own id param (None on collections)
    action: str | None  # send, cancel, invoice, bind, stock, pdf, html, bulk
    lookup: str | None  # field looked up by `by_<field>/{field}`
    pattern: str  # regular expression matching the path below the server prefix
    first_segment: str


def analyse(op: Operation) -> PathInfo:
    parts = [p for p in op.path.strip("/").split("/") if p]
    pairs: list[tuple[str, str | None]] = []
    i = 0
    while i < len(parts):
        literal = parts[i]
        nxt = _PARAM.match(parts[i + 1]) if i + 1 < len(parts) else None
        if nxt:
            pairs.append((literal, nxt.group(1)))
            i += 2
        else:
            pairs.append((literal, None))
            i += 1
    action: str | None = None
    lookup: str | None = None
    if op.kind not in ("list", "create") and len(pairs) > 1 and pairs[-1][1] is None:
        action = pairs.pop()[0]
    if len(pairs) > 1 and pairs[-1][0].startswith("by_") and pairs[-1][1] is not None:
        lookup = pairs.pop()[1]
    if op.kind == "bulk" and action is None and len(pairs) > 1:
        action = pairs.pop()[0]
    collection = "/".join(name for name, _ in pairs)
    last_id = pairs[-1][1] if pairs else None
    parent_params = tuple(p for _, p in pairs[:-1] if p)
    return PathInfo(
        collection=collection,
        segments=tuple(pairs),
        parent_params=parent_params,
        id_param=last_id,
        action=action,
        lookup=lookup,
        pattern=_pattern(parts),
        first_segment=parts[0] if parts else "",
    )


def _pattern(parts: list[str]) -> str:
    out = []
    for part in parts:
        m = _PARAM.match(part)
        out.append(f"(?P<{m.group(1)}>[^/]+)" if m else re.escape(part))
    return "^/" + "/".join(out) + "$"
