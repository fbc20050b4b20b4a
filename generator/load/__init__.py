"""Loading and validating the multi-file spec: YAML with lines, `$ref`s, formats, OpenAPI 3.1."""
