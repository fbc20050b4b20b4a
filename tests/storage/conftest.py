"""Fixtures of the storage tests: one throwaway PostgreSQL per session, a fresh store per test,
and mock servers started on it (stopped, or killed, by the test; stopped at teardown anyway).

`store` is parametrised indirectly with "sqlite" or "postgresql": a new SQLite file in the
test's folder, or a new database on the session's PostgreSQL, so tests never share data.
PostgreSQL starts only when a test asks for it; if it is not installed the test errors and says
to run `make setup`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.storage.mock_process import MockProcess, start_mock
from tests.storage.postgres_server import PostgresServer, postgres_server

Starter = Callable[..., MockProcess]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session; tests that need isolation make a database."""
    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    """A database on the session's server, shared by the tests that ask for it."""
    return postgres.create_database("books_shared")


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store of the kind named by the parameter, as `--store` takes it."""
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        return f"sqlite:{tmp_path / 'store' / 'books.db'}"
    if kind == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        return server.create_database()
    raise ValueError(f"unknown store kind {kind!r}")


@pytest.fixture
def mocks(tmp_path: Path) -> Iterator[Starter]:
    """`mocks(store, **options)` starts a mock (see `start_mock`); all are stopped at the end.
    Each server's log is `tmp_path/mock-N.log`; a failing test prints the logs' tails."""
    started: list[MockProcess] = []

    def start(store: str, **options: object) -> MockProcess:
        log = tmp_path / f"mock-{len(started) + 1}.log"
        server = start_mock(store, log, **options)  # type: ignore[arg-type]
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
        # pytest shows this only for a test that failed
        print(f"--- {' '.join(server.command)}\n{server.tail()}")


BOTH = pytest.mark.parametrize("store", ["sqlite", "postgresql"], indirect=True)
POSTGRES = pytest.mark.parametrize("store", ["postgresql"], indirect=True)
