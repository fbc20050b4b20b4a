"""Rules on bounds: numeric ranges, string lengths, array and object sizes.

A bound that moves is judged by which way it moves: a request that accepts fewer values breaks
clients, a response that may hold more values than promised breaks strict ones. A bound that
appears counts as narrower, one that disappears as wider.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.pairs import SchemaPair
from generator.diff.registry import BREAKING, INFO, WARN, Finding, found, rule
from generator.diff.rules_schema import (
    LENGTH_BOUNDS,
    RANGE_BOUNDS,
    REQ,
    RES,
    SIZE_BOUNDS,
    keyword_change,
)


def _bounds(pair: SchemaPair, bounds: dict[str, bool], sense: str) -> Iterator[str]:
    """Messages for each bound in `bounds` that moved in `sense` ("narrower" or "wider")."""
    for keyword, larger_accepts_more in bounds.items():
        before, after = pair.old.keywords.get(keyword), pair.new.keywords.get(keyword)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        if before is None:
            moved = "narrower"
        elif after is None:
            moved = "wider"
        elif not isinstance(before, int | float) or not isinstance(after, int | float):
            continue
        else:
            moved = "wider" if (after > before) == larger_accepts_more else "narrower"
        if moved == sense:
            yield keyword_change(keyword, before, after)


def _bound_rule(
    rule_id: str, bounds: dict[str, bool], sense: str, pair: SchemaPair
) -> Iterator[Finding]:
    for message in _bounds(pair, bounds, sense):
        yield found(rule_id, pair.here, message, pair.new.path)


@rule("request.range.narrowed", BREAKING, "schema", REQ)
def request_range_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A request number's range shrank (minimum raised, maximum lowered or added)."""
    yield from _bound_rule("request.range.narrowed", RANGE_BOUNDS, "narrower", pair)


@rule("request.range.widened", INFO, "schema", REQ)
def request_range_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A request number accepts a larger range."""
    yield from _bound_rule("request.range.widened", RANGE_BOUNDS, "wider", pair)


@rule("response.range.widened", WARN, "schema", RES)
def response_range_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A response number may fall outside the range clients were promised."""
    yield from _bound_rule("response.range.widened", RANGE_BOUNDS, "wider", pair)


@rule("response.range.narrowed", INFO, "schema", RES)
def response_range_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A response number promises a smaller range."""
    yield from _bound_rule("response.range.narrowed", RANGE_BOUNDS, "narrower", pair)


@rule("request.length.narrowed", BREAKING, "schema", REQ)
def request_length_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A request string must be shorter (maxLength lowered or added) or longer (minLength)."""
    yield from _bound_rule("request.length.narrowed", LENGTH_BOUNDS, "narrower", pair)


@rule("request.length.widened", INFO, "schema", REQ)
def request_length_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A request string accepts more lengths."""
    yield from _bound_rule("request.length.widened", LENGTH_BOUNDS, "wider", pair)


@rule("response.length.widened", WARN, "schema", RES)
def response_length_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A response string may be longer than clients' storage was sized for."""
    yield from _bound_rule("response.length.widened", LENGTH_BOUNDS, "wider", pair)


@rule("response.length.narrowed", INFO, "schema", RES)
def response_length_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A response string promises fewer lengths."""
    yield from _bound_rule("response.length.narrowed", LENGTH_BOUNDS, "narrower", pair)


@rule("request.size.narrowed", BREAKING, "schema", REQ)
def request_size_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A request array or object must have fewer or more entries than before."""
    yield from _bound_rule("request.size.narrowed", SIZE_BOUNDS, "narrower", pair)


@rule("request.size.widened", INFO, "schema", REQ)
def request_size_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A request array or object accepts more sizes."""
    yield from _bound_rule("request.size.widened", SIZE_BOUNDS, "wider", pair)


@rule("response.size.widened", WARN, "schema", RES)
def response_size_widened(pair: SchemaPair) -> Iterator[Finding]:
    """A response array or object may have more or fewer entries than promised."""
    yield from _bound_rule("response.size.widened", SIZE_BOUNDS, "wider", pair)


@rule("response.size.narrowed", INFO, "schema", RES)
def response_size_narrowed(pair: SchemaPair) -> Iterator[Finding]:
    """A response array or object promises fewer sizes."""
    yield from _bound_rule("response.size.narrowed", SIZE_BOUNDS, "narrower", pair)
