"""HTML and PDF renditions of documents (invoices, receipts, price offers).

The PDF is a real, minimal PDF 1.4 file built by hand: one page, Helvetica, the document's
number, client, lines and totals, with a correct cross-reference table, so any reader opens it.
"""

from __future__ import annotations

import html
from typing import Any

from mock_runtime.call import Call, Reply
from mock_runtime.handlers import Handlers
from mock_runtime.plans import Plan

_TOTALS = (
    ("Total without VAT", "total_without_tax"),
    ("Discount", "discount_total_without_tax"),
    ("VAT 1", "total_tax_1"),
    ("VAT 2", "total_tax_2"),
    ("VAT 3", "total_tax_3"),
    ("Total with VAT", "total_with_tax"),
    ("Paid", "total_paid"),
)


class Renditions:
    def __init__(self, handlers: Handlers) -> None:
        self.handlers = handlers

    def run(self, call: Call) -> Reply:
        _, record = self.handlers.find(call)
        plan = self.handlers.plan(call)
        title = _title(call.route.resource, record, plan)
        lines = _lines(record, plan)
        if call.route.action == "pdf" or call.media == "application/pdf":
            return Reply(
                200,
                raw=pdf(title, _summary(record), lines, _totals(record)),
                media="application/pdf",
            )
        return Reply(
            200, raw=page(title, _summary(record), lines, _totals(record)), media="text/html"
        )


def _title(collection: str, record: dict[str, Any], plan: Plan) -> str:
    noun = collection.replace("_", " ").rstrip("s").capitalize()
    number = record.get("number") or record.get(plan.id_field)
    return f"{noun} {number}"


def _summary(record: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for label, name in (
        ("Client", "client_name"),
        ("Date", "date"),
        ("Due", "due_date"),
        ("Currency", "currency_name"),
    ):
        value = record.get(name)
        if value:
            out.append((label, str(value)))
    return out


def _lines(record: dict[str, Any], plan: Plan) -> list[tuple[str, str, str, str]]:
    field = plan.lines or ""
    out = []
    for line in record.get(field) or []:
        if isinstance(line, dict):
            text = str(line.get("description") or line.get("name") or "")
            out.append(
                (
                    text,
                    str(line.get("quantity", "")),
                    str(line.get("amount", "")),
                    str(line.get("total_without_tax", "")),
                )
            )
    return out


def _totals(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(label, str(record[name])) for label, name in _TOTALS if record.get(name) is not None]


def page(
    title: str,
    summary: list[tuple[str, str]],
    lines: list[tuple[str, str, str, str]],
    totals: list[tuple[str, str]],
) -> bytes:
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td><td>{e(d)}</td></tr>"
        for a, b, c, d in lines
    )
    facts = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in summary)
    sums = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in totals)
    text = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title></head><body><h1>{e(title)}</h1><dl>{facts}</dl>"
        "<table><thead><tr><th>Description</th><th>Quantity</th><th>Price</th><th>Total</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><table>{sums}</table></body></html>\n"
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
    lines: list[tuple[str, str, str, str]],
    totals: list[tuple[str, str]],
) -> bytes:
    texts = [(16, title)]
    texts += [(10, f"{k}: {v}") for k, v in summary]
    texts.append((10, ""))
    texts += [(10, f"{a[:60]}   {b} x {c} = {d}") for a, b, c, d in lines[:40]]
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
