"""`python -m contract_tests` — see contract_tests/cli.py and contract_tests/README.md."""

from contract_tests.cli import main

raise SystemExit(main())
