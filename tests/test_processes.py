"""Real processes against one database file: a killed import, two imports at once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ledger.bench.corpus import CorpusGenerator


def ledger(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def one_file(path: Path, events: int, seed: int) -> int:
    """A gazette of many notices in one file; returns how many notices it holds."""
    text, keys = next(CorpusGenerator(seed).files(events, per_file=10**6))
    path.write_text(text, encoding="utf-8")
    return len(keys)


def counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("select count(*) from notices").fetchone()[0],
            conn.execute("select count(*) from events").fetchone()[0],
        )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_during_import_leaves_the_database_as_before(tmp_path):
    db = tmp_path / "ledger.db"
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    one_file(small, 300, seed=1)
    one_file(big, 60_000, seed=2)
    first = ledger(db, "import", str(small))
    assert first.wait(timeout=120) == 0, first.stderr.read()
    before = counts(db)
    victim = ledger(db, "import", str(big))
    wal = Path(f"{db}-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    deadline = time.monotonic() + 120
    # kill once the transaction is writing: the write-ahead log grows past where it was
    while time.monotonic() < deadline and victim.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 512 * 1024:
            break
        time.sleep(0.01)
    assert victim.poll() is None, "the import ended before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert counts(db) == before
    again = ledger(db, "import", str(big), "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert json.loads(out)[0]["events_added"] == 60_000
    assert counts(db)[1] == before[1] + 60_000


def test_two_imports_of_the_same_file_at_once_store_it_once(tmp_path):
    db = tmp_path / "ledger.db"
    gazette = tmp_path / "g.txt"
    notices = one_file(gazette, 5_000, seed=3)
    procs = [ledger(db, "import", str(gazette), "--json") for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    added = sorted(json.loads(out)[0]["events_added"] for out, _ in results)
    assert added == [0, 5_000]  # one stored it, the other found it known
    assert counts(db) == (notices, 5_000)


def test_concurrent_imports_of_different_files_and_queries(tmp_path):
    db = tmp_path / "ledger.db"
    files = []
    for seed in (4, 5, 6):
        path = tmp_path / f"g{seed}.txt"
        one_file(path, 2_000, seed=seed)
        files.append(path)
    procs = [ledger(db, "import", str(path)) for path in files]
    readers = [ledger(db, "notices", "--json") for _ in range(2)]
    for p in procs + readers:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert counts(db)[1] == 6_000
