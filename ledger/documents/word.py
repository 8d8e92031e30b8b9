"""Word ``.docx`` → lines: paragraphs and table rows in document order, as Word shows them.

The body is read from its XML (opened by python-docx) rather than through python-docx's
paragraph objects, which leave out what Word shows and a notice may hold: content controls
(``w:sdt``), tracked insertions (``w:ins``, shown as Word shows them, with tracked deletions
left out) and text boxes (``w:txbxContent``, read after the paragraph that anchors them).
What Word does not show is not read: hidden runs (``w:vanish``) are left out and reported.
Every character of the body's visible text must reach the lines handed on, or the file is
refused with the reason (``covers``).

A table's rows become aligned lines (name and post in their columns) for the parser's table
reader; a one-column table (a notice laid out inside a frame) gives its paragraphs. Running
heads and footers live in other parts of a .docx and never reach the text.
"""

from __future__ import annotations

import io
from collections import Counter

from ..errors import NOT_A_WORD_FILE, ParseError
from ..i18n import N_
from . import Document, Origin
from .layout import aligned_rows

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
#: Elements whose text Word does not show as text of the document.
_NOT_SHOWN = {f"{W}del", f"{W}delText", f"{W}instrText", f"{MC}Fallback", f"{W}rPr", f"{W}pPr"}


def check_zip(data: bytes, file: str, what: str = "Word document") -> None:
    """Refuse a zip whose entries would inflate past the bounds, from its directory alone,
    before any part is read (a 2 MB file that inflates to 2 GiB is a bomb, not a notice)."""
    import zipfile

    from . import MAX_ZIP_ENTRIES, MAX_ZIP_PART_BYTES, MAX_ZIP_TOTAL_BYTES

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ParseError(f"not a readable {what} (damaged?): {exc}", file=file) from None
    total = sum(e.file_size for e in entries)
    largest = max((e.file_size for e in entries), default=0)
    if len(entries) > MAX_ZIP_ENTRIES or largest > MAX_ZIP_PART_BYTES or total > MAX_ZIP_TOTAL_BYTES:
        raise ParseError(
            f"the {what} would inflate to {total / 2**20:,.0f} MB in {len(entries):,} parts (largest "
            f"{largest / 2**20:,.0f} MB): far more than a notice holds, refused unread (a zip bomb?)",
            file=file,
        )


def read_docx(data: bytes, file: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data, file)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ParseError(NOT_A_WORD_FILE.format(error=exc), file=file) from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged part
        raise ParseError(NOT_A_WORD_FILE.format(error=f"{type(exc).__name__}: {exc}"), file=file) from None
    reader = _Reader()
    body = document.element.body
    reader.blocks(body)
    if not any(line.strip() for line in reader.lines):
        raise ParseError(N_("the Word document has no text"), file=file)
    lost = covers(reader.lines, body)
    if lost:
        raise ParseError(
            f"{lost} characters of the document's text are in parts this reader cannot lay out as lines"
            " (an equation): save it as PDF and import that",
            file=file,
        )
    return Document(file, "docx", reader.lines, reader.origins, left_out=reader.hidden)


def _hidden(run) -> bool:
    """A run formatted hidden (w:vanish), as Word hides it."""
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    vanish = props.find(f"{W}vanish")
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off")


def visible_text(element) -> str:
    """Every character Word shows in ``element`` (w:t and equation text), hidden runs and
    tracked deletions aside: what the lines handed on must hold."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag in _NOT_SHOWN or (node.tag == f"{W}r" and _hidden(node)):
            return
        if node.tag in (f"{W}t", f"{M}t"):
            parts.append(node.text or "")
        for child in node:
            walk(child)

    walk(element)
    return "".join(parts)


def covers(lines: list[str], body) -> int:
    """How many visible characters of the body (white space aside) the lines lack."""
    missing = Counter("".join(visible_text(body).split())) - Counter("".join("".join(lines).split()))
    return sum(missing.values())


class _Reader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origins: list[Origin] = []
        self.hidden: list[str] = []
        self.paragraphs = 0
        self.tables = 0

    def add(self, text: str, origin: Origin) -> None:
        # a tab separates a name from its post in a list typed with tabs: wide enough to be a gap
        for line in text.replace("\t", "    ").split("\n"):
            self.lines.append(line.rstrip())
            self.origins.append(origin)

    def blocks(self, container) -> None:
        """Paragraphs and tables in order; content controls and other wrappers opened."""
        for child in container:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in _NOT_SHOWN or child.tag == f"{W}sectPr":
                continue
            else:  # w:sdt → w:sdtContent, w:customXml, tracked w:ins around paragraphs …
                self.blocks(child)

    def paragraph(self, p, origin: Origin | None = None) -> None:
        self.paragraphs += 1
        boxes: list = []
        text = self.runs(p, boxes)
        self.add(text, origin or Origin(paragraph=self.paragraphs))
        for box in boxes:  # a text box's paragraphs, after the paragraph that anchors it
            self.blocks(box)

    def runs(self, node, boxes: list) -> str:
        parts: list[str] = []
        for child in node:
            tag = child.tag
            if tag in _NOT_SHOWN:
                continue
            if tag == f"{W}r" and _hidden(child):
                shown = visible_text_of_run(child)
                if shown.strip():
                    self.hidden.append(shown)
                continue
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag == f"{W}tab":
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag == f"{W}txbxContent":
                boxes.append(child)
            elif tag == f"{M}oMath" or tag == f"{M}oMathPara":
                continue  # an equation is not laid out as text: the coverage check says so
            else:  # runs, hyperlinks, tracked insertions, fields, smart tags, drawings …
                parts.append(self.runs(child, boxes))
        return "".join(parts)

    def table(self, tbl) -> None:
        self.tables += 1
        number = self.tables
        rows: list[list] = []
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not None and _enclosing_table(tr) is not tbl:
                continue  # a row of a table nested in a cell: read with that cell
            rows.append(
                [tc for tc in tr if tc.tag == f"{W}tc"]
                + [tc for sdt in tr.iter(f"{W}sdt") for tc in sdt.iter(f"{W}tc")]
            )
        if all(len(cells) <= 1 for cells in rows):  # a frame around paragraphs, not a table of columns
            for n, cells in enumerate(rows, start=1):
                for cell in cells:
                    start = len(self.lines)
                    self.blocks(cell)
                    for i in range(start, len(self.lines)):
                        self.origins[i] = Origin(table=number, row=n)
            return
        texts = []
        for cells in rows:
            row = []
            for cell in cells:
                inner = _Reader()
                inner.blocks(cell)
                self.hidden += inner.hidden
                row.append(" ".join(" ".join(inner.lines).split()))
            texts.append(row)
        rendered = aligned_rows(texts)
        kept = [n for n, row in enumerate(texts, start=1) if any(row)]
        for n, text in zip(kept, rendered, strict=True):
            self.lines.append(text)
            self.origins.append(Origin(table=number, row=n))


def visible_text_of_run(run) -> str:
    return "".join(t.text or "" for t in run.iter(f"{W}t"))


def _enclosing_table(node):
    node = node.getparent()
    while node is not None and node.tag != f"{W}tbl":
        node = node.getparent()
    return node
