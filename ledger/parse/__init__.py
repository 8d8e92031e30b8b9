"""Parsing: a pipeline of pure functions, no database.

    decode → normalise → split_notices → read_metadata → read_clauses

``parse_bytes`` runs it all; each stage is importable and testable on plain strings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from .. import vocab
from ..dates import BadDate, find_dates
from ..errors import CANNOT_READ_FILE, FILE_TOO_LARGE, ParseError
from ..i18n import N_
from ..text import doc_key
from ..vocab import DIVISION_TITLE_WORD, DOC_NO, NO_PERSONNEL_REASON
from .clauses import read_clauses
from .division import read_division
from .metadata import dateline, read_metadata
from .normalise import CONTROL, control_lines, decode, normalise
from .records import ClauseIssue, Line, ParsedEvent, ParsedFile, ParsedNotice
from .split import split_notices

if TYPE_CHECKING:
    from ..documents import Document, Origin, Progress

__all__ = [
    "ClauseIssue",
    "Line",
    "ParsedDocument",
    "ParsedEvent",
    "ParsedFile",
    "ParsedNotice",
    "decode",
    "normalise",
    "parse_bytes",
    "parse_document",
    "parse_file",
    "parse_text",
    "split_notices",
]


def _page_dates(text: str) -> list:
    try:
        return find_dates(text)
    except BadDate:
        return []


#: A year written alone (国务院任免（2022年）, 2022年人事任免): a page's year, not a date.
_YEAR_ALONE = re.compile(r"(?<![\d年])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")


def _page_year(head: list) -> dt.date | None:
    """The last day of a year a page's head writes alone (国务院任免（2022年）): what a dateline
    with no year (新华社北京4月8日电) is dated in, where the page gives no full date."""
    for line in head:
        if m := _YEAR_ALONE.search(line.text):
            return dt.date(int(m.group(1)), 12, 31)
    return None


def parse_text(text: str, file: str = "<text>", default_date: dt.date | None = None) -> ParsedFile:
    """Every notice in ``text``. Events take the notice's date; failing that ``default_date``
    (--date). Never a web page's publication time (SPEC §7): a notice without a date of its
    own has none, and the importer refuses it unless --date gives one."""
    notices: list[ParsedNotice] = []
    first_copy: dict[object, ParsedNotice] = {}
    controls = control_lines(text) if CONTROL.search(text) else []
    lines = normalise(text)
    head = lines[:12]  # where a news agency's or paper's copy has its dateline (新华社北京8月17日电)
    for block in split_notices(lines):
        meta = read_metadata(block)
        if meta.signed_by is None:  # a copy, not the signed notice: its dateline dates it
            # (a dateline gives no year: the notice's own date, else the page's, the first in the file)
            # (the page's own date first: a date the copy's body reads may be a link's below it)
            page = (
                next((d for line in block.lines[:12] for _, _, d in _page_dates(line.text)), None)
                or meta.date
                or next((d for line in head for _, _, d in _page_dates(line.text)), None)
                or _page_year(head)
            )
            meta.date = dateline(block.lines[:12], page) or dateline(head, page) or meta.date
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
            block=block,
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
                notice.kind, notice.skipped_reason = "other", vocab.TITLED_WITHOUT_DECISION
                notice.issues.append(
                    ClauseIssue(notice.first_line, notice.title or "", notice.skipped_reason, fatal=False)
                )
        notice.issues.extend(date_doubts(notice))
        # A web page that prints the same decision twice holds one notice, not two: the
        # same text, or the same number (or title) deciding the same events.
        decided = frozenset((e.action, e.person, e.post) for e in notice.events)
        keys = ["".join(notice.text.split()), (doc_key(notice.doc_no) or notice.title, decided)]
        copy_of = next((first_copy[key] for key in keys if key in first_copy), notice)
        for key in keys:
            first_copy.setdefault(key, notice)
        if copy_of is not notice and notice.kind == "personnel" and decided:
            notice.kind, notice.events, notice.issues = "other", [], []
            notice.skipped_reason = vocab.SECOND_COPY.format(first=copy_of.first_line, last=copy_of.last_line)
        notices.append(notice)
    _date_corrections_by_cited_number(notices)
    for line, characters in controls:  # removed by normalise; said where, so nothing is silently changed
        for notice in notices:
            if notice.first_line <= line <= notice.last_line:
                shown = "".join(f"\\x{ord(c):02x}" for c in characters)
                notice.issues.append(ClauseIssue(line, "", vocab.CONTROL_CHARACTERS.format(shown=shown), fatal=False))
    return ParsedFile(file, notices)


def _date_corrections_by_cited_number(notices: list[ParsedNotice]) -> None:
    """A correction that cites the notice it corrects by its number only (《…》(九政任〔2022〕4号)
    印发后…) takes that notice's date when the notice stands in the same file (SPEC §7: corrected
    clauses are effective on the corrected notice's date)."""
    dated = {doc_key(n.doc_no): n.date for n in notices if n.doc_no and n.date}
    for notice in notices:
        corrected = [e for e in notice.events if "更正" in e.manner and e.effective == notice.date]
        if not corrected:
            continue
        cited = [doc_key(m.group(1)) for m in DOC_NO.finditer(notice.text)]
        dates = {dated[key] for key in cited if key in dated and key != doc_key(notice.doc_no)}
        if len(dates) == 1:
            (day,) = dates
            for event in corrected:
                if event.probation_until and event.effective:
                    # a probation counted from the notice's date counts from the corrected one's
                    event.probation_until = day + relativedelta(event.probation_until, event.effective)
                event.effective = day


_DOC_YEAR = re.compile(r"[〔\[【(]\s*((?:19|20)\d\d)\s*[〕\]】)]")


def date_doubts(notice: ParsedNotice) -> list[ClauseIssue]:
    """Warnings for a date a reader would doubt: in the future, or in another year than the
    doc number's (市中政任〔2024〕5号 dated 2027-01-01: a typo, or the wrong notice)."""
    if notice.date is None or not (notice.is_personnel or notice.kind == ""):
        return []
    doubts = []
    if notice.date > dt.date.today():
        doubts.append(vocab.DATED_IN_FUTURE.format(date=notice.date))
    m = _DOC_YEAR.search(notice.doc_no or "")
    if m and int(m.group(1)) != notice.date.year:
        doubts.append(vocab.DATED_OTHER_YEAR.format(date=notice.date, doc_no=notice.doc_no, year=m.group(1)))
    return [ClauseIssue(notice.first_line, notice.title or notice.doc_no or "", d, fatal=False) for d in doubts]


@dataclass
class ParsedDocument(ParsedFile):
    """A parsed file with where each line came from in the original document.

    ``format``: text, pdf, docx or html. Events gain ``source`` (the format, or ``ocr`` for
    a line read from a page image), ``page`` (PDF), ``paragraph`` or ``table`` and ``row``
    (Word; a web page's tables too)."""

    format: str = "text"
    origins: list[Origin] = field(default_factory=list)
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)

    def origin(self, line: int) -> Origin:
        from ..documents import Origin

        return self.origins[line - 1] if 0 < line <= len(self.origins) else Origin()

    def place(self, line: int) -> str:
        """Where a line stands in the original: ``page 12``, ``table 1, row 3``; empty for text."""
        return self.origin(line).describe()

    def source(self, line: int) -> str:
        return "ocr" if self.origin(line).ocr else self.format

    def provenance(self, line: int) -> dict:
        origin = self.origin(line)
        return {
            "source": "ocr" if origin.ocr else self.format,
            "page": origin.page,
            "paragraph": origin.paragraph,
            "table": origin.table,
            "row": origin.row,
        }

    def as_json(self) -> dict:
        data = super().as_json()
        data["format"] = self.format
        if self.pages is not None:
            data["pages"] = self.pages
        if self.ocr_pages:
            data["ocr_pages"] = self.ocr_pages
        for notice, notice_json in zip(self.notices, data["notices"], strict=True):
            for event, event_json in zip(notice.events, notice_json["events"], strict=True):
                event_json.update(self.provenance(event.line))
            for item, item_json in zip(notice.open_items, notice_json["open_items"], strict=True):
                item_json.update(self.provenance(item.line), place=self.place(item.line))
        return data


def parse_document(document: Document, default_date: dt.date | None = None) -> ParsedDocument:
    """Parse a document's text; ``default_date`` (``--date``) dates notices without a date of
    their own, whatever the file type (a page's publication time never does)."""
    try:
        parsed = parse_text(document.text, document.file, default_date)
    except ParseError as exc:
        exc.file = exc.file or document.file
        if exc.line and not exc.place:
            exc.place = document.origin(exc.line).describe() or None
        raise
    if document.left_out and parsed.notices:  # hidden in the document: not read, but said
        first = parsed.notices[0]
        for text in document.left_out:
            shown = text[:60] + ("…" if len(text) > 60 else "")
            first.issues.append(ClauseIssue(first.first_line, shown, vocab.HIDDEN_TEXT, fatal=False))
    return ParsedDocument(
        parsed.file,
        parsed.notices,
        format=document.format,
        origins=document.origins,
        pages=document.pages,
        ocr_pages=document.ocr_pages,
    )


def parse_bytes(
    data: bytes,
    file: str = "<bytes>",
    default_date: dt.date | None = None,
    *,
    progress: Progress | None = None,
    ocr: bool | None = None,
) -> ParsedDocument:
    """Read a document of any supported kind (told by its content) and parse it."""
    from ..documents import read_document

    try:
        document = read_document(data, file, progress=progress, ocr=ocr)
    except ParseError as exc:
        exc.file = exc.file or file
        raise
    return parse_document(document, default_date)


#: Notices are short; a line this long is not text a person wrote (a binary blob, a file
#: with no line breaks). Refused before reading the file whole, so memory stays bounded.
MAX_LINE_BYTES = 1_000_000
MAX_FILE_BYTES = 256 * 1024 * 1024


def check_shape(path: Path) -> None:
    """Refuse, by streaming, files too large or with a line too long to be a notice, and what
    is no regular file at all (/dev/urandom, a FIFO: they never end)."""
    import stat

    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise ParseError(N_("is a directory, not a file"), file=str(path))
    if not stat.S_ISREG(info.st_mode):
        what = "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file"
        kind = "a pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else what
        raise ParseError(f"{kind}, not a file of notices: it may never end", file=str(path))
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise ParseError(FILE_TOO_LARGE.format(mb=size // 2**20), file=str(path))
    with path.open("rb") as handle:
        head = handle.read(8192)
    from ..documents import Kind, sniff

    if sniff(head) is not Kind.TEXT:  # a PDF, a Word file, a web page: lines mean nothing in its bytes
        return
    line, run = 1, 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            parts = chunk.split(b"\n")
            if run + len(parts[0]) <= MAX_LINE_BYTES and max(map(len, parts)) <= MAX_LINE_BYTES:
                # no line of this chunk is too long: count its lines at once (the loop below,
                # which finds where a line is too long, in one step)
                if len(parts) > 1:
                    line, run = line + len(parts) - 1, 0
                run += len(parts[-1])
                continue
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


def parse_file(
    path: str | Path,
    default_date: dt.date | None = None,
    *,
    progress: Progress | None = None,
    ocr: bool | None = None,
) -> ParsedDocument:
    """Parse a file of any supported kind: PDF, Word .docx, web page or text, told by its content."""
    path = Path(path)
    try:
        check_shape(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError(N_("no such file"), file=str(path)) from None
    except IsADirectoryError:
        raise ParseError(N_("is a directory, not a file"), file=str(path)) from None
    except OSError as exc:
        raise ParseError(CANNOT_READ_FILE.format(reason=exc.strerror), file=str(path)) from None
    return parse_bytes(data, str(path), default_date, progress=progress, ocr=ocr)
