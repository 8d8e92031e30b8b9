"""OCR of scanned PDF pages with Tesseract's simplified-Chinese model (the ``ocr`` extra).

Optional: ``pip install 'ledger[ocr]'`` brings pytesseract and Pillow, and the system needs
the ``tesseract`` program with the ``chi_sim`` model (Debian: tesseract-ocr,
tesseract-ocr-chi-sim). Every line read this way is marked as OCR'd, and so is every
event it yields: names may be misread.
"""

from __future__ import annotations

import functools
import re

from .layout import Page, Piece, build_lines

LANGUAGE = "chi_sim"
DPI = 300
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"


@functools.cache
def unavailable() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    try:
        import PIL  # noqa: F401
        import pytesseract
    except ImportError:
        return "the ocr extra is not installed"
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        return "the tesseract program is not installed"
    except pytesseract.TesseractError as exc:  # pragma: no cover - a broken installation
        return f"tesseract fails: {exc}"
    if LANGUAGE not in languages:
        return f"Tesseract's {LANGUAGE} model is not installed"
    return None


def ocr_page(page, number: int) -> Page:
    """A PDF page (pypdfium2) rendered at 300 dpi and read by Tesseract, as positioned words."""
    import os

    import pytesseract

    # one thread per Tesseract: its OpenMP threads spin against each other on small machines
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    return read_image(image, number, pytesseract)


def read_image(image, number: int, pytesseract) -> Page:
    """Words with their boxes, grouped into Tesseract's lines; each line one baseline and size."""
    data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 4", output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], list[tuple[str, int, int, int, int]]] = {}
    for i, raw in enumerate(data["text"]):
        text = tidy(raw)
        if not text or float(data["conf"][i]) < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append((text, data["left"][i], data["top"][i], data["width"][i], data["height"][i]))
    pieces = []
    for words in lines.values():
        heights = sorted(h for *_, h in words)
        size = heights[len(heights) // 2] or 1  # the median glyph: punctuation is short
        baseline = sorted(top + h for _, _, top, _, h in words)[len(words) // 2]
        pieces.extend(Piece(text, left, left + width, baseline, size) for text, left, _, width, _ in words)
    return Page(number, image.height, build_lines(pieces))


#: Tesseract's usual misreadings of notice punctuation: 〈 for （ and 【 for 〔 never stand in a notice.
_MISREAD = str.maketrans({"〈": "（", "〉": "）", "【": "〔", "】": "〕", "“": "", "”": ""})


def tidy(text: str) -> str:
    """Tesseract spaces Chinese characters apart: 济 南 市 → 济南市; Latin words keep their spaces."""
    text = text.strip().translate(_MISREAD)
    return re.sub(rf"(?<={_CJK})\s+(?={_CJK})", "", text)
