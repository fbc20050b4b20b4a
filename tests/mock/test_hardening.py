"""Issue 10 (hardening), the parts best checked in-process: memory under churn and the
self-check's eye for whole floats. The cases that need real sockets are in `tests/hostile/`."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import jsonschema_rs

from mock_runtime.app import MockApp
from mock_runtime.call import Reply
from mock_runtime.config import Config
from mock_runtime.ratelimit import RateLimiter
from mock_runtime.selfcheck import SelfCheck
from mock_runtime.validation import integers_from_whole_floats

# 200,000 create/delete cycles take about 4 s in-process; over HTTP they would be 400,000
# requests (minutes on the shared cores), so the store is driven directly, as the server does.
CHURN_CYCLES = 200_000
WARM_UP = 20_000  # the allocator's arenas and the dicts' capacity settle before measuring
RSS_TOLERANCE = 0.10


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def test_memory_follows_live_objects_not_churn(mock_package: Path) -> None:
    """Create and delete numbered clients at a fixed live count: nothing kept per id may
    outlive its object (`seq_of` once grew by one entry per create, forever)."""
    app = MockApp(Config(package=mock_package))
    account = app.store.read(70010, "http://127.0.0.1:4010/api/v1")
    writer = app.writer
    live = [writer.create(account, "clients", (), {"name": f"live {i}"}) for i in range(50)]
    kept = len(account.seq_of)

    def churn(cycles: int) -> None:
        for i in range(cycles):
            record = writer.create(account, "clients", (), {"name": f"churn {i}"})
            writer.delete(account, "clients", (), record)

    churn(WARM_UP)
    gc.collect()
    before = _rss_mib()
    churn(CHURN_CYCLES - WARM_UP)
    gc.collect()
    after = _rss_mib()
    assert len(account.seq_of) == kept, "per-id state outlived its objects"
    assert len(account.rows("clients", ())) == len(live) + len(app.package.seeds.get("clients", []))
    assert after <= before * (1 + RSS_TOLERANCE), f"RSS grew {before:.1f} -> {after:.1f} MiB"


def test_self_check_catches_whole_float_in_integer_field(mock_package: Path) -> None:
    app = MockApp(Config(package=mock_package, self_check=True))
    route, _ = app.package.router.match("GET", "/clients/1001")
    record = copy.deepcopy(app.package.seeds["clients"][0]["object"])
    rate = RateLimiter(60, enforce=False).hit("k")
    checker = SelfCheck(app.package)
    assert (
        checker.check(route, Reply(200, body=record, media="application/json"), rate).status == 200
    )
    record["client_id"] = float(record["client_id"])
    reply = checker.check(route, Reply(200, body=record, media="application/json"), rate)
    assert reply.status == 500
    assert "integer field client_id holds a float" in reply.body["detail"]


def test_whole_floats_become_integers_only_where_exact() -> None:
    validator = jsonschema_rs.validator_for(
        {
            "type": "object",
            "properties": {
                "n": {"type": "integer"},
                "x": {"type": "number"},
                "rows": {"type": "array", "items": {"type": ["integer", "null"]}},
            },
        }
    )
    rows: list[float | None] = [1.0, None, 2**60 * 1.0]
    value: dict[str, object] = {"n": 8001.0, "x": 2.0, "rows": rows}
    inexact = integers_from_whole_floats(validator, value)
    assert inexact == ["rows/2"]
    assert value["n"] == 8001 and isinstance(value["n"], int)
    assert isinstance(value["x"], float)  # a number field keeps its float
    assert isinstance(rows[0], int)
