"""Text placed on pages → lines in reading order, without running heads, footers and page numbers.

Shared by the PDF text layer and OCR: both give pieces of text with a box on a page. Lines
are rebuilt by baseline, top to bottom; a wide gap inside a line becomes spaces up to the
column where the next piece stands (a table's columns stay aligned, as the table reader
wants); a line's indent becomes leading spaces.

Furniture is found by *position*: a line in the top or bottom band of the page, above or
below the body, that recurs at the same height on other pages (digits aside: 第2期, page
numbers), or that is a bare page number (— 3 —, 第3页, 3/12). A running head that no
pattern knows is still removed, and a body line that happens to look like a page number is
kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Piece:
    """Text on a page: a glyph (PDF) or a word (OCR). y grows downwards from the page top."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # font size or line height


@dataclass
class PageLine:
    text: str  # with leading spaces for the indent and inner spaces for wide gaps
    x0: float
    y: float
    size: float

    @property
    def key(self) -> str:
        """The line as a running head: white space and digits ignored (page 3 = page 4)."""
        return re.sub(r"\d+", "#", "".join(self.text.split()))


#: A page number alone: 3, - 3 -, — 3 —, ·3·, 第3页, 第 3 页 共 12 页, 3/12, Page 3.
PAGE_NUMBER = re.compile(
    r"^[-—–－─·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/,，]?\s*共?\s*\d{1,4}\s*页?)?[-—–－─·•\s]*$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
BAND = 0.12  # the top and bottom bands of a page, as a share of its height, where furniture stands


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def build_lines(pieces: list[Piece]) -> list[PageLine]:
    """Pieces → lines, top to bottom, each left to right, with spaces for gaps and no indent yet."""
    if not pieces:
        return []
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.y, p.x0)):
        if rows:
            row = rows[-1]
            baseline = sum(p.y for p in row) / len(row)
            if abs(piece.y - baseline) <= 0.45 * max(piece.size, row[0].size):
                row.append(piece)
                continue
        rows.append([piece])
    lines = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        size = Counter(round(p.size, 1) for p in row).most_common(1)[0][0] or 10.0
        unit = size / 2  # one display column: half a Chinese character
        text, x_end, col0 = "", row[0].x0, row[0].x0
        for piece in row:
            gap = piece.x0 - x_end
            if text and gap > 0.8 * size:  # a column gap: pad to where the piece stands
                column = round((piece.x0 - col0) / unit)
                text += " " * max(2, column - _width(text))
            elif text and gap > 0.2 * size and (text[-1].isascii() or piece.text[0].isascii()):
                text += " "  # a word space between Latin letters or digits
            text += piece.text
            x_end = max(x_end, piece.x1)
        text = text.strip()
        if text:
            lines.append(PageLine(text, row[0].x0, sum(p.y for p in row) / len(row), size))
    return lines


def _rows(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped by baseline, top to bottom (as build_lines groups them)."""
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.y, p.x0)):
        if rows:
            row = rows[-1]
            baseline = sum(p.y for p in row) / len(row)
            if abs(piece.y - baseline) <= 0.45 * max(piece.size, row[0].size):
                row.append(piece)
                continue
        rows.append([piece])
    return rows


def gutter(pieces: list[Piece], width: float) -> float | None:
    """Where two columns of text part, if the page is set in two: the end of the widest gap
    in the middle of the page that few rows cross (a title or running head across both
    columns may; a long line of the left column may reach into it), where the right column
    starts, with text on both sides in many rows. None for a page in one column."""
    rows = _rows(pieces)
    if len(rows) < 6 or width <= 0:
        return None
    bins = [0] * (int(width) + 2)
    for row in rows:
        covered = set()
        for p in row:
            covered.update(range(max(0, int(p.x0)), min(len(bins), int(p.x1) + 1)))
        for b in covered:
            bins[b] += 1
    middle = range(int(width * 0.3), int(width * 0.7) + 1)
    allowed = max(1, len(rows) // 10)  # rows across both columns: a title, a running head
    best, start = (0, -1), None
    for b in middle:
        if bins[b] <= allowed:
            start = b if start is None else start
            if b - start > best[1] - best[0]:
                best = (start, b)
        else:
            start = None
    size = sorted(p.size for p in pieces)[len(pieces) // 2] or 10.0
    if best[1] - best[0] < 0.8 * size:
        return None
    centre = (best[0] + best[1]) / 2
    both = sum(1 for row in rows if any(p.x1 <= centre for p in row) and any(p.x0 >= centre for p in row))
    if both < 0.3 * len(rows):
        return None
    # a column of prose runs up to the gutter; a table's name column (张三  某局局长) does not
    margin = min(p.x0 for p in pieces)
    spans = sorted(
        max(p.x1 for p in row if p.x1 <= centre) - margin for row in rows if any(p.x1 <= centre for p in row)
    )
    if spans[len(spans) // 2] < 0.6 * (best[0] - margin):
        return None
    return best[1] - 0.5  # where the right column starts: only a line across both crosses it


def column_lines(pieces: list[Piece], width: float) -> list[PageLine]:
    """A page's lines in reading order: a page in two columns is read down the left column,
    then the right; a line across both, or centred in the gutter (a heading, a running
    head), closes the columns above it."""
    centre = gutter(pieces, width)
    if centre is None:
        return build_lines(pieces)
    rows = _rows(pieces)
    # where the right column's lines start: the start most of its rows share
    starts = Counter(
        round(min(p.x0 for p in row if p.x0 >= centre)) for row in rows if any(p.x0 >= centre for p in row)
    )
    right_edge = starts.most_common(1)[0][0]
    # the right column's lines are measured from its own left edge, as the left column's are
    shift = right_edge - min(p.x0 for p in pieces)
    lines: list[PageLine] = []
    left: list[Piece] = []
    right: list[Piece] = []
    for row in rows:
        size = row[0].size or 10.0
        on_right = [p.x0 for p in row if p.x0 >= centre]
        if any(p.x0 < centre < p.x1 for p in row) or (on_right and min(on_right) < right_edge - size):
            lines += build_lines(left) + build_lines(right)
            left, right = [], []
            lines += build_lines(row)
            continue
        for p in row:
            if p.x1 <= centre:
                left.append(p)
            else:
                right.append(replace(p, x0=p.x0 - shift, x1=p.x1 - shift))
    return lines + build_lines(left) + build_lines(right)


@dataclass
class Page:
    number: int
    height: float
    lines: list[PageLine]


def _edges(page: Page) -> list[list[PageLine]]:
    """The lines in the top band, outermost first, and those in the bottom band, outermost first."""
    # by height, not by reading order: a page in two columns reads its left column's foot first
    top = sorted((line for line in page.lines if line.y <= page.height * BAND), key=lambda line: line.y)
    bottom = sorted((line for line in page.lines if line.y >= page.height * (1 - BAND)), key=lambda line: -line.y)
    return [top, bottom]


def remove_furniture(pages: list[Page]) -> list[Page]:
    """Pages without their running heads, footers and page numbers.

    From each edge of a page inwards, a line is furniture while it stands in the band, is
    set apart from the body (a smaller font, or a gap of two lines before the next line in),
    and either is a page number, or recurs at that height on other pages (at least 2, and a
    fifth of them) in a font no larger than the body's, or is the outermost line, in a
    smaller font and a gap away (the running head of a file of one page); the first line
    that is none of these ends the furniture at that edge."""
    sizes: Counter[int] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size)] += len(line.text)  # the body's size: the one most text is set in
    body_size = sizes.most_common(1)[0][0] if sizes else 0
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        seen.update({(line.key, round(line.y / 4)) for edge in _edges(page) for line in edge})
    needed = max(2, -(-len(pages) // 5))

    def recurs(line: PageLine) -> bool:
        slot = round(line.y / 4)  # the same height, give or take 4 points
        return sum(seen[(line.key, s)] for s in (slot - 1, slot, slot + 1)) >= needed

    cleaned = []
    for page in pages:
        furniture = set()
        ys = sorted(line.y for line in page.lines)
        for edge, inward in zip(_edges(page), (1, -1), strict=True):
            for line in edge:
                others = [y for y in ys if (y - line.y) * inward > 0.5]
                gap = min(abs(y - line.y) for y in others) if others else float("inf")
                smaller = round(line.size) < body_size
                apart = smaller or gap >= 1.8 * line.size
                outermost = line is edge[0]
                if not apart or not (
                    PAGE_NUMBER.match(line.text)
                    or (round(line.size) <= body_size and recurs(line))
                    or (outermost and smaller and gap >= 1.8 * line.size)  # a running head on a one-page file
                ):
                    break
                furniture.add(id(line))
        cleaned.append(Page(page.number, page.height, [line for line in page.lines if id(line) not in furniture]))
    return cleaned


def page_texts(pages: list[Page]) -> list[tuple[int, str]]:
    """(page number, line text with its indent) for every body line, in reading order."""
    starts = [line.x0 for page in pages for line in page.lines]
    if not starts:
        return []
    # the body's left edge: the start most lines share (centred titles and indents start further right)
    left = Counter(round(x) for x in starts).most_common(1)[0][0]
    left = min((x for x in starts if abs(x - left) < 3), default=left)
    out = []
    for page in pages:
        for line in page.lines:
            indent = max(0, round((line.x0 - left) / (line.size / 2))) if line.size else 0
            out.append((page.number, " " * indent + line.text))
    return out


def aligned_rows(rows: list[list[str]]) -> list[str]:
    """Table rows as text lines whose cells start in aligned columns, two spaces apart at least.

    Empty cells keep their column, so a row that fills only the 免去职务 column still puts
    its text under that header."""
    cells = [[" ".join(cell.split()) for cell in row] for row in rows]
    columns = max((len(row) for row in cells), default=0)
    widths = [max((_width(row[i]) for row in cells if i < len(row)), default=0) for i in range(columns)]
    lines = []
    for row in cells:
        text = ""
        for i, cell in enumerate(row):
            if cell:
                text += " " * (sum(widths[:i]) + 4 * i - _width(text)) + cell
        if text.strip():
            lines.append(text.rstrip())
    return lines
