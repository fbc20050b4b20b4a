"""A throwaway PostgreSQL server from the Debian package, for the storage tests and the bench.

`postgres_server()` makes a cluster in a fresh temporary folder, starts it on a free loopback
port (its unix socket in the same folder), yields a handle that can create databases and name
their `postgresql://` URLs, and stops the server and removes the folder at the end. Root may
not run the server, so as root every server command runs as the `postgres` user the package
creates. PostgreSQL missing is an error that says how to install it, never a reason to skip:
the durability and concurrency tests are the point of having it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")
SUPERUSER = "postgres"
START_TIMEOUT_S = 60
_names = itertools.count(1)


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed, or the throwaway server would not start."""


@dataclass
class PostgresServer:
    folder: Path  # data/, the unix socket and the server log
    port: int
    host: str = "127.0.0.1"

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement with psql (a client needs no special user); its output."""
        command = [
            str(PG_BIN / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "-h", self.host, "-p", str(self.port), "-U", SUPERUSER, "-d", database,
            "-c", statement,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PostgresUnavailable(f"psql {statement!r} failed: {done.stderr.strip()}")
        return done.stdout

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (named `books_N` unless given); its URL."""
        name = name or f"books_{os.getpid()}_{next(_names)}"
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)


def sql_value(server: PostgresServer, statement: str) -> str:
    """The single value a statement returns, as text."""
    return server.sql(statement).strip()


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise PostgresUnavailable(
            f"{what} failed (exit {done.returncode}): {done.stdout}{done.stderr}{tail}"
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def check_installed() -> None:
    if not (PG_BIN / "pg_ctl").is_file():
        raise PostgresUnavailable(
            f"PostgreSQL 15 is not installed (no {PG_BIN / 'pg_ctl'}): run `make setup`, "
            "which installs the Debian `postgresql` package"
        )


@contextmanager
def postgres_server(port: int | None = None) -> Iterator[PostgresServer]:
    """Start a fresh cluster (trust authentication, loopback only, fsync on); stop it and
    remove its folder on exit. `port` None: a free port chosen by the OS."""
    check_installed()
    folder = Path(tempfile.mkdtemp(prefix="books-pg-"))
    data, log = folder / "data", folder / "server.log"
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER, SUPERUSER)
    started = False
    try:
        _run(
            _as_server_user([
                str(PG_BIN / "initdb"), "-D", str(data), "--auth=trust", "-U", SUPERUSER,
                "-E", "UTF8", "--locale=C", "--no-instructions",
                "--no-sync",  # the cluster's creation only; the server itself runs with fsync
            ]),
            "initdb",
        )  # fmt: skip
        chosen = port or _free_port()
        options = f"-c listen_addresses=127.0.0.1 -p {chosen} -k {folder} -c fsync=on"
        _run(
            _as_server_user([
                str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                "-w", "-t", str(START_TIMEOUT_S), "start",
            ]),
            f"starting PostgreSQL on port {chosen}",
            log,
        )  # fmt: skip
        started = True
        yield PostgresServer(folder=folder, port=chosen)
    finally:
        if started:
            # immediate: no shutdown checkpoint writing out every database the tests made, only
            # to delete them (a fast stop takes tens of seconds on a busy disk)
            subprocess.run(
                _as_server_user(
                    [str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
                ),
                capture_output=True,
                check=False,
            )
        shutil.rmtree(folder, ignore_errors=True)
