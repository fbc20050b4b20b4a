"""XML bodies, read and written through the schema's `xml` mapping (OpenAPI `xml` object).

The root element is the schema's `xml.name` (else the component name); a property is an element
named like it (or its `xml.name`); an array is repeated item elements, inside a wrapper element
named like the property when `xml.wrapped` is true; null is an empty element with
`xsi:nil="true"` and nothing else is. Text is converted to the schema's type when read; an
empty element is the type's empty value ("" for scalars, so a number left empty is refused), a
wrapped list whose element holds one entry's fields directly is that one entry, and text where
an object belongs stays text (so the schema check refuses it).

Reading goes through expat directly, with a handler on the DOCTYPE declaration that refuses the
body (926): a DTD is refused whatever the encoding, since expat decodes UTF-16, a BOM or an
`encoding` declaration before it reports anything, and without a DTD no entity can expand. A
byte search for `<!DOCTYPE` missed UTF-16 bodies, whose bytes read `<\0!\0D\0...`.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat
from xml.sax.saxutils import escape

from mock_runtime.errors import MALFORMED_BODY, ApiError
from mock_runtime.validation import MAX_DEPTH

Schema = dict[str, Any]
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NIL = f"{{{_XSI}}}nil"
_INT = re.compile(r"-?[0-9]{1,30}")
_NUMBER = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class XmlCodec:
    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._flat: dict[int, Schema] = {}

    # ------------------------------------------------------------------ schema walking
    def _resolve(self, schema: Schema) -> Schema:
        for _ in range(20):
            ref = schema.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/"):
                break
            node: Any = self._document
            for part in ref[2:].split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {})
            schema = node
        return schema

    def flat(self, schema: Schema) -> Schema:
        """The schema with `$ref`s followed and `allOf` parts merged; cached by identity,
        which is safe because every schema comes from the document loaded once."""
        key = id(schema)
        found = self._flat.get(key)
        if found is not None:
            return found
        resolved = self._resolve(schema)
        merged: Schema = {}
        own = {k: v for k, v in resolved.items() if k != "allOf"}
        for sub in [*(self.flat(p) for p in resolved.get("allOf", [])), own]:
            props = {**merged.get("properties", {}), **sub.get("properties", {})}
            required = [*merged.get("required", []), *sub.get("required", [])]
            merged.update(sub)
            if props:
                merged["properties"] = props
            if required:
                merged["required"] = list(dict.fromkeys(required))
        if "allOf" in schema or "$ref" in schema:  # siblings of the reference win
            for k, v in schema.items():
                if k not in ("allOf", "$ref", "properties"):
                    merged[k] = v
        self._flat[key] = merged
        return merged

    @staticmethod
    def _types(flat: Schema) -> set[str]:
        t = flat.get("type")
        if isinstance(t, list):
            return {str(x) for x in t}
        if isinstance(t, str):
            return {t}
        return {"object"} if "properties" in flat else set()

    # ------------------------------------------------------------------ writing
    def dump(self, schema: Schema, value: Any, default_root: str) -> bytes:
        flat = self.flat(schema)
        root = str(flat.get("xml", {}).get("name") or default_root)
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        self._element(parts, root, flat, value, f' xmlns:xsi="{_XSI}"')
        parts.append("\n")
        return "".join(parts).encode("utf-8")

    def _element(
        self, out: list[str], name: str, flat: Schema, value: Any, attrs: str = ""
    ) -> None:
        if value is None:
            out.append(f'<{name}{attrs} xsi:nil="true"/>')
            return
        if isinstance(value, dict):
            out.append(f"<{name}{attrs}>")
            props = flat.get("properties", {})
            for key, sub_value in value.items():
                sub = self.flat(props[key]) if key in props else {}
                self._property(out, key, sub, sub_value)
            out.append(f"</{name}>")
            return
        if isinstance(value, list):
            out.append(f"<{name}{attrs}>")
            item = self.flat(flat.get("items", {}))
            item_name = str(item.get("xml", {}).get("name") or name)
            for entry in value:
                self._element(out, item_name, item, entry)
            out.append(f"</{name}>")
            return
        out.append(f"<{name}{attrs}>{_text(value)}</{name}>")

    def _property(self, out: list[str], key: str, flat: Schema, value: Any) -> None:
        name = str(flat.get("xml", {}).get("name") or key)
        if isinstance(value, list) and not flat.get("xml", {}).get("wrapped", False):
            item = self.flat(flat.get("items", {}))
            item_name = str(item.get("xml", {}).get("name") or name)
            for entry in value:
                self._element(out, item_name, item, entry)
            return
        if isinstance(value, list):
            item = self.flat(flat.get("items", {}))
            item_name = str(item.get("xml", {}).get("name") or key)
            out.append(f"<{name}>")
            for entry in value:
                self._element(out, item_name, item, entry)
            out.append(f"</{name}>")
            return
        self._element(out, name, flat, value)

    # ------------------------------------------------------------------ reading
    def parse(self, schema: Schema, body: bytes) -> Any:
        root = _parse_tree(body)
        flat = self.flat(schema)
        if len(root) == 0 and (root.text or "").strip():
            return _scalar(root.text or "", self._types(flat))  # text, not the object expected
        return self._read_object(root, flat)

    def _read(self, element: ElementTree.Element, flat: Schema) -> Any:
        if element.get(_NIL) in ("true", "1"):
            return None
        children = list(element)
        text = element.text or ""
        types = self._types(flat)
        if not children and not text.strip() and not element.attrib:
            return _empty(types)
        if "object" in types and (children or not text.strip()):
            return self._read_object(element, flat)
        if "array" in types and (children or not text.strip()):
            item = self.flat(flat.get("items", {}))
            item_name = str(item.get("xml", {}).get("name") or "")
            fields = set(item.get("properties", {}))
            tags = {_local(c.tag) for c in children}
            if children and item_name not in tags and tags <= fields:
                return [self._read_object(element, item)]  # one entry written without its element
            return [self._read(child, item) for child in children]
        if children:
            return {_local(c.tag): c.text or "" for c in children}  # not a scalar: refused later
        return _scalar(text, types)

    def _read_object(self, element: ElementTree.Element, flat: Schema) -> dict[str, Any]:
        props: dict[str, Schema] = {k: self.flat(v) for k, v in flat.get("properties", {}).items()}
        by_element: dict[str, tuple[str, Schema, bool]] = {}
        for key, sub in props.items():
            xml = sub.get("xml", {})
            unwrapped_array = "array" in self._types(sub) and not xml.get("wrapped", False)
            if unwrapped_array:
                item = self.flat(sub.get("items", {}))
                by_element[str(item.get("xml", {}).get("name") or key)] = (key, sub, True)
            else:
                by_element[str(xml.get("name") or key)] = (key, sub, False)
        out: dict[str, Any] = {}
        doubled: set[str] = set()
        for child in element:
            tag = _local(child.tag)
            found = by_element.get(tag)
            if found is None:
                out[tag] = child.text or ""  # unknown: the schema check refuses it (928)
                continue
            key, sub, repeated = found
            if repeated:
                item = self.flat(sub.get("items", {}))
                out.setdefault(key, []).append(self._read(child, item))
            elif key in out:  # a single field written twice: kept as a list of both, so the
                value = self._read(child, sub)  # schema check refuses it (928)
                out[key] = [*out[key], value] if key in doubled else [out[key], value]
                doubled.add(key)
            else:
                out[key] = self._read(child, sub)
        return out


class _Refused(Exception):
    """Raised from inside expat's callbacks to stop reading a body this codec refuses."""


def _parse_tree(body: bytes) -> ElementTree.Element:
    """The element tree of a body, built by expat with DTDs refused and depth bounded."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    depth = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"The XML body nests elements deeper than {MAX_DEPTH} levels.")
        builder.start(_clark(tag), {_clark(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_clark(tag))

    def doctype(*_: object) -> None:
        raise _Refused("The XML body declares a DTD; DTDs and entities are not accepted.")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype  # unreachable without a DTD; kept as a second lock
    parser.ExternalEntityRefHandler = _no_external_entity
    parser.buffer_text = True
    try:
        parser.Parse(body, True)
        return builder.close()
    except _Refused as exc:
        raise ApiError(MALFORMED_BODY, str(exc)) from None
    except (expat.ExpatError, ValueError, LookupError) as exc:
        raise ApiError(MALFORMED_BODY, f"The body is not well-formed XML: {exc}.") from None


def _no_external_entity(*_: object) -> int:
    raise _Refused("The XML body refers to an external entity; entities are not accepted.")


def _clark(name: str) -> str:
    """expat's `uri}local` as ElementTree's `{uri}local`."""
    return "{" + name if "}" in name else name


def _empty(types: set[str]) -> Any:
    """An empty element is the empty value of its type: "" for text, [] for a wrapped list, {}
    for an object. It is never null (null is written `xsi:nil="true"`), so an empty element
    where a number, boolean or null is expected stays "" and the schema check refuses it (928)."""
    if "array" in types:
        return []
    if "object" in types:
        return {}
    return ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _scalar(text: str, types: set[str]) -> Any:
    stripped = text.strip()
    if "integer" in types and _INT.fullmatch(stripped):
        return int(stripped)
    if "number" in types and _NUMBER.fullmatch(stripped):
        return float(stripped) if "." in stripped else int(stripped)
    if "boolean" in types and stripped in ("true", "false"):
        return stripped == "true"
    return text


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(_NOT_XML.sub("\ufffd", str(value)))
