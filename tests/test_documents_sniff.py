"""A file's kind is told by its content, whatever its name says."""

from __future__ import annotations

import io
import zipfile

import pytest
from documents import make_mhtml, make_page

from ledger.documents import Kind, read_document, sniff
from ledger.errors import ParseError


def zipped(**members: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name.replace("__", "/"), text)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Kind.PDF),
        (zipped(word__document_xml="<w:document/>".replace("_xml", ".xml")), Kind.ZIP),
        (zipped(**{"word__document.xml": "<w:document/>"}), Kind.DOCX),
        (zipped(**{"xl__workbook.xml": "<workbook/>"}), Kind.OFFICE),
        (zipped(mimetype="application/vnd.oasis.opendocument.text"), Kind.ODT),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "WordDocument".encode("utf-16-le"), Kind.DOC),
        (b"{\\rtf1\\ansi hello}", Kind.RTF),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Kind.IMAGE),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", Kind.IMAGE),
        (make_page(["关于张三任职的通知"]), Kind.HTML),
        (make_page(["关于张三任职的通知"], charset="gbk"), Kind.HTML),
        (make_mhtml(make_page(["关于张三任职的通知"])), Kind.MHTML),
        ("关于张三同志任职的通知\n任命张三为某局局长。\n".encode("gb18030"), Kind.TEXT),
        (b"<p>not html, a notice quoting a tag", Kind.TEXT),
    ],
)
def test_kind_by_content(data: bytes, kind: Kind):
    assert sniff(data) is kind


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "save it as .docx or PDF"),
        (b"{\\rtf1 x}", "save it as .docx or PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "an image"),
        (zipped(a="b"), "unpack it"),
    ],
)
def test_unsupported_kinds_are_refused_with_what_to_do(data: bytes, words: str):
    with pytest.raises(ParseError) as refused:
        read_document(data, "in/notice.txt")
    assert str(refused.value).startswith("in/notice.txt: ") and words in str(refused.value)
