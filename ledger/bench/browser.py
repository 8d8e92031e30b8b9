"""Headless Chromium for the timeline page: the tests, the README screenshot and the benchmark
open pages through this, the same way, with the network off.

Drives Debian's Chromium (``/usr/bin/chromium``, or ``$LEDGER_CHROMIUM``) through Playwright
(the ``test`` extra), which is told where the browser is and never downloads one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: What this closed network needs (see the machine notes): no background connections, no
#: component or sync services, no first-run dialogs. The DNS rule is a second lock on the
#: network: a host name the page might ask for resolves to nothing.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def chromium_path() -> str | None:
    """The Chromium to drive, or None if this machine has none."""
    wanted = os.environ.get("LEDGER_CHROMIUM")
    if wanted:
        return wanted if Path(wanted).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def playwright_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Visit:
    """A page opened, with what it asked of the network and what it complained about."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Browser:
    def __init__(self, context: Any):
        self.context = context

    def open(self, path: Path, *, wait_for: str = "html[data-rendered]", timeout_ms: int = 15000) -> Visit:
        """Open a local file and wait until the page says it has drawn (``wait_for`` attached)."""
        page = self.context.new_page()
        visit = Visit(page)
        page.on("request", lambda request: visit.requests.append(request.url))
        page.on("pageerror", lambda error: visit.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and visit.errors.append(message.text))
        page.on("dialog", lambda dialog: (visit.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.goto(Path(path).resolve().as_uri())
        if wait_for:
            try:
                page.wait_for_selector(wait_for, state="attached", timeout=timeout_ms)
            except Exception as exc:
                raise RuntimeError(f"{path} did not render: {visit.errors or exc}") from None
        return visit


@contextmanager
def chromium(width: int = 1280, height: int = 800) -> Iterator[Browser]:
    """A headless Chromium with a fresh profile in a temporary folder, offline: any request
    that is not for a local file is aborted (and still recorded by ``Browser.open``)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError("no Chromium found: apt-get install chromium, or set LEDGER_CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="ledger-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            args=FLAGS,
            headless=True,
            offline=True,
            viewport={"width": width, "height": height},
        )
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
        )
        try:
            yield Browser(context)
        finally:
            context.close()
