"""`ledger import` and `ledger parse` on documents as they arrive: PDF, Word, web pages, scans, mixed folders."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, SEED_GOLD, count
from documents import make_docx, make_page, make_pdf, make_scan, seed_lines
from sqlalchemy import create_engine, text

from ledger.db import resolve_url

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def notice(n: int, name: str, post: str, day: int = 1) -> list[str]:
    return [
        "济南市某某区人民政府",
        f"关于{name}同志任职的通知",
        f"某政任〔2024〕{n}号",
        "各街道办事处，区政府各部门：",
        "区政府决定，任命：",
        f"{name}同志为济南市某某区{post}。",
        "济南市某某区人民政府办公室",
        f"2024年7月{day}日",
    ]


def write_docx(path: Path, lines: list[str]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def rows(db: str, sql: str) -> list[tuple]:
    engine = create_engine(resolve_url(db))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_pdf_gazette_imports_its_126_events_with_their_pages(run, db, tmp_path):
    pdf = make_pdf(tmp_path / "gazette.pdf")
    result = run("import", str(pdf))
    assert result.exit_code == 0, result.output
    assert f"{pdf}: 2 personnel notices, 126 events added (60 appoint, 66 remove)" in result.stdout
    assert rows(db, "select source, count(*), min(page), max(page) from events group by source") == [
        ("pdf", 126, 30, 37)  # the personnel notices stand on pages 30-37
    ]
    assert rows(db, "select page from events where person = '马骁骏'") == [(30,)]
    again = run("import", str(SEED))  # the same notices as text: known by their text, nothing added
    assert again.exit_code == 0 and "nothing added" in again.stdout


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the project scorer lives in ../shared/eval, not present here")
def test_the_project_scorer_gives_strict_f1_1_on_pdf_word_and_web_page(tmp_path):
    """Files are told by content: the scorer's NAME.txt may hold a PDF, a .docx or a web page."""
    folder = tmp_path / "scored"
    folder.mkdir()
    make_pdf(folder / "seed_pdf.txt")
    make_docx(folder / "seed_docx.txt")
    (folder / "seed_html.txt").write_bytes(make_page(charset="gbk"))
    for name in ("seed_pdf", "seed_docx", "seed_html"):
        (folder / f"{name}.gold.json").write_bytes(SEED_GOLD.read_bytes())
    cmd = f"{sys.executable} -m ledger parse {{file}} --json"
    result = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--cmd", cmd], capture_output=True, text=True, timeout=600
    )
    assert result.stdout.strip().splitlines()[-1].endswith("strict P 1.000 R 1.000 F1 1.000"), result.stdout
    assert "events: 378 gold, 378 predicted" in result.stdout


def test_a_mixed_folder_imports_the_good_files_and_lists_the_rest_with_reasons(run, db, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a_gazette.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    make_pdf(folder / "b_notice.pdf", notice(11, "陈一", "财政局局长"))
    write_docx(folder / "c_notice.docx", notice(12, "陈二", "审计局局长"))
    (folder / "d_page.html").write_bytes(make_page(notice(13, "陈三", "统计局局长")))
    (folder / "e_old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"))
    (folder / "f_broken.pdf").write_bytes((folder / "b_notice.pdf").read_bytes()[:1500])
    (folder / "g_photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 64)
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    result = run("import", str(folder))
    assert result.exit_code == 2
    assert "7 files: 4 imported, 0 unchanged, 1 skipped, 2 failed" in result.stdout
    assert f"{folder / 'e_old.doc'}: an old binary Word .doc file: save it as .docx or PDF" in result.stderr
    assert f"{folder / 'f_broken.pdf'}: not a readable PDF" in result.stderr
    assert f"{folder / 'g_photo.png'}: skipped: an image" in result.stdout
    assert ".DS_Store" not in result.output
    assert count(db, "events") == 129
    assert sorted(rows(db, "select person, source from events where person in ('陈一', '陈二', '陈三')")) == [
        ("陈一", "pdf"), ("陈三", "html"), ("陈二", "docx"),
    ]  # fmt: skip
    reports = as_json_lenient(run("import", str(folder), "--json"))
    assert [(Path(r["file"]).name, r["status"], r["format"]) for r in reports] == [
        ("a_gazette.txt", "unchanged", "text"),
        ("b_notice.pdf", "unchanged", "pdf"),
        ("c_notice.docx", "unchanged", "docx"),
        ("d_page.html", "unchanged", "html"),
        ("e_old.doc", "failed", None),
        ("f_broken.pdf", "failed", None),
        ("g_photo.png", "skipped", None),
    ]
    assert "save it as .docx or PDF" in reports[4]["error"] and "an image" in reports[6]["error"]


def as_json_lenient(result) -> list[dict]:
    """The JSON report of an import that failed in part (exit 2): stdout is still the whole list."""
    assert result.exit_code in (0, 2), result.output
    return json.loads(result.stdout)


def test_an_empty_folder_says_so(run, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("import", str(tmp_path / "empty"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'empty'}: empty folder: no files to import"


def test_a_scan_without_ocr_gives_the_ocr_message_and_writes_nothing(run, db, tmp_path, monkeypatch):
    from ledger.documents import ocr

    monkeypatch.setattr(ocr, "unavailable", lambda: "the ocr extra is not installed")
    scan = make_scan(tmp_path / "scan.pdf", make_pdf(tmp_path / "text.pdf", seed_lines()[:40]), dpi=100)
    for command in ("import", "parse"):
        result = run(command, str(scan))
        assert result.exit_code == 2
        assert f"error: {scan}: the PDF has no text layer (a scan): it needs OCR" in result.stderr
        assert "pip install 'ledger[ocr]'" in result.stderr and "Traceback" not in result.output
    assert count(db, "notices") == 0


def test_an_unreadable_clause_in_a_pdf_names_file_line_and_page(run, db, tmp_path):
    lines = notice(14, "李四", "审计局副局长（试用期若干）")
    pdf = make_pdf(tmp_path / "bad.pdf", lines)
    result = run("import", "--strict", str(pdf))
    assert result.exit_code == 2
    assert f"error: {pdf}:6 (page 1): cannot read qualifier '试用期若干'" in result.stderr
    assert count(db, "events") == 0
    kept = run("import", str(pdf))  # without --strict: an open item, with its page
    assert kept.exit_code == 3
    assert f"{pdf}:6 (page 1)  cannot read qualifier '试用期若干'" in kept.stdout
    assert f"{pdf}:6 (page 1)" in run("review").stdout


def test_parse_shows_the_page_of_each_event_of_a_pdf(run, tmp_path):
    pdf = make_pdf(tmp_path / "g.pdf", notice(15, "王五", "水利局局长"))
    result = run("parse", str(pdf))
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "王五" in line and "appoint" in line)
    assert row.split()[:4] == ["6", "page", "1", "appoint"]
    assert "untitled" not in result.stdout  # the running head of a one-page file is gone too


def terminal_run(args: list[str], columns: int = 100) -> str:
    """The real CLI on a pseudo-terminal, as a user sees it: what it printed."""
    main, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "40", "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ledger", *args], stdin=secondary, stdout=secondary, stderr=secondary, env=env
    )
    os.close(secondary)
    output = b""
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=120)
    os.close(main)
    return output.decode("utf-8", "replace")


@pytest.mark.slow
def test_on_a_terminal_a_folder_import_ends_with_the_summary_and_a_grand_total(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, name in enumerate(("陈一", "陈二", "陈三"), start=21):
        (folder / f"{n}.txt").write_text("\n".join(notice(n, name, "财政局局长")), encoding="utf-8")
    shown = terminal_run(["--db", db, "import", str(folder)])
    assert "3 files: 3 imported, 0 unchanged, 0 skipped, 0 failed" in shown
    assert "total: 3 notices, 3 events added (3 appoint) in" in shown
    piped = subprocess.run(
        [sys.executable, "-m", "ledger", "--db", db, "import", str(folder)], capture_output=True, text=True
    )
    assert "3 files: 0 imported, 3 unchanged, 0 skipped, 0 failed" in piped.stdout
    assert "total:" not in piped.stdout and "━" not in piped.stdout + piped.stderr
