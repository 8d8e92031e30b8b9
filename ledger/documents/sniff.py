"""What a file is, told by its first bytes (magic numbers), never by its name."""

from __future__ import annotations

import enum
import io
import re
import zipfile

from ..i18n import N_


class Kind(enum.Enum):
    TEXT = ("text", "")
    PDF = ("PDF", "")
    DOCX = ("Word document", "")
    HTML = ("web page", "")
    MHTML = ("web archive", "")
    DOC = (
        "Word 97-2003 .doc",
        N_("an old binary Word .doc file: save it as .docx or PDF (in Word: File › Save As) and import that"),
    )
    RTF = ("RTF", N_("a Rich Text Format file: save it as .docx or PDF and import that"))
    ODT = ("OpenDocument text", N_("an OpenDocument text (.odt): save it as .docx or PDF and import that"))
    OFFICE = (
        "office file",
        N_(
            "a spreadsheet or presentation, not a notice document: "
            "ledger reads PDF, Word .docx, saved web pages (.html, .mhtml) and plain text"
        ),
    )
    ZIP = ("zip archive", N_("a zip archive: unpack it and import the folder"))
    IMAGE = (
        "image",
        N_(
            "an image: ledger reads PDF, Word .docx, saved web pages (.html, .mhtml) and plain text; "
            "put a scanned notice in a PDF to have it read by OCR"
        ),
    )

    def __init__(self, label: str, refusal: str):
        self.label = label
        self.refusal = refusal


_IMAGES = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM",
)  # fmt: skip
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta\s|title>)", re.IGNORECASE)
_MHTML = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


def sniff(data: bytes) -> Kind:
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return Kind.PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word, Excel or PowerPoint 97-2003
        return Kind.DOC if "WordDocument".encode("utf-16-le") in data else Kind.OFFICE
    if head.startswith(b"{\\rtf"):
        return Kind.RTF
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return Kind.IMAGE
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: text (or a UTF-16 web page)
        try:
            sample = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
        except UnicodeError:
            return Kind.TEXT
        return Kind.HTML if _HTML.search(sample[:1024]) else Kind.TEXT
    if _MHTML.search(head) and re.search(rb"^mime-version:", head, re.IGNORECASE | re.MULTILINE):
        return Kind.MHTML
    if _HTML.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024]):
        return Kind.HTML
    return Kind.TEXT  # plain text, or a binary file that decoding will refuse with its reason


def _zip_kind(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = ""
            if "mimetype" in names:  # read a few bytes only: an entry may inflate to gigabytes
                with archive.open("mimetype") as entry:
                    mimetype = entry.read(100).decode("ascii", "replace")
    except (zipfile.BadZipFile, OSError, ValueError):
        return Kind.ZIP
    if "word/document.xml" in names:
        return Kind.DOCX
    if mimetype == "application/vnd.oasis.opendocument.text":
        return Kind.ODT
    if any(n.startswith(("xl/", "ppt/")) for n in names) or mimetype.startswith("application/vnd.oasis"):
        return Kind.OFFICE
    return Kind.ZIP
