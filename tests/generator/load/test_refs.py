from generator.load.refs import iter_refs, pointer_of, pointer_tokens, resolve_pointer, split_ref


def test_split_and_pointer_round_trip() -> None:
    assert split_ref("../a.yaml#/paths/~1x%7Bid%7D") == ("../a.yaml", "/paths/~1x{id}")
    assert pointer_tokens("/paths/~1x~0y") == ["paths", "/x~y"]
    assert pointer_of(("paths", "/x~y", 0)) == "/paths/~1x~0y/0"


def test_resolve_pointer() -> None:
    data = {"a": [{"b": 1}]}
    assert resolve_pointer(data, "/a/0/b") == (True, 1, ("a", 0, "b"))
    assert resolve_pointer(data, "/a/1")[0] is False


def test_references_but_not_data() -> None:
    document = {
        "properties": {"example": {"$ref": "A.yaml"}, "$ref": {"type": "string"}},
        "example": {"$ref": "not-a-ref"},
        "enum": [{"$ref": "nor-this"}],
        "x-note": {"$ref": "nor-that"},
        "examples": {"one": {"$ref": "../examples/one.yaml"}, "two": {"value": {"$ref": "data"}}},
        "discriminator": {"mapping": {"cat": "Cat.yaml", "dog": "Dog"}},
    }
    found = [(o.node_path, o.ref, o.in_mapping) for o in iter_refs(document)]
    assert found == [
        (("properties", "example"), "A.yaml", False),
        (("examples", "one"), "../examples/one.yaml", False),
        (("discriminator", "mapping", "cat"), "Cat.yaml", True),
    ]


def test_example_file_value_is_data() -> None:
    assert list(iter_refs({"value": {"$ref": "x"}}, example_object=True)) == []
