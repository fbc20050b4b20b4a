"""openapi-python-client's model template with one change: a field's declared `default` is
left to the server.

In JSON Schema a `default` is an annotation: the server applies it when the field is absent.
The tool writes it into the constructor (`quantity: str | Unset = "1"`), so `to_dict()` sends
it unasked, and a body the caller wrote correctly is refused wherever the spec excludes that
field next to another (`quantity_with_unit` excludes `quantity`: 400, 928). Here an optional
field with a default starts `UNSET` like any other optional field; the docstring keeps the
tool's `Default: '1'.`. Required fields and endpoint parameters keep the tool's defaults.

The tool overrides whole templates only (`custom_template_path`). Rather than keep a copy of
its model template, the installed one is read and its field declaration replaced; a template
without that declaration (another tool version) stops generation instead of silently sending
defaults again.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

MODEL_TEMPLATE = "model.py.jinja"
_DECLARATION = "{{ property.to_string() | as_unembedded_code }}"
_OURS = "{{ field_declaration(property) }}"
_MACRO = """\
{% macro field_declaration(property) -%}
{%- if property.required or property.default is none -%}
{{ property.to_string() | as_unembedded_code }}
{%- else -%}
{{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }} = UNSET
{%- endif -%}
{%- endmacro %}
"""


class TemplateChanged(RuntimeError):
    """The installed openapi-python-client has no field declaration where 0.29.1 has it."""


def model_template(upstream: str) -> str:
    """The tool's model template with every field declared through `field_declaration`."""
    if _DECLARATION not in upstream:
        raise TemplateChanged(
            f"openapi-python-client's {MODEL_TEMPLATE} no longer declares fields with "
            f"`{_DECLARATION}`: adapt generator/render/client_templates.py to it"
        )
    return _MACRO + upstream.replace(_DECLARATION, _OURS)


def write_templates(folder: Path) -> Path:
    """Writes the changed template into `folder`, to be passed as `custom_template_path`."""
    upstream = files("openapi_python_client").joinpath("templates", MODEL_TEMPLATE)
    (folder / MODEL_TEMPLATE).write_text(
        model_template(upstream.read_text(encoding="utf-8")), encoding="utf-8"
    )
    return folder
