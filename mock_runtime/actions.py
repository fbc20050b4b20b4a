"""Actions (`POST <object>/<verb>`): send, cancel, convert to an invoice, bind.

- send: records an `email sent` event under the document and sets its `sent` tag (6);
- cancel: sets `cancelled` to today (the status follows); refused (409) once cancelled or invoiced;
- convert (`/price_offers/{id}/invoice`): makes an invoice of the offer's rows;
- bind: ties an incoming, payment or unbilled task to an invoice or purchase (`<target>_id` in
  the body): 409 when already bound, 422 for an unknown target or another client or currency.
  An incoming becomes a payment of the invoice; a task becomes an item of it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from mock_runtime.call import Call, Reply
from mock_runtime.errors import ApiError, field
from mock_runtime.handlers import Handlers
from mock_runtime.money import dec, money
from mock_runtime.statuses import refuse_if_not_allowed
from mock_runtime.store import Account, Record
from spec_rules.types import StatusMachine

_SENT_TAG = {"tag_id": 6, "name": "sent"}
_WORDS: dict[str, Callable[[int, dict[str, Any]], bool]] = {  # word -> addresses it takes
    "main_contact": lambda position, contact: bool(contact.get("is_main")),
    "first_contact": lambda position, contact: position == 0,
    "all_contacts": lambda position, contact: True,
    "myself": lambda position, contact: False,  # the mock has no sending user with an address
}


class Actions:
    def __init__(self, handlers: Handlers) -> None:
        self.h = handlers

    def run(self, call: Call) -> Reply:
        action = call.route.action or ""
        verb = call.route.verb
        if verb == "send" or action == "send":
            return self.send(call)
        if verb == "cancel":
            return self.cancel(call)
        if verb == "convert":
            return self.convert(call)
        if verb == "bind":
            return self.bind(call)
        machine = self.h.plan(call).rules.status_machine
        if machine is not None and any(t.action == action for t in machine.transitions):
            return self.transition(call, machine)
        _, record = self.h.find(call)
        return self.h.render(call, call.route.success, record)

    def transition(self, call: Call, machine: StatusMachine) -> Reply:
        """An action that only moves the status, as the spec's status machine declares it."""
        parents, record = self.h.find(call)
        action = call.route.action or ""
        refuse_if_not_allowed(machine, action, record)
        move = next(
            t
            for t in machine.transitions
            if t.action == action and str(record.get(machine.field)) in t.from_
        )
        record[machine.field] = move.to
        self.h.writer.refresh(_account(call), call.route.resource, parents, record)
        return self.h.render(call, call.route.success, record)

    # ------------------------------------------------------------------ send
    def send(self, call: Call) -> Reply:
        parents, record = self.h.find(call)
        account = _account(call)
        key = call.route.resource
        plan = self.h.plan(call)
        body = call.body if isinstance(call.body, dict) else {}
        if body.get("document_type") == "reminder" and record.get("status") == "closed":
            raise ApiError(925, "This document is paid; there is nothing to remind the client of.")
        recipients = [
            {"name": address.split("@")[0][:150], "email_address": address, "status": "sending"}
            for address in self._addresses(account, record, body.get("recipients") or [])
        ]
        ident = record[plan.id_field]
        event_key = f"{key}/events"
        event: Record | None = None
        if event_key in self.h.plans:
            event_plan = self.h.plans[event_key]
            event_id = account.new_id(event_key)
            event = {
                event_plan.id_field: event_id,
                "date": self.h.writer.clock().date().isoformat(),
                "type": "email sent",
                "content": str(body.get("message") or body.get("subject") or "")[:10000],
                "recipients": recipients,
            }
            self.h.writer._finish(
                event_plan, event, self.h.writer.context(account, (*parents, ident))
            )
            event[plan.id_field] = ident
            event["uri"] = account.base + event_plan.object_path.format(
                **dict(
                    zip(
                        (*event_plan.parents, event_plan.id_field),
                        (*parents, ident, event_id),
                        strict=True,
                    )
                )
            )
            try:
                self.h.writer.guard(event_plan, event)
            except ApiError as error:
                raise _named_as_sent(error) from error
            account.put(event_key, (*parents, ident), event_id, event)
        tags = record.get("tags")
        if isinstance(tags, list) and _SENT_TAG not in tags:
            tags.append(dict(_SENT_TAG))
        self.h.writer.refresh(account, key, parents, record)
        if event is not None and call.route.success == 201:
            reply = self.h.render(call, 201, event)
            reply.headers = [(b"location", str(event["uri"]).encode())]
            return reply
        return self.h.render(call, call.route.success, record)

    def _addresses(self, account: Account, record: Record, wanted: list[Any]) -> list[str]:
        out: list[str] = []
        contacts = []
        client_id = record.get("client_id")
        if isinstance(client_id, int):
            contacts = list(account.rows("clients/contacts", (client_id,)).values())
            client = account.get("clients", (), client_id)
            if client and client.get("email_address"):
                contacts.insert(0, {"email_address": client["email_address"], "is_main": True})
        for entry in wanted:
            if isinstance(entry, str) and entry in _WORDS:
                found = [
                    c["email_address"]
                    for position, c in enumerate(contacts)
                    if c.get("email_address") and _WORDS[entry](position, c)
                ]
                if not found:
                    raise ApiError(
                        924,
                        f"{entry}: the client has no contact with an e-mail address.",
                        [field("recipients", "body", f"{entry} finds no e-mail address")],
                    )
                out.extend(
                    a for a in found[: 100 if entry == "all_contacts" else 1] if a not in out
                )
            elif isinstance(entry, str) and entry.isdigit():  # the id of a contact person
                contact = next((c for c in contacts if str(c.get("contact_id")) == entry), None)
                if contact is None or not contact.get("email_address"):
                    raise ApiError(
                        924,
                        f"{entry}: no contact person with this id and an e-mail address.",
                        [field("recipients", "body", f"contact {entry} has no e-mail address")],
                    )
                if contact["email_address"] not in out:
                    out.append(contact["email_address"])
            elif isinstance(entry, str) and entry not in out:
                out.append(entry)
        return out[:100]

    # ------------------------------------------------------------------ cancel / convert
    def cancel(self, call: Call) -> Reply:
        parents, record = self.h.find(call)
        self._allowed(call, record)
        record["cancelled"] = self.h.writer.clock().date().isoformat()
        self.h.writer.refresh(_account(call), call.route.resource, parents, record)
        return self.h.render(call, call.route.success, record)

    def convert(self, call: Call) -> Reply:
        parents, offer = self.h.find(call)
        self._allowed(call, offer)
        account = _account(call)
        target = "invoices"
        if target not in self.h.plans:
            raise ApiError(910, "This mock has no invoices to convert to.")
        writable = self.h.plans[target].writable
        body = {
            k: v for k, v in offer.items() if k in writable and k not in ("number", "items", "date")
        }
        lines = self.h.plans[call.route.resource].lines or ""
        item_plan = self.h.plans.get(f"{target}/items")
        item_fields = item_plan.writable if item_plan else frozenset()
        items = []
        for row in offer.get(lines) or []:
            item = {k: v for k, v in row.items() if k in item_fields}
            if "description" in item_fields and not item.get("description"):
                item["description"] = str(row.get("name") or row.get("description") or "")[:5000]
            items.append(item)
        body["items"] = items
        invoice = self.h.writer.create(account, target, (), body)
        offer["invoice_id"] = invoice[self.h.plans[target].id_field]
        self.h.writer.refresh(account, call.route.resource, parents, offer)
        reply = self.h.render(call, call.route.success, invoice)
        reply.headers = [(b"location", str(invoice.get("uri", "")).encode())]
        return reply

    def _allowed(self, call: Call, record: Record) -> None:
        machine = self.h.plan(call).rules.status_machine
        refuse_if_not_allowed(machine, call.route.action or call.route.verb, record)

    # ------------------------------------------------------------------ bind
    def bind(self, call: Call) -> Reply:
        parents, record = self.h.find(call)
        account = _account(call)
        body = call.body if isinstance(call.body, dict) else {}
        link = next((k for k in body if k.endswith("_id")), None)
        target_key = next(
            (k for k, p in self.h.plans.items() if p.id_field == link and not p.parents),
            None,
        )
        if link is None or target_key is None:
            raise ApiError(913, "Name what to bind to.", [field("(body)", "body", "needs an id")])
        if record.get(link) is not None:
            raise ApiError(925, f"This object is already bound ({link} {record[link]}).")
        target = account.get(target_key, (), body[link])
        if target is None:
            raise ApiError(
                924,
                f"{link}: there is no such object in this account.",
                [field(link, "body", "does not exist")],
            )
        for shared in ("client_id", "currency_name"):
            mine, theirs = record.get(shared), target.get(shared)
            if mine is not None and theirs is not None and mine != theirs:
                raise ApiError(
                    924,
                    f"{link}: it has another {shared.replace('_', ' ')}.",
                    [field(link, "body", f"{shared} differs")],
                )
        open_amount = dec(target.get("total_with_tax")) - dec(target.get("total_paid"))
        if body.get("full_cover") and dec(record.get("amount")) < open_amount:
            raise ApiError(
                924,
                f"The amount does not cover the {open_amount} still open.",
                [field("full_cover", "body", "amount too small")],
            )
        target_plan = self.h.plans[target_key]
        target_id = target[target_plan.id_field]
        if "items" in target_plan.embedded and "quantity" in record:  # work done: an item
            item = self._item_of(target_key, record)
            self.h.writer.create(account, f"{target_key}/items", (target_id,), item)
        elif "payments" in target_plan.embedded and "amount" in record:  # money: a payment
            source = f"{call.route.resource.rstrip('s')} {record[self.h.plan(call).id_field]}"
            payment = {
                "amount": money(dec(record.get("amount")), "amount"),
                "description": source[:255],
            }
            if record.get("date"):
                payment["date"] = record["date"]
            self.h.writer.create(account, f"{target_key}/payments", (target_id,), payment)
        record[link] = target_id
        if record.get("client_id") is None and isinstance(target.get("client_id"), int):
            record["client_id"] = target["client_id"]
        self.h.writer.refresh(account, call.route.resource, parents, record)
        target = account.get(target_key, (), target_id) or target
        if call.route.raw.get("response_schema") == target_plan.read_schema:
            return self.h.render(call, call.route.success, target)
        return self.h.render(call, call.route.success, record)

    def _item_of(self, target_key: str, task: Record) -> dict[str, Any]:
        items = self.h.plans.get(f"{target_key}/items")
        fields = items.writable if items else frozenset()
        item: dict[str, Any] = {k: v for k, v in task.items() if k in fields and v is not None}
        if "description" in fields:
            item["description"] = str(task.get("description") or task.get("name") or "")[:5000]
        if "stockitem_id" in fields and isinstance(task.get("article_id"), int):
            item["stockitem_id"] = task["article_id"]
        discount = dec(task.get("discount_percentage"))
        if discount and "amount" in item:
            item["amount"] = money(dec(item["amount"]) * (1 - discount / Decimal(100)), "amount")
        return item


def _named_as_sent(error: ApiError) -> ApiError:
    """A refusal of the recorded event, named after the send request's fields: the event's
    `recipients/2/email_address` came from `recipients` (a word there can stand for several
    addresses, so the position is not the request's); the rest of the event is not sent."""
    fields = [
        field(
            "recipients" if f["name"].startswith("recipients/") else "(body)",
            f["location"],
            f"{f['message']}: the sent e-mail's event cannot record it",
        )
        for f in error.fields
    ]
    names = ", ".join(sorted({f["name"] for f in fields}))
    return ApiError(error.error_id, f"These values cannot be recorded: {names}.", fields)


def _account(call: Call) -> Account:
    assert call.account is not None
    return call.account
