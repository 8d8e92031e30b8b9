"""Issue 21: the queries in time (expiring-probations, changes), who held what (who-holds, person,
post, roster), export and the timeline (its command and its page) in Chinese under LEDGER_LANG=zh,
in English, as before, under LEDGER_LANG=en.

Each test starts ``ledger`` as a process per language (the language is decided once per process);
the seed ledger is imported once for the module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

ZH = {"LEDGER_LANG": "zh"}
EN = {"LEDGER_LANG": "en"}


def ledger(locale: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LEDGER_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update({"LEDGER_TODAY": "2026-12-05", "COLUMNS": "120", "NO_COLOR": "1", "LANG": "C.UTF-8", **locale})
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("zh-queries") / "ledger.db")
    done = ledger(EN, "--db", path, "import", str(SEED))
    assert done.returncode == 0, done.stderr
    return path


def both(db: str, *args: str) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    return ledger(ZH, "--db", db, *args), ledger(EN, "--db", db, *args)


@pytest.mark.slow
def test_expiring_probations_says_its_period_and_the_overdue_ones_in_chinese(db):
    zh, en = both(db, "expiring-probations")
    assert zh.returncode == en.returncode == 1
    assert "2026-12-05 至 2027-03-05 之间没有期满的试用期" in zh.stderr
    assert "15 个试用期已于 2026-12-05 前期满，且无转正记录：用 --include-overdue 列出" in zh.stderr
    assert "no probation ends between 2026-12-05 and 2027-03-05" in en.stderr
    assert "15 probations ended before 2026-12-05 with no confirmation on record: --include-overdue lists them" in (
        en.stderr
    )

    zh, en = both(db, "expiring-probations", "--include-overdue", "--on", "2025-04-01", "--limit", "3")
    assert zh.returncode == en.returncode == 0
    assert zh.stdout.startswith(
        "2025-04-01 至 2025-06-30 期满的试用期，以及 3 个逾期试用期（2025-04-01 前已期满、未转正）"
    )
    assert "剩余天数" in zh.stdout and "已逾期213天" in zh.stdout
    assert en.stdout.startswith(
        "probations ending 2025-04-01 to 2025-06-30, and 3 overdue probations (ended unconfirmed before 2025-04-01)"
    )
    assert "overdue 213 days" in en.stdout and "已逾期" not in en.stdout


@pytest.mark.slow
def test_changes_says_its_period_notices_actions_and_errors_in_chinese(db):
    zh, en = both(db, "changes", "--to", "2024-05-01", "--limit", "3")
    assert zh.returncode == en.returncode == 0
    lines = zh.stdout.splitlines()
    assert lines[0] == "2024-04-20（有记录的最早事项） 至 2024-05-01 的人事变动"
    assert lines[4].split() == ["事项", "姓名", "职务"]
    assert lines[6].split()[0] == "任职"
    assert "该期间另有 24 项变动未显示（--limit 3）" in zh.stderr
    assert en.stdout.splitlines()[0] == "changes from 2024-04-20 (the first event on record) to 2024-05-01"
    assert en.stdout.splitlines()[6].split()[0] == "appoint"
    assert "24 more changes in that period not shown (--limit 3)" in en.stderr

    zh, en = both(db, "changes")
    assert zh.returncode == en.returncode == 2
    assert "错误：changes 需要一个期间：--from 日期、--to 日期，或两者都给" in zh.stderr
    assert "Error: changes needs a period: --from DATE, --to DATE or both" in en.stderr
    zh = ledger(ZH, "--db", db, "changes", "--from", "2030-01-01")
    assert zh.returncode == 2 and "2030-01-01 晚于今天（2026-12-05）" in zh.stderr
    # machine formats keep their words whatever the language
    zh, en = both(db, "changes", "--to", "2024-05-01", "--csv")
    assert zh.stdout == en.stdout and "appoint" in zh.stdout


@pytest.mark.slow
def test_roster_who_holds_and_the_library_errors_in_chinese(db):
    zh, en = both(db, "roster", "王官庄街道", "--on", "2024-06-01")
    assert zh.returncode == en.returncode == 0
    assert zh.stdout.splitlines()[0].endswith("王官庄街道 的任职人员") and zh.stdout.startswith("2024-06-01 ")
    assert en.stdout.splitlines()[0].endswith("王官庄街道 on 2024-06-01")

    zh, en = both(db, "who-holds", "主任", "--limit", "2")
    assert "另有 26 个以 主任 结尾的职务在 2026-12-05 没有任职记录（仅计已查看的职务）" in zh.stderr
    assert "26 more posts ending with 主任 had no holder on record on 2026-12-05 among those examined" in en.stderr

    # the library's own refusals (ledger.queries), said by the CLI's one error handler
    zh, en = both(db, "roster", "不存在的单位")
    assert zh.returncode == en.returncode == 1
    assert "没有名称含 '不存在的单位' 的单位" in zh.stderr
    assert "no organisation named like '不存在的单位'" in en.stderr
    zh = ledger(ZH, "--db", db, "notice", "X〔2024〕99号")
    assert zh.returncode == 1 and "没有文号为 'X〔2024〕99号' 的通知" in zh.stderr
    assert "您是否要找：市中政任〔2024〕5号" in zh.stderr


@pytest.mark.slow
def test_export_says_what_it_wrote_and_refuses_in_chinese(db, tmp_path):
    target = tmp_path / "ledger.xlsx"
    zh = ledger(ZH, "--db", db, "export", "--out", str(target))
    assert zh.returncode == 0 and zh.stderr == f"已写入 {target}\n"
    zh, en = both(db, "export", "--out", str(tmp_path / "x.xlsx"), "--format", "json")
    assert zh.returncode == en.returncode == 2
    assert f"错误：--out {tmp_path / 'x.xlsx'} 是 xlsx 文件名，但 --format 为 json" in zh.stderr
    assert f"error: --out {tmp_path / 'x.xlsx'} is a xlsx file name but --format is json" in en.stderr
    zh = ledger(ZH, "--db", db, "export", "--format", "foo")
    assert zh.returncode == 2
    assert "错误：--format 的值无效：未知格式 'foo'：请用 csv, json, popolo, tsv 或 xlsx" in zh.stderr
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.slow
def test_timeline_says_what_it_drew_and_its_page_speaks_chinese(db, tmp_path):
    zh_page, en_page = tmp_path / "zh.html", tmp_path / "en.html"
    zh = ledger(ZH, "--db", db, "timeline", "王官庄街道", "--out", str(zh_page))
    en = ledger(EN, "--db", db, "timeline", "王官庄街道", "--out", str(en_page))
    assert zh.returncode == en.returncode == 0
    assert f"已写入 {zh_page}（" in zh.stderr and "KB）：用任一浏览器打开即可" in zh.stderr
    assert "单位 王官庄街道：7 个职务，8 段任职，2023-10-01 至 2027-01-05" in zh.stderr
    assert "organisation 王官庄街道: 7 posts, 8 tenures, 2023-10-01 to 2027-01-05" in en.stderr

    zh_html, en_html = zh_page.read_text(encoding="utf-8"), en_page.read_text(encoding="utf-8")
    assert "<title>任职时间轴：王官庄街道</title>" in zh_html
    assert "一正职同时有两人担任</li>" in zh_html and "<h2>引用的通知</h2>" in zh_html
    assert '"still held":"仍在任"' in zh_html  # the script's words, looked up by their English
    assert "<title>Timeline: 王官庄街道</title>" in en_html
    assert "two holders of a single-head post</li>" in en_html and "<h2>Notices cited</h2>" in en_html
    assert "var ledgerWords = {};" in en_html and "仍在任" not in en_html

    zh, en = both(db, "timeline", "不存在的单位")
    assert zh.returncode == en.returncode == 1
    assert "没有与 '不存在的单位' 相符的人员、职务或单位" in zh.stderr
    assert "no person, post or organisation matches '不存在的单位'" in en.stderr


def test_a_date_that_cannot_be_is_said_in_either_language(monkeypatch):
    """BadDate is a template with its values: str() the English, localized() the interface's
    language (the CLI's error handler shows localized())."""
    from ledger import i18n
    from ledger.dates import BadDate, parse_user_date

    try:
        monkeypatch.setenv("LEDGER_LANG", "zh")
        i18n.translations.cache_clear()
        with pytest.raises(BadDate) as bad:
            parse_user_date("2024-2-30")
        assert bad.value.localized() == "不存在的日期 '2024-2-30'：该月没有这一天"
        assert str(bad.value) == "impossible date '2024-2-30': day is out of range for month"
        with pytest.raises(BadDate) as bad:
            parse_user_date("3000-01-01")
        assert bad.value.localized() == "'3000-01-01' 超出范围：请给出 1800-01-01 至 2199-12-31 之间的日期"
    finally:
        i18n.translations.cache_clear()


@pytest.mark.browser
def test_the_chinese_page_draws_chinese_words_in_chromium(tmp_path, monkeypatch):
    """The page's script says its words (summary, axis months, tooltips) from the words block."""
    from ledger.bench.browser import chromium, chromium_path, playwright_available

    if not (chromium_path() and playwright_available()):
        pytest.skip("Chromium or Playwright missing: apt-get install chromium; pip install '.[test]'")
    import datetime as dt

    from ledger import i18n
    from ledger.tenures import Tenure
    from ledger.timeline import from_tenures
    from ledger.timeline.page import render

    try:
        monkeypatch.setenv("LEDGER_LANG", "zh")
        i18n.translations.cache_clear()
        tenure = Tenure("赵晨", "某街道办事处主任", dt.date(2024, 4, 20), None)
        page = render(from_tenures("赵晨", [tenure], today=dt.date(2024, 12, 1)))
    finally:
        i18n.translations.cache_clear()
    target = tmp_path / "page.html"
    target.write_text(page, encoding="utf-8")
    with chromium() as browser:
        visit = browser.open(target)
        assert visit.errors == []
        shown = visit.page
        assert shown.locator("#heading").text_content() == "任职时间轴：赵晨"
        assert shown.locator("#summary").text_content() == "人员 · 1 个职务 · 1 段任职 · 2023-10-01 至 2025-01-01"
        axis = shown.locator("#chart g.role-axis text").all_text_contents()
        assert {"2024年", "4月"} <= set(axis)
        bar = shown.locator("#chart g.bars > path").first
        assert bar.get_attribute("aria-label") == "赵晨, 某街道办事处主任, 自 2024-04-20, 至 仍在任"
