"""Issue 15: the timeline page as a reader sees it, in headless Chromium with the network off.

Positions are read back from the DOM: a bar's edges, converted to dates through the page's own
x scale, must fall on the dates the ledger holds. A screenshot of the demo timeline is written
to tests/output/ (kept by CI, not committed).

Locally these tests are skipped when Chromium or Playwright is missing; under CI (CI set) they
fail instead, since `.ci/run` installs Chromium.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import as_json
from test_timeline import HOSTILE, hostile_timeline

from ledger.bench.browser import chromium, chromium_path, playwright_available
from ledger.timeline.page import render

pytestmark = pytest.mark.browser

OUTPUT = Path(__file__).resolve().parent / "output"
DAY_MS = 86_400_000

#: The edges of a drawn element as dates (ISO, UTC), through the page's own x scale.
EDGES = """(element) => {
  const view = window.ledgerTimeline.view;
  const svg = document.querySelector('#chart svg').getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const x = view.scale('x');
  const left = view.padding().left + view.origin()[0];  // where the plot starts inside the SVG
  return [x.invert(box.left - svg.left - left).valueOf(), x.invert(box.right - svg.left - left).valueOf(),
          x.range()[0] + svg.left + left, box.left];
}"""


@pytest.fixture(scope="module")
def browser():
    if not (chromium_path() and playwright_available()):
        why = "Chromium or Playwright missing: apt-get install chromium; pip install '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(f"{why} (.ci/run installs Chromium: the browser tests must run in CI)")
        pytest.skip(why)
    with chromium() as opened:
        yield opened


def ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


def close_to(found_ms: float, day: str) -> bool:
    """Within a tenth of a day of midnight (UTC) starting ``day``: a pixel is about a day here."""
    return abs(found_ms - ms(day)) < DAY_MS / 10


def drawn(page, mark: str, label_start: str):
    """The one element of a Vega mark (its SVG group has the mark's name as class) whose
    aria-label starts with ``label_start``."""
    found = page.locator(
        f"#chart g.{mark} > path[aria-label^='{label_start}'], #chart g.{mark} > line[aria-label^='{label_start}']"
    )
    assert found.count() == 1, f"{mark} {label_start}: {found.count()} elements"
    return found.first


def open_page(seeded_or_run, browser, tmp_path: Path, query: str, *args: str):
    target = tmp_path / "page.html"
    result = seeded_or_run("timeline", query, "--out", str(target), *args)
    assert result.exit_code == 0, result.output
    visit = browser.open(target)
    assert visit.requests == [target.resolve().as_uri()], "the page asked the network for something"
    assert visit.errors == []
    return visit


def test_demo_organisation_timeline_in_chromium(seeded, browser, tmp_path):
    visit = open_page(seeded, browser, tmp_path, "王官庄街道")
    page = visit.page

    # one lane per post of the organisation, under its organisation's heading
    lanes = page.locator("#chart g.lanes > text")
    labels = [lanes.nth(i).get_attribute("aria-label") for i in range(lanes.count())]
    posts = sorted(label.removeprefix("lane ") for label in labels if label)
    roster = as_json(seeded("roster", "王官庄街道", "--on", "2024-06-01", "--vacant", "--json"))
    assert posts == sorted(r["post"] for r in roster)
    assert len(posts) == 7
    shown = [lanes.nth(i).text_content() for i in range(lanes.count())]
    assert sorted(t for t in shown if t) == ["主任"] * 5 + ["副主任"] * 2

    # 赵晨's bar starts on 2024-04-20 and runs on
    zhao = drawn(page, "bars", "赵晨,")
    start, end, _, _ = zhao.evaluate(EDGES)
    assert close_to(start, "2024-04-20")
    assert "from 2024-04-20" in zhao.get_attribute("aria-label")
    assert "still held" in zhao.get_attribute("aria-label")

    # 张书友's start is unknown: the bar begins at the left edge, fading in, and ends on 2024-04-20
    zhang = drawn(page, "bars", "张书友,")
    start, end, plot_left, bar_left = zhang.evaluate(EDGES)
    assert "from an unknown date" in zhang.get_attribute("aria-label")
    assert abs(bar_left - plot_left) < 0.5
    assert close_to(end, "2024-04-20")
    assert "until 2024-04-19" in zhang.get_attribute("aria-label")  # the last day held
    fades = page.locator("#chart g.fades > path")
    fade_lefts = [
        fades.nth(i).evaluate("(e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().width]")
        for i in range(fades.count())
    ]
    assert any(abs(left - bar_left) < 0.5 and width > 10 for left, width in fade_lefts)

    # 赵严龙's probation is shaded to the end of 2024-09-30, and its end marked there
    shade = drawn(page, "probation", "赵严龙,")
    start, end, _, _ = shade.evaluate(EDGES)
    assert close_to(start, "2024-05-24") and close_to(end, "2024-10-01")
    assert shade.get_attribute("aria-label").endswith("probation until 2024-09-30")
    tick = drawn(page, "ends", "赵严龙,")
    assert close_to(tick.evaluate(EDGES)[0], "2024-10-01")

    # a date axis with years and months, and a today line
    axis_text = page.locator("#chart g.role-axis text").all_text_contents()
    assert {"2024", "2025", "Apr", "Sep"} <= set(axis_text)
    assert page.locator("#chart g.today > line").count() == 1

    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "timeline-wangguanzhuang.png"), full_page=True)
    assert (OUTPUT / "timeline-wangguanzhuang.png").stat().st_size > 10_000


def test_hover_and_tap_show_the_person_dates_and_notices(seeded, browser, tmp_path):
    page = open_page(seeded, browser, tmp_path, "王官庄街道").page
    details = page.locator("#details")
    assert details.is_hidden()

    drawn(page, "bars", "赵晨,").hover()
    assert details.is_visible()
    text = details.text_content()
    assert "赵晨" in text and "from 2024-04-20" in text and "still held" in text
    assert "市中政任〔2024〕5号, 2024-04-20" in text
    assert "赵晨同志为济南市市中区人民政府王官庄街道办事处主任" in text

    page.mouse.move(5, 5)  # away from the chart
    assert details.is_hidden()

    # a tap pins the details of the bar tapped: here the notice that closed the tenure
    drawn(page, "bars", "张书友,").click()
    page.mouse.move(5, 5)
    assert details.is_visible()
    text = details.text_content()
    assert "张书友" in text and "unknown date" in text and "closed by" in text
    assert "张书友同志的济南市市中区人民政府王官庄街道办事处主任职务" in text


def test_vacancy_conflict_acting_and_secondment_are_drawn(county, browser, tmp_path):
    page = open_page(county, browser, tmp_path, "某某县", "--to", "2024-12-31").page
    conflict = drawn(page, "conflicts", "two holders at once, 某某县水利局局长: 丁四 and 戊五")
    start, _, _, _ = conflict.evaluate(EDGES)
    assert close_to(start, "2022-03-01")
    vacancy = drawn(page, "vacancies", "vacant, 某某县水利局局长, 2021-06-01 to 2021-08-31")
    start, end, _, _ = vacancy.evaluate(EDGES)
    assert close_to(start, "2021-06-01") and close_to(end, "2021-09-01")
    regular, acting, seconded = (drawn(page, "bars", who) for who in ("甲一,", "丙三,", "乙二,"))
    fills = {e.get_attribute("fill") for e in (regular, acting, seconded)}
    assert len(fills) == 3, "acting and secondment look different from a plain tenure"
    assert acting.get_attribute("stroke-dasharray")
    assert "acting" in acting.get_attribute("aria-label")
    end = drawn(page, "ends", "乙二,")
    assert "secondment ends 2022-01-01" in end.get_attribute("aria-label")
    # the two heads at once stand on two rows, neither hiding the other
    ding, wu = drawn(page, "bars", "丁四,"), drawn(page, "bars", "戊五,")
    assert ding.bounding_box()["y"] + ding.bounding_box()["height"] <= wu.bounding_box()["y"] + 0.5


def test_hostile_strings_are_shown_as_text_and_run_nothing(browser, tmp_path):
    target = tmp_path / "hostile.html"
    target.write_text(render(hostile_timeline()), encoding="utf-8")
    visit = browser.open(target)
    page = visit.page
    assert visit.errors == []  # no dialog, no script error: the page's own script ran whole
    assert page.evaluate("document.querySelectorAll('img, iframe').length") == 0
    assert page.evaluate("window.__pwned") is None
    assert page.title() == f"Timeline: 张{HOSTILE}"
    lane = page.locator("#chart g.lanes > text[aria-label]")
    assert lane.get_attribute("aria-label") == f"lane 某某县{HOSTILE}局局长"
    assert lane.text_content().startswith("某某县</script><img src=x")  # shown as written (cut to fit)
    bar = drawn(page, "bars", f"张{HOSTILE},")
    bar.hover()
    text = page.locator("#details").text_content()
    assert f"条款{HOSTILE}" in text and f"某〔2024〕{HOSTILE}号" in text


#: What a reader at a given window width sees at the page's right edge: the page's and the
#: chart box's widths against what they hold, and the last year label's box.
RIGHT_EDGE = """() => {
  const page = document.scrollingElement, chart = document.getElementById('chart');
  const years = [...chart.querySelectorAll('g.role-axis text')].filter((t) => /^\\d{4}$/.test(t.textContent));
  const last = years[years.length - 1], box = last.getBoundingClientRect(), frame = chart.getBoundingClientRect();
  return {page: [page.scrollWidth, page.clientWidth], chart: [chart.scrollWidth, chart.clientWidth],
          label: last.textContent, left: box.left, right: box.right, chartLeft: frame.left,
          chartRight: frame.left + chart.clientWidth};
}"""


@pytest.mark.parametrize("width", [800, 1400, 1920])
def test_the_last_year_label_is_whole_and_nothing_scrolls_sideways(seeded, browser, tmp_path, width):
    # the period ends ten days into 2026: its year label stands at the very right of the plot
    page = open_page(seeded, browser, tmp_path, "王官庄街道", "--from", "2024-01-01", "--to", "2026-01-10").page
    page.set_viewport_size({"width": width, "height": 900})
    page.reload()  # laid out for this width from the start, as a reader opening it there
    page.wait_for_selector("html[data-rendered]", state="attached")
    edge = page.evaluate(RIGHT_EDGE)
    assert edge["page"][0] <= edge["page"][1], f"the page scrolls sideways at {width} px: {edge}"
    assert edge["chart"][0] <= edge["chart"][1], f"the chart scrolls sideways at {width} px: {edge}"
    assert edge["label"] == "2026"
    assert edge["chartLeft"] <= edge["left"] and edge["right"] <= edge["chartRight"], f"2026 cut: {edge}"
