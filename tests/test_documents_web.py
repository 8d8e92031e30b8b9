"""Saved web pages: the article without the site around it; the page's date as a fallback."""

from __future__ import annotations

import pytest
from documents import FURNITURE, events_of, gold_events, make_mhtml, make_page, strict_matches

from ledger.documents import read_document
from ledger.parse import parse_bytes


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_the_seed_as_a_web_page_gives_exactly_its_126_events(charset):
    page = make_page(charset=charset)
    document = read_document(page, "page.html")
    assert not [line for line in document.lines if any(word in line for word in FURNITURE)]
    events = events_of(parse_bytes(page, "page.html").as_json())
    assert len(events) == 126 and strict_matches(events, gold_events()) == 126
    assert {e["source"] for e in events} == {"html"}


def test_a_web_archive_mhtml_reads_like_the_page():
    page = make_page(charset="gbk")
    parsed = parse_bytes(make_mhtml(page), "page.mhtml").as_json()
    assert parsed["format"] == "html" and len(events_of(parsed)) == 126


UNDATED = [
    "济南市某某区人民政府",
    "关于张三等同志任免职务的通知",
    "某政任〔2024〕9号",
    "区政府决定，任命：",
    "张三同志为济南市某某区财政局局长。",
    "济南市某某区人民政府办公室",
]


def test_a_pages_publication_time_never_dates_a_notice():
    """SPEC §7: a notice's date is its own, never the page's 发布时间 nor its number's year;
    without one it has none (import refuses it) unless --date gives it."""
    parsed = parse_bytes(make_page(UNDATED, published="2024-07-03"), "page.html")
    assert [(n.doc_no, n.date) for n in parsed.notices] == [("某政任〔2024〕9号", None)]
    import datetime as dt

    given = parse_bytes(make_page(UNDATED, published="2024-07-03"), "page.html", dt.date(2024, 7, 1))
    assert given.notices[0].date == dt.date(2024, 7, 1)
