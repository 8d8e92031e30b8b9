"""Word .docx: paragraphs and tables in document order; each event keeps its paragraph or table row."""

from __future__ import annotations

import pytest
from documents import events_of, gold_events, make_docx, strict_matches

from ledger.documents import read_document
from ledger.errors import ParseError
from ledger.parse import parse_file


@pytest.fixture(scope="module")
def word_file(tmp_path_factory):
    return make_docx(tmp_path_factory.mktemp("docx") / "notices.docx")


def test_the_seed_as_word_with_a_name_post_table_gives_exactly_its_126_events(word_file):
    events = events_of(parse_file(word_file).as_json())
    assert len(events) == 126 and strict_matches(events, gold_events()) == 126
    assert {e["source"] for e in events} == {"docx"}


def test_events_from_table_rows_name_the_table_and_row_others_the_paragraph(word_file):
    notices = parse_file(word_file).as_json()["notices"]
    five = next(n for n in notices if n["doc_no"] == "市中政任〔2024〕5号")
    first, last = five["events"][0], five["events"][-1]
    assert (first["person"], first["table"], first["row"], first["paragraph"]) == ("王坤山", 1, 1, None)
    assert (last["person"], last["table"], last["row"]) == ("张书友", 2, 13)
    six = next(n for n in notices if n["doc_no"] == "市中政任〔2024〕6号")
    assert all(e["paragraph"] and e["table"] is None for e in six["events"])
    paragraphs = [e["paragraph"] for e in six["events"]]
    assert paragraphs == sorted(paragraphs)


def test_table_rows_come_out_aligned_in_document_order(word_file):
    document = read_document(word_file.read_bytes(), str(word_file))
    at = document.lines.index("免去：")
    assert document.origins[at].paragraph is not None
    row = document.lines[at + 1]
    assert row.split() == ["周和本", "济南市市中区人民政府办公室副主任"] and document.origins[at + 1].table == 2


def test_a_damaged_word_file_is_refused(tmp_path, word_file):
    import zipfile

    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(word_file) as good, zipfile.ZipFile(broken, "w") as bad:
        for item in good.infolist():
            data = good.read(item)
            bad.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(ParseError) as refused:
        parse_file(broken)
    assert str(refused.value).startswith(f"{broken}: not a readable Word document")


# --- what Word shows, and only that --------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_HEAD = ["济南市某某区人民政府", "关于张三等同志任免职务的通知", "某政任〔2024〕9号", "区政府决定，任命："]
_TAIL = ["济南市某某区人民政府", "2024年6月3日"]


def _docx_with(tmp_path, *xml_paragraphs: str):
    """A .docx whose body holds the notice's head, then the raw paragraphs given, then its tail."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    anchor = document.add_paragraph(_TAIL[0])
    for xml in xml_paragraphs:
        anchor._p.addprevious(parse_xml(xml.replace(">", f" {_W}>", 1)))  # the namespace on the outer element
    document.add_paragraph(_TAIL[1])
    path = tmp_path / "notice.docx"
    document.save(str(path))
    return path


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _people(path) -> list[tuple[str, str]]:
    from ledger.parse import parse_file

    return [(e.person, e.post) for n in parse_file(path).notices for e in n.events]


def test_content_controls_tracked_insertions_and_text_boxes_are_read(tmp_path):
    sdt = "<w:sdt><w:sdtContent>" + _p("李四同志为济南市某某区审计局局长；") + "</w:sdtContent></w:sdt>"
    ins = (
        '<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>王五同志为济南市某某区统计局局长；</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>赵六同志为某区统计局局长；</w:delText></w:r></w:del></w:p>'
    )
    box = (
        "<w:p><w:r><w:t>钱七同志为济南市某某区水务局局长；</w:t></w:r><w:r><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>孙八同志为济南市某某区林业局局长。</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"
    )
    path = _docx_with(tmp_path, _p("张三同志为济南市某某区财政局局长；"), sdt, ins, box)
    assert _people(path) == [
        ("张三", "济南市某某区财政局局长"),
        ("李四", "济南市某某区审计局局长"),
        ("王五", "济南市某某区统计局局长"),  # the insertion as Word shows it; the deletion gone
        ("钱七", "济南市某某区水务局局长"),
        ("孙八", "济南市某某区林业局局长"),
    ]


def test_a_hidden_run_is_left_out_and_said(tmp_path):
    from ledger.parse import parse_file

    hidden = "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>赵六同志为济南市某某区水务局局长；</w:t></w:r></w:p>"
    path = _docx_with(tmp_path, _p("张三同志为济南市某某区财政局局长；"), hidden)
    assert _people(path) == [("张三", "济南市某某区财政局局长")]
    issues = [i for n in parse_file(path).notices for i in n.issues]
    assert any("hidden" in i.reason and "赵六" in i.clause for i in issues)


def test_text_the_reader_cannot_lay_out_refuses_the_file_instead_of_shortening_it(tmp_path):
    from ledger.documents import read_document
    from ledger.errors import ParseError

    math = (
        '<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        "<m:r><m:t>李四同志为济南市某某区审计局局长</m:t></m:r></m:oMath></w:p>"
    )
    path = _docx_with(tmp_path, _p("张三同志为济南市某某区财政局局长；"), math)
    with pytest.raises(ParseError, match="characters of the document's text"):
        read_document(path.read_bytes(), str(path))
