"""Document numbers: `prefix` (PHP date letters expanded with the document date) followed by a
sequence number padded with zeros to `leading_zeros`; unique per collection and account.

The sequence is one more than the highest in the account; the number is formatted again when
prefix, zeros or date change, and a change that would collide with another document is 409.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from mock_runtime import derive as dv
from mock_runtime.errors import BUSINESS_RULE_VIOLATED, CONFLICT, ApiError, field
from mock_runtime.plans import Plan
from mock_runtime.storage.base import Account, Record


def index(account: Account, plan: Plan) -> dict[str, int]:
    """number -> id for the collection, built on first use from what is stored."""
    key = plan.key
    found = account.numbers.get(key)
    if found is None:
        found = account.numbers[key] = {}
        for rows in account.tables.get(key, {}).values():
            for ident, record in rows.items():
                number = record.get(_field(plan))
                if not isinstance(number, str):
                    continue
                found[number] = ident
                seq = _sequence_of(record, plan) if plan.number else None
                if seq is not None:
                    account.seq_of[(key, ident)] = seq
                    account.sequences[key] = max(account.sequences.get(key, 0), seq)
    return found


def assign(account: Account, plan: Plan, record: Record, today: dt.date, seq: int | None) -> None:
    """Give `record` its number: the next sequence, or `seq` kept when it is renumbered."""
    args = plan.number
    assert args is not None
    key = plan.key
    numbers = index(account, plan)
    prefix = str(record.get(args["prefix"]) or "") if args["prefix"] else ""
    zeros = int(args["default_zeros"])
    if args["zeros"] and isinstance(record.get(args["zeros"]), int | float):
        zeros = int(record[args["zeros"]])
    day = (dv.parse_date(record.get(args["date"])) if args["date"] else None) or today
    fixed = seq is not None
    if seq is None:
        seq = account.sequences.get(key, 0) + 1
    ident = record[plan.id_field]
    expanded = dv.expand_prefix(prefix, day)
    while True:
        number = expanded + str(seq).zfill(zeros)
        owner = numbers.get(number)
        if owner is None or owner == ident:
            break
        if fixed:
            raise ApiError(CONFLICT, f"The number would become {number}, which another object has.")
        seq += 1
    if len(number) > args["max_length"]:
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            "The expanded prefix makes the number too long.",
            [field("prefix", "body", "expands to a number that is too long")],
        )
    record[_field(plan)] = number
    account.seq_of[(key, ident)] = seq  # the sequence moves on when the object is stored (add)


def renumber(account: Account, plan: Plan, record: Record, old: Record, today: dt.date) -> None:
    args = plan.number
    if args is None:
        return
    if _field(plan) in plan.writable and record.get(_field(plan)) != old.get(_field(plan)):
        return  # a number sent by the caller stays as sent
    watched = (args["prefix"], args["zeros"], args["date"])
    if any(w and record.get(w) != old.get(w) for w in watched):
        seq = account.seq_of.get((plan.key, record[plan.id_field]))
        assign(account, plan, record, today, seq)


def refuse_taken(account: Account, plan: Plan, record: Record, sent: Collection[str]) -> None:
    """A number sent that another object of the collection has (`x-numbering` unique): 422
    with the rule's catalogue id."""
    rule, name = plan.rules.numbering, plan.rules.number_field
    if rule is None or name is None or not rule.unique or name not in sent:
        return
    owner = index(account, plan).get(str(record.get(name)))
    if owner is not None and owner != record[plan.id_field]:
        raise ApiError(
            rule.error_id if rule.error_id is not None else BUSINESS_RULE_VIOLATED,
            f"{name}: {record.get(name)} is the number of another object.",
            [field(name, "body", "is taken")],
        )


def add(account: Account, plan: Plan, record: Record) -> None:
    """Index a stored object's number; its sequence number is used from now on (a write that
    failed after a number was assigned leaves no gap)."""
    if isinstance(record.get(_field(plan)), str):
        index(account, plan)[record[_field(plan)]] = record[plan.id_field]
    seq = account.seq_of.get((plan.key, record[plan.id_field]))
    if seq is not None:
        account.sequences[plan.key] = max(account.sequences.get(plan.key, 0), seq)


def remove(account: Account, plan: Plan, old: Record) -> None:
    numbers = account.numbers.get(plan.key)
    if numbers is not None and numbers.get(old.get(_field(plan), "")) == old[plan.id_field]:
        del numbers[old[_field(plan)]]


def _sequence_of(record: Record, plan: Plan) -> int | None:
    args = plan.number
    assert args is not None
    number = record.get(_field(plan))
    if not isinstance(number, str):
        return None
    prefix = str(record.get(args["prefix"]) or "") if args["prefix"] else ""
    day = dv.parse_date(record.get(args["date"])) if args["date"] else None
    expanded = dv.expand_prefix(prefix, day) if day else ""
    rest = number[len(expanded) :] if number.startswith(expanded) else number
    return int(rest) if rest.isdigit() and len(rest) < 12 else None


def _field(plan: Plan) -> str:
    """The property `x-numbering` is declared on."""
    return plan.rules.number_field or ""
