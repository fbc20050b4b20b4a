"""`python -m contract_tests.faults`: list the faults, serve one, or print the detection table."""

from __future__ import annotations

import argparse
import sys

from contract_tests.faults.catalogue import build_catalogue
from contract_tests.faults.harness import FAULT_KEYS, Harness, detection_table, with_mock
from contract_tests.faults.proxy import run_forever
from contract_tests.mock import MockError
from contract_tests.report import text_summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.faults", description=__doc__)
    parser.add_argument(
        "--list", action="store_true", help="list the faults and the checks that catch them"
    )
    parser.add_argument(
        "--serve", metavar="UPSTREAM", help="serve the proxy in front of UPSTREAM (…/api/v1)"
    )
    parser.add_argument("--port", type=int, default=4020, help="port of the served proxy")
    parser.add_argument(
        "--fault", help="fault active from the start (switch with POST /_faults?name=…)"
    )
    parser.add_argument(
        "--detect", action="store_true", help="start the mock, run every fault, print the table"
    )
    parser.add_argument("--only", help="with --detect: comma-separated fault names")
    args = parser.parse_args(argv)
    catalogue = build_catalogue(FAULT_KEYS[0], FAULT_KEYS[1])
    if args.list:
        for spec in catalogue.values():
            print(f"{spec.name:<28} {spec.detected_by:<30} {spec.violates}")
        return 0
    if args.serve:
        keys = f"{FAULT_KEYS[0]}, {FAULT_KEYS[1]}"
        print(f"fault proxy on http://127.0.0.1:{args.port}/api/v1 → {args.serve} (keys {keys})")
        run_forever(args.serve, {n: s.apply for n, s in catalogue.items()}, args.port, args.fault)
        return 0
    if args.detect:
        names = [n.strip() for n in args.only.split(",")] if args.only else None
        try:
            with with_mock() as mock:
                clean, detections = Harness(mock.base_url).run(names)
        except MockError as exc:
            print(f"cannot start the mock: {exc}", file=sys.stderr)
            return 2
        print(text_summary(clean))
        print(detection_table(detections))
        return 0 if clean.ok and all(d.detected for d in detections) else 1
    parser.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
