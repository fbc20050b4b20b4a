"""Where the mock keeps its accounts, chosen by `--store` (docs/MOCK_SERVER.md, ADR 0014).

memory                     in the process; fastest; gone at exit
sqlite:PATH[?sync=full]    one file (WAL), kept across restarts, shared by --workers
postgresql://…             a PostgreSQL database, shared by processes and hosts
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mock_runtime.storage.base import Account, Seeder, Store, StoreError, StoreSpecError

if TYPE_CHECKING:
    from mock_runtime.loader import Package
    from mock_runtime.storage.counters import Count

__all__ = [
    "Account",
    "Seeder",
    "Store",
    "StoreError",
    "StoreSpecError",
    "open_store",
    "parse_spec",
    "shared_counter",
]

USAGE = "use memory, sqlite:PATH or postgresql://USER@HOST:PORT/DB"


def parse_spec(spec: str) -> tuple[str, str, dict[str, str]]:
    """(kind, target, options) of a `--store` value, or StoreSpecError with what to write."""
    text = spec.strip()
    if text == "memory":
        return "memory", "", {}
    if text.startswith("sqlite:"):
        target, _, query = text[len("sqlite:") :].partition("?")
        if not target:
            raise StoreSpecError(
                f"--store {spec!r}: sqlite: needs a file path, e.g. sqlite:.mock/books-api.sqlite3"
            )
        options: dict[str, str] = {}
        for part in filter(None, query.split("&")):
            name, _, value = part.partition("=")
            if name != "sync" or value.lower() not in ("normal", "full"):
                raise StoreSpecError(
                    f"--store {spec!r}: the only option of sqlite: is sync=normal or sync=full"
                )
            options["sync"] = value.lower()
        return "sqlite", target, options
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql", text, {}
    raise StoreSpecError(f"--store {spec!r} is not a store: {USAGE}")


def open_store(
    spec: str,
    package: Package | None = None,
    seeder: Seeder | None = None,
    number_fields: dict[str, str] | None = None,
) -> Store:
    """The store `spec` names, its schema created or migrated. Seeds and numbered fields come
    from the generated package (the default one when neither is given)."""
    kind, target, options = parse_spec(spec)
    if seeder is None or number_fields is None:
        seeder, number_fields = _package_parts(package)
    if kind == "memory":
        from mock_runtime.storage.memory import MemoryStore

        return MemoryStore(seeder)
    if kind == "sqlite":
        from mock_runtime.storage.sqlite import SqliteStore

        path = Path(target).expanduser()
        return SqliteStore(path.absolute(), seeder, number_fields, options.get("sync", "normal"))
    try:
        from mock_runtime.storage.postgres import PostgresStore
    except ImportError as error:  # the driver is pinned in requirements/; say so, not a trace
        raise StoreSpecError(f"--store postgresql:// needs psycopg ({error})") from error
    return PostgresStore(target, seeder, number_fields)


def shared_counter(store: Store, workers: int) -> Count | None:
    """How to count requests so that every process of the store sees the counts, where
    several processes use it; None: the in-process `RateLimiter` counts."""
    from mock_runtime.storage import counters

    if store.__class__.__name__ == "PostgresStore":
        return counters.postgres_counter(store)
    path = getattr(store, "path", None)
    if workers > 1 and isinstance(path, Path):
        return counters.sqlite_counter(path.with_name(path.name + "-rate"))
    return None


def _package_parts(package: Package | None) -> tuple[Seeder, dict[str, str]]:
    from mock_runtime.config import DEFAULT_PACKAGE
    from mock_runtime.loader import load_package
    from mock_runtime.plans import compile_plans

    pkg = package or load_package(DEFAULT_PACKAGE)
    return seeder_and_numbers(pkg, compile_plans(pkg.resources))


def seeder_and_numbers(pkg: Package, plans: Mapping[str, Any]) -> tuple[Seeder, dict[str, str]]:
    numbers: dict[str, str] = {}
    for key, plan in plans.items():
        field = plan.rules.number_field
        if field:
            numbers[key] = field
    return Seeder(pkg.seeds, pkg.resources, pkg.seed_base), numbers
