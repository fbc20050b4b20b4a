"""The lint of the behaviour extensions: each misuse of an `x-` rule in a spec answers with a
`file:line: error:` at the rule, and a well-formed rule passes.

Each case plants a few lines into a copy of the small fixture spec's `Invoice` schema and runs
the real CLI, so what is tested is what an API team sees from `make lint`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generator.support import REPO

MINI = REPO / "tests" / "fixtures" / "mini_spec"
INVOICE = Path("domains/invoices/schemas/Invoice.yaml")
_ANCHOR = "    description: Id of the client invoiced.\n"

# (case, lines planted under `client_id` (property) or at the top (schema: prefix "^"), message)
CASES = [
    (
        "unknown extension",
        "    x-refrences: {collection: clients, error_id: 928}\n",
        "unknown behaviour extension 'x-refrences'",
    ),
    ("bad shape", "    x-references: {collection: clients}\n", "x-references"),
    (
        "unknown collection",
        "    x-references: {collection: customers, error_id: 928}\n",
        "no collection 'customers'",
    ),
    (
        "id not in catalogue",
        "    x-references: {collection: clients, error_id: 924}\n",
        "error id 924 is not in the error catalogue",
    ),
    (
        "id with the wrong status",
        "    x-references: {collection: clients, error_id: 928}\n",
        "error id 928 answers 400; a reference refusal answers 422",
    ),
    (
        "default from a non-reference",
        "    x-default-from: {reference: date, field: name}\n",
        "`date` must be a property of this schema with an owned x-references",
    ),
    (
        "numbering sibling missing",
        "    x-numbering: {prefix: prefix}\n",
        "`prefix` is not a property of this schema",
    ),
    (
        "schema rule on a property",
        "    x-on-delete: {cascade: [items]}\n",
        "x-on-delete belongs on an object schema",
    ),
    (
        "cascade of no property",
        "^x-on-delete: {cascade: [lines]}\n",
        "`lines` is not a property of this schema",
    ),
    (
        "machine on no field",
        "^x-status-machine: {field: state, initial: open}\n",
        "`state` is not a property of this schema",
    ),
    (
        "action in a schema",
        "^x-action: {kind: set, set: {}}\n",
        "x-action belongs on an operation",
    ),
    (
        "document without lines",
        "^x-document: {lines: rows}\n",
        "`rows` is not a property of this schema",
    ),
    ("totals roles of the wrong shape", "^x-totals: {tax_rates: [total]}\n", "x-totals"),
    (
        "line roles naming no field",
        "^x-line-amounts: {price: total, price_with_tax: total, quantity: qty, tax_rate: total,"
        " special: {field: status, equals: DR}, without_tax: total, with_tax: total}\n",
        "`qty` is not a property of this schema",
    ),
    (
        "printable header naming no field",
        "^x-printable: {title: Invoice, header: {Client: client_nam}}\n",
        "`client_nam` is not a property there",
    ),
    (
        "printable columns without document",
        "^x-printable: {title: Invoice, columns: {Price: amount}}\n",
        "columns and vat_label need an x-document on this schema",
    ),
    (
        "printable path through a reference to no field",
        "^x-printable: {title: Invoice, header: {VAT: client_id.vat}}\n",
        "`client_id.vat`: `vat` is not a property there",
    ),
    (
        "printable address line its source lacks",
        "^x-printable: {title: Invoice, client: {heading: To, lines: [number],"
        " address: {from: client_id, lines: [town]}}}\n",
        "`town` of `client_id`: `town` is not a property there",
    ),
    (
        "printable fallback through no reference",
        "^x-printable: {title: Invoice, fallbacks: {client_id: name}}\n",
        "fallback `client_id` is no id with an owned x-references",
    ),
    (
        "line price that is no line amount",
        "^x-document: {lines: items, line_prices: [amount, discount]}\n",
        "`discount` is no writable field of the line amounts",
    ),
    (
        "split into no sibling",
        "    x-splits-into: {fields: [quantity, unit], separator: ' '}\n",
        "x-splits-into: `quantity` is not a property of this schema",
    ),
    (
        "open amount into no sibling",
        "    x-open-amount: {into: paid, total: total, paid: total_paid, error_id: 910}\n",
        "x-open-amount: `paid` is not a property of this schema",
    ),
    (
        "open amount with the wrong status",
        "    x-open-amount: {into: total, total: total, paid: total_paid, error_id: 928}\n",
        "a nothing-open refusal answers 409",
    ),
    (
        "find or create in no collection",
        "    x-find-or-create: {collection: customers, sets: client_id, fields: "
        "[{field: name, from: [name]}]}\n",
        "no collection 'customers'",
    ),
    (
        "find or create of no field of the collection",
        "    x-find-or-create: {collection: clients, sets: client_id, fields: "
        "[{field: nickname, from: [name]}]}\n",
        "`nickname` is not a property of clients",
    ),
    (
        "find or create setting no sibling",
        "    x-find-or-create: {collection: clients, sets: client_ref, fields: "
        "[{field: name, from: [name]}]}\n",
        "`client_ref` is not a property of this schema",
    ),
]


SEND = Path("domains/invoices/paths/invoice_send.yaml")
_OPERATION = "  operationId: invoices_send\n"

# (case, lines planted under the action operation `POST /invoices/{invoice_id}/send`, message)
ACTION_CASES = [
    ("action of a bad shape", "  x-action: {kind: copy, target: invoices}\n", "x-action"),
    (
        "action into no collection",
        "  x-action: {kind: record, collection: events}\n",
        "no collection 'invoices/events'",
    ),
    (
        "action setting no property",
        "  x-action: {kind: set, set: {sent_on: {today: true}}}\n",
        "`sent_on` (set) is not a property of the object",
    ),
    (
        "action refused with an unknown id",
        "  x-action:\n    kind: set\n    set: {date: {today: true}}\n"
        "    refuse: [{object: {date: '2026-01-01'}, error_id: 999, message: No.}]\n",
        "error id 999 is not in the error catalogue",
    ),
]


def _plant(tmp_path: Path, lines: str) -> Path:
    root = tmp_path / "spec"
    shutil.copytree(MINI, root)
    target = root / INVOICE
    text = target.read_text(encoding="utf-8")
    if lines.startswith("^"):
        text = text.replace("type: object\n", "type: object\n" + lines[1:], 1)
    else:
        assert _ANCHOR in text
        text = text.replace(_ANCHOR, _ANCHOR + lines, 1)
    target.write_text(text, encoding="utf-8")
    return root / "openapi.yaml"


def _validate(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(("case", "lines", "message"), CASES, ids=[c[0] for c in CASES])
def test_misused_rule_is_a_located_error(
    tmp_path: Path, case: str, lines: str, message: str
) -> None:
    done = _validate(_plant(tmp_path, lines))
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output
    located = re.compile(r"Invoice\.yaml:(\d+): error: (.*)")
    found = [m for m in located.finditer(output) if message in m.group(2)]
    assert found, output
    assert int(found[0].group(1)) > 1


def test_well_formed_rules_pass(tmp_path: Path) -> None:
    lines = "    x-references: {external: the accounting firm's own client code}\n"
    spec = _plant(tmp_path, lines)
    invoice = spec.parent / INVOICE
    invoice.write_text("x-on-delete: {cascade: [items]}\n" + invoice.read_text(encoding="utf-8"))
    done = _validate(spec)
    assert done.returncode == 0, done.stdout + done.stderr


def _plant_action(tmp_path: Path, lines: str) -> Path:
    spec = _plant(tmp_path, "")
    target = spec.parent / SEND
    text = target.read_text(encoding="utf-8")
    assert _OPERATION in text
    target.write_text(text.replace(_OPERATION, _OPERATION + lines, 1), encoding="utf-8")
    return spec


@pytest.mark.parametrize(
    ("case", "lines", "message"), ACTION_CASES, ids=[c[0] for c in ACTION_CASES]
)
def test_misused_action_is_a_located_error(
    tmp_path: Path, case: str, lines: str, message: str
) -> None:
    done = _validate(_plant_action(tmp_path, lines))
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output
    located = re.compile(r"invoice_send\.yaml:(\d+): error: (.*)")
    found = [m for m in located.finditer(output) if message in m.group(2)]
    assert found, output
    assert int(found[0].group(1)) > 1


def test_well_formed_action_passes(tmp_path: Path) -> None:
    spec = _plant_action(tmp_path, "  x-action: {kind: set, set: {date: {today: true}}}\n")
    done = _validate(spec)
    assert done.returncode == 0, done.stdout + done.stderr
