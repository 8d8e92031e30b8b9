"""Folders as they come: broken links and other unreadable entries listed, a folder of nothing
readable refused, a dry run saying what it would import."""

from __future__ import annotations

import os
import sys
import zipfile

import pytest
from conftest import SEED, count

ONE = "某某县人民政府\n关于王甲同志任职的通知\n任命：\n王甲同志为某某县水利局副局长；\n某某县人民政府\n2023年3月1日\n"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and FIFOs as POSIX makes them")
def test_broken_links_and_entries_that_are_not_files_are_listed_with_the_reason(run, db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(ONE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe")
    (tmp_path / "elsewhere").mkdir()
    (folder / "linked").symlink_to(tmp_path / "elsewhere")
    result = run("import", str(folder))
    assert result.exit_code == 2
    assert f"error: {folder / 'gone.txt'}: a broken link (to {tmp_path / 'nowhere.txt'}): nothing to read" in (
        result.stderr
    )
    assert f"error: {folder / 'pipe'}: not a regular file (a pipe, socket or device): not read" in result.stderr
    assert f"error: {folder / 'linked'}: a link to a folder, not followed: import that folder itself" in result.stderr
    assert "4 files: 1 imported, 0 unchanged, 0 skipped, 3 failed" in result.stdout
    assert count(db, "events") == 1  # the good file beside them is imported


def test_a_folder_with_no_readable_notice_exits_non_zero_and_says_why(run, db, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64)
    with zipfile.ZipFile(folder / "b.zip", "w") as archive:
        archive.writestr("x.txt", "hi")
    result = run("import", str(folder))
    assert result.exit_code == 2
    assert (
        f"error: {folder}: no file in it that ledger reads (a zip archive, an image): nothing imported; "
        "ledger reads PDF, Word .docx, saved web pages and plain text"
    ) in result.stderr
    assert f"{folder / 'a.jpg'}: skipped: an image" in result.stdout
    assert "Traceback" not in result.output


def test_a_dry_run_ends_with_what_it_would_import(run, db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_text(ONE, encoding="utf-8")
    result = run("import", "--dry-run", str(folder))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-2] == "2 files: 2 would be imported, 0 unchanged, 0 skipped, 0 failed"
    assert lines[-1] == "would import 4 notices (127 events) from 2 files; nothing written (--dry-run)"
    assert " imported," not in result.stdout.replace("would be imported,", "")
    single = run("import", "--dry-run", str(folder / "b.txt"))
    assert single.stdout.splitlines()[-1] == "would import 1 notice (1 event) from 1 file; nothing written (--dry-run)"
    assert count(db, "events") == 0
