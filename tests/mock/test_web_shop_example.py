"""Seed 000's web-shop plug-in (examples/web_shop_sync.py) run end to end against the mock.

A real `python -m mock_runtime` on 127.0.0.1 and the example as users run it, from its command
line, on the generated client: the invoices it creates must be there afterwards with totals the
contract's rules give, and a second run must create nothing.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from tests.mock.conftest import KEY_2, ROOT, Server

EXAMPLE = ROOT / "examples" / "web_shop_sync.py"
ORDERS = ROOT / "examples" / "orders.json"


def _run_example(server: Server, key: str, error_log: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(EXAMPLE),
            "--base-url",
            server.url,
            "--api-key",
            key,
            "--orders",
            str(ORDERS),
            "--error-log",
            str(error_log),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_orders_become_invoices_on_the_mock_once(server: Server, tmp_path: Path) -> None:
    first = _run_example(server, KEY_2, tmp_path / "errors.jsonl")
    assert first.returncode == 0, first.stdout + first.stderr
    with server.client(KEY_2) as http:
        invoice = http.get("/invoices", params={"external_id": "Shop-Order-1041"}).json()["data"]
        assert len(invoice) == 1
        full = http.get(f"/invoices/{invoice[0]['invoice_id']}").json()
        # 2 x 24.95 + 1 x 6.50 at 21 %: 56.40 without tax, 11.84 VAT (rule 5, total method).
        assert Decimal(full["total_without_tax"]) == Decimal("56.40")
        assert Decimal(full["total_tax_1"]) == Decimal("11.84")
        assert Decimal(full["total_with_tax"]) == Decimal("68.24")
        buyers = http.get("/clients", params={"email_address": "sanne@degroenefietser.example.nl"})
        assert buyers.json()["meta"]["total"] == 1
        before = http.get("/invoices").json()["meta"]["total"]

    second = _run_example(server, KEY_2, tmp_path / "errors.jsonl")
    assert second.returncode == 0, second.stdout + second.stderr
    with server.client(KEY_2) as http:
        assert http.get("/invoices").json()["meta"]["total"] == before


def test_a_refused_key_stops_the_plug_in(server: Server, tmp_path: Path) -> None:
    done = _run_example(server, "not-a-key", tmp_path / "errors.jsonl")
    assert done.returncode == 2
    assert "refused" in done.stderr
