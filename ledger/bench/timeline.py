"""Benchmark: the timeline page for 1,000 tenures, opened in headless Chromium.

    python -m ledger.bench.timeline [--tenures 1000] [--repeat 5] [--keep DIR]

Writes a seeded set of notices (one organisation's 100 offices, a head and a deputy each, ten
years of appointments and removals: successions, vacancies, start-unknown holders, probations,
two heads at once), imports them into a fresh SQLite ledger, builds the organisation's
timeline through ``Ledger.timeline`` and renders the page. Then it opens, in the same browser
and the same run, an empty page (the baseline: what any page costs) and the timeline page,
each ``--repeat`` times in a fresh tab, and prints the medians: from navigation to the page's
own "drawn" signal. Needs Chromium and the ``test`` extra (Playwright). Not a test: the 2 s
target is reported, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .browser import chromium, chromium_path
from .corpus import CorpusGenerator, _cn_date

ORG_CHARS = "东南西北中甲乙丙丁戊己庚辛壬癸金木水火土"
TARGET_S = 2.0

#: The baseline: a page that does nothing but say it is drawn.
EMPTY_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
    "<script>window.ledgerTimeline={renderedAt:performance.now()};"
    'document.documentElement.setAttribute("data-rendered","true")</script></body></html>'
)


def notices(tenures: int, seed: int = 15) -> tuple[str, int]:
    """Notice text holding about ``tenures`` tenures, and how many it holds."""
    rng = random.Random(seed)
    names = CorpusGenerator(seed)
    offices = [f"某某区{a}{b}服务中心" for a in ORG_CHARS for b in ORG_CHARS if a != b]
    posts_needed = max(1, tenures // 5)
    posts = [office + title for office in offices for title in ("主任", "副主任")][:posts_needed]
    by_day: dict[dt.date, list[tuple[str, str, str, str]]] = {}  # day → (action, person, post, qualifier)

    def add(day: dt.date, action: str, person: str, post: str, qualifier: str = "") -> None:
        by_day.setdefault(day, []).append((action, person, post, qualifier))

    made = 0
    for post in posts:
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 400))
        holders = min(5, tenures - made)
        for k in range(holders):
            person = names.name()
            if k == 0 and rng.random() < 0.25:  # held from before the record: a removal only
                day += dt.timedelta(days=rng.randrange(200, 700))
                add(day, "remove", person, post)
                made += 1
                continue
            qualifier = "（试用期一年）" if rng.random() < 0.3 else ""
            add(day, "appoint", person, post, qualifier)
            length = dt.timedelta(days=rng.randrange(300, 900))
            after = day + length
            if k < holders - 1:
                add(after, "remove", person, post)
                # the next holder: a vacancy, the same day, or (rarely) before the removal
                day = after + dt.timedelta(days=rng.choice((0, 0, 0, 60, 120, -30)))
            made += 1
    text = []
    for number, day in enumerate(sorted(by_day), start=1):
        appoint = [f"{p}同志为{post}{q}" for action, p, post, q in by_day[day] if action == "appoint"]
        remove = [f"{p}同志的{post}职务" for action, p, post, _ in by_day[day] if action == "remove"]
        body = (["任命：", "；\n".join(appoint) + "。"] if appoint else []) + (
            ["免去：", "；\n".join(remove) + "。"] if remove else []
        )
        text += [
            "某某区人民政府",
            f"关于第{number}批工作人员任免职务的通知",
            f"某区政任〔{day.year}〕{number}号",
            *body,
            "某某区人民政府",
            _cn_date(day),
            "",
        ]
    return "\n".join(text), made


def median_ms(browser, path: Path, repeat: int) -> tuple[float, float]:
    """Medians over fresh tabs: (navigation to the page's drawn signal, wall time of open)."""
    drawn, wall = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        visit = browser.open(path, timeout_ms=60000)
        wall.append((time.perf_counter() - start) * 1000)
        drawn.append(visit.page.evaluate("window.ledgerTimeline.renderedAt"))
        if visit.errors or len(visit.requests) != 1:
            raise SystemExit(f"{path}: errors {visit.errors}, requests {visit.requests}")
        visit.page.close()
    return statistics.median(drawn), statistics.median(wall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tenures", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="Write the notices, the ledger and the pages here.")
    args = parser.parse_args(argv)
    if chromium_path() is None:
        print("no Chromium: apt-get install chromium (or set LEDGER_CHROMIUM)", file=sys.stderr)
        return 2

    from ..api import Ledger
    from ..timeline.page import render

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        text, made = notices(args.tenures)
        (work / "notices.txt").write_text(text, encoding="utf-8")
        (work / "ledger.db").unlink(missing_ok=True)
        book = Ledger(str(work / "ledger.db"))
        report = book.import_file(work / "notices.txt")
        start = time.perf_counter()
        drawn = book.timeline("某某区", today=dt.date(2026, 1, 1))
        built = time.perf_counter() - start
        start = time.perf_counter()
        page = render(drawn)
        rendered = time.perf_counter() - start
        (work / "timeline.html").write_text(page, encoding="utf-8")
        (work / "empty.html").write_text(EMPTY_PAGE, encoding="utf-8")
        empty_drawn = book.timeline("某某区", start=dt.date(1990, 1, 1), end=dt.date(1990, 12, 31))
        (work / "timeline-empty.html").write_text(render(empty_drawn), encoding="utf-8")

        with chromium() as browser:  # a browser that has opened nothing yet: the first open is the slowest
            cold = median_ms(browser, work / "timeline.html", 1)
        with chromium() as browser:
            median_ms(browser, work / "empty.html", 1)  # warm the browser once
            baseline = median_ms(browser, work / "empty.html", args.repeat)
            no_bars = median_ms(browser, work / "timeline-empty.html", args.repeat)
            full = median_ms(browser, work / "timeline.html", args.repeat)

    print(f"Machine: {platform.machine()}, {platform.python_version()}, {chromium_path()}")
    print(
        f"Ledger: {report.events_added} events imported; timeline of {len(drawn.lanes)} posts, "
        f"{len(drawn.bars)} tenures, {len(drawn.marks)} marks ({made} tenures written)"
    )
    print(
        f"Python: Ledger.timeline {built * 1000:.0f} ms, page.render {rendered * 1000:.0f} ms, "
        f"page {len(page.encode()) // 1024} KB"
    )
    print(
        f"Chromium, median of {args.repeat} fresh tabs, navigation to drawn (wall time of the whole open in brackets):"
    )
    print(f"  empty page (baseline)         {baseline[0]:7.0f} ms  ({baseline[1]:.0f} ms)")
    print(f"  timeline page, no tenures     {no_bars[0]:7.0f} ms  ({no_bars[1]:.0f} ms)")
    print(f"  timeline page, {len(drawn.bars):,} tenures  {full[0]:7.0f} ms  ({full[1]:.0f} ms)")
    print(f"  the same, first page of a fresh browser {cold[0]:5.0f} ms  ({cold[1]:.0f} ms)")
    worst = max(full[0], cold[0]) / 1000
    verdict = "met" if worst < TARGET_S else "MISSED"
    print(f"Target: under {TARGET_S:.0f} s to open and draw 1,000 tenures: {worst:.2f} s at worst, {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
