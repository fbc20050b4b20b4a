"""What schemathesis loads through `hooks = "contract_tests.hooks"` in schemathesis.toml.

Importing it registers the Books API checks, XML (de)serialisation by the spec's mapping and
`ignored_auth` confirmed once per operation, so that the plain `schemathesis` CLI accepts the
`[checks]` table of our configuration and runs the same checks as `python -m contract_tests`.
"""

import contract_tests.checks
import contract_tests.schemathesis_compat
import contract_tests.xml_transport  # noqa: F401
