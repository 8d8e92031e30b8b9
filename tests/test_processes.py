"""Real processes against one database file: a killed import, two imports at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BACKEND, count
from sqlalchemy import create_engine, text

from ledger.bench.corpus import CorpusGenerator
from ledger.db import resolve_url


def ledger(db: str, *args: str) -> subprocess.Popen:
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


def counts(db: str) -> tuple[int, int]:
    return count(db, "notices"), count(db, "events")


def writing(db: str):
    """A probe telling when another process is inside its write transaction."""
    if BACKEND == "sqlite":
        wal = Path(f"{db}-wal")
        start = wal.stat().st_size if wal.exists() else 0
        # the write-ahead log grows past where it was
        return lambda: wal.exists() and wal.stat().st_size > start + 512 * 1024
    engine = create_engine(resolve_url(db))

    def holds_write_lock() -> bool:  # the importer's advisory lock is granted to someone
        with engine.connect() as conn:
            held = conn.execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 7418170 AND granted")
            ).scalar_one()
        return held > 0

    return holds_write_lock


def intact(db: str) -> bool:
    engine = create_engine(resolve_url(db))
    with engine.connect() as conn:
        if BACKEND == "sqlite":
            return conn.execute(text("pragma integrity_check")).scalar_one() == "ok"
        return conn.execute(text("SELECT 1")).scalar_one() == 1


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.slow
def test_kill_9_during_import_leaves_the_database_as_before(tmp_path, db):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    one_file(small, 300, seed=1)
    one_file(big, 60_000, seed=2)
    first = ledger(db, "import", str(small))
    assert first.wait(timeout=120) == 0, first.stderr.read()
    before = counts(db)
    is_writing = writing(db)
    victim = ledger(db, "import", str(big))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None and not is_writing():
        time.sleep(0.01)
    if BACKEND != "sqlite":
        time.sleep(0.5)  # well into the inserts
    assert victim.poll() is None, "the import ended before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    assert intact(db)
    assert counts(db) == before
    again = ledger(db, "import", str(big), "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert json.loads(out)[0]["events_added"] == 60_000
    assert counts(db)[1] == before[1] + 60_000
    check = ledger(db, "verify")  # the chain over the log is whole, the killed import left nothing in it
    _, err = check.communicate(timeout=300)
    assert check.returncode == 0, err


@pytest.mark.slow
def test_two_imports_of_the_same_file_at_once_store_it_once(tmp_path, db):
    gazette = tmp_path / "g.txt"
    notices = one_file(gazette, 5_000, seed=3)
    procs = [ledger(db, "import", str(gazette), "--json") for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    added = sorted(json.loads(out)[0]["events_added"] for out, _ in results)
    assert added == [0, 5_000]  # one stored it, the other found it known
    assert counts(db) == (notices, 5_000)


@pytest.mark.slow
def test_concurrent_imports_of_different_files_and_queries(tmp_path, db):
    files = []
    for seed in (4, 5, 6):
        path = tmp_path / f"g{seed}.txt"
        one_file(path, 2_000, seed=seed)
        files.append(path)
    first = ledger(db, "import", str(files[0]))  # readers never create a ledger: it must exist
    assert first.wait(timeout=300) == 0
    procs = [ledger(db, "import", str(path)) for path in files]
    readers = [ledger(db, "notices", "--json") for _ in range(2)]
    for p in procs + readers:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert counts(db)[1] == 6_000


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(BACKEND != "sqlite" or not Path("/proc").exists(), reason="verify's workers split SQLite files")
def test_verify_workers_end_with_a_killed_verify(tmp_path, db):
    """`timeout 60 ledger verify | tee log` in cron must end: no worker is left waiting on a pipe."""
    corpus = tmp_path / "big.txt"
    one_file(corpus, 60_000, seed=7)
    imported = subprocess.run(
        [sys.executable, "-m", "ledger", "--db", str(db), "import", str(corpus)], capture_output=True, timeout=600
    )
    assert imported.returncode == 0
    verify = ledger(db, "verify")
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and verify.poll() is None and not workers:
        workers = _children(verify.pid)
        time.sleep(0.05)
    if not workers:
        pytest.skip("verify finished before its workers could be seen")
    verify.send_signal(signal.SIGKILL)
    verify.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and _alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and _alive(w)]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
