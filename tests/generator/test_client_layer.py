"""generator/render/client_layer.py: namespaces, method names and signatures of the layer."""

from __future__ import annotations

from generator import pipeline
from generator.model.types import Api
from generator.render.client_layer import domain_of, method_name, namespaces_of
from tests.generator.support import MINI_SPEC, mini_spec_output


def _api() -> Api:
    bundle, _ = pipeline.prepare(MINI_SPEC, partial=False)
    return pipeline.model_of(bundle)


def test_names_come_from_the_operation_id() -> None:
    api = _api()
    names = {op.operation_id: (domain_of(op), method_name(op)) for op in api.operations}
    assert names["invoice_items_create"] == ("invoice_items", "create")
    assert names["invoices_get_by_number"] == ("invoices", "get_by_number")
    assert names["invoices_send"] == ("invoices", "send")


def test_signatures_are_read_from_the_generated_endpoints() -> None:
    package = mini_spec_output() / "client" / "books_api_client"
    spaces = {ns.attribute: ns for ns in namespaces_of(_api(), package)}
    assert sorted(spaces) == ["clients", "invoice_items", "invoices"]
    assert spaces["invoice_items"].class_name == "InvoiceItems"
    methods = {m.name: m for m in spaces["invoice_items"].methods}
    create = methods["create"]
    assert [a.name for a in create.positional] == ["invoice_id", "body"]
    assert create.returns == "InvoiceItem" and create.item is None
    assert methods["list"].item == "InvoiceItem"
    assert [a.name for a in methods["list"].keywords] == ["page", "per_page"]
    invoices = {m.name: m for m in spaces["invoices"].methods}
    assert invoices["delete"].returns == "None"
    assert invoices["get_pdf"].returns == "File"
    assert invoices["get_html"].returns == "str"
