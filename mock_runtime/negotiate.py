"""Choosing the response format: the `format` query parameter first, then `Accept`.

A format the operation cannot produce is 406 (923). Parsed `Accept` values are cached, since
clients send the same few over and over.
"""

from __future__ import annotations

from mock_runtime.errors import NOT_ACCEPTABLE, ApiError
from mock_runtime.formats import BY_NAME

_cache: dict[tuple[tuple[str, ...], bytes], str | None] = {}


def choose(produces: tuple[str, ...], accept: bytes | None, fmt: object) -> str | None:
    """The media type to answer in; None for operations without a body (204)."""
    if not produces:
        return None
    if isinstance(fmt, str):
        wanted = BY_NAME.get(fmt, fmt)
        if wanted in produces:
            return wanted
        raise ApiError(
            NOT_ACCEPTABLE, f"This operation answers in {', '.join(produces)}, not {fmt}."
        )
    if accept is None or accept == b"*/*" or not accept.strip():
        return produces[0]
    key = (produces, accept)
    if key in _cache:
        found = _cache[key]
    else:
        found = _negotiate(produces, accept.decode("latin-1"))
        if len(_cache) < 1024:
            _cache[key] = found
    if found is None:
        shown = accept.decode("latin-1")[:100]
        raise ApiError(
            NOT_ACCEPTABLE, f"This operation answers in {', '.join(produces)}, not {shown}."
        )
    return found


def _negotiate(produces: tuple[str, ...], accept: str) -> str | None:
    ranges: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranges):
        if media in ("*/*", "*"):
            return produces[0]
        if media.endswith("/*"):
            kind = media[:-1]
            found = next((p for p in produces if p.startswith(kind)), None)
            if found:
                return found
        elif media in produces:
            return media
    return None
