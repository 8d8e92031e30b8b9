"""Saved web pages (``.html``, ``.htm``, ``.mhtml``) → the main text, without the site around it.

trafilatura finds the article: menus, breadcrumbs, share buttons, related links and footers
are left out (measured against readability-lxml and jusText on a government page with all
of these, README "Documents"). Its cleaned tree is rendered here line by line, tables as
aligned rows, so that the parser sees a notice's lines and its name/post tables as in a
text file. The page's publication date is kept as the fallback date of its notices.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re

from ..errors import ParseError
from . import Document, Origin
from .layout import aligned_rows

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "head", "item", "quote", "code", "div", "list"}


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
    raise ParseError("a web archive (.mhtml) without a web page in it", file=file)


def read_web_page(data: bytes, file: str, *, mhtml: bool = False) -> Document:
    import trafilatura

    page = _from_mhtml(data, file) if mhtml else decode_page(data)
    found = None
    for precise in (True, False):  # precision first: a short notice must not bring the site's menus along
        found = trafilatura.bare_extraction(
            page, include_tables=True, include_comments=False, favor_precision=precise, with_metadata=True
        )
        if found is not None and found.body is not None and "".join(found.body.itertext()).strip():
            break
    if found is None or found.body is None:
        raise ParseError("no main text found in the web page", file=file)
    lines: list[str] = []
    origins: list[Origin] = []
    tables = 0
    for element in found.body:
        if element.tag == "table":
            tables += 1
            rows = [[_text(cell) for cell in row.iter("cell")] for row in element.iter("row")]
            kept = [n for n, row in enumerate(rows, start=1) if any(" ".join(c.split()) for c in row)]
            for n, text in zip(kept, aligned_rows(rows), strict=True):
                lines.append(text)
                origins.append(Origin(table=tables, row=n))
            continue
        for text in _text(element).split("\n"):
            lines.append(text.rstrip())
            origins.append(Origin())
    if not any(line.strip() for line in lines):
        raise ParseError("no main text found in the web page", file=file)
    return Document(file, "html", lines, origins, published=_date(found.date))


def _text(element) -> str:
    """An element's text with <lb/> as a line break and nested blocks on lines of their own."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in _BLOCKS:
            parts.append("\n" + _text(child) + "\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return re.sub(r"\n{2,}", "\n", "".join(parts)).strip("\n")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
