"""Word ``.docx`` → lines: paragraphs and table rows in document order (python-docx).

A table's rows become aligned lines (name and post in their columns) for the parser's table
reader; a one-column table (a notice laid out inside a frame) gives its paragraphs. Running
heads and footers live in other parts of a .docx and never reach the text.
"""

from __future__ import annotations

import io

from ..errors import ParseError
from . import Document, Origin
from .layout import aligned_rows


def read_docx(data: bytes, file: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ParseError(f"not a readable Word document (damaged?): {exc}", file=file) from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged part
        raise ParseError(f"not a readable Word document (damaged?): {type(exc).__name__}: {exc}", file=file) from None
    lines: list[str] = []
    origins: list[Origin] = []
    counters = {"paragraph": 0, "table": 0}
    _read_blocks(document, lines, origins, counters)
    if not any(line.strip() for line in lines):
        raise ParseError("the Word document has no text", file=file)
    return Document(file, "docx", lines, origins)


def _read_blocks(container, lines: list[str], origins: list[Origin], counters: dict[str, int]) -> None:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            counters["table"] += 1
            _read_table(block, counters["table"], lines, origins, counters)
            continue
        counters["paragraph"] += 1
        for text in _paragraph_lines(block):
            lines.append(text)
            origins.append(Origin(paragraph=counters["paragraph"]))


def _paragraph_lines(paragraph) -> list[str]:
    # a tab separates a name from its post in a list typed with tabs: wide enough to be a gap
    return [line.replace("\t", "    ").rstrip() for line in paragraph.text.split("\n")]


def _read_table(table, number: int, lines: list[str], origins: list[Origin], counters: dict[str, int]) -> None:
    rows: list[list[str]] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        rows.append(cells)
    if all(len(cells) <= 1 for cells in rows):  # a frame around paragraphs, not a table of columns
        for n, cells in enumerate(rows, start=1):
            for cell in cells:
                for paragraph in cell.paragraphs:
                    for text in _paragraph_lines(paragraph):
                        lines.append(text)
                        origins.append(Origin(table=number, row=n))
        return
    texts = [[" ".join(cell.text.split()) for cell in cells] for cells in rows]
    rendered = aligned_rows(texts)
    kept = [n for n, row in enumerate(texts, start=1) if any(row)]
    for n, text in zip(kept, rendered, strict=True):
        lines.append(text)
        origins.append(Origin(table=number, row=n))
