"""Documents as they arrive → numbered text lines, each with where it came from.

    read_document(bytes) → Document(lines, origins)

The kind of a file is told by its content (magic bytes), never by its name: a PDF gazette
(its text layer, or OCR for a scan), a Word ``.docx``, a saved web page (``.html``,
``.mhtml``), or plain text. Each reader is a pure function of the bytes, with no database,
and imports its library only when a file of its kind is read, so that starting ``ledger``
stays fast. The parser then reads ``Document.text`` exactly as it reads a text file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import ParseError
from .sniff import Kind, sniff

__all__ = ["Document", "Kind", "Origin", "Progress", "read_document", "sniff"]

#: Bounds on the work one document may ask for: notices are short, and a file built to inflate
#: (a zip bomb in a .docx, a PDF listing one page a million times) is refused before it is read.
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_PART_BYTES = 64 * 2**20
MAX_ZIP_TOTAL_BYTES = 128 * 2**20
MAX_PDF_PAGES = 2_000
PDF_SECONDS = 60.0

#: Called as pages are read: (pages done, pages in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Origin:
    """Where one line stands in the original document."""

    page: int | None = None  # PDF page, 1-based
    paragraph: int | None = None  # Word: body paragraph, 1-based, tables not counted
    table: int | None = None  # Word or web page: table, 1-based
    row: int | None = None  # and its row, 1-based
    ocr: bool = False  # read by OCR from a page image: names may be misread

    def describe(self) -> str:
        """``page 12``, ``paragraph 40``, ``table 2, row 3``, ``page 3, OCR``; empty for plain text."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.table is not None:
            parts.append(f"table {self.table}, row {self.row}")
        return ", ".join(parts + (["OCR"] if self.ocr else []))


_NOWHERE = Origin()


@dataclass
class Document:
    """A document's text, one entry per line, and each line's origin (empty for plain text)."""

    file: str
    format: str  # text | pdf | docx | html
    lines: list[str] | None = None
    origins: list[Origin] = field(default_factory=list)
    plain: str | None = None  # plain text, kept whole (no per-line origins to keep)
    left_out: list[str] = field(default_factory=list)  # text a reader of the document does not see (hidden)
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.plain if self.plain is not None else "\n".join(self.lines or [])

    def origin(self, line: int) -> Origin:
        """The origin of a 1-based line of ``text``."""
        return self.origins[line - 1] if 0 < line <= len(self.origins) else _NOWHERE

    def source(self, line: int) -> str:
        """What read the line: text, pdf, ocr, docx or html."""
        return "ocr" if self.origin(line).ocr else self.format


def read_document(data: bytes, file: str, *, progress: Progress | None = None, ocr: bool | None = None) -> Document:
    """The text of a document of any supported kind, with each line's origin.

    ``ocr``: None reads scanned pages by OCR when the OCR extra and Tesseract are installed
    (and otherwise refuses them with a message saying how to get OCR); False always refuses.
    Anything unreadable raises ``ParseError`` naming the file and, where it can, the page.
    """
    kind = sniff(data)
    if kind is Kind.TEXT:
        from ..parse.normalise import decode

        return Document(file, "text", plain=decode(data, file))
    if kind is Kind.PDF:
        from .pdf import read_pdf

        return read_pdf(data, file, progress=progress, ocr=ocr)
    if kind is Kind.DOCX:
        from .word import read_docx

        return read_docx(data, file)
    if kind in (Kind.HTML, Kind.MHTML):
        from .web import read_web_page

        return read_web_page(data, file, mhtml=kind is Kind.MHTML)
    raise ParseError(kind.refusal, file=file)
