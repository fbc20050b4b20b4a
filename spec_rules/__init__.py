"""The behaviour vocabulary: the `x-` extensions that turn the contract's business rules into data.

JSON Schema says what a valid request looks like; it cannot say that an id must name an object
that exists, that a row takes its price from the article it names, or that a cancelled offer is
frozen. Those rules are written in the spec with the few extensions defined here. Each has a JSON
Schema of its own (`schemas/`), a typed form (`types`, `computed`, `actions`) and one reader
(`read`), shared by the generator that checks and plans them, the mock server that enforces them
and the contract suite that verifies them. `schema_index` is the one way every side reads a
schema (`$ref`s and `allOf` parts, one precedence rule).
"""
