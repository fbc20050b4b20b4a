"""Bundling: many spec files -> one document with named components (see bundler.py)."""

from generator.bundle.bundler import Bundle, SourceMap, bundle_spec, component_name
from generator.bundle.emit import to_json, to_yaml

__all__ = ["Bundle", "SourceMap", "bundle_spec", "component_name", "to_json", "to_yaml"]
