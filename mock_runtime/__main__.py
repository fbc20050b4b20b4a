"""`python -m mock_runtime`: start the mock server of the generated package (uvicorn).

python -m mock_runtime --port 4010 [--host 127.0.0.1] [--mode stateful|examples] [--seed N]
    [--api-keys k1,k2] [--tokens t1,t2] [--no-rate-limit] [--rate-limit N] [--rate-window S]
    [--latency MS] [--self-check] [--max-objects N] [--read-timeout S]
    [--package generated/mock_server]
    [--store memory|sqlite:PATH|postgresql://…] [--workers N] [--admin-token TOKEN]
python -m mock_runtime reset --store STORE --account N    (an account back to its seed data)

The HTTP layer's bounds and timeouts are in `httpserver`; `docs/MOCK_SERVER.md` lists them.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import signal
import socket
import sys
import time
from pathlib import Path

import uvicorn

from mock_runtime.app import MockApp
from mock_runtime.config import (
    DEFAULT_PACKAGE,
    DEMO_API_KEYS,
    DEMO_TOKENS,
    MAX_OBJECTS,
    MAX_RATE_WINDOW_S,
    MIN_RATE_WINDOW_S,
    READ_TIMEOUT_S,
    Config,
)
from mock_runtime.httpserver import server_config
from mock_runtime.ratelimit import MINUTE
from mock_runtime.storage import Seeder, StoreError, StoreSpecError, open_store, parse_spec

STORE_HELP = (
    "memory (default; in the process), sqlite:PATH (a file, kept across restarts; "
    "?sync=full for power-cut durability) or postgresql://USER@HOST:PORT/DB (shared by "
    "processes and hosts)"
)
MAX_WORKERS = 64
# Seconds a worker must have run for its death to count as an accident (then it is replaced)
# rather than a failure to start (then the server stops).
WORKER_SETTLE_S = 5.0


def parse(argv: list[str]) -> tuple[Config, str, int]:
    parser = argparse.ArgumentParser(
        prog="python -m mock_runtime", description="the mock server of a generated package"
    )
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--mode", choices=("stateful", "examples"), default="stateful")
    parser.add_argument("--seed", type=int, default=0, help="seed of generated examples")
    parser.add_argument(
        "--api-keys", default=",".join(DEMO_API_KEYS), help="comma-separated keys, one account each"
    )
    parser.add_argument(
        "--tokens", default=",".join(DEMO_TOKENS), help="comma-separated valid bearer tokens"
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="keep the headers, never refuse"
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests a minute per key (default: the spec's)",
    )
    parser.add_argument(
        "--rate-window",
        type=float,
        default=MINUTE,
        metavar="SECONDS",
        help="how long a key's count lasts (default 60; shorter to test pacing in seconds)",
    )
    parser.add_argument("--latency", type=int, default=0, metavar="MS", help="delay every answer")
    parser.add_argument(
        "--self-check", action="store_true", help="validate every answer against the spec"
    )
    parser.add_argument(
        "--max-objects",
        type=int,
        default=MAX_OBJECTS,
        metavar="N",
        help="objects per collection and account; a create beyond is refused (409, 925)",
    )
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=READ_TIMEOUT_S,
        metavar="S",
        help="seconds for a request's headers, and the longest pause in its body",
    )
    parser.add_argument(
        "--package", type=Path, default=DEFAULT_PACKAGE, help="generated mock_server folder"
    )
    parser.add_argument("--store", default="memory", help=STORE_HELP)
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="server processes on the one port (N>1 needs a sqlite: or postgresql:// store)",
    )
    parser.add_argument(
        "--admin-token",
        default=None,
        metavar="TOKEN",
        help="turn on POST /_admin/accounts/{account}/reset with Authorization: Bearer TOKEN",
    )
    args = parser.parse_args(argv)
    try:
        parse_spec(args.store)
    except StoreSpecError as error:  # one line, before the package is loaded
        print(f"python -m mock_runtime: error: {error}", file=sys.stderr)
        sys.exit(2)
    if not 1 <= args.workers <= MAX_WORKERS:
        parser.error(f"--workers must be between 1 and {MAX_WORKERS}")
    if args.workers > 1 and args.store.strip() == "memory":
        parser.error(
            "--workers above 1 needs a store the processes share: --store sqlite:PATH "
            "or --store postgresql://…"
        )
    if args.admin_token is not None and not args.admin_token.strip():
        parser.error("--admin-token must not be empty")
    keys = tuple(k.strip() for k in args.api_keys.split(",") if k.strip())
    if not keys:
        parser.error("--api-keys needs at least one key")
    if not MIN_RATE_WINDOW_S <= args.rate_window <= MAX_RATE_WINDOW_S:
        parser.error(
            f"--rate-window must be between {MIN_RATE_WINDOW_S:g} and {MAX_RATE_WINDOW_S:g} seconds"
        )
    config = Config(
        package=args.package,
        mode=args.mode,
        seed=args.seed,
        api_keys=keys,
        bearer_tokens=tuple(t.strip() for t in args.tokens.split(",") if t.strip()),
        rate_limit=None if args.rate_limit is None else max(1, min(args.rate_limit, 1000)),
        enforce_rate_limit=not args.no_rate_limit,
        rate_window=args.rate_window,
        latency_ms=max(0, args.latency),
        self_check=args.self_check,
        max_objects=max(1, args.max_objects),
        read_timeout=min(max(0.1, args.read_timeout), 600.0),
        store=args.store,
        workers=args.workers,
        admin_token=args.admin_token,
    )
    return config, args.host, args.port


def reset(argv: list[str]) -> int:
    """`reset --store STORE --account N`: the account back to its seed data, seen by running
    servers on that store at their next request."""
    parser = argparse.ArgumentParser(
        prog="python -m mock_runtime reset",
        description="restore one account of a store to its seed data",
    )
    parser.add_argument("--store", required=True, help=STORE_HELP)
    parser.add_argument("--account", type=int, required=True, metavar="N")
    parser.add_argument(
        "--package", type=Path, default=DEFAULT_PACKAGE, help="accepted for symmetry; unused"
    )
    args = parser.parse_args(argv)
    if not 0 < args.account <= 2147483647:
        parser.error("--account must be an account number (1 to 2147483647)")
    if args.store.strip() == "memory":
        parser.error(
            "a memory store lives inside its server: reset it with the admin route "
            "(--admin-token) or a restart"
        )
    try:
        store = open_store(args.store, seeder=Seeder({}, {}, ""), number_fields={})
    except StoreSpecError as error:
        print(f"python -m mock_runtime reset: error: {error}", file=sys.stderr)
        return 2
    try:
        store.reset(args.account)
    except StoreError as error:
        print(f"python -m mock_runtime reset: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"account {args.account} reset to its seed data in {store.name}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["reset"]:
        return reset(argv[1:])
    config, host, port = parse(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    try:
        app = MockApp(config)
    except StoreSpecError as error:
        print(f"python -m mock_runtime: error: {error}", file=sys.stderr)
        return 2
    # Stored objects form no reference cycles; the cyclic collector walking tens of thousands of
    # them stalls requests for tens of milliseconds. Freeze what startup made, collect rarely.
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    base = f"http://{host}:{port}{app.prefix}"
    lines = [f"{app.package.title} mock server ({config.mode}) on {base}"]
    for key in config.api_keys:
        lines.append(f"  X-API-Key: {key}    (account {config.account_of_key(key)})")
    lines.append(
        f"  Authorization: Bearer {', '.join(config.bearer_tokens)}    (expired: expired-token)"
    )
    lines.append(f"  Authorization: Basic base64({config.user[0]}:{config.user[1]})")
    limit = (
        "off (headers only)"
        if not config.enforce_rate_limit
        else f"{app.limiter.limit}/min per key"
        if app.limiter.window == MINUTE
        else f"{app.limiter.limit} per {app.limiter.window:g} s per key"
    )
    lines.append(f"  rate limit: {limit}; self-check: {'on' if config.self_check else 'off'}")
    workers = f"{config.workers} workers" if config.workers > 1 else "1 worker"
    lines.append(f"  store: {app.store.name}; {workers}")
    if config.admin_token:
        lines.append("  admin: POST /_admin/accounts/{account}/reset (Bearer admin token)")
    uv_config = server_config(app, host, port, config.read_timeout, app.allowed_methods)
    if config.workers == 1:
        print("\n".join(lines), flush=True)
        uvicorn.Server(uv_config).run()
        return 0
    try:
        sock = uv_config.bind_socket()
    except (OSError, SystemExit) as error:
        print(
            f"python -m mock_runtime: error: cannot listen on {host}:{port}: {error}",
            file=sys.stderr,
        )
        return 1
    print("\n".join(lines), flush=True)
    return _supervise(app, uv_config, sock, config.workers)


def _supervise(app: MockApp, uv_config: uvicorn.Config, sock: socket.socket, count: int) -> int:
    """N processes accept on the one listening socket, each with its own connections to the
    store (forked after the package is loaded, so they share its memory). SIGTERM or SIGINT
    stops them all. A worker that dies after serving a while is replaced; one that dies
    within `WORKER_SETTLE_S` of its start stops them all (exit 1): it would only die again."""
    app.store.close()  # no open database is carried across fork(); each worker opens its own
    started: dict[int, float] = {}

    def fork() -> None:
        pid = os.fork()
        if pid == 0:  # a worker
            code = 1
            try:
                app.store.after_fork()
                uvicorn.Server(uv_config).run(sockets=[sock])
                code = 0
            except BaseException:
                logging.getLogger("mock_runtime").exception("a worker failed")
            finally:
                os._exit(code)
        started[pid] = time.monotonic()

    for _ in range(count):
        fork()
    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True
        for child in started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    while started:
        try:
            pid, code = os.wait()
        except ChildProcessError:
            break
        began = started.pop(pid, None)
        if began is None or stopping or not code:
            continue
        if time.monotonic() - began >= WORKER_SETTLE_S:
            logging.getLogger("mock_runtime").warning("worker %d died (%d); replaced", pid, code)
            fork()
        else:
            status = 1
            stop(signal.SIGTERM, None)
    sock.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
