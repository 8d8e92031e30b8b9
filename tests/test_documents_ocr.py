"""Scanned PDFs read by OCR (the ocr extra and Tesseract's chi_sim model): events flagged as OCR'd."""

from __future__ import annotations

import pytest
from conftest import count
from documents import SEED_LINES, events_of, gold_events, make_pdf, make_scan, notice_lines, strict_matches
from sqlalchemy import create_engine, text

from ledger.db import resolve_url
from ledger.documents import ocr
from ledger.parse import parse_file

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        ocr.unavailable() is not None,
        reason=f"OCR is not available here ({ocr.unavailable()}): pip install '.[ocr]' and apt-get install "
        "tesseract-ocr tesseract-ocr-chi-sim (.ci/run does both)",
    ),
]  # slow: OCR of a scanned page takes seconds


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """市中政任〔2024〕5号 of the seed, printed (running heads, page numbers) and scanned at 300 dpi."""
    folder = tmp_path_factory.mktemp("scan")
    start, end = notice_lines("市中政任〔2024〕5号")
    return make_scan(folder / "scan.pdf", make_pdf(folder / "print.pdf", SEED_LINES[start:end]), dpi=300)


def test_a_scan_is_read_by_ocr_and_every_event_says_so(scanned):
    parsed = parse_file(scanned).as_json()
    assert parsed["format"] == "pdf" and parsed["ocr_pages"] == [1, 2]
    events = events_of(parsed)
    assert {e["source"] for e in events} == {"ocr"} and {e["page"] for e in events} == {1, 2}
    five = gold_events()[:27]
    # OCR misreads some names (宋晓溪 → 宋晓肖): most events, not all, come out exactly
    assert 24 <= len(events) <= 30
    assert strict_matches(events, five) >= 18, [(e["person"], e["post"]) for e in events]


def test_ocr_events_are_stored_as_ocr(run, db, scanned):
    result = run("import", str(scanned))
    assert result.exit_code == 0, result.output
    assert 24 <= count(db, "events") <= 30
    engine = create_engine(resolve_url(db))
    with engine.connect() as conn:
        assert conn.execute(text("select distinct source from events")).scalars().all() == ["ocr"]
    engine.dispose()
