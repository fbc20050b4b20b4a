"""Benchmark: our mock server against Prism, same bundled spec, same requests, one run.

    .venv/bin/python bench/mock_vs_prism.py [--duration 10] [--connections 32] [--threads 2]

Both servers run on 127.0.0.1 only and are stopped at the end. Three scenarios with a valid API
key, each a bounded `wrk` run (after a short warm-up): GET one invoice, POST an invoice with ten
items, GET a list page. Prints requests per second, p50 and p99 latency, the share of answers
that were not 2xx, and the peak resident memory (VmHWM from /proc, summed over the server's
process tree) of each server, then the ratios against the goals (>= 5x rps, <= 1/5 p99,
<= 1/2 memory). wrk and the server share the machine's cores, so only ratios from one run
mean much.
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "demo-key-1"
INVOICE_ID = 3003  # a seed invoice: the spec's example, present in every account and in Prism

_LUA = """
wrk.method = "{method}"
wrk.headers["X-API-Key"] = "{key}"
wrk.headers["Accept"] = "application/json"
{body}
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


def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"X-API-Key": KEY})
    while time.monotonic() < deadline:
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
    script.write_text(_LUA.format(method=scenario.method, key=KEY, body=body))
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{seconds}s",
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


def _start_mock(package: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mock_runtime", "--port", str(port), "--host", "127.0.0.1"]
    # No rate limit, and room for every object a POST run creates: a refused create (409 once
    # the collection is full) is cheaper than a stored one and would flatter the figure.
    command += ["--package", str(package), "--no-rate-limit", "--max-objects", str(_ROOM)]
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


def measure(
    name: str, process: subprocess.Popen[bytes], base: str, args: argparse.Namespace, folder: Path
) -> tuple[dict[str, Result], float]:
    wait_ready(base + SCENARIOS[0].path)
    results = {}
    for scenario in SCENARIOS:
        run_wrk(base, scenario, args, folder, seconds=2)  # warm-up
        results[scenario.name] = run_wrk(base, scenario, args, folder, seconds=args.duration)
        got = results[scenario.name]
        print(
            f"  {name:6} {scenario.name:24} {got.rps:9.0f} rps  p50 {got.p50_ms:6.2f} ms  "
            f"p99 {got.p99_ms:6.2f} ms  non-2xx {got.bad_share:.1%}",
            flush=True,
        )
    return results, peak_memory_mb(process.pid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--prism-verbosity", default="warn", help="Prism's -v (warn is its fastest)"
    )
    parser.add_argument("--spec", type=Path, help="bundled spec (default generated/openapi.yaml)")
    parser.add_argument("--package", type=Path, help="mock package (default generated/mock_server)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        folder = Path(tmp)
        spec, package = _spec_and_package(folder, args)
        print(f"spec {spec}\nmock package {package}\n")
        mock_port, prism_port = free_port(), free_port()
        mock = _start_mock(package, mock_port, folder / "mock.log")
        try:
            ours, ours_memory = measure(
                "mock", mock, f"http://127.0.0.1:{mock_port}/api/v1", args, folder
            )
        finally:
            _stop(mock)
        prism = _start_prism(spec, prism_port, folder / "prism.log", args.prism_verbosity)
        try:
            theirs, prism_memory = measure(
                "prism", prism, f"http://127.0.0.1:{prism_port}", args, folder
            )
        finally:
            _stop(prism)
    print()
    print(f"{'scenario':26}{'rps ratio':>11}{'p99 ratio':>11}   goal: rps >= 5x, p99 <= 0.20x")
    refused = []
    for scenario in SCENARIOS:
        a, b = ours[scenario.name], theirs[scenario.name]
        rps, p99 = a.rps / max(b.rps, 1e-9), a.p99_ms / max(b.p99_ms, 1e-9)
        mark = "" if a.bad_share == 0 else "   not comparable: the mock refused some requests"
        print(f"{scenario.name:26}{rps:10.1f}x{p99:10.2f}x{mark}")
        if a.bad_share:
            refused.append(scenario.name)
    print(
        f"\npeak memory: mock {ours_memory:.0f} MB, prism {prism_memory:.0f} MB, "
        f"ratio {ours_memory / max(prism_memory, 1e-9):.2f}x (goal <= 0.50x)"
    )
    if refused:  # a refusal is cheaper than the work it skips: such a ratio means nothing
        print(f"\nthe mock answered non-2xx in: {', '.join(refused)}; see its log")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
