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
