"""XML ↔ JSON following the spec's XML mapping (OpenAPI `xml.name`, `xml.wrapped`).

An XML body is only comparable with its JSON schema once it is read the way the spec says it is
written: the element names come from `xml.name` (else the property name), arrays are wrapped in
an element named like the property when `wrapped` is true and repeated bare otherwise, and a null
is an empty element with `xsi:nil="true"`. `decode` reads an element that way and lists every
place the document departs from the mapping; `encode` writes one (the stand-in server uses it,
and the suite's XML request bodies are written by it).

Names. A JSON property name can be anything; an XML element name cannot (fuzzers generate `{a`,
`1x`, `a b`, "" for free-form objects, and ElementTree reads a leading `{` as a namespace and
crashes). `xml_name` writes a name that is not an ASCII XML NCName with the SQL/XML name escape
(ISO/IEC 9075-14, .NET `XmlConvert.EncodeName`): every character that may not stand where it
stands, or is not ASCII, becomes `_xHHHH_` (`_xHHHHHHHH_` beyond U+FFFF), a `_` that would
start such an escape becomes `_x005F_`, and the empty name is `_x_`. Colons are escaped too:
an element name holds no namespace prefix in this API. The result is always well-formed, and
`json_name` reverses it. A server reads an escaped name as what it is, a property its schema
does not have (the mock refuses it with 928, as it refuses the same property in JSON); no
schema property of the spec needs escaping, so conformant bodies are unchanged.

Values. Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, lone
surrogates, U+FFFE/U+FFFF) are written as U+FFFD, the mock's own rule. A CR is written as is
and reaches a parser as LF (XML end-of-line handling): XML cannot say more.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from contract_tests.spec import Spec

XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
# Characters XML 1.0 cannot carry at all (not even escaped); a generated string holding one is
# written with U+FFFD in its place, since no XML body can say what it says.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
# Element names are written with ASCII NCName characters only: expat (Python's parser, the mock's)
# follows the name classes of XML 1.0 fourth edition and refuses many letters that the fifth
# edition allows, so anything outside ASCII is escaped, which every parser reads.
_START_CHARS = "A-Z_a-z"
_NAME_CHARS = _START_CHARS + "\\-.0-9"
_NCNAME = re.compile(f"[{_START_CHARS}][{_NAME_CHARS}]*")
_START_CHAR = re.compile(f"[{_START_CHARS}]")
_NAME_CHAR = re.compile(f"[{_NAME_CHARS}]")
_ESCAPE = re.compile("_x([0-9A-F]{8}|[0-9A-F]{4})_")
EMPTY_NAME = "_x_"
ET.register_namespace("xsi", XSI_NS)


@dataclass
class Decoded:
    value: Any
    problems: list[str] = field(default_factory=list)


def root_name(spec: Spec, schema: Any) -> str | None:
    """The root element name the mapping gives a schema, when it gives one."""
    xml = spec.flatten(schema).get("xml", {})
    name = xml.get("name") if isinstance(xml, dict) else None
    return str(name) if name else None


def decode(spec: Spec, schema: Any, element: ET.Element) -> Decoded:
    """Read `element` as an instance of `schema`; problems name the offending element path."""
    result = Decoded(None)
    result.value = _decode(spec, schema, element, f"/{element.tag}", result.problems)
    return result


def _decode(spec: Spec, schema: Any, element: ET.Element, path: str, problems: list[str]) -> Any:
    if element.get(XSI_NIL) == "true":
        return None
    types = spec.schema_types(schema) - {"null"}
    if "object" in types:
        return _decode_object(spec, schema, element, path, problems)
    if "array" in types:
        item_schema = spec.flatten(schema).get("items", {})
        name = _item_name(spec, item_schema, element.tag)
        return [_decode_child(spec, item_schema, child, name, path, problems) for child in element]
    if len(element):
        problems.append(f"{path}: expected a value, found child elements")
    return _scalar(element.text or "", types, path, problems)


def _decode_child(
    spec: Spec, schema: Any, child: ET.Element, expected: str, path: str, problems: list[str]
) -> Any:
    if child.tag != expected:
        problems.append(f"{path}: array entry <{child.tag}> should be <{expected}>")
    return _decode(spec, schema, child, f"{path}/{child.tag}", problems)


def _decode_object(
    spec: Spec, schema: Any, element: ET.Element, path: str, problems: list[str]
) -> Any:
    flat = spec.flatten(schema)
    properties: dict[str, Any] = flat.get("properties", {})
    text = (element.text or "").strip()
    if text:
        problems.append(f"{path}: an object element holds text {text[:40]!r}")
    by_element: dict[str, tuple[str, Any, bool]] = {}
    bare_arrays: dict[str, str] = {}
    for name, prop in properties.items():
        prop_flat = spec.flatten(prop)
        xml = prop_flat.get("xml", {}) if isinstance(prop_flat.get("xml"), dict) else {}
        element_name = str(xml.get("name") or name)
        if "array" in spec.schema_types(prop) and not xml.get("wrapped", False):
            item_name = _item_name(spec, prop_flat.get("items", {}), name)
            by_element[item_name] = (name, prop, False)
            bare_arrays[name] = item_name
        else:
            by_element[element_name] = (name, prop, True)
    value: dict[str, Any] = {}
    for child in element:
        match = by_element.get(child.tag)
        child_path = f"{path}/{child.tag}"
        if match is None:
            problems.append(f"{child_path}: no property of the schema is written as <{child.tag}>")
            continue
        name, prop, single = match
        if single:
            if name in value:
                problems.append(f"{child_path}: element repeated; only wrapped arrays repeat")
            value[name] = _decode(spec, prop, child, child_path, problems)
        else:
            item_schema = spec.flatten(prop).get("items", {})
            value.setdefault(name, []).append(
                _decode(spec, item_schema, child, child_path, problems)
            )
    for name in bare_arrays:
        value.setdefault(name, [])
    return value


def _item_name(spec: Spec, item_schema: Any, default: str) -> str:
    xml = spec.flatten(item_schema).get("xml", {})
    name = xml.get("name") if isinstance(xml, dict) else None
    return str(name or default)


def _scalar(text: str, types: set[str], path: str, problems: list[str]) -> Any:
    if "integer" in types and text.strip().lstrip("-").isdigit():
        return int(text)
    if "number" in types:
        try:
            return float(text) if "." in text or "e" in text.lower() else int(text)
        except ValueError:
            pass
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "string" in types or not types:
        return text
    problems.append(f"{path}: {text!r} is not a {' or '.join(sorted(types))}")
    return text


def xml_name(name: str) -> str:
    """`name` as an XML element name: itself when it is an NCName, else escaped (see above)."""
    if _NCNAME.fullmatch(name) and "_x" not in name:
        return name
    if not name:
        return EMPTY_NAME
    out: list[str] = []
    for index, char in enumerate(name):
        allowed = (_START_CHAR if index == 0 else _NAME_CHAR).fullmatch(char)
        if char == "_" and name.startswith("x", index + 1):
            allowed = None  # would read as the start of an escape
        if allowed:
            out.append(char)
        else:
            code = ord(char)
            out.append(f"_x{code:04X}_" if code <= 0xFFFF else f"_x{code:08X}_")
    return "".join(out)


def json_name(tag: str) -> str:
    """The property name an element name written by `xml_name` stands for."""
    if tag == EMPTY_NAME:
        return ""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), tag)


def encode(spec: Spec, schema: Any, value: Any, name: str | None = None) -> ET.Element:
    """Write `value` as the element the mapping prescribes (root name from `xml.name`)."""
    tag = name or root_name(spec, schema) or "root"
    element = ET.Element(xml_name(tag))
    _encode_into(spec, schema, value, element)
    return element


def _encode_into(spec: Spec, schema: Any, value: Any, element: ET.Element) -> None:
    if value is None:
        element.set(XSI_NIL, "true")
        return
    if isinstance(value, dict):
        properties = spec.flatten(schema).get("properties", {})
        for key, item in value.items():
            prop = properties.get(key, {})
            prop_flat = spec.flatten(prop)
            xml = prop_flat.get("xml", {}) if isinstance(prop_flat.get("xml"), dict) else {}
            if isinstance(item, list):
                item_schema = prop_flat.get("items", {})
                item_name = _item_name(spec, item_schema, key)
                parent = (
                    ET.SubElement(element, xml_name(str(xml.get("name") or key)))
                    if xml.get("wrapped")
                    else element
                )
                for entry in item:
                    _encode_into(
                        spec, item_schema, entry, ET.SubElement(parent, xml_name(item_name))
                    )
            else:
                tag = xml_name(str(xml.get("name") or key))
                _encode_into(spec, prop, item, ET.SubElement(element, tag))
        return
    if isinstance(value, bool):
        element.text = "true" if value else "false"
    else:
        element.text = _NOT_XML.sub("\ufffd", str(value))


def to_bytes(element: ET.Element) -> bytes:
    data: bytes = ET.tostring(element, encoding="utf-8", xml_declaration=True)
    return data
