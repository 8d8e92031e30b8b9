"""Saved web pages (``.html``, ``.htm``, ``.mhtml``) → the main text, without the site around it.

trafilatura finds the article: menus, breadcrumbs, share buttons, related links and footers
are left out (measured against readability-lxml and jusText on a government page with all
of these, README "Documents"). Its own text is not what the parser reads, though: it drops a
paragraph it has seen before (``（试用期一年）；`` a second time, a repeated date line), which
loses clauses. It only *locates* the article: the smallest element of the page that holds
what it found. That element is then rendered here whole, block by block, repeats included,
tables as aligned rows, and checked to cover every character of the element that a reader
of the page sees.

What a reader of the page does not see is not read: ``<script>``, ``<template>``, elements
marked ``hidden``, styled ``display:none``, ``visibility:hidden`` or ``font-size:0``, or of a
class the page's style sheet hides. Such text is left out and reported (``Document.left_out``).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter

from ..errors import NOT_A_WEB_PAGE, ParseError
from ..i18n import N_
from . import Document, Origin
from .layout import aligned_rows

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

#: Elements whose content no reader of the page sees.
_NEVER_SHOWN = {"script", "style", "template", "noscript", "head", "title", "meta", "link"}
#: Elements that start a line of their own.
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "table", "tr", "form",
    "center", "hr", "address", "figure", "figcaption", "tbody", "thead", "tfoot", "caption", "body",
}  # fmt: skip
#: Elements whose text the renderer cannot lay out as lines: text in them fails the coverage check.
_NOT_RENDERED = {"svg", "math", "object", "embed", "iframe", "canvas", "textarea", "select", "option"}
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
#: Class names frameworks use to hide an element.
_HIDING_CLASSES = {"hidden", "hide", "d-none", "sr-only", "visually-hidden", "invisible", "display-none"}
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[a-z0-9]*)\.([A-Za-z0-9_-]+)\s*$")


def decode_page(data: bytes, declared: str | None = None) -> str:
    """The page as text, in the charset it declares (GB2312 and GBK read as their superset GB18030)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    match = _CHARSET.search(data[:8192])
    names = [declared, match.group(1).decode("ascii") if match else None, "utf-8", "gb18030"]
    for name in names:
        if not name:
            continue
        name = name.lower()
        if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            name = "gb18030"
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _from_mhtml(data: bytes, file: str) -> str:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return decode_page(payload, part.get_content_charset())
    raise ParseError(N_("a web archive (.mhtml) without a web page in it"), file=file)


def _compact(text: str) -> str:
    return "".join(text.split())


def _hidden_classes(tree) -> set[str]:
    """Classes the page's own style sheets hide (.notice-x{display:none})."""
    found = set(_HIDING_CLASSES)
    for style in tree.iter("style"):
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            if _HIDING_STYLE.search(body + ";"):
                for selector in selectors.split(","):
                    m = _CLASS_SELECTOR.match(selector)
                    if m:
                        found.add(m.group(1))
    return found


def _is_hidden(element, hidden_classes: set[str]) -> bool:
    if not isinstance(element.tag, str):
        return True  # a comment or processing instruction
    if element.tag.lower() in _NEVER_SHOWN or element.get("hidden") is not None:
        return True
    if _HIDING_STYLE.search((element.get("style") or "") + ";"):
        return True
    return bool(hidden_classes & set((element.get("class") or "").split()))


def remove_invisible(tree) -> list[str]:
    """Remove what a reader of the page does not see; the texts removed, for the report."""
    hidden_classes = _hidden_classes(tree)
    removed: list[str] = []
    for element in list(tree.iter()):
        if element.getparent() is None or not _is_hidden(element, hidden_classes):
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        text = _compact(element.text_content()) if tag not in ("script", "style", "head") else ""
        if text and tag not in ("title", "meta", "link"):
            removed.append(text)
        tail = element.tail
        parent = element.getparent()
        parent.remove(element)
        if tail:  # the text after a hidden element is seen: keep it where it stood
            previous = element.getprevious() if element.getparent() is not None else None
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    return removed


def _main_block(body, found_lines: list[str]):
    """The smallest element holding (nearly) every line trafilatura found: the article."""
    if not found_lines:
        return body
    best, best_size = body, len(_compact(body.text_content()))
    wanted = len(found_lines)
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag.lower() not in _BLOCK | {"td"}:
            continue
        text = _compact(element.text_content())
        if len(text) >= best_size:
            continue
        held = sum(1 for line in found_lines if line in text)
        if held >= wanted * 0.95:
            best, best_size = element, len(text)
    return best


def _render(element, lines: list[str], origins: list[Origin], tables: list[int]) -> None:
    """Append the element's text to ``lines``, a block a line, tables as aligned rows."""
    current: list[str] = []

    def flush() -> None:
        text = "".join(current).strip()
        current.clear()
        for part in text.split("\n"):
            if part.strip():
                lines.append(part.rstrip())
                origins.append(Origin())

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _NOT_RENDERED:
            return
        if tag == "table":
            flush()
            tables[0] += 1
            rows = [
                ["".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")]
                for row in node.iter("tr")
            ]
            kept = [n for n, row in enumerate(rows, start=1) if any(row)]
            for n, text in zip(kept, aligned_rows(rows), strict=True):
                lines.append(text)
                origins.append(Origin(table=tables[0], row=n))
            return
        block = tag in _BLOCK
        if block:
            flush()
        if tag == "br":
            current.append("\n")
        current.append(node.text or "")
        for child in node:
            walk(child)
            current.append(child.tail or "")
        if block:
            flush()

    walk(element)
    flush()


def covers(handed: list[str], main: str) -> int:
    """How many characters of ``main`` (white space aside) the lines handed on lack: 0 when
    they hold every one, as often as it stands (repeats included)."""
    missing = Counter(_compact(main)) - Counter(_compact("".join(handed)))
    return sum(missing.values())


def read_web_page(data: bytes, file: str, *, mhtml: bool = False) -> Document:
    import lxml.html
    import trafilatura

    page = _from_mhtml(data, file) if mhtml else decode_page(data)
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # lxml's own errors: an empty or broken document
        raise ParseError(NOT_A_WEB_PAGE.format(error=exc), file=file) from None
    left_out = remove_invisible(tree)
    body = tree.find("body")
    if body is None:
        body = tree
    seen = lxml.html.tostring(tree, encoding="unicode")
    found = None
    for precise in (True, False):  # precision first: a short notice must not bring the site's menus along
        found = trafilatura.bare_extraction(
            seen, include_tables=True, include_comments=False, favor_precision=precise, deduplicate=False
        )
        if found is not None and found.body is not None and "".join(found.body.itertext()).strip():
            break
    found_lines = []
    if found is not None and found.body is not None:
        found_lines = list(dict.fromkeys(c for c in map(_compact, found.body.itertext()) if len(c) >= 2))
    main = _main_block(body, found_lines)
    lines: list[str] = []
    origins: list[Origin] = []
    _render(main, lines, origins, [0])
    if not any(line.strip() for line in lines):
        raise ParseError(N_("no main text found in the web page"), file=file)
    lost = covers(lines, main.text_content())
    if lost:
        raise ParseError(
            f"{lost} characters of the page's main text are in elements this reader cannot lay out as lines"
            " (an embedded frame, image text, a form field): save the page as text or PDF and import that",
            file=file,
        )
    return Document(file, "html", lines, origins, left_out=left_out)
