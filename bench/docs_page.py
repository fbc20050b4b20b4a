"""How heavy the docs page is: its size, and how soon Chromium shows it.

Opens a page (default generated/docs/index.html) with the offline harness of tests/docs, the
network off, and prints bytes plus the browser's own timings (DOMContentLoaded, first
contentful paint, load), median of N fresh loads. Pass several pages to compare them: they
take turns, and each line after the first carries its ratios against the first.
This prints figures; it is not a test.
Usage: .venv/bin/python bench/docs_page.py [PAGE ...] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.docs.offline_browser import open_offline  # noqa: E402

_TIMINGS = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {dcl: nav.domContentLoadedEventEnd, fcp: fcp ? fcp.startTime : -1, load: nav.loadEventEnd};
}"""


def _load(page_file: Path) -> dict[str, float]:
    with (
        tempfile.TemporaryDirectory(prefix="docs-bench-") as work,
        open_offline(page_file, Path(work)) as (page, visit),
    ):
        figures = page.evaluate(_TIMINGS)
        visit.assert_offline()
    return {key: float(value) for key, value in figures.items()}


def measure(pages: list[Path], runs: int) -> list[dict[str, float]]:
    """Median figures per page; the pages take turns, so a busy moment hits them alike."""
    samples: list[dict[str, list[float]]] = [{"dcl": [], "fcp": [], "load": []} for _ in pages]
    for _ in range(runs):
        for page_file, page_samples in zip(pages, samples, strict=True):
            for key, value in _load(page_file).items():
                page_samples[key].append(value)
    results = []
    for page_file, page_samples in zip(pages, samples, strict=True):
        result = {key: statistics.median(values) for key, values in page_samples.items()}
        result["bytes"] = float(page_file.stat().st_size)
        results.append(result)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", type=Path, default=[REPO / "generated/docs/index.html"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    first: dict[str, float] | None = None
    for page, figures in zip(args.pages, measure(args.pages, args.runs), strict=True):
        line = (
            f"{page}: {figures['bytes'] / 1e6:.2f} MB, DOMContentLoaded {figures['dcl']:.0f} ms, "
            f"first contentful paint {figures['fcp']:.0f} ms, load {figures['load']:.0f} ms"
        )
        if first is not None:
            ratios = ", ".join(f"{k} x{figures[k] / first[k]:.2f}" for k in ("bytes", "dcl", "fcp"))
            line += f"  ({ratios} against the first)"
        first = first or figures
        print(line)


if __name__ == "__main__":
    main()
