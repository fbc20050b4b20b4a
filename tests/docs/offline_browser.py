"""Open a local HTML file in headless Chromium with the network off and record every request.

Two layers, so that the check is both real and able to fail:
- Chromium runs in a fresh network namespace (`unshare --net`: no interface but a downed
  loopback), so nothing can leave the machine whatever the page does;
- every request the page makes, including other `file://` URLs, goes through a Playwright route
  that records it and lets only the page itself through. A self-contained page makes exactly
  one request. Console errors are recorded too: a Content-Security-Policy violation shows up
  there, not as a request.
Playwright drives the system Chromium over a pipe; it never downloads a browser.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, Request, Route, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


@dataclass
class Visit:
    url: str
    requests: list[str] = field(default_factory=list)  # every request seen, the page included
    aborted: list[str] = field(default_factory=list)  # requests other than the page itself
    console_errors: list[str] = field(default_factory=list)
    isolated: bool = False  # whether Chromium ran in its own network namespace

    @property
    def foreign_requests(self) -> list[str]:
        return sorted({u for u in self.requests if u != self.url} | set(self.aborted))

    def assert_offline(self) -> None:
        assert self.foreign_requests == [], f"the page requested {self.foreign_requests}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


def _executable(work: Path) -> tuple[Path, bool]:
    """A launcher that starts Chromium without network, when this machine allows it."""
    unshare = shutil.which("unshare")
    for flags in ("--net", "--map-root-user --net"):  # as root; as a user, if namespaces allow
        if (
            unshare
            and subprocess.run([unshare, *flags.split(), "true"], check=False).returncode == 0
        ):
            launcher = work / "chromium-offline"
            launcher.write_text(f'#!/bin/sh\nexec {unshare} {flags} {CHROMIUM} "$@"\n')
            launcher.chmod(0o755)
            return launcher, True
    return CHROMIUM, False


@contextmanager
def open_offline(
    html_file: Path, work: Path, *, javascript: bool = True, fragment: str = ""
) -> Iterator[tuple[Page, Visit]]:
    """Load `html_file` (at `#fragment` when given); yields the live page and what it
    requested so far. The fragment is not part of a request, so the page's URL stays the
    only one allowed through."""
    url = html_file.resolve().as_uri()
    executable, isolated = _executable(work)
    visit = Visit(url=url, isolated=isolated)

    def route(route: Route) -> None:
        if route.request.url == url:
            route.continue_()
        else:
            visit.aborted.append(route.request.url)
            route.abort("blockedbyclient")

    def on_request(request: Request) -> None:
        visit.requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            visit.console_errors.append(message.text)

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(work / "profile"),
            executable_path=str(executable),
            headless=True,
            args=FLAGS,
            java_script_enabled=javascript,
            service_workers="block",
        )
        try:
            context.route("**/*", route)
            context.on("request", on_request)
            page = context.new_page()
            page.on("console", on_console)
            page.on("websocket", lambda ws: visit.aborted.append(ws.url))
            page.goto(f"{url}#{fragment}" if fragment else url, wait_until="load")
            page.wait_for_timeout(200)  # let late loads (lazy images, timers) start
            yield page, visit
        finally:
            context.close()
