"""`export` and the files --out writes (issue 21): an Excel workbook, the format said by the
file's name, files as readable as the umask allows, and `timeline --out` that replaces a file
only with --force."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from contextlib import contextmanager

import openpyxl
import pytest

WANGGUANZHUANG = "王官庄街道"


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def as_text(value: object) -> str:
    """A cell as the CSV writes it: a date as 2024-05-01, nothing as an empty field."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)


def sheet_rows(sheet) -> list[list[str]]:
    return [[as_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def column(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name)


# --- Excel ---------------------------------------------------------------------------------


def test_xlsx_keeps_text_as_text(tmp_path):
    """A stored value is never a formula, and characters an .xlsx cannot hold are escaped."""
    from ledger.answer import Answer
    from ledger.render import Output, emit

    out = tmp_path / "rows.xlsx"
    with open(out, "w", encoding="utf-8") as stream:
        answer = Answer(
            title="rows",
            rows=[{"person": "=HYPERLINK(1)", "since": "2024-05-01", "note": "a\x07b"}],
        )
        emit(answer, "xlsx", Output(stream=stream))
    sheet = openpyxl.load_workbook(out)["rows"]
    person, since, note = (c for c in sheet[2])
    assert person.value == "=HYPERLINK(1)" and person.data_type == "s"
    assert since.is_date and note.value == "a\\x07b"


# --- files follow the umask ----------------------------------------------------------------


@contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_files_written_by_out_follow_the_umask(seeded, tmp_path, mask, mode):
    with umask(mask):
        for fmt in ("csv", "json"):
            assert seeded("export", "--format", fmt, "--out", str(tmp_path / f"ledger.{fmt}")).exit_code == 0
        assert seeded("timeline", WANGGUANZHUANG, "--out", str(tmp_path / "page.html")).exit_code == 0
    for name in ("ledger.csv", "ledger.json", "page.html"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


def test_a_replaced_file_keeps_its_mode(seeded, tmp_path):
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    with umask(0o077):
        assert seeded("export", "--out", str(target), "--force").exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8-sig").startswith("person,post,")


# --- timeline --out and --force ------------------------------------------------------------


def test_timeline_out_replaces_a_file_only_with_force(seeded, tmp_path):
    target = tmp_path / "page.html"
    target.write_text("keep me", encoding="utf-8")
    refused = seeded("timeline", WANGGUANZHUANG, "--out", str(target))
    assert refused.exit_code == 2
    assert refused.stderr == f"error: {target} exists: give another name, or --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    replaced = seeded("timeline", WANGGUANZHUANG, "--out", str(target), "--force")
    assert replaced.exit_code == 0 and f"wrote {target}" in replaced.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".page.html.*"))  # no temporary file left behind


def test_timeline_default_file_is_not_replaced_without_force(seeded, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert seeded("timeline", "张树明").exit_code == 0
    page = tmp_path / "timeline-张树明.html"
    page.write_text("edited by hand", encoding="utf-8")
    again = seeded("timeline", "张树明")
    assert again.exit_code == 2 and "timeline-张树明.html exists" in again.stderr
    assert page.read_text(encoding="utf-8") == "edited by hand"
    assert seeded("timeline", "张树明", "--force").exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
