"""What a rule receives: one matched pair of nodes, either side None when it was added or
removed. Locations always point into the NEW bundle (the nearest node that still exists there),
because the report sends the author to the file they are editing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diff.registry import Direction
from generator.diff.schemas import SchemaNode
from generator.diff.views import Located, OperationView, ParameterView
from generator.load.yaml_loader import NodePath


@dataclass(frozen=True)
class DocumentPair:
    old: dict[str, Any]
    new: dict[str, Any]


@dataclass(frozen=True)
class OperationPair:
    old: OperationView | None
    new: OperationView | None

    @property
    def path(self) -> NodePath:
        view = self.new or self.old
        assert view is not None
        return view.path

    @property
    def label(self) -> str:
        view = self.new or self.old
        assert view is not None
        return view.label


@dataclass(frozen=True)
class ParameterPair:
    operation: OperationPair
    old: ParameterView | None
    new: ParameterView | None

    @property
    def label(self) -> str:
        view = self.new or self.old
        assert view is not None
        return f"{self.operation.label} {view.label}"

    @property
    def path(self) -> NodePath:
        if self.new is not None:
            return self.new.path
        return self.operation.path


@dataclass(frozen=True)
class BodyPair:
    """A request body (status "") or a response (status "200", "default", ...)."""

    operation: OperationPair
    status: str
    old: Located | None
    new: Located | None
    old_headers: dict[str, Located]
    new_headers: dict[str, Located]

    @property
    def label(self) -> str:
        owner = f"response {self.status}" if self.status else "request body"
        return f"{self.operation.label} {owner}"

    @property
    def path(self) -> NodePath:
        if self.new is not None:
            return self.new[1]
        return self.operation.path


@dataclass(frozen=True)
class MediaPair:
    owner: BodyPair
    media_type: str
    old: Located | None
    new: Located | None

    @property
    def label(self) -> str:
        return f"{self.owner.label} {self.media_type}"

    @property
    def path(self) -> NodePath:
        return self.new[1] if self.new is not None else self.owner.path


@dataclass(frozen=True)
class SchemaPair:
    old: SchemaNode
    new: SchemaNode
    where: str  # `Invoice.items[].quantity`: from the nearest named component
    direction: Direction
    xml: bool  # the body is also sent as XML: the `xml` mapping is part of the contract

    @property
    def here(self) -> str:
        """The node itself: `where` of an inline body ends in ": " to prefix its fields."""
        return self.where.removesuffix(": ")
