"""Saved web pages: the article without the site around it; the page's date as a fallback."""

from __future__ import annotations

import pytest
from documents import FURNITURE, events_of, gold_events, make_mhtml, make_page, strict_matches

from ledger.documents import read_document
from ledger.parse import parse_bytes


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
@pytest.mark.slow
def test_the_seed_as_a_web_page_gives_exactly_its_126_events(charset):
    page = make_page(charset=charset)
    document = read_document(page, "page.html")
    assert not [line for line in document.lines if any(word in line for word in FURNITURE)]
    events = events_of(parse_bytes(page, "page.html").as_json())
    assert len(events) == 126 and strict_matches(events, gold_events()) == 126
    assert {e["source"] for e in events} == {"html"}


@pytest.mark.slow
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


def _bare_page(paragraphs: list[str], extra: str = "") -> bytes:
    """A page as many gazette sites lay one out: every line of the notice a <p> of its own."""
    import html

    body = "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
    return f'<html><head><meta charset="utf-8"><title>公报</title>{extra}</head><body>{body}</body></html>'.encode()


def _events(parsed) -> list[tuple]:
    return sorted(
        (e.action, e.person, e.post, e.probation_until, e.effective) for n in parsed.notices for e in n.events
    )


def test_the_seed_one_paragraph_a_line_reads_as_the_text_repeats_included():
    from conftest import SEED

    from ledger.parse import parse_file

    lines = SEED.read_text(encoding="utf-8").splitlines()
    parsed = parse_bytes(_bare_page(lines), "gazette.html")
    assert _events(parsed) == _events(parse_file(SEED))
    assert len(_events(parsed)) == 126


REPEATED = [
    "济南市某某区人民政府",
    "关于张三等同志任免职务的通知",
    "某政任〔2024〕9号",
    "区政府决定，任命：",
    "张三同志为济南市某某区财政局副局长",
    "（试用期一年）；",
    "李四同志为济南市某某区审计局副局长",
    "（试用期一年）；",
    "王五同志为济南市某某区统计局副局长",
    "（试用期一年）。",
    "济南市某某区人民政府",
    "2024年6月3日",
]


def test_a_page_with_repeated_qualifier_lines_keeps_every_qualifier():
    parsed = parse_bytes(_bare_page(REPEATED), "page.html")
    assert [(e.person, str(e.probation_until)) for n in parsed.notices for e in n.events] == [
        ("张三", "2025-06-03"),
        ("李四", "2025-06-03"),
        ("王五", "2025-06-03"),
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>赵六同志为济南市某某区水务局局长；</p>",
        '<p style="DISPLAY: NONE">赵六同志为济南市某某区水务局局长；</p>',
        '<p class="x-note">赵六同志为济南市某某区水务局局长；</p>',
        '<p style="font-size:0px">赵六同志为济南市某某区水务局局长；</p>',
        "<template><p>赵六同志为济南市某某区水务局局长；</p></template>",
    ],
)
def test_text_a_reader_of_the_page_cannot_see_is_left_out_and_said(hidden: str):
    lines = [*REPEATED[:6], "HIDDEN", *REPEATED[6:]]
    page = _bare_page(lines, "<style>.x-note{display:none}</style>").replace(b"<p>HIDDEN</p>", hidden.encode())
    parsed = parse_bytes(page, "page.html")
    assert "赵六" not in {e.person for n in parsed.notices for e in n.events}
    assert len([e for n in parsed.notices for e in n.events]) == 3
    assert any("hidden" in i.reason and "赵六" in i.clause for n in parsed.notices for i in n.issues)


def test_a_page_whose_main_text_cannot_all_be_laid_out_is_refused_not_shortened():
    from ledger.errors import ParseError

    page = _bare_page(REPEATED).replace(
        "<p>王五同志为济南市某某区统计局副局长</p>".encode(),
        "<p><svg><text>王五同志为济南市某某区统计局副局长</text></svg></p>".encode(),
    )
    with pytest.raises(ParseError, match="characters of the page's main text"):
        read_document(page, "page.html")
