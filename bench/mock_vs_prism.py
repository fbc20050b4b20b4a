"""Benchmark: the mock on each store against Prism: same bundled spec, same requests, one run.

    .venv/bin/python bench/mock_vs_prism.py [--duration 5] [--rounds 2] [--connections 32]
        [--threads 2] [--accounts 1] [--stores memory,sqlite,postgresql,postgresql-2]

Every server runs on 127.0.0.1 only, all at once, and is stopped at the end: the mock on
memory, on SQLite (a file in a temporary folder), on PostgreSQL with one worker and with two
workers (a throwaway server from the Debian package, `make setup`; see
tests/storage/postgres_server.py), and Prism. Three scenarios with a valid API key: GET one
invoice, POST an invoice with ten items, GET a list page. Each scenario runs on every server in
turn (a short warm-up, then `--rounds` bounded `wrk` runs in alternating order; the best round
counts), so that each figure was taken next to its peers'. Prints requests per second, p50 and
p99 latency, the share of requests that failed (not 2xx, or no answer within --wrk-timeout) and
the peak resident memory (VmHWM from /proc, summed over the server's process tree) of each
server; then a table of each store's ratios against Prism, and every goal with its figure and
whether it is met: the memory store >= 5x Prism's rps, <= 1/5 its p99, <= 1/2 its memory;
SQLite >= 5x Prism on POST and >= 10x on GET one; PostgreSQL with 2 workers above 1 worker.
wrk and the servers share the machine's cores, so only ratios from one run mean much.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the PostgreSQL starter lives in the tests

from tests.storage.postgres_server import PostgresServer, postgres_server  # noqa: E402

KEY = "demo-key-1"
INVOICE_ID = 3003  # a seed invoice: the spec's example, present in every account and in Prism

_LUA = """
wrk.method = "{method}"
wrk.headers["Accept"] = "application/json"
{body}
local keys = {{{keys}}}
local sent = 0
request = function()
  sent = sent + 1
  wrk.headers["X-API-Key"] = keys[sent % #keys + 1]
  return wrk.format()
end
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), bad))
end
"""


@dataclass
class Scenario:
    name: str
    method: str
    path: str
    body: dict[str, object] | None = None


def _invoice_body() -> dict[str, object]:
    items = [
        {"description": f"Line {n}", "amount": f"{10 + n}.50", "quantity": "2", "tax_rate": "21"}
        for n in range(10)
    ]
    return {"client_id": 1001, "discount_percentage": "5", "items": items}


SCENARIOS = [
    Scenario("GET one invoice", "GET", f"/invoices/{INVOICE_ID}"),
    Scenario("POST invoice, 10 items", "POST", "/invoices", _invoice_body()),
    Scenario("GET list page", "GET", "/invoices?page=1&per_page=25"),
]


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    bad_share: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tree(pid: int) -> list[int]:
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in children:
            out += _tree(int(child))
    return out


def peak_memory_mb(pid: int) -> float:
    """VmHWM (peak resident set) summed over the process and its descendants."""
    total = 0
    for member in _tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"X-API-Key": KEY})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {url} did not get ready")


def run_wrk(
    base: str, scenario: Scenario, args: argparse.Namespace, folder: Path, seconds: int
) -> Result:
    body = ""
    if scenario.body is not None:
        payload = json.dumps(scenario.body).replace("\\", "\\\\").replace('"', '\\"')
        body = f'wrk.body = "{payload}"\nwrk.headers["Content-Type"] = "application/json"'
    script = folder / f"{scenario.method.lower()}.lua"
    keys = ", ".join(f'"{key}"' for key in bench_keys(args.accounts))
    script.write_text(_LUA.format(method=scenario.method, keys=keys, body=body))
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{seconds}s",
        # a slow answer counts in the latency, not as an error (wrk's default gives up at 2 s)
        f"--timeout={args.wrk_timeout}s",
        "-s",
        str(script),
        base + scenario.path,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in output.splitlines() if x.startswith("RESULT "))
    count, elapsed, p50_us, p99_us, bad = (float(v) for v in line.split()[1:])
    return Result(
        rps=count / elapsed,
        p50_ms=p50_us / 1000,
        p99_ms=p99_us / 1000,
        bad_share=bad / max(1.0, count),
    )


def _spec_and_package(folder: Path, args: argparse.Namespace) -> tuple[Path, Path]:
    """generated/ when it is there (after `make generate`), else a fresh generation."""
    spec = args.spec or ROOT / "generated" / "openapi.yaml"
    package = args.package or ROOT / "generated" / "mock_server"
    if spec.exists() and (package / "routes.py").exists():
        return spec, package
    out = folder / "generated"
    for command in ("bundle", "mock"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                command,
                "openapi/openapi.yaml",
                "--out",
                str(out),
                "--partial",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return out / "openapi.yaml", out / "mock_server"


_ROOM = 10_000_000


@dataclass(frozen=True)
class Store:
    name: str  # as --stores names it, and as the tables print it
    kind: str  # memory, sqlite or postgresql
    workers: int = 1


STORES = {
    store.name: store
    for store in (
        Store("memory", "memory"),
        Store("sqlite", "sqlite"),
        Store("postgresql", "postgresql"),
        Store("postgresql-2", "postgresql", workers=2),
    )
}


def bench_keys(accounts: int) -> list[str]:
    """The API keys the requests take turns with, one account each (the first is KEY)."""
    return [KEY, *(f"bench-key-{n}" for n in range(2, accounts + 1))]


def _start_mock(
    package: Path, port: int, log: Path, store: str, workers: int, accounts: int
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mock_runtime", "--port", str(port), "--host", "127.0.0.1"]
    command += ["--api-keys", ",".join(bench_keys(accounts))]
    # No rate limit, and room for every object a POST run creates: a refused create (409 once
    # the collection is full) is cheaper than a stored one and would flatter the figure.
    command += ["--package", str(package), "--no-rate-limit", "--max-objects", str(_ROOM)]
    if store != "memory":  # memory is the default store
        command += ["--store", store]
    if workers != 1:
        command += ["--workers", str(workers)]
    with log.open("wb") as out:
        return subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _start_prism(spec: Path, port: int, log: Path, verbosity: str) -> subprocess.Popen[bytes]:
    command = [
        "npx",
        "--no-install",
        "prism",
        "mock",
        str(spec),
        "-p",
        str(port),
        "-h",
        "127.0.0.1",
    ]
    if verbosity != "default":
        command += ["-v", verbosity]
    env = {**os.environ, "NODE_ENV": "production"}
    with log.open("wb") as out:
        return subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and everything it started (npx starts Prism as a grandchild): each runs
    in its own session, so its process group is exactly what we started."""
    group = os.getpgid(process.pid)
    os.killpg(group, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(group, signal.SIGKILL)
        process.wait()
    time.sleep(0.5)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)  # a grandchild that outlived its parent


@contextlib.contextmanager
def _postgres_if(needed: bool) -> Iterator[PostgresServer | None]:
    if not needed:
        yield None
        return
    with postgres_server() as server:
        yield server


def _store_spec(store: Store, folder: Path, postgres: PostgresServer | None) -> str:
    """A fresh store of the kind, as `--store` takes it."""
    if store.kind == "sqlite":
        return f"sqlite:{folder / store.name / 'books.db'}"
    if store.kind == "postgresql":
        assert postgres is not None
        return postgres.create_database(store.name.replace("-", "_"))
    return store.kind


@dataclass
class Measured:
    results: dict[str, Result]
    memory_mb: float


@dataclass
class Running:
    name: str
    process: subprocess.Popen[bytes]
    base: str
    log: Path


def interleaved(
    running: list[Running], args: argparse.Namespace, folder: Path
) -> dict[str, dict[str, Result]]:
    """Each scenario on every server in turn, in alternating order over `--rounds` rounds; the
    best round of each server counts. The other work on a shared machine comes and goes: figures
    taken minutes apart would compare its load, not the servers."""
    best: dict[str, dict[str, Result]] = {server.name: {} for server in running}
    for scenario in SCENARIOS:
        for server in running:
            run_wrk(server.base, scenario, args, folder, seconds=1)  # warm-up
        for round_ in range(args.rounds):
            for server in running if round_ % 2 == 0 else running[::-1]:
                got = run_wrk(server.base, scenario, args, folder, seconds=args.duration)
                print(
                    f"  {server.name:12} {scenario.name:24} {got.rps:9.0f} rps  "
                    f"p50 {got.p50_ms:7.2f} ms  p99 {got.p99_ms:7.2f} ms  "
                    f"failed {got.bad_share:.1%}",
                    flush=True,
                )
                kept = best[server.name].get(scenario.name)
                if kept is None or got.rps > kept.rps:
                    best[server.name][scenario.name] = got
    return best


def run_all(
    stores: list[Store], args: argparse.Namespace, folder: Path
) -> tuple[dict[str, Measured], Measured]:
    """Start every server (the mock on each store, and Prism), measure them interleaved, stop
    them all."""
    spec, package = _spec_and_package(folder, args)
    print(f"spec {spec}\nmock package {package}\n")
    running: list[Running] = []
    with contextlib.ExitStack() as stack:
        postgres = stack.enter_context(_postgres_if(any(s.kind == "postgresql" for s in stores)))
        for store in stores:
            port, log = free_port(), folder / f"mock-{store.name}.log"
            mock = _start_mock(
                package,
                port,
                log,
                _store_spec(store, folder, postgres),
                store.workers,
                args.accounts,
            )
            stack.callback(_stop, mock)
            running.append(Running(store.name, mock, f"http://127.0.0.1:{port}/api/v1", log))
        port, log = free_port(), folder / "prism.log"
        prism = _start_prism(spec, port, log, args.prism_verbosity)
        stack.callback(_stop, prism)
        running.append(Running("prism", prism, f"http://127.0.0.1:{port}", log))
        for server in running:
            try:
                wait_ready(server.base + SCENARIOS[0].path, server.process)
            except SystemExit:
                print(server.log.read_text(errors="replace")[-3000:], file=sys.stderr)
                raise
        results = interleaved(running, args, folder)
        memory = {server.name: peak_memory_mb(server.process.pid) for server in running}
    for server in running:  # the logs go with the folder
        if any(r.bad_share for r in results[server.name].values()):
            print(f"  {server.name} log (tail):\n{server.log.read_text(errors='replace')[-2000:]}")
    ours = {name: Measured(results[name], memory[name]) for name in results if name != "prism"}
    return ours, Measured(results["prism"], memory["prism"])


@dataclass
class Goal:
    text: str
    figure: float
    met: bool
    shown: str  # the figure as printed


def goals(ours: dict[str, Measured], prism: Measured) -> list[Goal]:
    """The issue's goals for each store present in the run, with their figures."""
    get_one, post = SCENARIOS[0].name, SCENARIOS[1].name
    found: list[Goal] = []

    def rps_ratio(store: str, scenario: str) -> float:
        return ours[store].results[scenario].rps / max(prism.results[scenario].rps, 1e-9)

    if "memory" in ours:
        memory = ours["memory"]
        for scenario in SCENARIOS:
            ratio = rps_ratio("memory", scenario.name)
            found.append(Goal(f"memory {scenario.name}: rps >= 5x Prism", ratio, ratio >= 5,
                              f"{ratio:.1f}x"))  # fmt: skip
            p99 = memory.results[scenario.name].p99_ms / max(
                prism.results[scenario.name].p99_ms, 1e-9
            )
            found.append(Goal(f"memory {scenario.name}: p99 <= 0.20x Prism", p99, p99 <= 0.2,
                              f"{p99:.2f}x"))  # fmt: skip
        share = memory.memory_mb / max(prism.memory_mb, 1e-9)
        found.append(Goal("memory: peak memory <= 0.50x Prism", share, share <= 0.5,
                          f"{share:.2f}x"))  # fmt: skip
    if "sqlite" in ours:
        for name, wanted in ((post, 5.0), (get_one, 10.0)):
            ratio = rps_ratio("sqlite", name)
            found.append(Goal(f"sqlite {name}: rps >= {wanted:.0f}x Prism", ratio,
                              ratio >= wanted, f"{ratio:.1f}x"))  # fmt: skip
    if "postgresql" in ours and "postgresql-2" in ours:
        for name in (get_one, post):
            one = ours["postgresql"].results[name].rps
            two = ours["postgresql-2"].results[name].rps
            ratio = two / max(one, 1e-9)
            found.append(Goal(f"postgresql {name}: 2 workers > 1 worker (rps)", ratio,
                              two > one, f"{ratio:.2f}x"))  # fmt: skip
    return found


def report(ours: dict[str, Measured], prism: Measured) -> int:
    print()
    print(f"{'scenario':26}{'server':14}{'rps':>9}{'vs Prism':>10}{'p99 ms':>9}"
          f"{'p99 vs Prism':>14}{'failed':>9}")  # fmt: skip
    refused = []
    for scenario in SCENARIOS:
        theirs = prism.results[scenario.name]
        rows = [*((name, m.results[scenario.name]) for name, m in ours.items()), ("prism", theirs)]
        for position, (name, got) in enumerate(rows):
            rps = got.rps / max(theirs.rps, 1e-9)
            p99 = got.p99_ms / max(theirs.p99_ms, 1e-9)
            label = scenario.name if position == 0 else ""
            print(f"{label:26}{name:14}{got.rps:9.0f}{rps:9.1f}x{got.p99_ms:9.2f}{p99:13.2f}x"
                  f"{got.bad_share:9.1%}")  # fmt: skip
            if got.bad_share and name != "prism":
                refused.append(f"{name} {scenario.name}")
    memories = ", ".join(f"{name} {m.memory_mb:.0f} MB" for name, m in ours.items())
    print(f"\npeak memory: {memories}, prism {prism.memory_mb:.0f} MB")
    print("\ngoals:")
    found = goals(ours, prism)
    for goal in found:
        print(f"  {'met    ' if goal.met else 'MISSED '} {goal.text:64} {goal.shown}")
    missed = [goal.text for goal in found if not goal.met]
    print(f"\n{len(found) - len(missed)} of {len(found)} goals met"
          + (f"; missed: {'; '.join(missed)}" if missed else ""))  # fmt: skip
    if refused:  # a refusal is cheaper than the work it skips: such a ratio means nothing
        print(f"\nnot comparable, the mock failed requests in: {', '.join(refused)} (log above)")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument(
        "--rounds", type=int, default=2, help="wrk runs per server and scenario (the best counts)"
    )
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--accounts",
        type=int,
        default=1,
        help="API keys (accounts) the requests take turns with: writes to one account are "
        "serialized across processes, so one account measures that lock more than the store",
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--wrk-timeout", type=int, default=10, help="seconds before wrk counts a request as failed"
    )
    parser.add_argument(
        "--prism-verbosity", default="warn", help="Prism's -v (warn is its fastest)"
    )
    parser.add_argument("--spec", type=Path, help="bundled spec (default generated/openapi.yaml)")
    parser.add_argument("--package", type=Path, help="mock package (default generated/mock_server)")
    parser.add_argument(
        "--stores",
        default=",".join(STORES),
        help=f"the mock's stores to measure, comma-separated (of {', '.join(STORES)})",
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.stores.split(",") if n.strip()]
    unknown = [n for n in names if n not in STORES]
    if unknown or not names:
        parser.error(f"unknown store {', '.join(unknown)}; known: {', '.join(STORES)}")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: run `make setup`")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        ours, prism = run_all([STORES[n] for n in names], args, Path(tmp))
    return report(ours, prism)


if __name__ == "__main__":
    sys.exit(main())
