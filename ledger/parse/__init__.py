"""Parsing: a pipeline of pure functions, no database.

    decode → normalise → split_notices → read_metadata → read_clauses

``parse_bytes`` runs it all; each stage is importable and testable on plain strings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ParseError
from ..vocab import NO_PERSONNEL_REASON
from .clauses import read_clauses
from .metadata import read_metadata
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
    notices = []
    for block in split_notices(normalise(text)):
        meta = read_metadata(block)
        notice = ParsedNotice(
            title=meta.title,
            doc_no=meta.doc_no,
            issuer=meta.issuer,
            signed_by=meta.signed_by,
            date=meta.date or default_date,
            kind=meta.kind,
            skipped_reason=meta.skipped_reason,
            first_line=block.lines[0].no,
            last_line=block.lines[-1].no,
            text="\n".join("".join(line.text.split()) for line in block.lines),
        )
        if notice.kind in ("personnel", ""):
            notice.events, notice.issues, decisive = read_clauses(meta.body, notice.date)
            if notice.kind == "":  # the title does not say: the body decides
                personnel = decisive and (bool(notice.events) or any(i.fatal for i in notice.issues))
                notice.kind = "personnel" if personnel else "other"
                if not personnel:
                    notice.skipped_reason = meta.skipped_reason or NO_PERSONNEL_REASON
                    notice.events, notice.issues = [], []
            elif not notice.events and not notice.issues:
                notice.issues.append(
                    ClauseIssue(notice.first_line, notice.title or "", "personnel notice, but no clause could be read")
                )
        notices.append(notice)
    return ParsedFile(file, notices)


def parse_bytes(data: bytes, file: str = "<bytes>", default_date: dt.date | None = None) -> ParsedFile:
    return parse_text(decode(data, file), file, default_date)


def parse_file(path: str | Path, default_date: dt.date | None = None) -> ParsedFile:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise ParseError("is a directory, not a file", file=str(path)) from None
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return parse_bytes(data, str(path), default_date)
