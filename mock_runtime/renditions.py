"""HTML and PDF copies of an object, laid out as its read schema's `x-printable` declares.

The title, the header facts, the line columns and the totals (with their labels) all come from
the plan; nothing here names a field of an API. The PDF is a real, minimal PDF 1.4 file built
by hand: one page, Helvetica, with a correct cross-reference table, so any reader opens it.
"""

from __future__ import annotations

import html
from typing import Any

from mock_runtime.plans import Plan
from spec_rules.types import Column, Printable

Facts = list[tuple[str, str]]
Copy = tuple[str, Facts, list[tuple[str, ...]], Facts, tuple[str, ...]]


def copy_of(record: dict[str, Any], plan: Plan) -> Copy:
    """Title, header facts, lines, totals and the column labels, as the read schema's
    `x-printable` declares them; without one, the collection and the object's id."""
    layout = plan.rules.printable or Printable(title=plan.key)
    number = _value(record, (layout.number,)) if layout.number else ""
    title = f"{layout.title} {number or record.get(plan.id_field)}"
    held = record.get(plan.lines) if plan.lines and layout.columns else None
    lines = [
        tuple(_value(line, c.fields) for c in layout.columns)
        for line in (held if isinstance(held, list) else [])
        if isinstance(line, dict)
    ]
    labels = tuple(c.label for c in layout.columns)
    return title, _facts(record, layout.header), lines, _facts(record, layout.totals), labels


def blank(title: str) -> Copy:
    """A copy with a title and nothing else (examples mode: a PDF example is not YAML)."""
    return title, [], [], [], ()


def _value(values: dict[str, Any], fields: tuple[str, ...]) -> str:
    """The first of `fields` that has a value, as text; "" when none has."""
    return next((str(values[f]) for f in fields if values.get(f) not in (None, "")), "")


def _facts(record: dict[str, Any], columns: tuple[Column, ...]) -> list[tuple[str, str]]:
    """(label, value) of the columns that have a value: empty ones are left out."""
    found = ((c.label, _value(record, c.fields)) for c in columns)
    return [(label, text) for label, text in found if text]


def page(
    title: str,
    summary: list[tuple[str, str]],
    lines: list[tuple[str, ...]],
    totals: list[tuple[str, str]],
    columns: tuple[str, ...] = (),
) -> bytes:
    e = html.escape
    facts = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in summary)
    table = ""
    if columns:
        head = "".join(f"<th>{e(label)}</th>" for label in columns)
        rows = "".join(
            "<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in line) + "</tr>" for line in lines
        )
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    sums = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in totals)
    text = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title></head><body><h1>{e(title)}</h1><dl>{facts}</dl>"
        f"{table}<table>{sums}</table></body></html>\n"
    )
    return text.encode("utf-8")


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return (
        raw.replace(b"\\", b"\\\\")
        .replace(b"(", b"\\(")
        .replace(b")", b"\\)")
        .replace(b"\r", b" ")
        .replace(b"\n", b" ")
    )


def pdf(
    title: str,
    summary: list[tuple[str, str]],
    lines: list[tuple[str, ...]],
    totals: list[tuple[str, str]],
    columns: tuple[str, ...] = (),
) -> bytes:
    texts = [(16, title)]
    texts += [(10, f"{k}: {v}") for k, v in summary]
    texts.append((10, ""))
    if columns:  # one text line per line: the first cell (a description) cut to 60 characters
        texts += [(10, "   ".join(columns))]
        texts += [(10, "   ".join((row[0][:60], *row[1:]))) for row in lines[:40] if row]
    texts.append((10, ""))
    texts += [(10, f"{k}: {v}") for k, v in totals]
    stream = [b"BT", b"/F1 16 Tf", b"50 800 Td", b"16 TL"]
    for size, text in texts:
        stream.append(b"/F1 %d Tf (%s) Tj T*" % (size, _pdf_text(text)))
    stream.append(b"ET")
    content = b"\n".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
