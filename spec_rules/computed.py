"""`x-computed`: how the system fills a read-only field, as a small closed set of expressions.

A derived status, a due date or a label is a rule of the contract like any other; written as
data, the mock computes it and the contract suite can check it without either one guessing
from a field's name. The set is deliberately small: a constant, the date or time, a sum over a
sub-list, a date plus days, fields of a referenced object, a reference's URL, a country name,
text to markup and back, and the first matching case of a list of conditions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class When(StrEnum):
    """When the value is computed."""

    CREATE = "create"  # once, when the object is made without it
    WRITE = "write"  # on every write of the object or of its sub-objects
    CHANGE = "change"  # when the sub-list named by `of` changes (set by hand otherwise)


class Op(StrEnum):
    TODAY = "today"
    NOW = "now"
    CONSTANT = "constant"
    OWN_URI = "own_uri"  # the object's own URL
    SUM = "sum"  # args: (list field, item field)
    ADD_DAYS = "add_days"  # args: (date field, days field); null when either is missing
    FROM_REFERENCE = "from_reference"  # args: (reference field, *fields joined by a space)
    URI_OF = "uri_of"  # args: (reference field,)
    COUNTRY_NAME = "country_name"  # args: (code field,)
    MARKUP_OF = "markup_of"  # args: (text field,): escaped into one paragraph
    PLAIN_TEXT_OF = "plain_text_of"  # args: (markup field,): tags dropped
    # the `then` of the first case whose `when` holds; a case without `when` always does
    CASES = "cases"


class Predicate(StrEnum):
    SET = "set"  # args: (field,): present and not empty, false or zero
    EQUALS = "equals"  # args: (field,), value
    LESS_THAN = "less_than"  # args: (field, other field): as decimals
    NEGATIVE = "negative"  # args: (field,): as a decimal
    COVERS = "covers"  # args: (field, other field): |field| >= |other| and other != 0
    PAST = "past"  # args: (field,): a date before today


@dataclass(frozen=True, slots=True)
class Condition:
    predicate: Predicate
    args: tuple[str, ...]
    value: Any = None


@dataclass(frozen=True, slots=True)
class Case:
    when: Condition
    then: Any


@dataclass(frozen=True, slots=True)
class Expression:
    op: Op
    args: tuple[str, ...] = ()
    value: Any = None  # the constant
    cases: tuple[Case, ...] = ()
    otherwise: Any = None

    def reads(self) -> frozenset[str]:
        """The fields of the same object this expression depends on."""
        fields = set(self.args)
        for case in self.cases:
            fields.update(case.when.args)
        if self.op is Op.FROM_REFERENCE or self.op is Op.SUM:
            fields = {self.args[0]}
        return frozenset(fields)


@dataclass(frozen=True, slots=True)
class Computed:
    """One field the system fills: when, and from what. `of` names the sub-list whose change
    triggers a `change` rule; `limit` is the field's maxLength, for texts."""

    field: str
    when: When
    value: Expression
    of: str | None = None
    limit: int | None = None


def read_computed(name: str, node: dict[str, Any], limit: int | None) -> Computed:
    """The typed form of a well-formed `x-computed` value (checked by its JSON Schema first)."""
    return Computed(
        field=name,
        when=When(node.get("when", "write")),
        value=_expression(node["value"]),
        of=node.get("of"),
        limit=limit,
    )


def _expression(node: dict[str, Any]) -> Expression:
    (key, arg), *_ = node.items()
    op = Op(key)
    if op is Op.CONSTANT:
        return Expression(op, value=arg)
    if op in (Op.TODAY, Op.NOW, Op.OWN_URI):
        return Expression(op)
    if op is Op.CASES:
        cases = tuple(Case(_condition(c["when"]), c["then"]) for c in arg if "when" in c)
        fallback = next((c["then"] for c in arg if "when" not in c), None)
        return Expression(op, cases=cases, otherwise=fallback)
    if op is Op.SUM:
        return Expression(op, args=(arg["items"], arg["field"]))
    if op is Op.ADD_DAYS:
        return Expression(op, args=(arg["date"], arg["days"]))
    if op is Op.FROM_REFERENCE:
        return Expression(op, args=(arg["reference"], *arg["fields"]))
    return Expression(op, args=(str(arg),))


def _condition(node: dict[str, Any]) -> Condition:
    (key, arg), *_ = node.items()
    predicate = Predicate(key)
    if predicate is Predicate.EQUALS:
        return Condition(predicate, (arg[0],), arg[1])
    if isinstance(arg, list):
        return Condition(predicate, tuple(str(a) for a in arg))
    return Condition(predicate, (str(arg),))
