"""A first import that reads nothing leaves no ledger behind; an existing ledger is kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, count, sqlite_only


def ledger_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("ledger.db"))


@sqlite_only
def test_a_failed_first_import_leaves_no_ledger_and_queries_say_there_is_none(run, db, tmp_path):
    result = run("import", str(tmp_path / "nosuchfile.txt"))
    assert result.exit_code == 2 and "nosuchfile.txt: no such file or folder" in result.stderr
    assert ledger_files(tmp_path) == []
    query = run("who-holds", "主任")
    assert query.exit_code == 2 and "no ledger at" in query.stderr and "is empty" not in query.stderr
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 4)  # read, and refused: still nothing in the ledger
    assert run("import", str(broken)).exit_code == 2
    assert ledger_files(tmp_path) == []


@sqlite_only
def test_a_failed_import_into_an_existing_ledger_keeps_it(run, db, tmp_path):
    assert run("import", str(SEED)).exit_code == 0
    assert run("import", str(tmp_path / "nosuchfile.txt")).exit_code == 2
    assert Path(db).exists() and count(db, "events") == 126


@sqlite_only
def test_a_first_import_of_a_file_without_notices_keeps_its_empty_ledger(run, db, tmp_path):
    plan = tmp_path / "plan.txt"  # read whole, and it holds no appointment: the ledger is the user's
    plan.write_text("某某县人民政府\n关于印发工作要点的通知\n各单位：现印发。\n", encoding="utf-8")
    assert run("import", str(plan)).exit_code == 0
    assert Path(db).exists()


@sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="a FIFO and SIGINT are POSIX")
def test_ctrl_c_early_in_a_first_import_leaves_no_database_and_says_so(tmp_path):
    fifo = tmp_path / "notice.txt"
    os.mkfifo(fifo)  # refused once read: the Ctrl-C falls before, while the new database is made
    db = tmp_path / "ledger.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", str(db), "import", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not db.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert db.exists(), "the import did not create its database"
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err == "interrupted before any file was read: nothing imported\n"
    assert ledger_files(tmp_path) == []


@sqlite_only
@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_twice_while_the_first_file_is_read_leaves_no_database(tmp_path):
    from ledger.bench.corpus import CorpusGenerator

    big = tmp_path / "big.txt"  # some seconds of parsing: the presses fall inside it
    big.write_text(next(CorpusGenerator(3).files(20_000, per_file=10**6))[0], encoding="utf-8")
    db = tmp_path / "ledger.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", str(db), "import", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not db.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(1)  # the database made; the file is being read
    process.send_signal(signal.SIGINT)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)  # again: stop at once
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "stopping after the file being read" in err
    assert f"interrupted: {big} was not written: nothing of it is in the ledger" in err
    assert "Traceback" not in err and out == ""
    assert ledger_files(tmp_path) == []
