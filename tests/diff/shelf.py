"""A tiny spec (two URLs, JSON and XML bodies, shared schemas, a catalogue) and helpers to
write it and a mutated copy to files, so each kind of change is one small, readable mutation.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from generator.diff.engine import Change, compare
from generator.diff.sources import load_side

Spec = dict[str, Any]
JSON_BOOK = {"application/json": {"schema": {"$ref": "#/components/schemas/Book"}}}
XML_BOOK = {"application/xml": {"schema": {"$ref": "#/components/schemas/Book"}}}
BAD_REQUEST = {"$ref": "#/components/responses/BadRequest"}


def _schemas() -> Spec:
    return {
        "Book": {
            "type": "object",
            "required": ["book_id", "title", "status"],
            "xml": {"name": "book"},
            "x-sort-key": "title",
            "properties": {
                "book_id": {"type": "integer", "readOnly": True},
                "title": {"type": "string", "maxLength": 200, "xml": {"name": "Title"}},
                "status": {"$ref": "#/components/schemas/BookStatus"},
                "isbn": {"type": "string", "pattern": "^[0-9]{13}$"},
                "price": {"allOf": [{"$ref": "#/components/schemas/Money"}], "readOnly": True},
                "published": {"type": "string", "format": "date"},
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "maxItems": 10,
                    "xml": {"wrapped": True},
                },
                "cover": {"oneOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]},
            },
        },
        "BookCreate": {
            "type": "object",
            "additionalProperties": False,
            "required": ["title"],
            "xml": {"name": "book"},
            "properties": {
                "title": {"type": "string", "maxLength": 200, "xml": {"name": "Title"}},
                "isbn": {"type": "string", "pattern": "^[0-9]{13}$"},
                "pages": {"type": "integer", "minimum": 1, "maximum": 10000},
                "status": {"$ref": "#/components/schemas/BookStatus"},
                "language": {"type": "string", "default": "en"},
                "format": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Paper"},
                        {"$ref": "#/components/schemas/Ebook"},
                    ]
                },
                "authors": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
            },
        },
        "BookStatus": {
            "type": "string",
            "enum": ["draft", "published"],
            "x-transitions": {"draft": ["published"]},
        },
        "BookList": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Book"}}
            },
        },
        "Money": {"type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$"},
        "Image": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "url": {"type": "string"},
                "kind": {"type": "string", "enum": ["jpeg", "png"]},
                "width": {"type": "integer", "minimum": 1, "maximum": 10000},
                "caption": {"type": ["string", "null"]},
            },
        },
        "Paper": {"type": "object", "properties": {"weight": {"type": "integer"}}},
        "Ebook": {"type": "object", "properties": {"drm": {"type": "boolean"}}},
        "ErrorId": {
            "type": "integer",
            "x-catalogue": [
                {"id": 910, "status": 404, "kind": "error", "title": "Not found", "detail": "No."},
                {"id": 928, "status": 400, "kind": "error", "title": "Invalid", "detail": "Bad."},
            ],
        },
        "Error": {
            "type": "object",
            "required": ["error_id"],
            "properties": {"error_id": {"$ref": "#/components/schemas/ErrorId"}},
        },
    }


def base() -> Spec:
    """A fresh copy of the tiny spec every mutation starts from."""
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {"title": "Shelf", "version": "1.0.0"},
            "servers": [{"url": "https://shelf.example.com/api/v1"}],
            "security": [{"ApiKeyAuth": []}],
            "paths": {
                "/books": {
                    "get": {
                        "operationId": "books_list",
                        "parameters": [
                            {
                                "name": "per_page",
                                "in": "query",
                                "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "schema": {"type": "string", "enum": ["title", "-title"]},
                            },
                            {
                                "name": "X-Trace",
                                "in": "header",
                                "required": True,
                                "schema": {"type": "string"},
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "A page of books.",
                                "headers": {"X-RateLimit-Limit": {"schema": {"type": "integer"}}},
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/BookList"}
                                    }
                                },
                            },
                            "400": BAD_REQUEST,
                        },
                    },
                    "post": {
                        "operationId": "books_create",
                        "requestBody": {
                            "content": {
                                media: {"schema": {"$ref": "#/components/schemas/BookCreate"}}
                                for media in ("application/json", "application/xml")
                            }
                        },
                        "responses": {
                            "201": {"description": "Stored.", "content": {**JSON_BOOK, **XML_BOOK}},
                            "400": BAD_REQUEST,
                        },
                    },
                },
                "/books/{book_id}": {
                    "parameters": [
                        {
                            "name": "book_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1},
                        }
                    ],
                    "get": {
                        "operationId": "books_get",
                        "responses": {"200": {"description": "The book.", "content": JSON_BOOK}},
                    },
                    "delete": {
                        "operationId": "books_delete",
                        "responses": {"204": {"description": "Deleted."}},
                    },
                },
            },
            "components": {
                "schemas": _schemas(),
                "responses": {
                    "BadRequest": {
                        "description": "Refused.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    }
                },
                "securitySchemes": {
                    "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                    "BearerAuth": {"type": "http", "scheme": "bearer"},
                },
            },
        }
    )


def at(spec: Spec, path: str) -> Any:
    """`at(spec, "components/schemas/Book")`: the node at a slash-separated path."""
    node: Any = spec
    for key in path.split("/"):
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def schema(spec: Spec, name: str) -> Any:
    return spec["components"]["schemas"][name]


def prop(spec: Spec, name: str, field: str) -> Any:
    return schema(spec, name)["properties"][field]


def write(spec: Spec, path: Path) -> Path:
    path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return path


def changes_between(old: Spec, new: Spec, folder: Path) -> list[Change]:
    return compare(
        load_side(write(old, folder / "old.json")), load_side(write(new, folder / "new.json"))
    )
