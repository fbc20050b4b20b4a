"""schemathesis hooks for fuzzing the mock (`SCHEMATHESIS_HOOKS=tests.mock.schemathesis_hooks`).

One failure is not the server's to fix: schemathesis writes XML bodies from JSON values, and
an empty wrapped list (`<remarks></remarks>`, a valid `[]`) has the same bytes as the wrongly
typed values it generates for negative cases (`{}` or `""` for an array); likewise a list
holding one null (`[null]` for a nullable id) is written `<layout_id>null</layout_id>`, the
bytes of a valid null. The mock reads such bodies the natural way, so a negative case that is
byte-identical to a valid body is "accepted". Only that failure is dropped: a negative XML body
whose wrongly typed field was sent as an empty element or as `null`. Every other check and
every JSON body is judged as usual.
"""

from __future__ import annotations

import re
from typing import Any

import schemathesis
from schemathesis.core.failures import AcceptedNegativeData

_WRONG_TYPE = re.compile(r"in body - (?:.* -> )?([A-Za-z_][\w.\-]*): Incorrect type")


def _empty_element(name: str) -> re.Pattern[bytes]:
    tag = re.escape(name.encode())
    return re.compile(
        rb"<" + tag + rb"(?:\s[^>]*)?>\s*(?:null)?\s*</" + tag + rb">|<" + tag + rb"\s*/>"
    )


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    if not isinstance(failure, AcceptedNegativeData):
        return True
    if not str(case.media_type or "").endswith("xml"):
        return True
    wrong = _WRONG_TYPE.search(str(failure.message))
    body = response.request.body if response is not None else None
    if isinstance(body, str):
        body = body.encode()
    if wrong is None or not isinstance(body, bytes):
        return True
    return not _empty_element(wrong.group(1)).search(body)
