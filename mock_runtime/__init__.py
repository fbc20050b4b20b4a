"""The mock server runtime: serves the generated `generated/mock_server/` package.

Hand-written and the only runtime code of the mock: a raw ASGI application (no framework, for
speed) that authenticates, rate-limits, validates every request against the spec, keeps state
per account in memory and answers like the real service would. See `python -m mock_runtime -h`.
"""
