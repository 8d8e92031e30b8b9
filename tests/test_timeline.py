"""Issue 15: `ledger timeline` — the data (``--json``) and the page's HTML, without a browser.

The page as drawn in headless Chromium is tested in test_timeline_browser.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, as_json

from ledger.tenures import LoggedEvent, Tenure
from ledger.timeline import from_tenures
from ledger.timeline.page import render, script_json

WANGGUANZHUANG = "王官庄街道"


def bars_of(data: dict, person: str) -> list[dict]:
    return [b for b in data["bars"] if b["person"] == person]


def test_organisation_timeline_has_a_lane_for_every_post_of_the_organisation(seeded):
    data = as_json(seeded("timeline", WANGGUANZHUANG, "--json"))
    assert data["kind"] == "organisation" and data["grouped"]
    roster = as_json(seeded("roster", WANGGUANZHUANG, "--on", "2024-06-01", "--vacant", "--json"))
    assert [lane["post"] for lane in data["lanes"]] == [r["post"] for r in roster]
    assert len(data["lanes"]) == 7
    by_post = {lane["post"]: lane for lane in data["lanes"]}
    head = by_post["济南市市中区人民政府王官庄街道办事处主任"]
    assert (head["organisation"], head["title"], head["single_head"]) == (
        "济南市市中区人民政府王官庄街道办事处",
        "主任",
        True,
    )


def test_bars_cite_the_notices_that_opened_and_closed_them(seeded):
    data = as_json(seeded("timeline", WANGGUANZHUANG, "--json"))
    [zhao] = bars_of(data, "赵晨")
    assert (zhao["start"], zhao["end"], zhao["start_known"]) == ("2024-04-20", None, True)
    assert zhao["opened_by"]["doc_no"] == "市中政任〔2024〕5号"
    assert zhao["opened_by"]["clause"] == "赵晨同志为济南市市中区人民政府王官庄街道办事处主任"
    assert zhao["closed_by"] is None
    [zhang] = bars_of(data, "张书友")
    assert (zhang["start"], zhang["start_known"], zhang["end"], zhang["last_day"]) == (
        None,
        False,
        "2024-04-20",
        "2024-04-19",
    )
    assert zhang["opened_by"] is None
    assert zhang["closed_by"]["clause"] == "张书友同志的济南市市中区人民政府王官庄街道办事处主任职务"
    # both on the one lane of the street office's head, one after the other
    assert zhao["lane"] == zhang["lane"] and zhao["slot"] == zhang["slot"] == 0


def test_probation_end_is_a_mark_on_the_bar(seeded):
    data = as_json(seeded("timeline", WANGGUANZHUANG, "--json"))
    [deputy] = [b for b in bars_of(data, "赵严龙") if b["start"]]
    assert deputy["probation_until"] == "2024-09-30"
    ends = [m for m in data["marks"] if m["kind"] == "probation_end" and m["persons"] == ["赵严龙"]]
    assert ends == [
        {
            "kind": "probation_end",
            "lane": deputy["lane"],
            "slot": 0,
            "start": "2024-09-30",
            "end": "2024-09-30",
            "persons": ["赵严龙"],
        }
    ]


def test_vacancy_conflict_acting_and_secondment(county):
    data = as_json(county("timeline", "某某县", "--json", "--to", "2024-12-31"))
    lanes = {lane["post"]: lane["id"] for lane in data["lanes"]}
    water = lanes["某某县水利局局长"]
    marks = {(m["kind"], m["lane"]): m for m in data["marks"]}
    assert marks[("vacancy", water)]["start"] == "2021-06-01" and marks[("vacancy", water)]["end"] == "2021-08-31"
    conflict = marks[("conflict", water)]
    assert (conflict["start"], conflict["end"], conflict["persons"]) == ("2022-03-01", None, ["丁四", "戊五"])
    # two holders at once: two rows in the lane, so neither bar hides the other
    assert data["lanes"][water]["slots"] == 2
    assert {b["slot"] for b in data["bars"] if b["lane"] == water and b["person"] in ("丁四", "戊五")} == {0, 1}
    [acting] = bars_of(data, "丙三")
    assert acting["acting"] and not acting["seconded"]
    [seconded] = bars_of(data, "乙二")
    assert seconded["seconded"] and seconded["secondment_until"] == "2022-01-01"
    assert marks[("secondment_end", seconded["lane"])]["end"] == "2022-01-01"
    # a deputy post is not single-head: no conflict however many deputies
    assert not data["lanes"][lanes["某某县水利局副局长"]]["single_head"]


def test_window_keeps_only_what_shows_in_it(county):
    data = as_json(county("timeline", "水利局局长", "--from", "2021-07-01", "--to", "2021-12-31", "--json"))
    assert (data["kind"], data["from"], data["to"]) == ("post", "2021-07-01", "2021-12-31")
    assert [b["person"] for b in data["bars"]] == ["丁四"]  # 甲一 left in June, 戊五 came in March 2022
    assert [m["kind"] for m in data["marks"]] == ["vacancy"]


def test_person_timeline_has_a_lane_per_post_held(seeded):
    data = as_json(seeded("timeline", "张树明", "--json"))
    assert (data["kind"], data["grouped"]) == ("person", False)
    assert [lane["post"] for lane in data["lanes"]] == ["济南市市中区乡村振兴局副局长", "济南市市中区农业农村局副局长"]
    assert [(b["lane"], b["start"], b["end"]) for b in data["bars"]] == [
        (0, None, "2024-04-20"),
        (1, "2024-04-20", None),
    ]


def test_unknown_query_exits_1_and_bad_window_exits_2(seeded):
    result = seeded("timeline", "不存在的单位")
    assert result.exit_code == 1 and "no person, post or organisation matches" in result.stderr
    result = seeded("timeline", WANGGUANZHUANG, "--from", "2025-01-01", "--to", "2024-01-01")
    assert result.exit_code == 2 and "after --to" in result.output


def test_out_writes_one_self_contained_page(seeded, tmp_path):
    target = tmp_path / "w.html"
    result = seeded("timeline", WANGGUANZHUANG, "--out", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {target}" in result.stderr and "organisation 王官庄街道: 7 posts, 8 tenures" in result.stderr
    page = target.read_text(encoding="utf-8")
    # nothing to fetch: no external script, style, font or image, and a policy that forbids it
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S)[1])
    assert data == as_json(seeded("timeline", WANGGUANZHUANG, "--json")) | {"today": data["today"]}
    assert 400_000 < len(page.encode()) < 800_000  # Vega's runtime is most of it


@pytest.mark.slow
def test_out_dash_writes_the_page_to_stdout(seeded):
    result = seeded("timeline", "张树明", "--out", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


HOSTILE = '</script><img src=x onerror="window.__pwned=1"><!--'


def hostile_timeline():
    """Strings as a hostile or careless notice could store them, in every place the page shows."""
    post = f"某某县{HOSTILE}局局长"
    event = LoggedEvent(
        "appoint",
        f"张{HOSTILE}",
        post,
        dt.date(2024, 1, 2),
        f"某〔2024〕{HOSTILE}号",
        1,
        1,
        7,
        f"条款{HOSTILE}",
        "f.txt",
    )
    tenure = Tenure(event.person, post, event.effective, event.doc_no, opened_by=event, manner=HOSTILE)
    return from_tenures(f"张{HOSTILE}", [tenure], today=dt.date(2024, 6, 1))


def test_stored_strings_cannot_break_out_of_the_page():
    page = render(hostile_timeline())
    # the page's own three script elements close, and nothing else does
    assert page.lower().count("</script") == 3
    assert "<img src=x" not in page
    assert "<!--" not in page.split("<body>")[1]
    assert "<title>Timeline: 张&lt;/script&gt;&lt;img" in page
    assert json.loads(script_json({"s": HOSTILE})) == {"s": HOSTILE}
    assert json.loads(script_json({"s": "\u2028\u2029&"})) == {"s": "\u2028\u2029&"}


def test_timeline_is_not_imported_by_the_cli_until_asked_for():
    """`ledger --help` must not pay for the timeline: its module (and the page) load lazily."""
    code = "import sys, ledger.cli; print(sorted(m for m in sys.modules if m.startswith('ledger.timeline')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_vendored_chart_library_is_the_pinned_release_with_its_licence():
    from importlib import resources

    from ledger.timeline.page import VEGA_VERSION

    assets = resources.files("ledger.timeline").joinpath("assets")
    script = (ROOT / "scripts" / "vendor_vega.py").read_text(encoding="utf-8")
    assert f'VERSION = "{VEGA_VERSION}"' in script
    assert f'version="{VEGA_VERSION}"' in assets.joinpath("vega.min.js").read_text(encoding="utf-8")
    assert "University of Washington" in assets.joinpath("vega.LICENSE").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_retracted_notice_leaves_the_timeline_but_as_known_at_sees_it(seeded):
    import time

    time.sleep(1.1)
    between = dt.datetime.now(dt.UTC)
    time.sleep(1.1)
    assert seeded("retract", "市中政任〔2024〕5号", "--reason", "test").exit_code == 0
    # 5号 both appointed 赵晨 and removed 张书友: nothing is left on record for the post
    assert seeded("timeline", "王官庄街道办事处主任", "--json").exit_code == 1
    then = as_json(seeded("timeline", "王官庄街道办事处主任", "--json", "--as-known-at", between.isoformat()))
    assert [b["person"] for b in then["bars"]] == ["张书友", "赵晨"]
