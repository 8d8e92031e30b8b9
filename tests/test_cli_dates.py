"""Dates by one rule for every file type (SPEC §7): a notice's own date, never a page's
publication time; a news copy's dateline; no date, no import (unless --date gives one)."""

from __future__ import annotations

import pytest
from conftest import BACKEND, as_json
from documents import make_page, make_pdf

UNDATED = [
    "济南市某某区人民政府",
    "关于张三等同志任免职务的通知",
    "某政任〔2023〕9号",
    "区政府决定，任命：",
    "张三同志为济南市某某区财政局局长。",
    "济南市某某区人民政府办公室",
]

#: A paper's copy of a standing committee's list: the paper's date on top, the dateline, no signature.
NEWS_COPY = [
    "人民日报 2021年08月21日 第04版",
    "新华社北京8月20日电",
    "全国人民代表大会常务委员会任免名单",
    "免去陈宝生的教育部部长职务；",
    "任命怀进鹏为教育部部长。",
]


def _write(tmp_path, kind: str, lines: list[str]):
    if kind == "text":
        path = tmp_path / "notice.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
    elif kind == "page":
        path = tmp_path / "notice.html"
        path.write_bytes(make_page(lines, published="2023-11-02"))
    else:
        path = make_pdf(tmp_path / "notice.pdf", lines)
    return path


@pytest.mark.parametrize("kind", ["text", "page", "pdf"])
@pytest.mark.slow
def test_a_notice_without_a_date_is_refused_whatever_the_file(run, tmp_path, kind: str):
    path = _write(tmp_path, kind, UNDATED)
    result = run("import", str(path))
    assert result.exit_code == 2 and "has no date" in result.output
    nothing = run("notices")  # nothing written: not the page's date, not 2023-01-01
    if BACKEND == "sqlite":  # not even a ledger file (a server's database stays, empty)
        assert nothing.exit_code == 2 and "no ledger" in nothing.stderr
    else:
        assert nothing.exit_code == 1 and "no notices imported yet" in nothing.stderr
    dated = run("import", str(path), "--date", "2023-11-01")
    assert dated.exit_code == 0
    [row] = as_json(run("notices", "--json"))
    assert row["date"] == "2023-11-01"


@pytest.mark.parametrize("kind", ["text", "page", "pdf"])
def test_a_news_copy_is_dated_by_its_dateline_whatever_the_file(run, tmp_path, kind: str):
    path = _write(tmp_path, kind, NEWS_COPY)
    assert run("import", str(path)).exit_code == 0
    [row] = as_json(run("notices", "--json"))
    assert row["date"] == "2021-08-20"
    [post] = as_json(run("who-holds", "教育部部长", "--on", "2021-08-20", "--json"))
    assert [h["person"] for h in post["holders"]] == ["怀进鹏"]


REALDEV = __import__("pathlib").Path(__file__).resolve().parent / "corpus_realdev"


def test_an_unknown_start_does_not_reach_across_eras(run):
    """Two ministers of education removed in 1958 and 2021 (realdev): neither is asserted as
    holding the post long before a notice names them, and check finds no overlap between eras."""
    for name in ("c1-state-council-proposal-1958-trad.txt", "01-npc-presidential-order-97-2021.txt"):
        assert run("import", str(REALDEV / name)).exit_code == 0
    answer = run("who-holds", "教育部部长", "--on", "1950-01-01", "--json")
    holders = [h["person"] for p in json_or_empty(answer) for h in p["holders"]]
    assert "陈宝生" not in holders and "怀进鹏" not in holders
    before = [h["person"] for p in json_or_empty(run("who-holds", "教育部部长", "--on", "2021-08-01", "--json"))
              for h in p["holders"]]  # fmt: skip
    assert before == ["陈宝生"]
    checked = run("check")
    assert "教育部部长" not in checked.stdout, checked.stdout


def json_or_empty(result) -> list:
    import json

    return json.loads(result.stdout) if result.stdout.strip() else []
