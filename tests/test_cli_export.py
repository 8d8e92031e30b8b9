"""`export` and the files --out writes (issue 21): an Excel workbook, the format said by the
file's name, files as readable as the umask allows, and `timeline --out` that replaces a file
only with --force."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import stat
import subprocess
import sys
from contextlib import contextmanager

import openpyxl
import pytest
from conftest import ROOT

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


def test_xlsx_export_is_a_workbook_of_tenures_events_and_notices(seeded, tmp_path):
    out = tmp_path / "ledger.xlsx"
    result = seeded("export", "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr and result.stdout == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["tenures", "events", "notices"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title  # the header stays in sight
        assert all(cell.font.bold for cell in sheet[1])

    # the tenures: the very rows and columns of the CSV export, dates as dates
    tenures = book["tenures"]
    assert sheet_rows(tenures) == csv_rows(seeded("export", "--format", "csv").stdout)
    assert tenures.max_row == 127
    ended = tenures.cell(row=2, column=column(tenures, "end") + 1)
    assert isinstance(ended.value, dt.date) and ended.is_date and ended.number_format == "yyyy-mm-dd"
    assert ended.value.date() == dt.date(2024, 5, 24)

    # the events and notices: the JSON export's, flat
    exported = json.loads(seeded("export", "--format", "json").stdout)
    events = [
        {"notice": n["id"], **e, "qualifiers": "; ".join(e["qualifiers"]) or None}
        for n in exported["notices"]
        for e in n["events"]
    ]
    sheet = book["events"]
    header = [c.value for c in sheet[1]]
    assert header == list(events[0])
    assert sheet_rows(sheet)[1:] == [[as_text(e[c]) for c in header] for e in events]
    assert len(events) == 126
    assert sheet.cell(row=2, column=column(sheet, "effective") + 1).is_date

    notices = book["notices"]
    assert [r[:3] for r in sheet_rows(notices)[1:]] == [
        [n["id"], n["doc_no"] or "", n["title"] or ""] for n in exported["notices"]
    ]
    first = [c.value for c in notices[2]]
    header = [c.value for c in notices[1]]
    assert (first[header.index("first_line")], first[header.index("last_line")]) == tuple(
        exported["notices"][0]["lines"]
    )
    assert notices.cell(row=2, column=header.index("date") + 1).is_date


def test_xlsx_columns_are_wide_enough_for_chinese_text(seeded, tmp_path):
    out = tmp_path / "ledger.xlsx"
    assert seeded("export", "--out", str(out)).exit_code == 0
    tenures = openpyxl.load_workbook(out)["tenures"]
    width = {c.value: tenures.column_dimensions[c.column_letter].width for c in tenures[1]}
    posts = [c.value for c in tenures["B"][1:]]
    # a Chinese character is about two of Excel's width units, a Latin letter or digit one
    assert width["post"] >= 2 * max(map(len, posts))
    assert width["person"] >= 2 * max(len(c.value) for c in tenures["A"][1:])
    assert 10 <= width["start"] < width["post"] / 3  # a date, not the widest text of the sheet


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


def test_xlsx_is_refused_on_a_terminal(seeded, db):
    """Bytes of a zip on a terminal are noise: it asks for --out instead."""
    primary, secondary = pty.openpty()
    try:
        shown = subprocess.run(
            [sys.executable, "-m", "ledger", "--db", db, "export", "--format", "xlsx"],
            stdout=secondary,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert shown.returncode == 2
    assert shown.stderr == "error: xlsx is a binary file, not for a terminal: give --out FILE.xlsx\n"


# --- the format from --out -----------------------------------------------------------------


def test_out_xlsx_without_format_writes_a_workbook(seeded, tmp_path):
    out = tmp_path / "tenures.XLSX"
    assert seeded("export", "--out", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"PK")  # a zip, not CSV
    assert openpyxl.load_workbook(out).sheetnames == ["tenures", "events", "notices"]
    as_json = tmp_path / "ledger.json"
    assert seeded("export", "--out", str(as_json)).exit_code == 0
    assert len(json.loads(as_json.read_text(encoding="utf-8"))["notices"]) == 3
    # a name that says no format: CSV, as before
    plain = tmp_path / "ledger.txt"
    assert seeded("export", "--out", str(plain)).exit_code == 0
    assert plain.read_text(encoding="utf-8-sig").startswith("person,post,")


@pytest.mark.parametrize(("name", "fmt"), [("x.csv", "json"), ("x.xlsx", "csv"), ("x.json", "tsv"), ("x.tsv", "xlsx")])
def test_an_out_extension_that_disagrees_with_format_is_refused(seeded, tmp_path, name, fmt):
    out = tmp_path / name
    result = seeded("export", "--out", str(out), "--format", fmt)
    assert result.exit_code == 2
    assert result.stderr == f"error: --out {out} is a {out.suffix[1:]} file name but --format is {fmt}\n"
    assert result.stdout == "" and not out.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("ledger.db")] == []  # nothing written


def test_popolo_goes_to_a_json_file(seeded, tmp_path):
    out = tmp_path / "ledger.popolo.json"
    assert seeded("export", "--format", "popolo", "--out", str(out)).exit_code == 0
    assert "memberships" in json.loads(out.read_text(encoding="utf-8"))


def test_format_is_read_in_any_case(seeded, tmp_path):
    upper = seeded("export", "--format", "CSV")
    assert upper.exit_code == 0, upper.output
    assert upper.stdout == seeded("export", "--format", "csv").stdout
    out = tmp_path / "ledger.xlsx"
    assert seeded("export", "--format", "Xlsx", "--out", str(out)).exit_code == 0
    assert openpyxl.load_workbook(out).sheetnames[0] == "tenures"


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
