"""HTML to PDF with WeasyPrint (ADR 0015), imported on the first PDF asked for.

WeasyPrint takes about a second and a half to import, which no JSON, XML or HTML answer should
pay: the mock starts without it and the first PDF request loads it. It reads no file and no
URL besides the HTML given (`base_url` is unset and the fetcher refuses), so a document can
never make the mock reach out.
"""

from __future__ import annotations

import logging
from typing import Any


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"a printed document loads nothing from outside ({url})")


def pdf_of(html: bytes) -> bytes:
    """The PDF of a complete HTML page; its `@page` rules set the paper size and margins."""
    import weasyprint  # type: ignore[import-untyped]  # lazy: see the module docstring

    logging.getLogger("weasyprint").setLevel(logging.WARNING)  # no progress lines per page

    document = weasyprint.HTML(string=html.decode("utf-8"), url_fetcher=_no_fetch)
    data = document.write_pdf()
    assert data is not None  # write_pdf without a target returns the bytes
    return bytes(data)
