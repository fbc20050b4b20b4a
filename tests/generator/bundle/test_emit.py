import json

import yaml

from generator.bundle import to_json, to_yaml


def test_yaml_is_readable_and_round_trips() -> None:
    document = {"b": "one\ntwo\n", "a": ["x", "y"], "c": "yes", "d": "2026-11-20", "e": [{"k": 1}]}
    text = to_yaml(document)
    assert text.startswith("b: |\n  one\n  two\na: [x, y]\n")
    assert yaml.safe_load(text) == document


def test_json_is_stable_and_unicode() -> None:
    text = to_json({"name": "Kask OÜ"})
    assert text == '{\n  "name": "Kask OÜ"\n}\n'
    assert json.loads(text) == {"name": "Kask OÜ"}
