"""HTML and PDF copies of an object, laid out as its read schema's `x-printable` declares.

The title, the status, the seller and client blocks, the header facts, the line columns, the
VAT per rate and the totals (with their labels) all come from the plan; nothing here names a
field of an API. One Jinja template (`templates/printable.html.j2`) renders the HTML copy, and
the PDF is that same HTML laid out on A4 by WeasyPrint (`pdf_writer`), so the two never drift.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from mock_runtime import pdf_writer
from mock_runtime.money import vat_per_rate
from mock_runtime.plans import Plan
from mock_runtime.storage.base import Account, Record
from spec_rules.types import Column, Party, Printable

Facts = tuple[tuple[str, str], ...]
_TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True, slots=True)
class PrintedParty:
    heading: str
    lines: tuple[str, ...]
    facts: Facts


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    numeric: bool  # right-aligned: amounts, quantities, rates


@dataclass(frozen=True, slots=True)
class PrintCopy:
    """What one printed document shows, already read from the object; the template only lays
    it out."""

    title: str
    status: str = ""
    seller: PrintedParty | None = None
    client: PrintedParty | None = None
    facts: Facts = ()
    columns: tuple[Cell, ...] = ()  # the header row (numeric: the column holds numbers)
    lines: tuple[tuple[Cell, ...], ...] = ()
    vat: tuple[tuple[str, str, str], ...] = ()  # (label, taxed base, VAT)
    totals: Facts = ()
    grand_total: str = ""  # the label of the total with tax, printed strong


def copy_of(
    record: Record, plan: Plan, account: Account | None = None, plans: dict[str, Plan] | None = None
) -> PrintCopy:
    """The printed copy of `record`, as the read schema's `x-printable` declares it; without
    one, the collection and the object's id."""
    layout = plan.rules.printable or Printable(title=plan.key)
    read = _Reader(record, plan, layout, account, plans or {})
    number = read.text((layout.number,)) if layout.number else ""
    lines = _lines(record, plan, layout)
    columns = tuple(
        Cell(c.label, bool(lines) and all(row[i].numeric for row in lines if row[i].text))
        for i, c in enumerate(layout.columns)
    )
    document = plan.rules.document
    vat: tuple[tuple[str, str, str], ...] = ()
    grand = ""
    if document is not None and document.fields is not None:
        if layout.vat_label:
            label = layout.vat_label
            vat = tuple(
                (label.replace("{rate}", f"{rate.normalize():f}"), base, tax)
                for rate, base, tax in vat_per_rate(record, document)
            )
        grand = next((c.label for c in layout.totals if document.fields.with_tax in c.fields), "")
    return PrintCopy(
        title=f"{layout.title} {number or record.get(plan.id_field)}",
        status=read.text((layout.status,)) if layout.status else "",
        seller=read.party(layout.seller),
        client=read.party(layout.client),
        facts=read.facts(layout.header),
        columns=columns,
        lines=lines,
        vat=vat,
        totals=read.facts(layout.totals),
        grand_total=grand,
    )


def blank(title: str) -> PrintCopy:
    """A copy with a title and nothing else (examples mode: a PDF example is not YAML)."""
    return PrintCopy(title=title)


def html(copy: PrintCopy) -> bytes:
    return _template().render(doc=copy).encode("utf-8")


def pdf(copy: PrintCopy) -> bytes:
    """The HTML copy laid out as an A4 PDF: one template for both."""
    return pdf_writer.pdf_of(html(copy))


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("printable.html.j2")


def _lines(record: Record, plan: Plan, layout: Printable) -> tuple[tuple[Cell, ...], ...]:
    held = record.get(plan.lines) if plan.lines and layout.columns else None
    out = []
    for line in held if isinstance(held, list) else []:
        if isinstance(line, dict):
            out.append(tuple(_cell(_first(line, c), c.suffix) for c in layout.columns))
    return tuple(out)


def _cell(value: str, suffix: str) -> Cell:
    try:
        numeric = bool(value) and Decimal(value).is_finite()
    except InvalidOperation:
        numeric = False
    return Cell(value + suffix if value else "", numeric)


def _first(values: dict[str, Any], column: Column) -> str:
    """The first field of a line's column that has a value, as text (lines are not walked)."""
    found = (values.get(f) for f in column.fields)
    return next((str(v) for v in found if v not in (None, "")), "")


class _Reader:
    """Reads printed paths of one object: `a.b` into objects, and through an id with an owned
    reference to the object it names in the same account (an empty id with a declared fallback
    to the object of that collection whose flag is true)."""

    def __init__(
        self,
        record: Record,
        plan: Plan | None,
        layout: Printable,
        account: Account | None,
        plans: dict[str, Plan],
    ) -> None:
        self.record, self.plan, self.account, self.plans = record, plan, account, plans
        self.fallbacks = {f.reference: f.flag for f in layout.fallbacks}

    def value(self, path: str, to_object: bool = False) -> Any:
        """The value at `path`; with `to_object`, an id at its end gives the object it names."""
        current: Any = self.record
        plan: Plan | None = self.plan
        steps = path.split(".")
        for depth, step in enumerate(steps):
            if not isinstance(current, dict):
                return None
            found = current.get(step)
            collection = plan.refs.get(step) if plan is not None else None
            if depth == len(steps) - 1 and not (to_object and collection):
                return found
            if collection is None:
                current, plan = found, None
                continue
            current = self._referenced(collection, found, step if depth == 0 else None)
            plan = self.plans.get(collection)
        return current

    def _referenced(self, collection: str, ident: Any, own: str | None) -> Record | None:
        if self.account is None:
            return None
        if isinstance(ident, int) and not isinstance(ident, bool):
            return self.account.get(collection, (), ident)
        flag = self.fallbacks.get(own) if own else None
        if ident is None and flag is not None:
            rows = self.account.rows(collection, ())
            return next((r for _, r in sorted(rows.items()) if r.get(flag) is True), None)
        return None

    def text(self, paths: tuple[str, ...]) -> str:
        """The first of `paths` that has a value, as text; "" when none has."""
        for path in paths:
            found = self.value(path)
            if found not in (None, "") and not isinstance(found, dict | list):
                return str(found)
        return ""

    def facts(self, columns: tuple[Column, ...]) -> Facts:
        """(label, value) of the columns that have a value: empty ones are left out."""
        found = ((c.label, self.text(c.fields), c.suffix) for c in columns)
        return tuple((label, text + suffix) for label, text, suffix in found if text)

    def party(self, party: Party | None) -> PrintedParty | None:
        if party is None:
            return None
        lines = self._lines(party.lines, self.text)
        for path in party.address_from:  # the first source that fills a line
            source = self.value(path, to_object=True)
            if isinstance(source, dict):
                inside = _Reader(source, None, Printable(title=""), self.account, self.plans)
                address = self._lines(party.address, inside.text)
                if address:
                    lines += address
                    break
        if not lines:
            return None
        return PrintedParty(party.heading, tuple(lines), self.facts(party.facts))

    @staticmethod
    def _lines(
        entries: tuple[tuple[str, ...], ...], text: Callable[[tuple[str, ...]], str]
    ) -> list[str]:
        """Each entry's filled fields joined by a space; empty lines left out."""
        out = []
        for entry in entries:
            line = " ".join(w for w in (text((path,)) for path in entry) if w)
            if line:
                out.append(line)
        return out
