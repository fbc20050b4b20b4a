"""Breaking-change report between two versions of the contract (`python -m generator diff`).

No maintained tool handles OpenAPI 3.1 with our `$ref` and `allOf` layout (docs/adr/0008), so the
comparison runs on our own bundles: `sources` loads each side with line numbers, `walk` pairs up
operations, parameters, responses and schemas, and the rules (`rules_*.py`) each judge one kind
of change; `gate` decides the exit status and `report` prints the result.
"""
