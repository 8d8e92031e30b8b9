"""The integrity, notice, review and work-division commands speak Chinese under a Chinese locale
and English otherwise; JSON never changes with the language.

Each case starts ``ledger`` as a process (the language is decided once per process) under
``LEDGER_LANG=zh`` and ``LEDGER_LANG=en``, on one ledger imported once: the seed gazette (with a
work division), a notice with a clause that cannot be read (an open item) and one that appoints
王五 to a post he already holds (an anomaly for ``check``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import SEED

pytestmark = pytest.mark.slow  # every case starts two or more processes (~0.7 s each)

UNREADABLE = """济南市某某区人民政府
关于李四等同志任免职务的通知
某政任〔2024〕14号
任命：
王五同志为济南市某某区财政局局长；
李四同志为济南市某某区审计局副局长（试用期若干）。
济南市某某区人民政府
2024年7月1日
"""
AGAIN = """济南市某某区人民政府
关于王五同志任职的通知
某政任〔2024〕20号
任命：
王五同志为济南市某某区财政局局长。
济南市某某区人民政府
2024年9月1日
"""


def ledger(lang: str, db: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "NO_COLOR")}
    env.update({"LEDGER_LANG": lang, "LANG": "C.UTF-8", "LEDGER_TODAY": "2026-12-05", "COLUMNS": "200"})
    return subprocess.run(
        [sys.executable, "-m", "ledger", "--db", db, *args], env=env, capture_output=True, text=True, timeout=120
    )


def both(db: str, *args: str) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    return ledger("zh", db, *args), ledger("en", db, *args)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("zh-integrity")
    (folder / "unreadable.txt").write_text(UNREADABLE, encoding="utf-8")
    (folder / "again.txt").write_text(AGAIN, encoding="utf-8")
    path = str(folder / "ledger.db")
    done = ledger("en", path, "import", str(SEED), str(folder / "unreadable.txt"), str(folder / "again.txt"))
    assert done.returncode == 3, done.stderr  # imported, with an open item waiting
    return path


def heading(stdout: str) -> list[str]:
    """The column headings: the line above the table's rule."""
    lines = stdout.splitlines()
    return lines[next(i for i, line in enumerate(lines) if line.startswith("─")) - 1].split()


def test_check_says_its_anomalies_in_chinese_and_json_stays_english(db):
    zh, en = both(db, "check")
    assert zh.returncode == en.returncode == 1
    assert zh.stdout.startswith("1 处异常\n") and heading(zh.stdout) == ["类别", "内容", "通知"]
    assert "重复任职" in zh.stdout
    assert "王五 于 2024-09-01 被任命为 济南市某某区财政局局长，但当时已担任该职务" in zh.stdout
    assert "某政任〔2024〕14号（2024-07-01）第 5 行、某政任〔2024〕20号（2024-09-01）第 5 行" in zh.stdout
    assert en.stdout.startswith("1 anomaly\n") and heading(en.stdout) == ["kind", "what", "notices"]
    assert "王五 appointed 济南市某某区财政局局长 on 2024-09-01 while already holding it" in en.stdout
    assert "某政任〔2024〕14号 (2024-07-01) line 5, 某政任〔2024〕20号 (2024-09-01) line 5" in en.stdout
    zh, en = ledger("zh", db, "check", "--json"), ledger("en", db, "check", "--json")
    assert zh.stdout == en.stdout
    assert json.loads(zh.stdout)[0]["kind"] == "already holds"


def test_verify_and_a_bad_checkpoint_are_said_in_chinese(db):
    zh, en = both(db, "verify")
    assert zh.returncode == en.returncode == 0
    assert re.match(r"已校验 \d+ 条记录：日志与写入时一致（链头 [0-9a-f]{12}…）$", zh.stderr)
    assert re.match(r"verified \d+ entries: the log is as it was written \(head [0-9a-f]{12}…\)$", en.stderr)
    zh, en = both(db, "verify", "--since", "3:abc")
    assert zh.returncode == en.returncode == 2
    assert zh.stderr.strip() == "错误：不是检查点：'3:abc'（ledger verify --checkpoint 可打印检查点：ENTRIES:HASH）"
    assert en.stderr.strip() == "error: not a checkpoint: '3:abc' (ledger verify --checkpoint prints one: ENTRIES:HASH)"


def test_notices_and_a_notice_in_chinese(db):
    zh, en = both(db, "notices")
    assert zh.stdout.startswith("已导入的通知，最新的在前（5 份通知）\n")
    assert heading(zh.stdout)[:4] == ["编号", "文号", "日期", "发文机关"]
    assert "领导分工" in zh.stdout and "有效" in zh.stdout
    assert en.stdout.startswith("imported notices, newest first (5 notices)\n")
    assert "division" in en.stdout and "in force" in en.stdout
    zh, en = both(db, "notice", "某政任〔2024〕20号")
    assert "编号 " in zh.stdout and "发文机关 济南市某某区人民政府" in zh.stdout and "第 1-7 行" in zh.stdout
    assert heading(zh.stdout) == ["行", "事项", "姓名", "职务", "条文"] and " 任职 " in zh.stdout
    assert "issued by 济南市某某区人民政府" in en.stdout and " appoint " in en.stdout


def test_search_and_its_error_in_chinese(db):
    zh, en = both(db, "search", "zsm")
    assert zh.stdout.startswith("搜索：zsm\n") and heading(zh.stdout) == ["类别", "名称", "匹配方式"]
    assert "拼音首字母" in zh.stdout
    assert en.stdout.startswith("search: zsm\n") and "initials" in en.stdout
    zh, en = both(db, "search", "xxxxq")
    assert zh.returncode == en.returncode == 1
    assert zh.stderr.strip() == "没有找到 'xxxxq'" and en.stderr.strip() == "nothing found for 'xxxxq'"


def test_the_work_division_commands_in_chinese(db):
    zh, en = both(db, "who-oversees", "区审计局", "--on", "2024-07-01")
    assert zh.stdout.startswith("2024-07-01 分管 区审计局 的领导\n") and heading(zh.stdout) == ["领导", "内容", "分工"]
    assert "市中政发〔2024〕2号（2024-06-14）第 14 行" in zh.stdout
    assert en.stdout.startswith("who oversees 区审计局 on 2024-07-01\n")
    assert "市中政发〔2024〕2号 (2024-06-14) line 14" in en.stdout
    zh, en = both(db, "stands-in-for", "栾长征", "--on", "2024-07-01")
    assert zh.stdout.startswith("2024-07-01 栾长征 的AB角\n") and heading(zh.stdout) == ["AB角", "分工"]
    assert en.stdout.startswith("栾长征 and their AB partners on 2024-07-01\n")
    zh, en = both(db, "portfolio", "陈剑", "--on", "2024-01-01")
    assert zh.returncode == en.returncode == 1
    assert zh.stderr.strip() == "没有 2024-01-01 时有效的领导分工记录"
    assert en.stderr.strip() == "no work division is on record for 2024-01-01"


def test_review_and_resolve_in_chinese(db):
    zh, en = both(db, "review")
    assert zh.returncode == en.returncode == 0
    assert zh.stdout.startswith("待处理项（1 项待处理）\n") and heading(zh.stdout) == [
        "编号",
        "位置",
        "通知",
        "条文",
        "原因",
    ]
    assert "处理方法：ledger resolve 编号" in zh.stderr
    assert en.stdout.startswith("open items (1 waiting)\n") and "resolve one: ledger resolve ID" in en.stderr
    zh, en = both(db, "resolve", "1", "--not-event")
    assert zh.returncode == en.returncode == 2
    assert "错误：--not-event 须说明原因（--reason 文字）" in zh.stderr
    assert "error: --not-event needs a reason (--reason TEXT)" in en.stderr
    zh, en = both(db, "resolve", "1", "--event", "appoint|李四")
    assert zh.returncode == en.returncode == 2
    assert "错误：不是事项：'appoint|李四'（请写作 事项类型|姓名|职务" in zh.stderr
    assert "error: not an event: 'appoint|李四' (write ACTION|PERSON|POST" in en.stderr


def test_retract_and_reinstate_say_what_they_did_in_chinese(db):
    zh = ledger("zh", db, "retract", "某政任〔2024〕20号", "--reason", "测试")
    assert zh.returncode == 0 and zh.stdout.strip() == "已撤回 某政任〔2024〕20号（2024-09-01）：测试"
    en = ledger("en", db, "reinstate", "某政任〔2024〕20号", "--reason", "test")
    assert en.returncode == 0 and en.stdout.strip() == "reinstated 某政任〔2024〕20号 (2024-09-01): test"
