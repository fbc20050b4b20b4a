"""Contract tests of the Books API: schemathesis with the Books API's own checks.

`python -m contract_tests` runs the suite in `suite/` against the mock or any server; the
checks live in `checks/`, the configuration in `schemathesis.toml`, the fault-injection
harness that proves the suite's strength in `faults/`.
"""
