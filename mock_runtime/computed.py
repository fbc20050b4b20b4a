"""Run the spec's `x-computed` expressions: each becomes a function of (record, context).

The closed set of operators lives in `spec_rules.computed`; this module gives each one its
meaning, with exact decimals for sums and comparisons. Field and collection names come only
from the expression and the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mock_runtime import derive as dv
from mock_runtime.money import dec, money
from mock_runtime.storage.base import Record
from spec_rules.computed import Computed, Condition, Expression, Op, Predicate, When

if TYPE_CHECKING:
    from mock_runtime.plans import Ctx

Rule = Callable[[Record, "Ctx"], None]
Value = Callable[[Record, "Ctx"], Any]
_ABSENT = object()
_IMMUTABLE = (str, int, float, bool, type(None))
_DEFAULT_TEXT_LIMIT = 10_000  # a text field without maxLength: the longest text the API takes
_MIRRORS: dict[Op, Callable[[str, int], str]] = {
    Op.MARKUP_OF: dv.html_of,
    Op.PLAIN_TEXT_OF: dv.text_of,
}


def compile_rule(
    rule: Computed, refs: dict[str, str], paths: dict[str, str], own_uri: Value
) -> Rule:
    """The function that fills `rule.field`; `refs` maps reference fields to collections and
    `paths` collections to their URL, for the operators that follow a reference. What does not
    apply to the rule (the change it waits for, a side kept as sent, a value that may be
    absent) is left out of the function, not tested on every write."""
    name = rule.field
    convert = _MIRRORS.get(rule.value.op)
    if convert is not None and rule.when is not When.CHANGE:
        return _mirror(rule, convert)
    value = _value(rule, refs, paths, own_uri)
    keep = _keeps(rule)
    if rule.when is not When.CHANGE and keep is None and rule.value.op is not Op.URI_OF:

        def set_value(record: Record, ctx: Ctx) -> None:
            record[name] = value(record, ctx)

        return set_value
    waits, of = rule.when is When.CHANGE, rule.of

    def fill(record: Record, ctx: Ctx) -> None:
        if waits and ctx.changed != of:
            return
        if keep is not None and keep(record, ctx):
            return
        result = value(record, ctx)
        if result is _ABSENT:
            record.pop(name, None)
        else:
            record[name] = result

    return fill


def _mirror(rule: Computed, convert: Callable[[str, int], str]) -> Rule:
    """A text or markup side, as `_keeps` and `_value` make it, in one function: this pair is
    computed on every object of most writes."""
    source, name = rule.value.args[0], rule.field
    limit = rule.limit or _DEFAULT_TEXT_LIMIT

    def mirror(record: Record, ctx: Ctx) -> None:
        text = record.get(source)
        if not isinstance(text, str):
            return
        if name in record and not (source in ctx.sent and name not in ctx.sent):
            return
        record[name] = convert(text, limit)

    return mirror


def _keeps(rule: Computed) -> Callable[[Record, Ctx], bool] | None:
    """Text and markup mirror each other: a side that was sent, or that exists and whose
    source was not sent, is kept as it is."""
    if rule.value.op not in (Op.MARKUP_OF, Op.PLAIN_TEXT_OF):
        return None
    source, name = rule.value.args[0], rule.field

    def keep(record: Record, ctx: Ctx) -> bool:
        if not isinstance(record.get(source), str):
            return True
        return name in record and not (source in ctx.sent and name not in ctx.sent)

    return keep


def _value(rule: Computed, refs: dict[str, str], paths: dict[str, str], own_uri: Value) -> Value:
    expression = rule.value
    op = expression.op
    limit = rule.limit or _DEFAULT_TEXT_LIMIT
    if op is Op.CONSTANT:
        constant = expression.value
        if isinstance(constant, _IMMUTABLE):
            return lambda record, ctx: constant
        return lambda record, ctx: fresh(constant)
    if op is Op.TODAY:
        return lambda record, ctx: ctx.today.isoformat()
    if op is Op.NOW:
        return lambda record, ctx: ctx.now
    if op is Op.OWN_URI:
        return own_uri
    if op is Op.SUM:
        items, item_field = expression.args
        where = rule.field

        def total(record: Record, ctx: Ctx) -> Any:
            rows = record.get(items) or []
            found = (dec(r.get(item_field)) for r in rows if isinstance(r, dict))
            return money(sum(found, dec(0)), where)

        return total
    if op is Op.ADD_DAYS:
        date_field, days_field = expression.args

        def due(record: Record, ctx: Ctx) -> Any:
            day = dv.parse_date(record.get(date_field))
            days = record.get(days_field)
            if day is None or not isinstance(days, int | float) or days <= 0:
                return None
            return (day + dt.timedelta(days=int(days))).isoformat()

        return due
    if op is Op.FROM_REFERENCE:
        return _from_reference(expression, refs, limit)
    if op is Op.URI_OF:
        ref_field = expression.args[0]
        prefix = paths.get(refs.get(ref_field, ""), "")

        def uri_of(record: Record, ctx: Ctx) -> Any:
            value = record.get(ref_field)
            if isinstance(value, int) and prefix:
                return f"{ctx.account.base}{prefix}/{value}"
            return _ABSENT

        return uri_of
    if op is Op.COUNTRY_NAME:
        code = expression.args[0]
        return lambda record, ctx: dv.country_name(record.get(code))
    if op is Op.MARKUP_OF:
        source = expression.args[0]
        return lambda record, ctx: dv.html_of(str(record.get(source)), limit)
    if op is Op.PLAIN_TEXT_OF:
        source = expression.args[0]
        return lambda record, ctx: dv.text_of(str(record.get(source)), limit)
    return _cases(expression)


def _from_reference(expression: Expression, refs: dict[str, str], limit: int) -> Value:
    ref_field, *fields = expression.args
    target = refs.get(ref_field, "")

    def label(record: Record, ctx: Ctx) -> Any:
        ident = record.get(ref_field)
        found = ctx.account.get(target, (), ident) if isinstance(ident, int) else None
        if found is None:
            return ""
        parts = [str(found[f]) for f in fields if found.get(f) not in (None, "")]
        return " ".join(parts)[:limit]

    return label


def _cases(expression: Expression) -> Value:
    tests = [(_condition(case.when), case.then) for case in expression.cases]
    otherwise = expression.otherwise

    def first(record: Record, ctx: Ctx) -> Any:
        for test, then in tests:
            if test(record, ctx):
                return then
        return otherwise

    return first


def _condition(condition: Condition) -> Callable[[Record, Ctx], bool]:
    kind, args = condition.predicate, condition.args
    if kind is Predicate.SET:
        return lambda record, ctx: bool(record.get(args[0]))
    if kind is Predicate.EQUALS:
        wanted = condition.value
        return lambda record, ctx: record.get(args[0]) == wanted
    if kind is Predicate.LESS_THAN:
        return lambda record, ctx: dec(record.get(args[0])) < dec(record.get(args[1]))
    if kind is Predicate.NEGATIVE:
        return lambda record, ctx: dec(record.get(args[0])) < 0
    if kind is Predicate.COVERS:

        def covers(record: Record, ctx: Ctx) -> bool:
            value, other = dec(record.get(args[0])), dec(record.get(args[1]))
            return other != 0 and abs(value) >= abs(other)

        return covers

    def past(record: Record, ctx: Ctx) -> bool:
        day = dv.parse_date(record.get(args[0]))
        return day is not None and ctx.today > day

    return past


def fresh(value: Any) -> Any:
    """A copy of a value the plan declares (a default, a placeholder, a constant) that a stored
    object may own and change. Plan values are JSON values written as literals, so a copy of
    their lists and objects is a deep copy, without `copy.deepcopy`'s bookkeeping."""
    if isinstance(value, dict):
        return {k: fresh(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fresh(v) for v in value]
    return value
