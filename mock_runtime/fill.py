"""Writes: build the stored object from a request body and the resource plan, then commit.

Create, replace, update and delete all go through `Writer`: it checks the rules a schema
cannot say (422), fills what the system sets (ids, uri, numbers, dates, totals, statuses,
embedded lists), commits, and refreshes the parent of a sub-object (an item changes the
invoice's totals). A refresh that breaks a rule puts the old state back before answering 422.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from mock_runtime import derive as dv
from mock_runtime.errors import ApiError, field
from mock_runtime.money import compute, dec, money
from mock_runtime.store import Account, Record
from mock_runtime.validation import Schemas, errors_of

log = logging.getLogger("mock_runtime.fill")

Plan = dict[str, Any]
Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Writer:
    def __init__(
        self, resources: dict[str, Plan], schemas: Schemas | None = None, clock: Clock = _utcnow
    ) -> None:
        self.resources = resources
        self.schemas = schemas
        self.clock = clock

    def guard(self, plan: Plan, record: Record) -> None:
        """Refuse (422) what would be stored invalid against the read schema.

        Every schema-valid request should give a valid object; when an odd combination of
        valid values does not (an address the recipient field cannot hold, a derived text
        longer than its field), the caller gets 422 and the log says what happened."""
        if self.schemas is None:
            return
        validator = self.schemas.validator(f"#/components/schemas/{plan['read_schema']}")
        if validator.is_valid(record):
            return
        fields, _ = errors_of(validator, record, "body")
        log.warning("write to %s refused, the result would be invalid: %s", plan["key"], fields[:3])
        names = ", ".join(f["name"] for f in fields[:5])
        raise ApiError(924, f"These values cannot be stored together: {names}.", fields)

    # ------------------------------------------------------------------ public
    def create(
        self, account: Account, key: str, parents: tuple[int, ...], body: dict[str, Any]
    ) -> Record:
        plan = self.resources[key]
        record, children = self._build(account, plan, parents, None, body, "create")
        self._commit(account, plan, parents, record, children)
        return record

    def replace(
        self,
        account: Account,
        key: str,
        parents: tuple[int, ...],
        old: Record,
        body: dict[str, Any],
    ) -> Record:
        plan = self.resources[key]
        record, children = self._build(account, plan, parents, old, body, "replace")
        self._commit(account, plan, parents, record, children, old)
        return record

    def update(
        self,
        account: Account,
        key: str,
        parents: tuple[int, ...],
        old: Record,
        body: dict[str, Any],
    ) -> Record:
        plan = self.resources[key]
        record, children = self._build(account, plan, parents, old, body, "update")
        self._commit(account, plan, parents, record, children, old)
        return record

    def delete(self, account: Account, key: str, parents: tuple[int, ...], old: Record) -> None:
        plan = self.resources[key]
        ident = old[plan["id_field"]]
        account.remove(key, parents, ident)
        account.drop_children(key, parents, ident)
        self._unindex(account, plan, old)
        if parents:
            self.refresh_parent(account, key, parents, changed=key.rsplit("/", 1)[1])

    def refresh(
        self,
        account: Account,
        key: str,
        parents: tuple[int, ...],
        record: Record,
        changed: str = "",
    ) -> None:
        """Recompute what depends on sub-objects (embedded lists, totals) of a stored object."""
        plan = self.resources[key]
        ident = record[plan["id_field"]]
        for name, child_key in plan["embedded"].items():
            record[name] = list(account.rows(child_key, (*parents, ident)).values())
        self._derive(account, plan, parents, record, set(), changed)
        self._finish(plan, record)

    def refresh_parent(
        self, account: Account, key: str, parents: tuple[int, ...], changed: str
    ) -> None:
        parent_key = key.rsplit("/", 1)[0]
        parent = account.get(parent_key, parents[:-1], parents[-1])
        if parent is not None:
            self.refresh(account, parent_key, parents[:-1], parent, changed)
            self.guard(self.resources[parent_key], parent)
            if len(parents) > 1:
                self.refresh_parent(account, parent_key, parents[:-1], "")

    # ------------------------------------------------------------------ building
    def _build(
        self,
        account: Account,
        plan: Plan,
        parents: tuple[int, ...],
        old: Record | None,
        body: dict[str, Any],
        mode: str,
    ) -> tuple[Record, dict[str, list[dict[str, Any]]]]:
        body = dict(body)
        children_in = {n: body.pop(n) for n in list(body) if n in plan["embedded"]}
        self._split_quantity(body)
        self._check_refs(account, plan, body)
        if mode == "create":
            record: Record = {
                k: copy.deepcopy(v) for k, v in plan["defaults"].items() if k not in body
            }
            ident = account.new_id(plan["key"])
        else:
            assert old is not None
            ident = old[plan["id_field"]]
            if mode == "update":
                record = {k: v for k, v in old.items() if k not in plan["embedded"]}
                if plan["line"]:  # the amount sent decides; drop the other one to recompute it
                    if "amount" in body and "amount_with_tax" not in body:
                        record.pop("amount_with_tax", None)
                    elif "amount_with_tax" in body and "amount" not in body:
                        record.pop("amount", None)
            else:
                writable = set(plan["writable"])
                kept = {r[0] for r in plan["on_create"]}
                record = {
                    k: v
                    for k, v in old.items()
                    if (k not in writable or k in kept) and k not in plan["embedded"]
                }
                if plan["line"]:
                    for name in ("amount", "amount_with_tax"):
                        record.pop(name, None)
                for k, v in plan["defaults"].items():
                    if k not in body:
                        record[k] = copy.deepcopy(v)
        record.update(body)
        record[plan["id_field"]] = ident
        for a, b in plan["require_one"]:
            if record.get(a) is None and record.get(b) is None:
                raise ApiError(
                    924, f"Send `{a}` or `{b}`.", [field(a, "body", f"`{a}` or `{b}` is required")]
                )
        if mode == "create":
            self._on_create(account, plan, record)
        elif old is not None:
            self._renumber(account, plan, record, old)
        children: dict[str, list[dict[str, Any]]] = {}
        for name, child_key in plan["embedded"].items():
            if name in children_in:
                child_plan = self.resources[child_key]
                built = []
                for entry in children_in[name] if isinstance(children_in[name], list) else []:
                    child, _ = self._build(
                        account, child_plan, (*parents, ident), None, entry, "create"
                    )
                    built.append(child)
                children[name] = built
                record[name] = built
            elif old is not None:
                record[name] = list(account.rows(child_key, (*parents, ident)).values())
            else:
                record[name] = []
        self._derive(account, plan, parents, record, set(body), "")
        self._finish(plan, record)
        return record, children

    def _commit(
        self,
        account: Account,
        plan: Plan,
        parents: tuple[int, ...],
        record: Record,
        children: dict[str, list[dict[str, Any]]],
        old: Record | None = None,
    ) -> None:
        key = plan["key"]
        ident = record[plan["id_field"]]
        if not parents:
            self.guard(plan, record)
        for name, built in children.items():  # a list sent replaces the sub-objects
            child_key = plan["embedded"][name]
            for child in built:
                self.guard(self.resources[child_key], child)
            table = account.tables.setdefault(child_key, {})
            table[(*parents, ident)] = {c[self.resources[child_key]["id_field"]]: c for c in built}
        if old is not None:
            self._unindex(account, plan, old)
        account.put(key, parents, ident, record)
        self._index(account, plan, record)
        if parents:  # the parent's totals first: they fill a line's amounts
            changed = key.rsplit("/", 1)[1]
            try:
                self.refresh_parent(account, key, parents, changed)
                self.guard(plan, record)
            except ApiError:
                if old is None:
                    account.remove(key, parents, ident)
                else:
                    account.put(key, parents, ident, old)
                self.refresh_parent(account, key, parents, changed)
                raise

    # ------------------------------------------------------------------ rules
    def _check_refs(self, account: Account, plan: Plan, body: dict[str, Any]) -> None:
        for name in plan["checked_refs"]:
            target = plan["refs"][name]
            value = body.get(name)
            if isinstance(value, int) and account.get(target, (), value) is None:
                noun = target.rstrip("s").replace("_", " ")
                raise ApiError(
                    924,
                    f"{name}: there is no {noun} {value} in this account.",
                    [field(name, "body", "refers to an object that does not exist")],
                )

    @staticmethod
    def _split_quantity(body: dict[str, Any]) -> None:
        combined = body.pop("quantity_with_unit", None)
        if not isinstance(combined, str):
            return
        if "quantity" in body or "unit" in body:
            raise ApiError(
                924,
                "quantity_with_unit cannot be sent together with quantity or unit.",
                [field("quantity_with_unit", "body", "not together with quantity or unit")],
            )
        quantity, _, unit = combined.partition(" ")
        body["quantity"], body["unit"] = quantity, unit

    def _on_create(self, account: Account, plan: Plan, record: Record) -> None:
        now = self.clock()
        for name, rule, arg in plan["on_create"]:
            if record.get(name) is not None:
                continue
            if rule == "today":
                record[name] = now.date().isoformat()
            elif rule == "now":
                record[name] = now.strftime("%Y-%m-%d %H:%M:%S")
            elif rule == "const":
                record[name] = copy.deepcopy(arg)
            elif rule == "number":
                self._number(account, plan, record, arg, None)

    def _renumber(self, account: Account, plan: Plan, record: Record, old: Record) -> None:
        rule = next((r for r in plan["on_create"] if r[1] == "number"), None)
        if rule is None:
            return
        if rule[0] in plan["writable"] and record.get(rule[0]) != old.get(rule[0]):
            return  # a number sent by the caller stays as sent
        args = rule[2]
        watched = [args["prefix"], args["zeros"], "date"]
        if any(w and record.get(w) != old.get(w) for w in watched):
            seq = account.seq_of.get((plan["key"], record[plan["id_field"]]))
            self._number(account, plan, record, args, seq)

    def _number(
        self, account: Account, plan: Plan, record: Record, args: dict[str, Any], seq: int | None
    ) -> None:
        key = plan["key"]
        numbers = self._numbers(account, plan)
        prefix = str(record.get(args["prefix"]) or "") if args["prefix"] else ""
        zeros = args["default_zeros"]
        if args["zeros"] and isinstance(record.get(args["zeros"]), int | float):
            zeros = int(record[args["zeros"]])
        day = dv.parse_date(record.get("date")) or self.clock().date()
        fixed = seq is not None
        if seq is None:
            seq = account.sequences.get(key, 0) + 1
        ident = record[plan["id_field"]]
        while True:
            number = dv.expand_prefix(prefix, day) + str(seq).zfill(zeros)
            owner = numbers.get(number)
            if owner is None or owner == ident:
                break
            if fixed:
                raise ApiError(925, f"The number would become {number}, which another object has.")
            seq += 1
        if len(number) > args["max_length"]:
            raise ApiError(
                924,
                "The expanded prefix makes the number too long.",
                [field("prefix", "body", "too long")],
            )
        record["number"] = number
        account.seq_of[(key, ident)] = seq
        account.sequences[key] = max(account.sequences.get(key, 0), seq)

    def _numbers(self, account: Account, plan: Plan) -> dict[str, int]:
        key = plan["key"]
        found = account.numbers.get(key)
        if found is None:
            found = account.numbers[key] = {}
            rule = next((r for r in plan["on_create"] if r[1] == "number"), None)
            for rows in account.tables.get(key, {}).values():
                for ident, record in rows.items():
                    number = record.get("number")
                    if isinstance(number, str):
                        found[number] = ident
                        if rule is not None:
                            seq = _sequence_of(record, rule[2])
                            if seq is not None:
                                account.seq_of[(key, ident)] = seq
                                account.sequences[key] = max(account.sequences.get(key, 0), seq)
        return found

    def _index(self, account: Account, plan: Plan, record: Record) -> None:
        if "number" in plan["fields"] and isinstance(record.get("number"), str):
            self._numbers(account, plan)[record["number"]] = record[plan["id_field"]]

    def _unindex(self, account: Account, plan: Plan, old: Record) -> None:
        numbers = account.numbers.get(plan["key"])
        if numbers is not None and numbers.get(old.get("number", "")) == old[plan["id_field"]]:
            del numbers[old["number"]]

    def _derive(
        self,
        account: Account,
        plan: Plan,
        parents: tuple[int, ...],
        record: Record,
        sent: set[str],
        changed: str,
    ) -> None:
        now = self.clock()
        for name, rule, arg in plan["derive"]:
            if rule == "parent":
                record[name] = parents[arg]
            elif rule == "uri":
                ids = dict(
                    zip(
                        (*plan["parents"], plan["id_field"]),
                        (*parents, record[plan["id_field"]]),
                        strict=True,
                    )
                )
                record[name] = account.base + plan["object_path"].format(**ids)
            elif rule == "ref_uri":
                value = record.get(arg)
                target = self.resources.get(plan["refs"].get(arg, ""), {})
                if isinstance(value, int) and target:
                    record[name] = f"{account.base}{target['collection_path']}/{value}"
                else:
                    record.pop(name, None)
            elif rule == "ref_label":
                self._label(account, plan, record, name, arg, sent)
            elif rule == "country":
                record[name] = dv.country_name(record.get(arg))
            elif rule == "html_from":
                source, limit = arg
                if isinstance(record.get(source), str) and (
                    name not in record or (source in sent and name not in sent)
                ):
                    record[name] = dv.html_of(record[source], limit)
            elif rule == "text_from":
                source, limit = arg
                if isinstance(record.get(source), str) and (
                    name not in record or (source in sent and name not in sent)
                ):
                    record[name] = dv.text_of(record[source], limit)
            elif rule == "totals":
                compute(record, plan["lines"])
            elif rule == "total_paid":
                paid = sum(
                    (dec(p.get("amount")) for p in record.get(arg) or [] if isinstance(p, dict)),
                    dec(0),
                )
                record[name] = money(paid, name)
            elif rule == "pay_status" and changed == "payments":
                total, paid = dec(record.get("total_with_tax")), dec(record.get("total_paid"))
                record[name] = "paid" if total != 0 and abs(paid) >= abs(total) else "unpaid"
            elif rule == "due_date":
                day = dv.parse_date(record.get("date"))
                limit = record.get("pay_limit")
                if day is not None and isinstance(limit, int | float) and limit > 0:
                    record[name] = (day + dt.timedelta(days=int(limit))).isoformat()
                else:
                    record[name] = None
            elif rule == "doc_status":
                due = dv.parse_date(record.get("due_date"))
                if record.get("pay_status") == "paid":
                    record[name] = "closed"
                elif due is not None and now.date() > due:
                    record[name] = "overdue"
                else:
                    record[name] = "open"
            elif rule == "doc_type":
                record[name] = "creditnote" if dec(record.get("total_with_tax")) < 0 else "invoice"
            elif rule == "now":
                record[name] = now.strftime("%Y-%m-%d %H:%M:%S")

    def _label(
        self,
        account: Account,
        plan: Plan,
        record: Record,
        name: str,
        arg: list[Any],
        sent: set[str],
    ) -> None:
        id_field, always, limit = arg
        if not always and (name in sent or (record.get(name) and id_field not in sent)):
            return
        target = account.get(plan["refs"][id_field], (), record.get(id_field) or 0)
        label = ""
        if target is not None:
            name_part = target.get("name") or target.get("account_name") or ""
            code = target.get("code")
            label = f"{code} {name_part}" if code and always else str(name_part)
        if label or always:
            record[name] = label[:limit]

    def _finish(self, plan: Plan, record: Record) -> None:
        for name, spec in plan["nested"].items():
            value = record.get(name)
            entries = value if spec["many"] and isinstance(value, list) else [value]
            for entry in entries:
                if not isinstance(entry, dict):
                    continue
                for sub, rule, arg in spec["derive"]:
                    if rule == "country":
                        entry[sub] = dv.country_name(entry.get(arg))
                for sub, default in spec["placeholders"].items():
                    entry.setdefault(sub, copy.deepcopy(default))
        for name, default in plan["placeholders"].items():
            if name not in record:
                record[name] = copy.deepcopy(default)
        ordered = [(k, record[k]) for k in plan["fields"] if k in record]
        record.clear()  # in place: parents' embedded lists hold this very dict
        record.update(ordered)


def _sequence_of(record: Record, args: dict[str, Any]) -> int | None:
    number = record.get("number")
    if not isinstance(number, str):
        return None
    prefix = str(record.get(args["prefix"]) or "") if args["prefix"] else ""
    day = dv.parse_date(record.get("date"))
    expanded = dv.expand_prefix(prefix, day) if day else ""
    rest = number[len(expanded) :] if number.startswith(expanded) else number
    return int(rest) if rest.isdigit() and len(rest) < 12 else None
