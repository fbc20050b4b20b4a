"""Typed form of `x-action`: what an action operation (`POST <object>/<action>`) does, as data.

Four kinds, each a frozen dataclass the generator writes into the resource plans and the mock's
`mock_runtime.actions` interprets without knowing any field or collection of the API:

- `SetAction`: fields of the object set to today, a constant, ... (a status machine's
  transition for the action applies as well);
- `RecordAction`: an object added to a sub-collection of the object, with addresses resolved
  from the party the object references, and a value appended to one of the object's lists;
- `CopyAction`: an object of another collection made from this one's writable fields and lines,
  linked back by a field of this object;
- `LinkAction`: the object tied to another one whose id the body names; it may become a
  sub-object of that one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Source = Literal["object", "body", "constant", "today", "template"]
Take = Literal["one", "all", "none"]


@dataclass(frozen=True, slots=True)
class Value:
    """Where a written value comes from: the first non-empty of `names` of the object or the
    body, a `constant`, today's date, or a `template` filled with the object's fields. With
    nothing found the field is left out, unless a `fallback` is declared."""

    source: Source
    names: tuple[str, ...] = ()
    constant: Any = None
    template: str = ""
    fallback: str | None = None
    max_length: int | None = None
    money: bool = False


@dataclass(frozen=True, slots=True)
class Refusal:
    """The action is refused with `error_id` while the body and the object hold these values."""

    error_id: int
    message: str
    body: dict[str, Any] = field(default_factory=dict)
    object: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a recipient list: one, all or none of the party's contacts with an address,
    only the flagged ones with `flagged`."""

    word: str
    take: Take
    flagged: bool = False


@dataclass(frozen=True, slots=True)
class Recipients:
    """The request's list `body` resolved to addresses, written as entries of `into`."""

    body: str
    into: str
    party: str  # the object's field referencing the party (its collection: the plan's refs)
    contacts: str  # the party's sub-collection of contacts
    address: str  # the address field of the party and of its contacts
    contact_id: str  # the id field of a contact: a value of the list may name one
    name: str  # the entry's name field: the address's part before `@`
    words: tuple[Word, ...]
    flag: str | None = None  # a contact's flag field (the party itself counts as flagged)
    name_max_length: int | None = None
    entry: dict[str, Any] = field(default_factory=dict)  # constant fields of every entry
    limit: int = 100


@dataclass(frozen=True, slots=True)
class Append:
    """`value` appended to the object's list `field` when it is not in it yet."""

    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class SetAction:
    set: dict[str, Value]
    refuse: tuple[Refusal, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordAction:
    collection: str
    fields: dict[str, Value] = field(default_factory=dict)
    recipients: Recipients | None = None
    append: Append | None = None
    refuse: tuple[Refusal, ...] = ()


@dataclass(frozen=True, slots=True)
class CopyAction:
    target: str
    back_link: str
    omit: tuple[str, ...] = ()
    lines: str | None = None  # the target's sub-collection that receives the object's lines
    line_fields: dict[str, Value] = field(default_factory=dict)  # filled when left empty
    refuse: tuple[Refusal, ...] = ()


@dataclass(frozen=True, slots=True)
class Cover:
    """With the body's `flag`, the object's `amount` must cover the target's `total` - `paid`."""

    flag: str
    amount: str
    total: str
    paid: str


@dataclass(frozen=True, slots=True)
class PercentOff:
    field: str
    by: str


@dataclass(frozen=True, slots=True)
class Becomes:
    """What the linked object becomes under its target: an object of the target's
    sub-collection `collection`, with the object's writable fields of it (`copy_writable`)."""

    collection: str
    copy_writable: bool = False
    fields: dict[str, Value] = field(default_factory=dict)
    percent_off: PercentOff | None = None


@dataclass(frozen=True, slots=True)
class LinkAction:
    targets: dict[str, str]  # id field of the body -> the collection it names
    match: tuple[str, ...] = ()
    cover: Cover | None = None
    becomes: Becomes | None = None
    adopt: tuple[str, ...] = ()  # fields the object takes from the target when it has none
    refuse: tuple[Refusal, ...] = ()


Action = SetAction | RecordAction | CopyAction | LinkAction


def read_action(value: Mapping[str, Any]) -> Action:
    """The typed form of an `x-action` value that passed its JSON Schema."""
    refuse = tuple(
        Refusal(r["error_id"], r["message"], dict(r.get("body", {})), dict(r.get("object", {})))
        for r in value.get("refuse", ())
    )
    kind = value["kind"]
    if kind == "set":
        return SetAction(_fields(value["set"]), refuse)
    if kind == "record":
        append = value.get("append")
        return RecordAction(
            collection=value["collection"],
            fields=_fields(value.get("fields", {})),
            recipients=_recipients(value["recipients"]) if "recipients" in value else None,
            append=Append(append["field"], append["value"]) if append else None,
            refuse=refuse,
        )
    if kind == "copy":
        return CopyAction(
            target=value["target"],
            back_link=value["back_link"],
            omit=tuple(value.get("omit", ())),
            lines=value.get("lines"),
            line_fields=_fields(value.get("line_fields", {})),
            refuse=refuse,
        )
    becomes = value.get("becomes")
    cover = value.get("cover")
    return LinkAction(
        targets=dict(value["targets"]),
        match=tuple(value.get("match", ())),
        cover=Cover(**cover) if cover else None,
        becomes=_becomes(becomes) if becomes else None,
        adopt=tuple(value.get("adopt", ())),
        refuse=refuse,
    )


def _fields(value: Mapping[str, Any]) -> dict[str, Value]:
    return {name: _value(v) for name, v in value.items()}


def _value(v: Mapping[str, Any]) -> Value:
    source: Source = next(s for s in ("object", "body", "constant", "today", "template") if s in v)
    return Value(
        source=source,
        names=tuple(v[source]) if source in ("object", "body") else (),
        constant=v.get("constant"),
        template=str(v.get("template", "")),
        fallback=v.get("fallback"),
        max_length=v.get("max_length"),
        money=bool(v.get("money", False)),
    )


def _recipients(v: Mapping[str, Any]) -> Recipients:
    return Recipients(
        body=v["body"],
        into=v["into"],
        party=v["party"],
        contacts=v["contacts"],
        address=v["address"],
        contact_id=v["contact_id"],
        name=v["name"],
        words=tuple(
            Word(word, spec["take"], bool(spec.get("flagged", False)))
            for word, spec in v["words"].items()
        ),
        flag=v.get("flag"),
        name_max_length=v.get("name_max_length"),
        entry=dict(v.get("entry", {})),
        limit=int(v.get("limit", 100)),
    )


def _becomes(v: Mapping[str, Any]) -> Becomes:
    off = v.get("percent_off")
    return Becomes(
        collection=v["collection"],
        copy_writable=bool(v.get("copy_writable", False)),
        fields=_fields(v.get("fields", {})),
        percent_off=PercentOff(off["field"], off["by"]) if off else None,
    )
