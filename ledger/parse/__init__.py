"""Parsing: a pipeline of pure functions, no database.

    decode → normalise → split_notices → read_metadata → read_clauses

``parse_bytes`` runs it all; each stage is importable and testable on plain strings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ParseError
from ..vocab import DIVISION_TITLE_WORD, NO_PERSONNEL_REASON
from .clauses import read_clauses
from .division import read_division
from .metadata import doc_key, page_date, read_metadata
from .normalise import decode, normalise
from .records import ClauseIssue, Line, ParsedEvent, ParsedFile, ParsedNotice
from .split import split_notices

__all__ = [
    "ClauseIssue",
    "Line",
    "ParsedEvent",
    "ParsedFile",
    "ParsedNotice",
    "decode",
    "normalise",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "split_notices",
]


def parse_text(text: str, file: str = "<text>", default_date: dt.date | None = None) -> ParsedFile:
    """Every notice in ``text``. Events take the notice's date, or ``default_date`` if it has none."""
    notices: list[ParsedNotice] = []
    first_copy: dict[object, ParsedNotice] = {}
    lines = normalise(text)
    published = page_date(lines)
    for block in split_notices(lines):
        meta = read_metadata(block)
        notice = ParsedNotice(
            title=meta.title,
            doc_no=meta.doc_no,
            issuer=meta.issuer,
            signed_by=meta.signed_by,
            date=meta.date or published or default_date,
            kind=meta.kind,
            skipped_reason=meta.skipped_reason,
            first_line=block.lines[0].no,
            last_line=block.lines[-1].no,
            text="\n".join("".join(line.text.split()) for line in block.lines),
        )
        if notice.kind == "other" and notice.title and DIVISION_TITLE_WORD in notice.title:
            notice.division = read_division(meta.body)
        if notice.kind in ("personnel", ""):
            notice.events, notice.issues, decisive = read_clauses(meta.body, notice.date)
            if notice.kind == "":  # the title does not say: the body decides
                personnel = decisive and (bool(notice.events) or any(i.fatal for i in notice.issues))
                notice.kind = "personnel" if personnel else "other"
                if not personnel:
                    notice.skipped_reason = meta.skipped_reason or NO_PERSONNEL_REASON
                    notice.events, notice.issues = [], []
            elif not notice.events and not any(i.fatal for i in notice.issues):
                # Titled like a personnel notice, yet nothing in it reads as a decision: a
                # web page's breadcrumb or repeated page title. Reported, not imported.
                notice.kind, notice.skipped_reason = "other", "titled as personnel, but no appointment or removal in it"
                notice.issues.append(
                    ClauseIssue(notice.first_line, notice.title or "", notice.skipped_reason, fatal=False)
                )
        # A web page that prints the same decision twice holds one notice, not two: the
        # same text, or the same number (or title) deciding the same events.
        decided = frozenset((e.action, e.person, e.post) for e in notice.events)
        keys = ["".join(notice.text.split()), (doc_key(notice.doc_no) or notice.title, decided)]
        copy_of = next((first_copy[key] for key in keys if key in first_copy), notice)
        for key in keys:
            first_copy.setdefault(key, notice)
        if copy_of is not notice and notice.kind == "personnel" and decided:
            notice.kind, notice.events, notice.issues = "other", [], []
            notice.skipped_reason = f"a second copy of the notice at lines {copy_of.first_line}–{copy_of.last_line}"
        notices.append(notice)
    return ParsedFile(file, notices)


def parse_bytes(data: bytes, file: str = "<bytes>", default_date: dt.date | None = None) -> ParsedFile:
    try:
        return parse_text(decode(data, file), file, default_date)
    except ParseError as exc:
        exc.file = exc.file or file
        raise


#: Notices are short; a line this long is not text a person wrote (a binary blob, a file
#: with no line breaks). Refused before reading the file whole, so memory stays bounded.
MAX_LINE_BYTES = 1_000_000
MAX_FILE_BYTES = 256 * 1024 * 1024


def check_shape(path: Path) -> None:
    """Refuse, by streaming, files too large or with a line too long to be a notice."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ParseError(f"file is {size // 2**20} MB; notices are far smaller: split it", file=str(path))
    line, run = 1, 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            start = 0
            while (newline := chunk.find(b"\n", start)) != -1:
                run += newline - start
                if run > MAX_LINE_BYTES:
                    break
                line, run, start = line + 1, 0, newline + 1
            else:
                run += len(chunk) - start
            if run > MAX_LINE_BYTES:
                raise ParseError(
                    f"line longer than {MAX_LINE_BYTES:,} bytes: not a notice text (no line breaks?)",
                    file=str(path),
                    line=line,
                )


def parse_file(path: str | Path, default_date: dt.date | None = None) -> ParsedFile:
    path = Path(path)
    try:
        check_shape(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise ParseError("is a directory, not a file", file=str(path)) from None
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return parse_bytes(data, str(path), default_date)
