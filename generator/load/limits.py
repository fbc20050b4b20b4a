"""The bounds a spec file must stay within before the generator spends memory or stack on it.

A hostile or broken file must end in a `file:line` message, not in a crash: libyaml's composer
recurses in C (a flow sequence ~40,000 levels deep is a SIGSEGV), an alias bomb expands
exponentially (3.75 GB in 46 s), and every later stage walks the data recursively (Python's
limit is 1,000 frames; openapi-spec-validator spends several per level). The values sit far above
what our real spec uses (measured 2026-12: largest file 20 KB, deepest file 8 levels, no
aliases) and far below what breaks the machine, so no honest spec meets them.
"""

from __future__ import annotations

# 5 MB: our largest spec file is under 20 KB; a file 250 times larger is an accident (a pasted
# log, a binary) or an attack, and libyaml's events for 5 MB stay well under 100 MB of memory.
MAX_FILE_BYTES = 5_000_000

# 64 levels per file: our deepest file nests 8 levels, a bundled operation adds 3 more. The
# whole pipeline (openapi-spec-validator, openapi-python-client) was checked to cope with
# 2x this depth in the bundle; libyaml crashes only tens of thousands of levels deeper.
MAX_DEPTH = 64

# 200,000 nodes per file after expanding aliases: our largest file has ~260 nodes. Each node
# costs a few hundred bytes in data plus line map, so this caps one file near 100 MB. A
# billion-laughs file crosses it within its first few aliases and stops there.
MAX_NODES = 200_000

# 10,000 alias uses per file: we use none; a hand-written spec that shares anchors stays in the
# tens. Each use costs a deep copy, so the count is bounded on its own besides MAX_NODES.
MAX_ALIASES = 10_000

# 32 files in one chain of `$ref`s: our spec's longest chain is 7 files (root, path, schema,
# nested schemas). prance, which follows refs recursively, fails between 60 and 100 files.
MAX_REF_DEPTH = 32

# 1,000,000 nodes in the whole spec: ours has about 25,000 in 573 files. MAX_NODES bounds one
# file; this bounds many files that each stay just under it (~300 MB of data and line maps).
MAX_SPEC_NODES = 1_000_000
