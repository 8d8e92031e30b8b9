"""PDF → lines with their page: the text layer through PDFium (pypdfium2), or OCR for scans.

pypdfium2 was chosen by measuring it beside pdfminer.six (through pdfplumber) and pypdf on
the seed gazette set as a 35-page PDF with Chinese fonts (README, "Documents"): all three
extract the same characters; PDFium is by far the fastest on embedded fonts (16 ms against
376 and 688 ms) and on a par on a CID font, has no dependencies, renders pages for OCR too,
and is BSD/Apache licensed.
"""

from __future__ import annotations

import ctypes
import time

from ..errors import NOT_A_PDF, PDF_PAGE_UNREADABLE, ParseError
from ..i18n import N_
from . import MAX_PDF_PAGES, PDF_SECONDS, Document, Origin, Progress
from .layout import Page, Piece, column_lines, page_texts, remove_furniture

OCR_HINT = (
    "it needs OCR: pip install 'ledger[ocr]' and the Tesseract Chinese model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim), then import it again"
)


def read_pdf(data: bytes, file: str, *, progress: Progress | None = None, ocr: bool | None = None) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ParseError(N_("the PDF is encrypted with a password: save an unprotected copy"), file=file) from None
        raise ParseError(NOT_A_PDF.format(error=exc), file=file) from None
    left_out: list[str] = []
    started = time.monotonic()
    try:
        pages, scanned = [], []
        total = len(pdf)
        if total > MAX_PDF_PAGES:
            raise ParseError(
                f"the PDF has {total:,} pages, more than {MAX_PDF_PAGES:,}: notices are far shorter; split it",
                file=file,
            )
        for index in range(total):
            if time.monotonic() - started > PDF_SECONDS:
                raise ParseError(
                    f"reading the PDF took more than {PDF_SECONDS:.0f} s at page {index + 1} of {total}: "
                    "a page built to be slow? split the file or print it to a new PDF",
                    file=file,
                )
            try:
                page = pdf[index]
                pieces, height, has_images, unseen, lost = _page_pieces(page)
                width = page.get_size()[0]
                left_out += [f"page {index + 1}: {text}" for text in unseen]
            except pdfium.PdfiumError as exc:
                raise ParseError(PDF_PAGE_UNREADABLE.format(page=index + 1, error=exc), file=file) from None
            if lost:
                raise ParseError(
                    f"page {index + 1} of the PDF has {lost} characters without a place on the page: its text"
                    " cannot be laid out as lines (a damaged text layer?); print it to a new PDF and import that",
                    file=file,
                )
            if pieces:
                pages.append(Page(index + 1, height, column_lines(pieces, width)))
            elif has_images:
                scanned.append(index + 1)
            if progress:
                progress(index + 1, total)
        ocr_pages: list[int] = []
        if scanned:
            from . import ocr as ocr_module

            missing = ocr_module.unavailable() if ocr is not False else "OCR is off"
            if missing:
                what = "has no text layer (a scan)"
                if pages:
                    what = f"has pages without a text layer ({_ranges(scanned)})"
                raise ParseError(f"the PDF {what}: {OCR_HINT} [{missing}]", file=file)
            for number in scanned:
                pages.append(ocr_module.ocr_page(pdf[number - 1], number))
                ocr_pages.append(number)
            pages.sort(key=lambda p: p.number)
    finally:
        pdf.close()
    if not pages:
        raise ParseError(N_("the PDF has no text on any page"), file=file)
    lines, origins = [], []
    for number, text in page_texts(remove_furniture(pages)):
        lines.append(text)
        origins.append(Origin(page=number, ocr=number in ocr_pages))
    return Document(file, "pdf", lines, origins, pages=total, ocr_pages=ocr_pages, left_out=left_out)


def _page_pieces(page) -> tuple[list[Piece], float, bool, list[str], int]:
    """Every visible character of a page with its box (y from the top), the page height, images
    or not, the runs of text no reader sees (invisible render mode, white fill, off the page),
    and how many characters had no box at all (text that cannot be placed: the file is refused)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    images = any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
    textpage = page.get_textpage()
    unseen: list[str] = []
    lost = 0
    try:
        handle = textpage.raw
        box, x, y = raw.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        pieces: list[Piece] = []
        hidden = ""  # the run of invisible characters being collected
        high = 0  # a pending high surrogate: characters beyond the BMP (rare names) come in two halves
        for i in range(raw.FPDFText_CountChars(handle)):
            code = raw.FPDFText_GetUnicode(handle, i)
            if 0xD800 <= code <= 0xDBFF:
                high = code
                continue
            if 0xDC00 <= code <= 0xDFFF:
                if not high:
                    continue
                char, high = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)), 0
            elif code in (0, 0xFFFE, 0xFFFF) or raw.FPDFText_IsGenerated(handle, i) == 1:
                continue
            else:
                char = chr(code)
            if char.isspace():
                continue
            if not raw.FPDFText_GetLooseCharBox(handle, i, box):  # the glyph's advance and the font's height
                lost += 1
                continue
            if _invisible(raw, handle, i, box, width, height, (r, g, b, a), images):
                hidden += char
                continue
            if hidden:
                unseen.append(hidden)
                hidden = ""
            tall = box.top - box.bottom
            size = raw.FPDFText_GetFontSize(handle, i)
            if not 0.5 * tall < size < 2 * tall:  # a size scaled by the text matrix: trust the box
                size = tall or 10.0
            raw.FPDFText_GetCharOrigin(handle, i, x, y)
            pieces.append(Piece(char, box.left, box.right, height - y.value, size))
        if hidden:
            unseen.append(hidden)
    finally:
        textpage.close()
    return pieces, height, images and not pieces, unseen, lost


def _invisible(raw, handle, i: int, box, width: float, height: float, rgba, images: bool) -> bool:
    """Is the character drawn where no reader sees it: in the invisible render mode (but on a
    page with an image that is the text layer of a searchable scan: read), filled white, or
    off the page?"""
    if box.right < 0 or box.left > width or box.top < 0 or box.bottom > height:
        return True
    obj = raw.FPDFText_GetTextObject(handle, i)
    if obj and raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
        return not images
    r, g, b, a = rgba
    if raw.FPDFText_GetFillColor(handle, i, r, g, b, a):
        return a.value == 0 or (r.value > 245 and g.value > 245 and b.value > 245)
    return False


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → 'pages 1-3, 7'."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)
    return ("pages " if len(numbers) > 1 else "page ") + text
