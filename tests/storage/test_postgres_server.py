"""The throwaway PostgreSQL the storage tests run on: durable settings, loopback only, one
database per caller; and a missing installation is an error that says what to run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage import postgres_server as pg
from tests.storage.postgres_server import PostgresServer, PostgresUnavailable

pytestmark = pytest.mark.server


def test_the_server_is_durable_and_on_loopback_only(postgres: PostgresServer) -> None:
    assert pg.sql_value(postgres, "SHOW fsync") == "on"
    assert pg.sql_value(postgres, "SHOW synchronous_commit") == "on"
    assert pg.sql_value(postgres, "SHOW listen_addresses") == "127.0.0.1"
    assert postgres.url("books").startswith(f"postgresql://postgres@127.0.0.1:{postgres.port}/")


def test_each_database_is_new(postgres: PostgresServer) -> None:
    first, second = postgres.create_database(), postgres.create_database()
    assert first != second
    names = postgres.sql("SELECT datname FROM pg_database").split()
    assert first.rsplit("/", 1)[1] in names and second.rsplit("/", 1)[1] in names


def test_missing_postgresql_is_an_error_naming_make_setup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pg, "PG_BIN", tmp_path / "nowhere")
    with pytest.raises(PostgresUnavailable, match="make setup"), pg.postgres_server():
        pass
