"""The interface in Chinese under a Chinese locale, in English otherwise; machine formats never change.

Each language test starts ``ledger`` as a process (the language is decided once per process,
from its environment), under ``LANG=zh_CN.UTF-8`` and under ``LANG=C.UTF-8``."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from ledger.i18n import language

ZH = {"LANG": "zh_CN.UTF-8"}
C = {"LANG": "C.UTF-8"}


def _catalog_script():
    spec = importlib.util.spec_from_file_location("update_catalog", ROOT / "scripts" / "update_catalog.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ledger(locale: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LEDGER_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update({"LEDGER_TODAY": "2026-12-05", "COLUMNS": "120", **locale})
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("i18n") / "ledger.db")
    done = ledger(C, "--db", db, "import", str(SEED))
    assert done.returncode == 0, done.stderr
    return db


# --- the catalog -----------------------------------------------------------------------------


def test_every_message_and_every_help_text_has_a_chinese_translation():
    from babel.messages.pofile import read_po

    script = _catalog_script()
    template = script.template()
    help_texts = {text for text, _where in script.help_texts()}
    assert "Show at most this many rows (a table: 200 unless given)." in help_texts  # the walk found options
    assert all(text in template for text in help_texts)
    with script.po_path("zh_CN").open("rb") as f:
        catalog = read_po(f, locale="zh_CN")
    untranslated = [
        m.id for m in template if m.id and (m.id not in catalog or not catalog[m.id].string or catalog[m.id].fuzzy)
    ]
    assert not untranslated, f"no zh_CN translation (python scripts/update_catalog.py, then translate): {untranslated}"


def test_the_shipped_mo_is_compiled_from_the_po():
    script = _catalog_script()
    shipped = script.po_path("zh_CN").with_suffix(".mo").read_bytes()
    assert shipped == script.compiled("zh_CN"), "ledger.mo is stale: run python scripts/update_catalog.py"


def test_translations_keep_their_placeholders():
    """A translation that drops or renames a {placeholder} would fail when formatted."""
    import re

    from babel.messages.pofile import read_po

    with _catalog_script().po_path("zh_CN").open("rb") as f:
        catalog = read_po(f, locale="zh_CN")
    for message in catalog:
        if message.id and message.string:
            wanted = set(re.findall(r"\{\w*(?:![rs])?\}", message.id))
            assert wanted == set(re.findall(r"\{\w*(?:![rs])?\}", message.string)) or (
                # a counted noun may place the count itself ("另有 {n} 行")
                not wanted and set(re.findall(r"\{\w+\}", message.string)) <= {"{n}"}
            ), message.id


# --- the language, decided from the environment -------------------------------------------


def test_the_language_follows_the_locale_and_ledger_lang_wins():
    assert language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert language({"LANG": "C.UTF-8"}) == "en"
    assert language({}) == "en"
    assert language({"LC_ALL": "zh_TW.UTF-8", "LANG": "C"}) == "zh_CN"
    assert language({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}) == "en"  # LC_ALL overrides LANG
    assert language({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert language({"LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8"}) == "zh_CN"  # an empty variable is unset
    assert language({"LEDGER_LANG": "zh", "LANG": "C.UTF-8"}) == "zh_CN"
    assert language({"LEDGER_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}) == "en"


# --- through the real entry point --------------------------------------------------------


def test_the_apps_help_is_chinese_under_zh_and_english_under_c():
    zh, en = ledger(ZH, "--help"), ledger(C, "--help")
    assert zh.returncode == en.returncode == 0
    assert "用法：ledger [OPTIONS] COMMAND [ARGS]..." in zh.stdout
    assert "把任免通知整理成有出处的记录" in zh.stdout
    assert "命令：" in zh.stdout and "选项：" in zh.stdout and "显示本帮助并退出。" in zh.stdout
    assert "某人的任职经历。例：ledger person 张树明" in zh.stdout
    assert "Usage: ledger [OPTIONS] COMMAND [ARGS]..." in en.stdout
    assert "A person's career. e.g. ledger person 张树明" in en.stdout
    assert "用法" not in en.stdout and "Commands:" not in zh.stdout


def test_a_commands_help_is_chinese_under_zh_and_english_under_c():
    zh, en = ledger(ZH, "who-holds", "--help"), ledger(C, "who-holds", "--help")
    assert "某日某职务由谁担任，附每段任职的任职和免职通知。" in zh.stdout
    assert "查询的日期：2024-05-01、2024-5-1 或 2024年5月1日（默认：今天）。" in zh.stdout
    assert "在标准输出打印 JSON，而不是表格。" in zh.stdout
    assert "Who held a post on a date, with the notices that opened and closed each tenure." in en.stdout
    assert "Print JSON on stdout instead of a table." in en.stdout


def test_ledger_lang_wins_over_the_locale():
    assert "用法：" in ledger({"LANG": "C.UTF-8", "LEDGER_LANG": "zh"}, "--help").stdout
    assert "Usage: " in ledger({"LANG": "zh_CN.UTF-8", "LEDGER_LANG": "en"}, "--help").stdout


def test_help_lines_fit_the_terminal_in_chinese():
    """CJK characters take two cells: help wrapped by character count would overflow."""
    from rich.cells import cell_len

    for columns in ("80", "120"):
        shown = ledger({**ZH, "COLUMNS": columns}, "import", "--help").stdout
        assert "按内容识别文件" in shown
        assert max(cell_len(line) for line in shown.splitlines()) <= int(columns)


def test_an_unknown_post_is_said_in_chinese_under_zh(seeded):
    zh, en = (
        ledger(ZH, "--db", seeded, "who-holds", "不存在的职务"),
        ledger(C, "--db", seeded, "who-holds", "不存在的职务"),
    )
    assert zh.returncode == en.returncode == 1
    assert "没有以 '不存在的职务' 结尾的职务" in zh.stderr
    assert "no post ends with '不存在的职务'" in en.stderr


def test_an_unknown_person_and_the_suggestions_are_said_in_chinese(seeded):
    zh = ledger(ZH, "--db", seeded, "person", "赵晨X")
    assert zh.returncode == 1
    assert "没有名为 '赵晨X' 的人员" in zh.stderr and "您是否要找：赵晨" in zh.stderr
    assert "no person named '赵晨X'" in ledger(C, "--db", seeded, "person", "赵晨X").stderr


@pytest.mark.slow  # four ledger processes
def test_a_missing_ledger_and_a_missing_folder_are_said_in_chinese(tmp_path):
    zh = ledger(ZH, "--db", str(tmp_path / "none.db"), "person", "赵晨")
    assert zh.returncode == 2
    assert zh.stderr.startswith("错误：") and "处没有台账：请先导入通知" in zh.stderr
    assert "error: no ledger at" in ledger(C, "--db", str(tmp_path / "none.db"), "person", "赵晨").stderr
    folder = tmp_path / "no" / "such" / "folder"
    zh = ledger(ZH, "--db", str(folder / "x.db"), "import", str(SEED))
    assert zh.returncode == 2
    assert f"错误：无法创建数据库 {folder / 'x.db'}：文件夹 {folder} 不存在" in zh.stderr
    assert not folder.exists()


def test_a_usage_error_is_said_in_chinese(seeded):
    zh = ledger(ZH, "--db", seeded, "who-holds", "主任", "--on", "x")
    assert zh.returncode == 2
    assert "错误：'--on' 的值无效：不是日期：'x'（请写作 2024-05-01、2024-5-1 或 2024年5月1日）" in zh.stderr
    assert "用 'ledger who-holds -h' 查看帮助。" in zh.stderr
    zh = ledger(ZH, "who-holds")
    assert zh.returncode == 2 and "错误：缺少参数 'POST'。" in zh.stderr
    en = ledger(C, "who-holds", "主任", "--on", "x")
    assert en.returncode == 2 and "Error: Invalid value for '--on': not a date: 'x'" in en.stderr


def test_a_persons_table_has_chinese_headings_and_durations_under_zh(seeded):
    zh, en = ledger(ZH, "--db", seeded, "person", "赵晨"), ledger(C, "--db", seeded, "person", "赵晨")
    assert zh.returncode == en.returncode == 0
    assert zh.stdout.startswith("赵晨 的任职经历\n")
    heading = zh.stdout.splitlines()[2].split()
    assert heading == ["职务", "起始", "截止", "任职时长", "备注"]
    assert "2年7个月（至今）" in zh.stdout
    assert en.stdout.startswith("career of 赵晨\n")
    assert en.stdout.splitlines()[2].split() == ["post", "from", "until", "held", "notes"]
    assert "2 y 7 m so far" in en.stdout


def test_durations_and_tenure_words_in_each_language(monkeypatch):
    """The words a tenure is described with, from the library (views), in both languages."""
    import datetime as dt
    from types import SimpleNamespace

    from ledger import i18n
    from ledger.views import held_for, held_so_far, notes_text, since_text

    open_tenure = SimpleNamespace(start=dt.date(2024, 4, 20), end=None)
    unknown = SimpleNamespace(start=None, end=None)
    probation = SimpleNamespace(
        probation_until=dt.date(2025, 4, 19), confirmed_on=None, secondment_until=None, rank="副处级", manner=None
    )
    try:
        monkeypatch.setenv("LEDGER_LANG", "zh")
        i18n.translations.cache_clear()
        assert held_so_far(open_tenure, dt.date(2026, 10, 20)) == "2年6个月（至今）"
        assert held_for(dt.date(2024, 1, 1), dt.date(2024, 1, 13)) == "12天"
        assert since_text(unknown) == "起始日期不详"
        assert notes_text(probation) == "试用期至 2025-04-19; 副处级"
        monkeypatch.setenv("LEDGER_LANG", "en")
        i18n.translations.cache_clear()
        assert held_so_far(open_tenure, dt.date(2026, 10, 20)) == "2 y 6 m so far"
        assert since_text(unknown) == "start unknown"
    finally:
        i18n.translations.cache_clear()


@pytest.mark.slow  # every format in both languages: a dozen ledger processes
def test_machine_formats_do_not_change_with_the_language(seeded, tmp_path):
    for args in (("person", "赵晨", "--json"), ("person", "赵晨", "--csv"), ("who-holds", "主任", "--csv")):
        zh, en = ledger(ZH, "--db", seeded, *args), ledger(C, "--db", seeded, *args)
        assert zh.stdout == en.stdout, args
        assert zh.returncode == en.returncode
    keys = json.loads(ledger(ZH, "--db", seeded, "person", "赵晨", "--json").stdout)[0].keys()
    assert {"post", "person", "since", "ended"} <= set(keys)
    zh = ledger(ZH, "--db", seeded, "export", "--format", "tsv")
    assert zh.stdout.splitlines()[0] == ledger(C, "--db", seeded, "export", "--format", "tsv").stdout.splitlines()[0]
