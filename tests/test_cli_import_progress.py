"""The progress of a folder import: per file as each is done, on stderr whenever it is a terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from ledger.api import Ledger
from ledger.bench.corpus import CorpusGenerator


def gazettes(folder: Path, files: int) -> list[Path]:
    """Small gazettes of different notices, quick enough for one group of the importer."""
    folder.mkdir()
    paths = []
    for i, (text, _) in enumerate(CorpusGenerator(5).files(files * 120, per_file=6)):
        paths.append(folder / f"{i:02d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_each_file_is_reported_done_before_its_group_is_committed(db, tmp_path):
    paths = gazettes(tmp_path / "in", 4)
    done: list[Path] = []
    results = Ledger(db).import_paths(paths, finished=lambda result: done.append(result.path))
    first = next(results)  # given once the group of all four is committed
    assert done == paths and first.status == "imported"
    assert [r.status for r in results] == ["imported"] * (len(paths) - 1)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_the_bar_moves_per_file_on_stderr_when_stdout_is_redirected(db, tmp_path):
    paths = gazettes(tmp_path / "in", 16)
    answer = tmp_path / "answer.txt"
    leader, follower = pty.openpty()
    with answer.open("w", encoding="utf-8") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "ledger", "--db", db, "import", str(tmp_path / "in"), "--jobs", "1"],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=follower,
            env={**os.environ, "COLUMNS": "120", "TERM": "xterm-256color"},
        )
    os.close(follower)
    drawn = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    assert process.wait(timeout=120) == 0
    os.close(leader)
    screen = drawn.decode("utf-8", "replace")
    files = len(paths)
    counts = {int(n) for n in re.findall(rf"(\d+)/{files} files", screen)}
    assert any(0 < n < files for n in counts), f"the bar never moved between files: {sorted(counts)}"
    tally = rf"\d+/{files} files [1-9]\d* notices, [1-9]\d* events"
    assert re.search(tally, screen), "no notices and events counted while the files were read"
    written = answer.read_text(encoding="utf-8")
    assert f"{files} files: {files} imported, 0 unchanged, 0 skipped, 0 failed" in written
    assert "━" not in written and "\x1b" not in written and "total:" not in written  # the bar stays on stderr
