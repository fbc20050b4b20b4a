"""Our variant of openapi-python-client's model template: what it declares, and that it stops
on a template it does not recognise."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from jinja2 import Environment

from generator.render.client_templates import (
    MODEL_TEMPLATE,
    TemplateChanged,
    model_template,
    write_templates,
)


class _Code(str):
    def as_unembedded_code(self) -> str:
        return str(self)


def _property(required: bool, default: str | None) -> Any:
    def declared() -> _Code:
        value = default if default is not None else ("UNSET" if not required else None)
        return _Code("quantity: str" + ("" if value is None else f" = {value}"))

    return SimpleNamespace(
        python_name="quantity",
        required=required,
        default=default,
        to_string=declared,
        get_type_string=lambda: _Code("str | Unset"),
    )


def _declare(prop: Any) -> str:
    upstream = (
        "{% for property in props %}{{ property.to_string() | as_unembedded_code }}\n{% endfor %}"
    )
    environment = Environment(trim_blocks=True, lstrip_blocks=True)
    environment.filters["as_unembedded_code"] = lambda code: code.as_unembedded_code()
    return environment.from_string(model_template(upstream)).render(props=[prop]).strip()


def test_an_optional_field_with_a_default_is_declared_unset() -> None:
    assert _declare(_property(required=False, default="'1'")) == "quantity: str | Unset = UNSET"


@pytest.mark.parametrize(
    ("required", "default", "declared"),
    [
        (True, "'1'", "quantity: str = '1'"),  # required: the tool's own declaration
        (False, None, "quantity: str = UNSET"),
        (True, None, "quantity: str"),
    ],
)
def test_other_fields_keep_the_tools_declaration(
    required: bool, default: str | None, declared: str
) -> None:
    assert _declare(_property(required, default)) == declared


def test_a_template_without_the_declaration_stops_generation() -> None:
    with pytest.raises(TemplateChanged, match=r"client_templates\.py"):
        model_template("{{ property.declare() }}")


def test_the_installed_template_is_changed_and_written(tmp_path: Path) -> None:
    folder = write_templates(tmp_path)
    text = (folder / MODEL_TEMPLATE).read_text(encoding="utf-8")
    assert "field_declaration(property)" in text
    assert "{{ property.to_string() | as_unembedded_code }}" in text  # only inside our macro
    assert text.count("property.to_string()") == 1
