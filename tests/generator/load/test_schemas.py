from generator.load.schemas import iter_schemas


def test_finds_schemas_by_position_only() -> None:
    document = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"name": "p", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/A"},
                                    "examples": {"e": {"value": {"schema": {"format": "nope"}}}},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "properties": {
                        "format": {"type": "string"},
                        "b": {"items": {"type": "integer"}},
                    },
                    "allOf": [{"type": "object"}],
                }
            }
        },
    }
    paths = [path for path, _ in iter_schemas(document)]
    assert paths == [
        ("paths", "/x", "get", "parameters", 0, "schema"),
        ("paths", "/x", "get", "responses", "200", "content", "application/json", "schema"),
        ("components", "schemas", "A"),
        ("components", "schemas", "A", "properties", "format"),
        ("components", "schemas", "A", "properties", "b"),
        ("components", "schemas", "A", "properties", "b", "items"),
        ("components", "schemas", "A", "allOf", 0),
    ]
