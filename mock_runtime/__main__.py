"""`python -m mock_runtime`: start the mock server of the generated package (uvicorn, one worker).

python -m mock_runtime --port 4010 [--host 127.0.0.1] [--mode stateful|examples] [--seed N]
    [--api-keys k1,k2] [--tokens t1,t2] [--no-rate-limit] [--rate-limit N] [--rate-window S]
    [--latency MS] [--self-check] [--max-objects N] [--read-timeout S]
    [--package generated/mock_server]

The HTTP layer's bounds and timeouts are in `httpserver`; `docs/MOCK_SERVER.md` lists them.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
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
    args = parser.parse_args(argv)
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
    )
    return config, args.host, args.port


def main(argv: list[str]) -> int:
    config, host, port = parse(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    app = MockApp(config)
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
    print("\n".join(lines), flush=True)
    server = uvicorn.Server(
        server_config(app, host, port, config.read_timeout, app.allowed_methods)
    )
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
