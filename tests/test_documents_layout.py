"""Page furniture is found by where it stands; table rows keep their columns."""

from __future__ import annotations

from ledger.documents.layout import Page, PageLine, Piece, aligned_rows, build_lines, page_texts, remove_furniture
from ledger.parse.normalise import normalise
from ledger.parse.tables import rewrite_tables


def line(text: str, y: float, size: float = 11, x0: float = 70) -> PageLine:
    return PageLine(text, x0, y, size)


def pages_with(heads: list[str], bodies: list[list[str]], foot: bool = True) -> list[Page]:
    pages = []
    for n, (head, body) in enumerate(zip(heads, bodies, strict=True), start=1):
        lines = [line(head, 45, 9)] + [line(text, 80 + 18 * i) for i, text in enumerate(body)]
        if foot:
            lines.append(line(f"— {n} —", 800, 10))
        pages.append(Page(n, 842, lines))
    return pages


def texts(pages: list[Page]) -> list[str]:
    return [text.strip() for _, text in page_texts(pages)]


def test_running_heads_unknown_to_any_pattern_and_page_numbers_go():
    heads = ["市中区人事资料汇编（第二辑）", "某某办公室编印"] * 3
    bodies = [[f"正文第{n}页第一行", f"正文第{n}页第二行"] for n in range(1, 7)]
    kept = texts(remove_furniture(pages_with(heads, bodies)))
    assert kept == [text for body in bodies for text in body]


def test_a_body_line_repeated_at_the_top_of_pages_in_a_larger_font_stays():
    """A notice's red header (济南市市中区人民政府) opening two pages is the body, not a running head."""
    body = ["各街道办事处，区政府各部门：", "区政府决定，任命：", "张三同志为济南市某某区财政局局长。"]
    pages = [
        Page(n, 842, [line("济南市市中区人民政府", 60, 22), *(line(t, 100 + 18 * i) for i, t in enumerate(body))])
        for n in (1, 2, 3)
    ]
    assert texts(remove_furniture(pages)) == ["济南市市中区人民政府", *body] * 3


def test_a_number_in_the_body_is_not_a_page_number():
    pages = [Page(1, 842, [line("附件", 300), line("3", 318), line("张三同志为某局局长", 336)])]
    assert texts(remove_furniture(pages)) == ["附件", "3", "张三同志为某局局长"]


def test_on_a_single_page_a_small_head_apart_from_the_body_goes_but_a_first_body_line_stays():
    pages = pages_with(["某某编印"], [["正文第一行", "正文第二行"]])
    assert texts(remove_furniture(pages)) == ["正文第一行", "正文第二行"]
    page = Page(1, 842, [line("济南市某某区人民政府", 60), line("关于张三同志任职的通知", 78)])
    assert texts(remove_furniture([page])) == ["济南市某某区人民政府", "关于张三同志任职的通知"]


def test_glyphs_make_lines_in_reading_order_with_gaps_as_column_spaces():
    glyphs = [Piece(ch, 70 + 11 * i, 81 + 11 * i, 200, 11) for i, ch in enumerate("胡勇")]
    glyphs += [Piece(ch, 70 + 11 * (i + 6), 81 + 11 * (i + 6), 200.4, 11) for i, ch in enumerate("某局局长")]
    glyphs.insert(0, Piece("第", 70, 81, 150, 11))  # drawn after, stands above
    lines = build_lines(glyphs)
    assert [ln.text for ln in lines] == ["第", "胡勇        某局局长"]


def test_aligned_rows_keep_columns_for_the_table_reader():
    rows = [
        ["姓名", "任命职务", "免去职务"],
        ["刘建平", "某县交通运输局局长", ""],
        ["王伟", "", "某县自然资源局副局长"],
    ]
    text = "\n".join(aligned_rows(rows))
    sentences = [ln.text for ln in rewrite_tables(normalise("免去：\n" + text))]
    assert "任命刘建平为某县交通运输局局长;" in "".join(sentences)
    assert "免去王伟的某县自然资源局副局长职务;" in "".join(sentences)
