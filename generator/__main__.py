"""`python -m generator`: the CLI entry point."""

import sys

from generator.cli import main

sys.exit(main(sys.argv[1:]))
