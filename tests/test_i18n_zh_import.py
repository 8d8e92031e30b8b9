"""``import`` and ``parse`` in Chinese under LEDGER_LANG=zh, in English under LEDGER_LANG=en:
the per-file report, the folder summary, a dry run's last line, errors and warnings.

Each language test starts ``ledger`` as a process (the language is decided once per process).
The Chinese needs the catalog filled from the branch's translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

ZH = {"LEDGER_LANG": "zh"}
EN = {"LEDGER_LANG": "en"}


def ledger(language: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env.update({"LEDGER_TODAY": "2026-12-05", "COLUMNS": "120", **language})
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed notice, a broken link and a missing path: an import that reads, refuses and fails."""
    root = tmp_path_factory.mktemp("zh-import")
    (root / "notices").mkdir()
    shutil.copy(SEED, root / "notices" / SEED.name)
    (root / "notices" / "broken").symlink_to(root / "nowhere")
    return root


@pytest.mark.slow
def test_an_imports_report_is_chinese_under_zh(folder: Path):
    done = ledger(ZH, "--db", str(folder / "zh.db"), "import", "notices", "nosuch.txt", cwd=folder)
    assert done.returncode == 2  # a path failed, the notices were imported
    assert "：2 份任免通知，已添加 126 项任免事项（任职 60 项，免职 66 项）；1 份分工通知" in done.stdout
    assert "  已添加    市中政任〔2024〕5号  2024-04-20  27 项任免事项  关于王坤山等" in done.stdout
    assert "分工：106 条分工记录，4 对AB角" in done.stdout
    assert "3 个文件：已导入 1 个，无变化 0 个，已跳过 0 个，失败 2 个" in done.stdout
    assert f"  失败      notices/broken：失效的链接（指向 {folder / 'nowhere'}）：无内容可读" in done.stdout
    assert "错误：nosuch.txt：文件或文件夹不存在" in done.stderr
    # once more: every notice is known
    again = ledger(ZH, "--db", str(folder / "zh.db"), "import", f"notices/{SEED.name}", cwd=folder)
    assert again.returncode == 0
    assert "  已有      市中政任〔2024〕5号  已导入过，未添加任何内容" in again.stdout
    assert "未添加任何内容：本文件中的任免通知均已导入过" in again.stdout
    for english in ("personnel notice", "events added", "file", "failed", "error:", "known", "nothing added"):
        assert english not in done.stdout + done.stderr + again.stdout.replace(SEED.name, ""), english


@pytest.mark.slow
def test_an_imports_report_stays_english_under_en(folder: Path):
    done = ledger(EN, "--db", str(folder / "en.db"), "import", "notices", "nosuch.txt", cwd=folder)
    assert done.returncode == 2
    assert ": 2 personnel notices, 126 events added (60 appoint, 66 remove); 1 work division" in done.stdout
    assert "  added     市中政任〔2024〕5号  2024-04-20  27 events  关于王坤山等工作人员任免职务的通知" in done.stdout
    assert "3 files: 1 imported, 0 unchanged, 0 skipped, 2 failed" in done.stdout
    assert f"  failed    notices/broken: a broken link (to {folder / 'nowhere'}): nothing to read" in done.stdout
    assert "error: nosuch.txt: no such file or folder" in done.stderr
    assert not any("\u4e00" <= c <= "\u9fff" for c in done.stderr)


@pytest.mark.slow
def test_a_dry_run_and_its_json_under_zh(folder: Path):
    done = ledger(ZH, "--db", str(folder / "dry.db"), "import", "--dry-run", "notices", cwd=folder)
    assert "  将添加    市中政任〔2024〕6号  2024-05-24  99 项任免事项" in done.stdout
    assert "将从 1 个文件导入 3 份通知（126 项任免事项）；未写入任何内容（--dry-run）" in done.stdout
    english = ledger(EN, "--db", str(folder / "dry.db"), "import", "--dry-run", "notices", cwd=folder)
    assert "would import 3 notices (126 events) from 1 file; nothing written (--dry-run)" in english.stdout
    # JSON says the same words in both languages: programs read it
    as_json = [
        ledger(lang, "--db", str(folder / "dry.db"), "import", "--dry-run", "--json", "notices", cwd=folder).stdout
        for lang in (ZH, EN)
    ]
    assert as_json[0] == as_json[1]
    assert '"error": "notices/broken: a broken link' in as_json[0]
    assert "work division: 106 portfolio records, 4 AB pairs" in as_json[0]


def test_parse_is_chinese_under_zh_and_english_under_en(folder: Path):
    zh, en = ledger(ZH, "parse", str(SEED)), ledger(EN, "parse", str(SEED))
    assert zh.returncode == en.returncode == 0
    assert "分工 市中政发〔2024〕2号  2024-06-14  领导分工：106 条分工记录，4 对AB角" in zh.stdout
    assert "已跳过  市中政字〔2024〕19号  2024-05-29" in zh.stdout
    assert "行     事项   姓名" in zh.stdout and "2042   任职   王坤山" in zh.stdout
    assert "division 市中政发〔2024〕2号  2024-06-14  work division: 106 portfolio records, 4 AB pairs" in en.stdout
    assert "2042   appoint   王坤山" in en.stdout


@pytest.mark.slow
def test_a_database_error_is_chinese_under_zh(folder: Path):
    """db.py: a file that is another program's database is refused in the interface's language."""
    import sqlite3

    other = folder / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS photos (id INTEGER)")
    zh = ledger(ZH, "--db", str(other), "import", str(SEED))
    en = ledger(EN, "--db", str(other), "import", str(SEED))
    assert zh.returncode == en.returncode == 2
    assert f"错误：{other} 不是台账（其中有其他数据表：photos）；请用 --db 指定一个新文件或已有的台账" in zh.stderr
    assert f"error: {other} is not a ledger (it holds other tables: photos)" in en.stderr
