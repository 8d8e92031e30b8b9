"""PDF gazettes: text per page in reading order, running heads and page numbers removed by position."""

from __future__ import annotations

import re

import pytest
from documents import HEADS, events_of, gold_events, make_pdf, make_scan, seed_lines, strict_matches

from ledger.documents import read_document
from ledger.errors import ParseError
from ledger.parse import parse_file


@pytest.fixture(scope="module")
def gazette(tmp_path_factory):
    return make_pdf(tmp_path_factory.mktemp("pdf") / "gazette.pdf")


@pytest.mark.slow
def test_text_layer_comes_out_without_heads_footers_or_page_numbers(gazette):
    document = read_document(gazette.read_bytes(), str(gazette))
    assert document.format == "pdf" and document.pages == 37  # 1,328 lines, 36 a page
    assert not [line for line in document.lines if any(head in line for head in HEADS)]
    assert not [line for line in document.lines if re.fullmatch(r"\s*—\s*\d+\s*—\s*", line)]
    assert ["".join(line.split()) for line in document.lines] == ["".join(line.split()) for line in seed_lines()]
    assert [o.page for o in document.origins] == [n // 36 + 1 for n in range(len(document.lines))]


def test_the_seed_as_a_pdf_gives_exactly_its_126_events_with_pages(gazette):
    parsed = parse_file(gazette).as_json()
    events = events_of(parsed)
    assert len(events) == 126 and strict_matches(events, gold_events()) == 126
    assert {e["source"] for e in events} == {"pdf"}
    # 马骁骏同志为…副主任 opens the seed's 1,055th non-blank line: page 30 at 36 lines a page
    event = next(e for e in events if e["person"] == "马骁骏")
    line = next(n for n, text in enumerate(seed_lines(), start=1) if text.startswith("马骁骏同志为"))
    assert (event["line"], event["page"]) == (line, (line - 1) // 36 + 1) == (1055, 30)
    # text broken across pages: some clause starts on one page and ends on the next
    pages = {e["page"] for e in events}
    assert len(pages) >= 5


def test_a_clause_broken_across_a_page_break_is_read_whole(tmp_path):
    lines = seed_lines()
    start = next(i for i, line in enumerate(lines) if line.startswith("马骁骏同志为"))
    pdf = make_pdf(tmp_path / "break.pdf", lines[start - 35 :])  # the clause ends page 1, its second half opens page 2
    events = events_of(parse_file(pdf).as_json())
    event = next(e for e in events if e["person"] == "马骁骏")
    assert event["post"] == "济南市市中区体育事业发展中心副主任" and event["page"] == 1
    assert event["probation_until"] == "2025-04-20"


def test_a_damaged_pdf_is_refused_with_its_name(tmp_path, gazette):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(gazette.read_bytes()[:2000])
    with pytest.raises(ParseError) as refused:
        parse_file(broken)
    assert str(refused.value).startswith(f"{broken}: not a readable PDF")


def test_a_password_protected_pdf_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    locked = canvas.Canvas(str(path), encrypt="secret")
    locked.drawString(72, 720, "hello")
    locked.save()
    with pytest.raises(ParseError, match="encrypted with a password"):
        parse_file(path)


def test_a_scan_without_ocr_says_it_needs_ocr_and_how(tmp_path):
    lines = seed_lines()[:30]
    scan = make_scan(tmp_path / "scan.pdf", make_pdf(tmp_path / "text.pdf", lines), dpi=100)
    with pytest.raises(ParseError) as refused:
        parse_file(scan, ocr=False)
    message = str(refused.value)
    assert message.startswith(f"{scan}: the PDF has no text layer (a scan): it needs OCR")
    assert "pip install 'ledger[ocr]'" in message and "tesseract-ocr-chi-sim" in message


@pytest.mark.slow
def test_a_two_column_gazette_reads_column_by_column(tmp_path):
    from collections import Counter

    from conftest import SEED
    from documents import make_two_column_pdf

    from ledger.parse import parse_text

    pdf = make_two_column_pdf(tmp_path / "two-column.pdf")
    document = read_document(pdf.read_bytes(), str(pdf))
    chars = Counter("".join("".join(line.split()) for line in document.lines))
    assert chars == Counter("".join("".join(line.split()) for line in seed_lines()))  # nothing lost, nothing added
    parsed = parse_file(pdf)
    assert len(events_of(parsed.as_json())) == 126 and strict_matches(events_of(parsed.as_json()), gold_events()) == 126

    def events(notices) -> list[tuple]:
        return sorted((e.action, e.person, e.post, e.probation_until, e.rank) for n in notices for e in n.events)

    assert events(parsed.notices) == events(parse_text(SEED.read_text(encoding="utf-8")).notices)


def test_a_one_column_name_post_table_is_not_taken_for_two_columns(tmp_path):
    lines = ["某区人民政府", "关于张三等同志任免职务的通知", "某政任〔2024〕9号", "区政府决定，任命："]
    rows = [
        ("张三", "济南市某某区财政局副局长"),
        ("李四", "济南市某某区审计局副局长"),
        ("王五", "济南市某某区统计局局长"),
    ]
    lines += [f"{name}{' ' * 40}{post}" for name, post in rows * 3] + ["济南市某某区人民政府", "2024年6月3日"]
    pdf = make_pdf(tmp_path / "table.pdf", lines)
    document = read_document(pdf.read_bytes(), str(pdf))
    assert [line.split()[0] for line in document.lines if "局" in line and "张三" in line][:1] == ["张三"]
    assert any(line.split() == ["张三", "济南市某某区财政局副局长"] for line in document.lines)


@pytest.mark.parametrize("how", ["white", "render mode 3", "off the page"])
def test_pdf_text_no_reader_sees_is_left_out_and_said(tmp_path, how: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = [
        *("济南市某某区人民政府", "关于张三等同志任免职务的通知", "某政任〔2024〕9号", "区政府决定，任命："),
        *("张三同志为济南市某某区财政局局长；", "李四同志为济南市某某区审计局局长。"),
        *("济南市某某区人民政府", "2024年6月3日"),
    ]
    path = tmp_path / "hidden.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n, line in enumerate(lines):
        pdf.setFont("STSong-Light", 11)
        pdf.drawString(70, height - 80 - 18 * n, line)
        if n == 4:  # a clause no reader sees, between two lines of the notice
            pdf.saveState()
            text = pdf.beginText(70 if how != "off the page" else width + 50, height - 89 - 18 * n)
            text.setFont("STSong-Light", 11)
            if how == "white":
                text.setFillColorRGB(1, 1, 1)
            if how == "render mode 3":
                text.setTextRenderMode(3)
            text.textLine("赵六同志为济南市某某区水务局局长；")
            pdf.drawText(text)
            pdf.restoreState()
    pdf.save()
    parsed = parse_file(path)
    assert [e.person for n in parsed.notices for e in n.events] == ["张三", "李四"]
    assert any("hidden" in i.reason and "赵六" in i.clause for n in parsed.notices for i in n.issues)
