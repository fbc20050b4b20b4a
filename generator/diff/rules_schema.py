"""Rules on one pair of schemas, aware of the direction data flows in.

A request schema breaks clients when it accepts less than before (they send what used to be
valid); a response schema breaks them when it promises less or may return more than before
(they read what used to be there, or validate strictly). The same edit is therefore breaking in
one direction and harmless in the other, so most kinds of change come as a request rule and a
response rule with their own levels.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.diff.pairs import SchemaPair
from generator.diff.registry import BREAKING, INFO, WARN, Finding, found, rule, short
from generator.diff.schemas import component_of, types_of

REQ: tuple[Any, ...] = ("request",)
RES: tuple[Any, ...] = ("response",)

# keyword -> True when a larger value accepts more (maxLength), False when it accepts less.
RANGE_BOUNDS = {
    "minimum": False,
    "exclusiveMinimum": False,
    "maximum": True,
    "exclusiveMaximum": True,
}
LENGTH_BOUNDS = {"minLength": False, "maxLength": True}
SIZE_BOUNDS = {"minItems": False, "maxItems": True, "minProperties": False, "maxProperties": True}
XML_KEYS = ("name", "attribute", "wrapped", "namespace", "prefix")
DOC_KEYWORDS = frozenset({"description", "title", "example", "examples", "$comment"})
JUDGED_KEYWORDS = frozenset(
    {
        "type",
        "format",
        "enum",
        "const",
        "pattern",
        "additionalProperties",
        "deprecated",
        "default",
        "xml",
        "items",
        "oneOf",
        "anyOf",
        "$boolean",
    }
    | set(RANGE_BOUNDS)
    | set(LENGTH_BOUNDS)
    | set(SIZE_BOUNDS)
)


def field_where(pair: SchemaPair, name: str) -> str:
    """`Invoice.number`; but `DocumentTotals.total_tax_1` for a field that Invoice takes from
    DocumentTotals through `allOf`, so a change there is one line, not one per schema using it."""
    side = pair.new if name in pair.new.properties else pair.old
    placed = side.properties.get(name)
    owner = component_of(placed[1]) if placed else None
    if owner is not None and owner != component_of(side.path):
        return f"{owner}.{name}"
    return f"{pair.where}{name}" if pair.where.endswith(": ") else f"{pair.where}.{name}"


def _changed(pair: SchemaPair, keyword: str) -> tuple[Any, Any] | None:
    before, after = pair.old.keywords.get(keyword), pair.new.keywords.get(keyword)
    return None if before == after else (before, after)


def keyword_change(keyword: str, before: Any, after: Any) -> str:
    return f"{keyword} {short(before) if before is not None else '(none)'} -> " + (
        short(after) if after is not None else "(none)"
    )


# --- type and format -----------------------------------------------------------------------


@rule("type.changed", BREAKING, "schema")
def type_changed(pair: SchemaPair) -> Iterator[Finding]:
    """The type changed to one that neither contains nor is contained in the old one."""
    old, new = types_of(pair.old.keywords), types_of(pair.new.keywords)
    if old and new and not old <= new and not new <= old:
        yield found(
            "type.changed",
            pair.here,
            keyword_change("type", sorted(old), sorted(new)),
            pair.new.path,
        )


def _type_sense(pair: SchemaPair) -> str | None:
    """ "wider" when the new type accepts more (or is no longer given), "narrower" when less."""
    old, new = types_of(pair.old.keywords), types_of(pair.new.keywords)
    if old == new:
        return None
    if (old and not new) or (old and new and old < new):
        return "wider"
    if (new and not old) or (old and new and new < old):
        return "narrower"
    return None


@rule("request.type.narrowed", BREAKING, "schema", REQ)
def request_type_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A request field accepts fewer types (for example null no longer)."""
    if _type_sense(pair) == "narrower":
        before, after = _changed(pair, "type") or (None, None)
        yield found(
            "request.type.narrowed", pair.here, keyword_change("type", before, after), pair.new.path
        )


@rule("request.type.widened", INFO, "schema", REQ)
def request_type_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A request field accepts more types."""
    if _type_sense(pair) == "wider":
        before, after = _changed(pair, "type") or (None, None)
        yield found(
            "request.type.widened", pair.here, keyword_change("type", before, after), pair.new.path
        )


@rule("response.type.widened", BREAKING, "schema", RES)
def response_type_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A response field may come with a type clients do not expect (for example null)."""
    if _type_sense(pair) == "wider":
        before, after = _changed(pair, "type") or (None, None)
        yield found(
            "response.type.widened", pair.here, keyword_change("type", before, after), pair.new.path
        )


@rule("response.type.narrowed", INFO, "schema", RES)
def response_type_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A response field comes with fewer types than before."""
    if _type_sense(pair) == "narrower":
        before, after = _changed(pair, "type") or (None, None)
        yield found(
            "response.type.narrowed",
            pair.here,
            keyword_change("type", before, after),
            pair.new.path,
        )


@rule("format.changed", BREAKING, "schema")
def format_changed(pair: SchemaPair) -> Iterator[Finding]:
    """The format changed or appeared (date -> date-time): values are parsed differently."""
    change = _changed(pair, "format")
    if change and change[1] is not None:
        yield found("format.changed", pair.here, keyword_change("format", *change), pair.new.path)


@rule("format.removed", WARN, "schema")
def format_removed(pair: SchemaPair) -> Iterator[Finding]:
    """The format was dropped: typed clients stop parsing the value (a date becomes a str)."""
    change = _changed(pair, "format")
    if change and change[1] is None:
        yield found("format.removed", pair.here, keyword_change("format", *change), pair.new.path)


# --- enum and const ------------------------------------------------------------------------


def _enum_delta(pair: SchemaPair) -> tuple[list[Any], list[Any], bool, bool] | None:
    """(removed values, added values, enum appeared, enum vanished), None when unchanged."""
    before, after = pair.old.keywords.get("enum"), pair.new.keywords.get("enum")
    if before == after:
        return None
    old = {json.dumps(v, sort_keys=True): v for v in before or ()}
    new = {json.dumps(v, sort_keys=True): v for v in after or ()}
    removed = [old[k] for k in old if k not in new] if after is not None else []
    added = [new[k] for k in new if k not in old] if before is not None else []
    return removed, added, before is None, after is None


@rule("request.enum.narrowed", BREAKING, "schema", REQ)
def request_enum_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A request enum lost values (or a field got an enum): clients sending them are refused."""
    delta = _enum_delta(pair)
    if delta and (delta[0] or delta[2]):
        message = f"values removed: {short(delta[0])}" if delta[0] else "enum added"
        yield found("request.enum.narrowed", pair.here, message, pair.new.path)


@rule("request.enum.widened", INFO, "schema", REQ)
def request_enum_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A request enum accepts more values."""
    delta = _enum_delta(pair)
    if delta and (delta[1] or delta[3]):
        message = f"values added: {short(delta[1])}" if delta[1] else "enum removed"
        yield found("request.enum.widened", pair.here, message, pair.new.path)


@rule("response.enum.widened", WARN, "schema", RES)
def response_enum_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A response enum may return new values: strict clients (generated enums) break."""
    delta = _enum_delta(pair)
    if delta and (delta[1] or delta[3]):
        message = f"values added: {short(delta[1])}" if delta[1] else "enum removed"
        yield found("response.enum.widened", pair.here, message, pair.new.path)


@rule("response.enum.narrowed", INFO, "schema", RES)
def response_enum_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A response enum returns fewer values."""
    delta = _enum_delta(pair)
    if delta and (delta[0] or delta[2]):
        message = f"values removed: {short(delta[0])}" if delta[0] else "enum added"
        yield found("response.enum.narrowed", pair.here, message, pair.new.path)


@rule("const.changed", BREAKING, "schema")
def const_changed(pair: SchemaPair) -> Iterator[Finding]:
    """A constant changed: the one value that was valid no longer is."""
    change = _changed(pair, "const")
    if change:
        yield found("const.changed", pair.here, keyword_change("const", *change), pair.new.path)


# --- pattern -------------------------------------------------------------------------------


@rule("request.pattern.changed", BREAKING, "schema", REQ)
def request_pattern_changed(pair: SchemaPair) -> Iterator[Finding]:
    """A request pattern was added or changed: whether it still accepts every value that used to
    pass cannot be decided, so it is treated as narrowed."""
    change = _changed(pair, "pattern")
    if change and change[1] is not None:
        yield found(
            "request.pattern.changed", pair.here, keyword_change("pattern", *change), pair.new.path
        )


@rule("request.pattern.removed", INFO, "schema", REQ)
def request_pattern_removed(pair: SchemaPair) -> Iterator[Finding]:
    """A request pattern was removed: more values are accepted."""
    change = _changed(pair, "pattern")
    if change and change[1] is None:
        yield found(
            "request.pattern.removed", pair.here, keyword_change("pattern", *change), pair.new.path
        )


@rule("response.pattern.changed", WARN, "schema", RES)
def response_pattern_changed(pair: SchemaPair) -> Iterator[Finding]:
    """A response pattern changed or was removed: values may no longer match what clients parse."""
    change = _changed(pair, "pattern")
    if change and change[0] is not None:
        yield found(
            "response.pattern.changed", pair.here, keyword_change("pattern", *change), pair.new.path
        )


@rule("response.pattern.added", INFO, "schema", RES)
def response_pattern_added(pair: SchemaPair) -> Iterator[Finding]:
    """A response field now promises a pattern."""
    change = _changed(pair, "pattern")
    if change and change[0] is None:
        yield found(
            "response.pattern.added", pair.here, keyword_change("pattern", *change), pair.new.path
        )
