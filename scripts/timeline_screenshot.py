"""Regenerate docs/timeline.png, the README's picture of the demo timeline.

    python scripts/timeline_screenshot.py

Imports the demo gazette into a throwaway ledger, writes ``ledger timeline 王官庄街道`` as a
page and photographs it in headless Chromium (network off). "Today" is pinned to the date
below so that the picture only changes when the page does. Needs Chromium and the ``test``
extra (Playwright).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = "data/000_2382a5a68e7547d5.txt"  # as a user in the repository names it: the page cites it so
OUT = ROOT / "docs" / "timeline.png"
TODAY = dt.date(2026, 11, 25)


def main() -> int:
    from ledger.api import Ledger
    from ledger.bench.browser import chromium
    from ledger.timeline.page import render

    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        book = Ledger(str(Path(tmp) / "demo.db"))
        book.import_file(DEMO)
        page = Path(tmp) / "timeline.html"
        page.write_text(render(book.timeline("王官庄街道", today=TODAY)), encoding="utf-8")
        with chromium(width=1200, height=640) as browser:
            visit = browser.open(page)
            if visit.errors or len(visit.requests) != 1:
                print(f"the page misbehaved: {visit.errors} {visit.requests}", file=sys.stderr)
                return 1
            OUT.parent.mkdir(exist_ok=True)
            visit.page.screenshot(path=str(OUT), full_page=True)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
