"""Import: parse a file and append its personnel notices to the log, all or nothing.

A clause that holds a decision but cannot be read does not refuse its file: it is stored as
an *open item* of its notice, beside the events that read, for a person to resolve
(``ledger.review``); ``strict`` refuses the file instead, as every import once did.

Guarantees, per file: all or nothing (a savepoint in its group's transaction: a refused file
writes nothing, a crash loses the group being written and no part of a file); idempotent (a
notice whose text is already known adds nothing: the content hash is unique in the
database, so even two importers racing cannot store it twice); a notice whose doc number is
known with other text is refused unless ``supersede`` is asked for.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, PendingRollbackError

from . import chain
from .dates import moment_text
from .db import explain, write_lock
from .errors import LedgerError, ParseError
from .i18n import N_, _
from .models import (
    ABPair,
    BodyAlias,
    Event,
    Notice,
    OpenItem,
    Portfolio,
    Post,
    Reinstatement,
    Retraction,
    withdrawn_notices,
)
from .parse import ParsedDocument, ParsedEvent, ParsedFile, ParsedNotice, parse_file
from .posts import expand_body
from .search import add_search_names
from .text import doc_key, is_notice_id, short_id
from .views import reason_said
from .workers import die_with_parent

if TYPE_CHECKING:
    from .documents import Progress


class Said(str):
    """A message a library result carries: the English text (what ``str``, JSON and the
    database see) that also knows how the interface says it (``shown``).

    Results outlive the code that words them (a worker process parses, the CLI prints), so the
    translation is made where the message is, in the process's own language."""

    shown: str

    def __new__(cls, english: str, shown: str | None = None) -> Said:
        said = super().__new__(cls, english)
        said.shown = english if shown is None else shown
        return said


def said(template: str, **values: object) -> Said:
    """A message from its template (marked ``N_``) and values, in English and as shown."""
    return Said(template.format(**values), _(template).format(**values))


def said_error(exc: LedgerError) -> Said:
    """An error as a result carries it: English, and as the interface says it."""
    return Said(str(exc), exc.localized())


def shown(text: str | None) -> str | None:
    """A result's message as the interface says it (a plain string as it is)."""
    return getattr(text, "shown", text)


class Refused(ParseError):
    """A file refused by ``check``: located like any ``ParseError``, its reason a template."""

    def __init__(self, template: str, values: dict, **where: object):
        self._shown = _(template).format(**values)
        super().__init__(template.format(**values), **where)  # type: ignore[arg-type]

    def localized(self) -> str:
        where = {"file": self.file, "line": self.line, "clause": self.clause, "place": self.place}
        return str(ParseError(self._shown, **where))


@dataclass
class OpenItemOutcome:
    """An unreadable clause kept for review: where it stands and why it could not be read."""

    line: int
    clause: str
    reason: str
    place: str = ""  # page 3, table 1, row 2; empty for text
    id: int | None = None  # in the ledger (None on a dry run)


@dataclass
class NoticeOutcome:
    doc_no: str | None
    title: str | None
    date: dt.date | None
    events: int
    status: str  # added | already imported | skipped | superseded
    reason: str | None = None  # a ``Said`` where ledger words it; the parser's own text for a skipped notice
    actions: dict[str, int] = field(default_factory=dict)
    kind: str = "personnel"  # personnel | division | other
    open_items: list[OpenItemOutcome] = field(default_factory=list)


@dataclass
class FileReport:
    file: str
    dry_run: bool
    notices: list[NoticeOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # text | pdf | docx | html
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def status(self) -> str:
        """imported (something added), unchanged (every notice known) or skipped (no notice to import)."""
        if self.added:
            return "imported"
        if self.already:
            return "unchanged"
        return "skipped"

    @property
    def added(self) -> list[NoticeOutcome]:
        return [n for n in self.notices if n.status in ("added", "superseded")]

    @property
    def already(self) -> list[NoticeOutcome]:
        return [n for n in self.notices if n.status == "already imported"]

    @property
    def skipped(self) -> list[NoticeOutcome]:
        return [n for n in self.notices if n.status == "skipped"]

    @property
    def events_added(self) -> int:
        return sum(n.events for n in self.added)

    @property
    def open_items(self) -> list[OpenItemOutcome]:
        """The open items this import added (or would add), waiting for review."""
        return [item for n in self.added for item in n.open_items]

    def actions_added(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for outcome in self.added:
            total.update(outcome.actions)
        return total


#: How alike (rapidfuzz ratio, 0-100) two notices of one issuer and day must be to be taken for
#: two copies of one notice: a corrected character or two, not two notices of one meeting.
NEAR_COPY = 97


def _edits(a: str, b: str):
    from rapidfuzz.distance import Levenshtein

    return [op for op in Levenshtein.opcodes(a, b) if op.tag != "equal"]


class ImportConflict(LedgerError):
    """A doc number already imported with different text."""

    def localized(self) -> str:
        return _(self.template).format(**{k: shown(v) for k, v in self.values.items()})


def content_hash(notice: ParsedNotice) -> str:
    """Hash of the notice's text with all white space removed: a reflowed copy is the same notice."""
    return hashlib.sha256("".join(notice.text.split()).encode("utf-8")).hexdigest()


#: Files a folder holds that are never notices: the system's and office programs' own.
_IGNORED = ("Thumbs.db", "desktop.ini")


@dataclass
class Candidate:
    """A file to import, or what stands in the way (a missing path, an empty folder)."""

    path: Path
    in_folder: bool = False  # found in a folder (not named): files of unsupported kinds are skipped, not failed
    error: str | None = None
    size: int = 0
    skip: str | None = None  # found in a folder and of a kind that holds no notice: why it is not read


def gather(paths: list[str | Path]) -> list[Candidate]:
    """Files as given; folders as every file below them, sorted (hidden files and office lock
    files aside), each entry that cannot be read listed with why, and files of kinds that hold
    no notice (images, archives) marked to be skipped. A folder in which no file can be read
    at all is an error of its own: nothing in it was imported, and that is not a success."""
    found = []
    for raw in paths:
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:
            error = said(N_("{path}: cannot read: {reason}"), path=path, reason=exc.strerror)
            found.append(Candidate(path, error=error))
            continue
        if is_dir:
            files, unreadable = _walk(path)
            found.extend(
                Candidate(
                    entry, error=Said(f"{entry}: {why}", _("{path}: {reason}").format(path=entry, reason=shown(why)))
                )
                for entry, why in unreadable
            )
            if not files and not unreadable:
                found.append(Candidate(path, error=said(N_("{path}: empty folder: no files to import"), path=path)))
            inside = [Candidate(p, in_folder=True, size=_size(p), skip=unsupported_kind(p)) for p in files]
            found.extend(inside)
            if inside and all(c.skip for c in inside):
                kinds = sorted({c.skip.split(":")[0] for c in inside if c.skip})
                found.append(
                    Candidate(
                        path,
                        error=said(
                            N_(
                                "{path}: no file in it that ledger reads ({kinds}): nothing imported; "
                                "ledger reads PDF, Word .docx, saved web pages and plain text"
                            ),
                            path=path,
                            kinds=", ".join(kinds),
                        ),
                    )
                )
        elif exists:
            found.append(Candidate(path, size=_size(path)))
        else:
            found.append(Candidate(path, error=said(N_("{path}: no such file or folder"), path=path)))
    return found


def _walk(folder: Path) -> tuple[list[Path], list[tuple[Path, Said]]]:
    """Every file below ``folder``, sorted (hidden files and office lock files aside), and the
    entries that could not be read, with why (a folder denied, a broken link, a link to a
    folder, a pipe): reported, never silently passed over."""
    files: list[Path] = []
    unreadable: list[tuple[Path, Said]] = []

    def failed(error: OSError) -> None:
        reason = error.strerror or str(error)
        unreadable.append((Path(error.filename or folder), said(N_("cannot read folder: {reason}"), reason=reason)))

    for root, dirs, names in os.walk(folder, onerror=failed):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if (Path(root) / name).is_symlink():  # never followed: a link may lead back up, or out of the folder
                unreadable.append(
                    (Path(root) / name, said(N_("a link to a folder, not followed: import that folder itself")))
                )
            else:
                kept.append(name)
        dirs[:] = kept
        for name in names:
            if name.startswith((".", "~$")) or name in _IGNORED:
                continue
            candidate = Path(root) / name
            if candidate.is_file():
                files.append(candidate)
            elif candidate.is_symlink():
                target = os.readlink(candidate)
                unreadable.append((candidate, said(N_("a broken link (to {target}): nothing to read"), target=target)))
            else:
                unreadable.append((candidate, said(N_("not a regular file (a pipe, socket or device): not read"))))
    return sorted(files), sorted(unreadable)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def unsupported_kind(path: Path) -> str | None:
    """Why a file found in a folder is not read at all (an image, an archive), or None to read it.

    Documents that hold notices in a form ledger cannot read (.doc, .rtf, .odt) are read, and
    fail with the reason: they need the user to act."""
    from .documents import Kind, sniff

    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
            if head.startswith(b"PK"):  # a zip's kind (.docx or not) is in its directory, at the end
                head += handle.read()
            kind = sniff(head)
    except OSError:
        return None  # reading it will say why
    if kind in (Kind.IMAGE, Kind.ZIP, Kind.OFFICE):
        return kind.refusal
    return None


def check(
    parsed_notices: list[ParsedNotice], file: str, parsed: ParsedFile | None = None, *, strict: bool = False
) -> list[str]:
    """Refuse a file with an undated notice, or (``strict``) with any unreadable personnel
    clause; return warnings. Without ``strict`` an unreadable clause becomes an open item.

    With the parsed document, messages say where the line stands in it (page, table row)."""

    def place(line: int) -> str | None:
        return (parsed.place(line) or None) if isinstance(parsed, ParsedDocument) else None

    warnings = []
    for notice in parsed_notices:
        if not notice.is_personnel and not notice.is_division:
            continue
        for issue in notice.issues:
            where = place(issue.line)
            if issue.fatal and not strict:
                continue  # stored as an open item of its notice (_Batch._insert)
            if issue.fatal:
                raise ParseError(issue.reason, file=file, line=issue.line, clause=issue.clause, place=where)
            clause = f": {issue.clause}" if issue.clause else ""
            at = f"{file}:{issue.line}{f' ({where})' if where else ''}: "
            warnings.append(Said(at + issue.reason + clause, at + reason_said(issue.reason) + clause))
        if notice.date is None:
            raise Refused(
                N_("notice {notice} has no date; give one with --date"),
                {"notice": notice.doc_no or notice.title or ""},
                file=file,
                line=notice.first_line,
                place=place(notice.first_line),
            )
        refused = value_too_long(notice, file, place)
        if refused is not None:
            raise refused
    return warnings


def value_too_long(notice: ParsedNotice, file: str, place: Callable[[int], str | None]) -> Refused | None:
    """Why the ledger refuses the notice for a value longer than its column keeps (``too_long``),
    or None. ``import`` raises it; ``parse`` shows what it read, then exits with it."""
    for line, column, value, limit in too_long(notice):
        return Refused(
            N_(
                "{column} is {length} characters, more than the ledger keeps ({limit}): not a {column} as "
                "notices write them (a separator missing?)"
            ),
            {"column": column, "length": f"{len(value):,}", "limit": limit},
            file=file,
            line=line,
            clause=value[:60] + ("…" if len(value) > 60 else ""),
            place=place(line),
        )
    return None


def readable_events(notice: ParsedNotice) -> list[ParsedEvent]:
    """The notice's events, less those read from a clause that is an open item: the parser
    may read part of a clause (李四, the post) and not the rest (试用期若干). The whole clause
    waits for a person, who states its events when resolving it; nothing half-read is logged."""
    items = [(i.line, i.clause) for i in notice.open_items if i.clause]
    if not items:
        return notice.events
    return [
        e
        for e in notice.events
        if not any(e.line == line and (clause in e.clause or e.clause in clause) for line, clause in items)
    ]


def too_long(notice: ParsedNotice) -> Iterator[tuple[int, str, str, int]]:
    """(line, column, value, limit) of every value longer than its column keeps: refused on
    every database alike (PostgreSQL would refuse it mid-import; SQLite would keep it)."""
    limits = _LIMITS
    columns = (("doc_no", notice.doc_no), ("issuer", notice.issuer), ("signed_by", notice.signed_by))
    for column, value in columns:
        if value and len(value) > limits["notices"][column]:
            yield notice.first_line, column, value, limits["notices"][column]
    for event in notice.events:
        manner = ",".join(event.manner)
        for column, value in (
            ("person", event.person),
            ("post", event.post),
            ("probation", event.probation),
            ("secondment", event.secondment),
            ("rank", event.rank),
            ("manner", manner),
        ):
            if value and len(value) > limits["events"][column]:
                yield event.line, column, value, limits["events"][column]
    if notice.division is not None:
        for p in notice.division.portfolios:
            for column in ("leader", "relation", "object", "principal", "assisted", "carried_by"):
                value = getattr(p, column)
                if value and len(value) > limits["portfolios"][column]:
                    yield p.line, column, value, limits["portfolios"][column]


def _column_limits() -> dict[str, dict[str, int]]:
    from .models import Base

    return {
        table.name: {c.name: c.type.length for c in table.columns if getattr(c.type, "length", None)}
        for table in Base.metadata.tables.values()
    }


_LIMITS = _column_limits()


def short_diff(old: str, new: str, limit: int = 8) -> Said:
    lines = [
        line
        for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]
    head = "\n".join(f"  {line}" for line in lines[:limit])
    if len(lines) <= limit:
        return Said(head)
    more = said(N_("… {count} more changed lines"), count=len(lines) - limit)
    return Said(f"{head}\n  {more}", f"{head}\n  {more.shown}")


def import_file(
    engine: Engine,
    path: str | Path,
    *,
    dry_run: bool = False,
    default_date: dt.date | None = None,
    supersede: bool = False,
    progress: Progress | None = None,
    strict: bool = False,
) -> FileReport:
    """Append the file's personnel notices in one transaction (``strict``: refuse the file
    if any personnel clause cannot be read, instead of keeping it as an open item)."""
    parsed = parse_file(path, default_date, progress=progress)
    warnings = check(parsed.notices, str(path), parsed, strict=strict)
    return import_parsed(engine, parsed, warnings, dry_run=dry_run, supersede=supersede)


def import_parsed(
    engine: Engine,
    parsed: ParsedFile,
    warnings: list[str],
    *,
    dry_run: bool = False,
    supersede: bool = False,
) -> FileReport:
    """Append an already parsed (and checked) file in one transaction."""
    with Writer(engine) as writer:
        report = writer.write(parsed, warnings, dry_run=dry_run, supersede=supersede)
    return report


class Writer:
    """Files appended in groups: one transaction for the files of a few seconds, a savepoint
    for each file, so that each file stays all or nothing and a failing one is undone alone.

    A commit per file rewrote the same index pages thousands of times (a 1M-event import wrote
    29× the size of its database); a group of many files writes them once. ``done()`` is true when the group
    should be committed; nothing of a group is durable, or reported, before ``commit()``."""

    GROUP_SECONDS = 5.0
    GROUP_EVENTS = 20_000

    def __init__(self, engine: Engine):
        self.engine = engine
        self.connection: Connection | None = None
        self.transaction = None
        self.started = 0.0
        self.files: list[ParsedFile] = []  # written in the open group
        self.events = 0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: type | None, *_: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()

    def _begin(self) -> Connection:
        if self.connection is None:
            connection = self.engine.connect()
            try:
                connection.execution_options(write=True)
                self.transaction = connection.begin()
                write_lock(connection)
            except BaseException:  # the lock not had in time, a server gone: nothing was begun
                connection.close()
                self.transaction = None
                raise
            self.connection, self.started = connection, time.monotonic()
        return self.connection

    def write(self, parsed: ParsedFile, warnings: list[str], *, dry_run: bool, supersede: bool) -> FileReport:
        path = parsed.file
        report = FileReport(str(path), dry_run)
        report.warnings = warnings
        if isinstance(parsed, ParsedDocument):
            report.format, report.pages, report.ocr_pages = parsed.format, parsed.pages, parsed.ocr_pages
        connection = self._begin()
        for attempt in (1, 2):
            savepoint = connection.begin_nested()
            try:
                batch = _Batch(connection, parsed, str(path), dt.datetime.now(dt.UTC), supersede)
                report.notices = [batch.append(notice) for notice in parsed.notices]
                batch.flush()
                report.warnings = [*warnings, *batch.warnings]
            except IntegrityError:
                # A second importer stored the same notice between our look-up and our insert
                # (possible on servers without our write lock): the unique hash kept the log
                # clean. One more pass sees the notice as known.
                savepoint.rollback()
                if attempt == 2:
                    raise
                continue
            except BaseException:
                savepoint.rollback()
                raise
            if dry_run:
                savepoint.rollback()
                for item in report.open_items:
                    item.id = None  # rolled back with the rest: not in the ledger
            else:
                savepoint.commit()
                self.files.append(parsed)
                self.events += len(batch.events)
            return report
        raise AssertionError("unreachable")

    def done(self) -> bool:
        """Time to commit: enough events that the index pages are written once for many, or
        long enough that what was read should be seen (and reported)."""
        return self.connection is not None and (
            self.events >= self.GROUP_EVENTS or time.monotonic() - self.started >= self.GROUP_SECONDS
        )

    def commit(self) -> None:
        if self.connection is None:
            return
        try:
            self.transaction.commit()
        except KeyboardInterrupt:
            # Ctrl-C during the commit: it either happened whole or not at all; say which
            last = self.files[-1] if self.files else None
            self._close()
            if last is None:
                raise
            raise Interrupted(str(last.file), _stored(self.engine, last)) from None
        self._close()

    def rollback(self) -> None:
        if self.connection is not None:
            try:
                self.transaction.rollback()
            finally:
                self._close()

    def _close(self) -> None:
        assert self.connection is not None
        self.connection.close()
        self.connection, self.transaction, self.files, self.events = None, None, [], 0


class ConnectionLost(LedgerError):
    """The database connection lost in the middle of an import: what is not in the ledger."""


def _lost(path: Path, writer: Writer, ready: list) -> ConnectionLost:
    """The import stops: the file being written and those of its group not yet committed are not
    in the ledger (the server rolled them back with the session); the files after it were not read."""
    try:
        writer.rollback()
    except Exception:  # (the connection is gone: there is nothing left to roll back)
        writer.connection, writer.transaction = None, None
    earlier = [str(r.path) for r in ready if r.report is not None and not r.report.dry_run]
    ready.clear()
    if earlier:
        return ConnectionLost(
            N_(
                "connection lost: nothing from {file} was written, nor from the {count} file(s) before it"
                " since the last commit ({first} …); files after it were not read."
                " Import again: what is in the ledger adds nothing"
            ),
            file=path,
            count=len(earlier),
            first=earlier[0],
        )
    return ConnectionLost(
        N_(
            "connection lost: nothing from {file} was written; files after it were not read. Import again: what is"
            " in the ledger adds nothing"
        ),
        file=path,
    )


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during an import: which file it stopped in, and whether that file was written.

    A KeyboardInterrupt still (nothing catches it as an error of one file), that knows more."""

    def __init__(self, file: str, written: bool):
        self.file, self.written = file, written
        if written:
            self.template = N_("interrupted: {file} was written whole before the stop")
        else:
            self.template = N_("interrupted: {file} was not written: nothing of it is in the ledger")
        super().__init__(self.template.format(file=file))

    def localized(self) -> str:
        return _(self.template).format(file=self.file)


def _stored(engine: Engine, parsed: ParsedFile) -> bool:
    """Are all of this file's personnel notices in the ledger (by their content hash)?"""
    digests = {content_hash(n) for n in parsed.notices if n.is_personnel or n.is_division}
    if not digests:
        return False
    with engine.connect() as connection:
        found = set(connection.scalars(select(Notice.content_hash).where(Notice.content_hash.in_(digests))))
    return found == digests


_INSERT_NOTICE = insert(Notice.__table__).returning(Notice.__table__.c.id)


class _Batch:
    """One file's writes: what is known is looked up once, events and posts written at once."""

    def __init__(self, connection: Connection, parsed: ParsedFile, source: str, now: dt.datetime, supersede: bool):
        self.connection, self.source, self.now, self.supersede = connection, source, now, supersede
        self.parsed = parsed
        personnel = [n for n in parsed.notices if n.is_personnel or n.is_division]
        self.digests = {id(n): content_hash(n) for n in personnel}
        self.known = set(
            connection.scalars(select(Notice.content_hash).where(Notice.content_hash.in_(set(self.digests.values()))))
        )
        # known notices that stand retracted: importing them again says so, and how to bring them back
        self.withdrawn = dict(
            connection.execute(
                select(Notice.content_hash, Retraction.retracted_at)
                .join(Retraction, Retraction.notice_id == Notice.id)
                .where(Notice.content_hash.in_(self.known), Notice.id.in_(withdrawn_notices()))
            ).all()
        )
        keys = {doc_key(n.doc_no) for n in personnel if n.doc_no}
        # live notices by doc number: one number may be used by two issuers (市中政任〔2024〕5号
        # of 济南's 市中区 and of 枣庄's), so a number is the same notice's only with its issuer
        self.live: dict[str, list] = {}
        for row in connection.execute(
            select(Notice.id, Notice.doc_key, Notice.issuer, Notice.date, Notice.imported_at, Notice.text)
            .where(Notice.doc_key.in_(keys), Notice.id.not_in(withdrawn_notices()))
            .order_by(Notice.id)
        ):
            self.live.setdefault(row.doc_key, []).append(row)
        self.events: list[dict] = []
        self.logged: list[tuple[str, int]] = []  # what this file adds to the chain, in order
        self.warnings: list[str] = []

    def _same_number(self, key: str, issuer: str | None):
        """The live notice this one's doc number names: the same number from the same issuer
        (or from an unnamed one, which could be it)."""
        for row in self.live.get(key, []):
            if row.issuer is None or issuer is None or row.issuer == issuer:
                return row
        return None

    def _near_copies(self, notice: ParsedNotice):
        """A notice without a doc number that differs from one in the ledger by a few characters
        (same issuer and date): a corrected copy, or a typo in one of them. Imported, and said,
        with the earlier notice's id and the two ways out; the first such notice is returned
        (``--supersede`` retracts it)."""
        from rapidfuzz import fuzz

        text = "".join(notice.text.split())
        found = None
        earlier = self.connection.execute(
            select(
                Notice.id, Notice.content_hash, Notice.text, Notice.source_file, Notice.date, Notice.imported_at
            ).where(
                Notice.date == notice.date,
                Notice.issuer.is_(None) if notice.issuer is None else Notice.issuer == notice.issuer,
                Notice.id.not_in(withdrawn_notices()),
            )
        ).all()
        for row in earlier:
            known = "".join(row.text.split())
            if known != text and fuzz.ratio(known, text, score_cutoff=NEAR_COPY):
                differ = len(_edits(known, text))
                found = found or row
                if self.supersede:
                    continue
                self.warnings.append(
                    said(
                        N_(
                            "{at}: nearly the same as notice {id} already in the ledger ({file}, {differ} place(s) "
                            "differ): if this one corrects it, ledger retract {id} --reason …, or import this file "
                            "with --supersede"
                        ),
                        at=f"{self.source}:{notice.first_line}",
                        id=short_id(row.content_hash),
                        file=row.source_file,
                        differ=differ,
                    )
                )
        return found

    def append(self, notice: ParsedNotice) -> NoticeOutcome:
        events = readable_events(notice)
        outcome = NoticeOutcome(notice.doc_no, notice.title, notice.date, len(events), "skipped")
        outcome.open_items = [
            OpenItemOutcome(i.line, i.clause, i.reason, self._place(i.line)) for i in notice.open_items
        ]
        outcome.actions = dict(Counter(e.action for e in events))
        if not notice.is_personnel and not notice.is_division:
            outcome.events, outcome.reason, outcome.kind = 0, notice.skipped_reason, "other"
            return outcome
        outcome.kind = "division" if notice.is_division else "personnel"
        digest = self.digests[id(notice)]
        if digest in self.known:
            outcome.status = "already imported"
            if digest in self.withdrawn:
                outcome.reason = said(
                    N_("retracted {moment}: it stays withdrawn (ledger reinstate {notice} brings it back)"),
                    moment=moment_text(self.withdrawn[digest]),
                    notice=notice.doc_no or short_id(digest),
                )
            return outcome
        key = doc_key(notice.doc_no)
        replaced = self._same_number(key, notice.issuer) if key else None
        if replaced is not None and not self.supersede:
            where = self.parsed.place(notice.first_line) if isinstance(self.parsed, ParsedDocument) else ""
            at = f"{self.source}:{notice.first_line}" + (f" ({where})" if where else "")
            raise ImportConflict(
                N_(
                    "{at}: notice {doc_no} is already in the ledger with other text (known version dated {known}, "
                    "imported {imported}; this version dated {date}). Nothing written. To replace it, import "
                    "with --supersede.\n{diff}"
                ),
                at=at,
                doc_no=notice.doc_no,
                known=replaced.date,
                imported=moment_text(replaced.imported_at),
                date=notice.date,
                diff=short_diff(replaced.text, notice.text),
            )
        if key is None:
            near = self._near_copies(notice)
            if near is not None and self.supersede:
                replaced = near  # --supersede: the corrected copy replaces the one it nearly repeats
        notice_id = self._insert(notice, digest)
        for seq, item in enumerate(outcome.open_items):
            item.id = self._insert_open_item(notice_id, seq, item)
        self.known.add(digest)
        if replaced is not None:
            retraction_id = self.connection.execute(
                insert(Retraction)
                .values(
                    notice_id=replaced.id,
                    reason=f"superseded by a new version from {self.source}",
                    retracted_at=self.now,
                    superseded_by=notice_id,
                )
                .returning(Retraction.id)
            ).scalar_one()
            self.logged.append(("retraction", retraction_id))
            outcome.status = "superseded"
            outcome.reason = said(
                N_("replaces the version imported {moment}"), moment=moment_text(replaced.imported_at)
            )
        else:
            outcome.status = "added"
        if notice.is_division:
            outcome.events = 0
            outcome.reason = said(
                N_("work division: {portfolios} portfolio records, {pairs} AB pairs"),
                portfolios=len(notice.division.portfolios),
                pairs=len(notice.division.ab_pairs),
            )
        if key:
            if replaced is not None:  # superseded: no longer the live notice of its number
                self.live[key] = [row for row in self.live.get(key, []) if row.id != replaced.id]
            self.live.setdefault(key, []).append(
                _Live(notice_id, key, notice.issuer, notice.date, self.now, notice.text)
            )
        return outcome

    def _insert(self, notice: ParsedNotice, digest: str) -> int:
        assert notice.date is not None  # checked before
        # Core statements on the tables (not ORM inserts): compiled once, cached, executemany
        notice_id = self.connection.execute(
            _INSERT_NOTICE,
            {
                "content_hash": digest,
                "doc_no": notice.doc_no,
                "doc_key": doc_key(notice.doc_no),
                "title": notice.title,
                "issuer": notice.issuer,
                "signed_by": notice.signed_by,
                "date": notice.date,
                "source_file": self.source,
                "first_line": notice.first_line,
                "last_line": notice.last_line,
                "text": notice.text,
                "imported_at": self.now,
                "kind": "division" if notice.is_division else "personnel",
                "note": notice.division.note if notice.is_division else None,
                "block": notice.block.as_json() if notice.block is not None else None,
            },
        ).scalar_one()
        self.logged.append(("notice", notice_id))
        if notice.is_division:
            self._insert_division(notice, notice_id)
        self.events.extend(
            {
                "notice_id": notice_id,
                "seq": seq,
                "action": e.action,
                "person": e.person,
                "post": e.post,
                "effective": e.effective or notice.date,
                "probation": e.probation,
                "probation_until": e.probation_until,
                "secondment": e.secondment,
                "secondment_until": e.secondment_until,
                "rank": e.rank,
                "manner": ",".join(e.manner) or None,
                "qualifiers": e.qualifiers,
                "line": e.line,
                "clause": e.clause,
                **self._provenance(e.line),
            }
            for seq, e in enumerate(readable_events(notice))
        )
        return notice_id

    def _place(self, line: int) -> str:
        return self.parsed.place(line) if isinstance(self.parsed, ParsedDocument) else ""

    def _insert_open_item(self, notice_id: int, seq: int, item: OpenItemOutcome) -> int:
        return self.connection.execute(
            insert(OpenItem.__table__).returning(OpenItem.__table__.c.id),
            {
                "notice_id": notice_id,
                "seq": seq,
                "line": item.line,
                "clause": item.clause,
                "reason": item.reason,
                **self._provenance(item.line),
            },
        ).scalar_one()

    def _provenance(self, line: int) -> dict:
        """Where the event's line stands in the original document (page, paragraph, table row)."""
        if not isinstance(self.parsed, ParsedDocument) or self.parsed.format == "text":
            return _TEXT_PROVENANCE
        origin = self.parsed.origin(line)
        return {
            "source": self.parsed.source(line),
            "page": origin.page,
            "paragraph": origin.paragraph,
            "table_no": origin.table,
            "table_row": origin.row,
        }

    def _insert_division(self, notice: ParsedNotice, notice_id: int) -> None:
        division, issuer = notice.division, notice.issuer
        self.connection.execute(
            insert(Portfolio.__table__),
            [
                {
                    "notice_id": notice_id,
                    "seq": seq,
                    "leader": p.leader,
                    "relation": p.relation,
                    "object": p.object,
                    "full_name": expand_body(p.object, issuer),
                    "kind": p.kind,
                    "principal": p.principal,
                    "assisted": p.assisted,
                    "carried_by": p.carried_by,
                    "line": p.line,
                    "clause": p.clause,
                }
                for seq, p in enumerate(division.portfolios)
            ],
        )
        if division.aliases:
            self.connection.execute(
                insert(BodyAlias.__table__),
                [
                    {
                        "notice_id": notice_id,
                        "alias": alias,
                        "alias_full": expand_body(alias, issuer),
                        "body": body,
                        "body_full": expand_body(body, issuer),
                    }
                    for alias, body in division.aliases.items()
                ],
            )
        if division.ab_pairs:
            self.connection.execute(
                insert(ABPair.__table__),
                [
                    {"notice_id": notice_id, "leader_a": a, "leader_b": b, "line": line}
                    for a, b, line in division.ab_pairs
                ],
            )

    def flush(self) -> None:
        if self.events:
            if self.connection.dialect.name == "sqlite":
                # The hot path of a large import: values as SQLite stores them (ISO dates, JSON
                # text) straight to the driver's executemany, without per-value type processing.
                self.connection.exec_driver_sql(_SQLITE_INSERT_EVENT, [_sqlite_row(row) for row in self.events])
            else:
                self.connection.execute(insert(Event.__table__), self.events)  # one executemany for the file
            _add_posts(self.connection, {row["post"] for row in self.events})
            add_search_names(
                self.connection, {row["person"] for row in self.events}, {row["post"] for row in self.events}
            )
        chain.append(self.connection, self.logged)  # as stored: hashed from the rows just written


_TEXT_PROVENANCE = {"source": "text", "page": None, "paragraph": None, "table_no": None, "table_row": None}
_EVENT_COLUMNS = (
    "notice_id", "seq", "action", "person", "post", "effective", "probation", "probation_until",
    "secondment", "secondment_until", "rank", "manner", "qualifiers", "line", "clause",
    "source", "page", "paragraph", "table_no", "table_row",
)  # fmt: skip
_SQLITE_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})"
)


def _sqlite_row(row: dict) -> tuple:
    """An event as SQLite stores it through SQLAlchemy: ISO dates, JSON text."""
    until, secondment_until = row["probation_until"], row["secondment_until"]
    return (
        row["notice_id"], row["seq"], row["action"], row["person"], row["post"], row["effective"].isoformat(),
        row["probation"], until.isoformat() if until else None, row["secondment"],
        secondment_until.isoformat() if secondment_until else None, row["rank"], row["manner"],
        json.dumps(row["qualifiers"], ensure_ascii=False), row["line"], row["clause"],
        row["source"], row["page"], row["paragraph"], row["table_no"], row["table_row"],
    )  # fmt: skip


@dataclass
class _Live:
    id: int
    doc_key: str
    issuer: str | None
    date: dt.date | None
    imported_at: dt.datetime
    text: str


def _add_posts(connection: Connection, names: set[str]) -> None:
    """Keep the derived posts table in step with the events (under the write lock)."""
    known = set(connection.scalars(select(Post.name).where(Post.name.in_(names))))
    missing = sorted(names - known)
    if missing:
        connection.execute(insert(Post.__table__), [{"name": n, "name_reversed": n[::-1]} for n in missing])

    return True


def _parse_checked(
    path: Path, default_date: dt.date | None, strict: bool = False
) -> tuple[ParsedFile | None, list[str], Said | None]:
    """In a worker process: the parse and its check, or the error message."""
    try:
        parsed = parse_file(path, default_date)
        return parsed, check(parsed.notices, str(path), parsed, strict=strict), None
    except LedgerError as exc:
        return None, [], said_error(exc)


@dataclass
class FileResult:
    """What became of one file: imported, unchanged, skipped (nothing to import) or failed."""

    path: Path
    status: str
    report: FileReport | None = None
    error: str | None = None  # why it failed, or why it was skipped unread (a ``Said`` where ledger words it)


def _result(path: Path, report: FileReport | None, error: str | None) -> FileResult:
    if report is None:
        return FileResult(path, "failed", None, error)
    return FileResult(path, report.status, report)


def import_paths(
    engine: Engine,
    paths: list[str | Path] | list[Candidate],
    *,
    jobs: int = 1,
    dry_run: bool = False,
    default_date: dt.date | None = None,
    supersede: bool = False,
    progress: Callable[[Path, int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
    strict: bool = False,
    finished: Callable[[FileResult], None] | None = None,
) -> Iterator[FileResult]:
    """Import files and folders, each all or nothing, in order: one ``FileResult`` each, given
    once the file is committed (see ``Writer``). ``stop()`` true: commit what was written and
    end before the next file. ``strict``: a file with an unreadable personnel clause fails
    whole, instead of being imported with the clause as an open item.

    A file that fails never stops the others. Files of kinds that hold no notices (images,
    archives) found in a folder are skipped with the reason. With ``jobs`` > 1, files are
    parsed in that many worker processes while this process writes the ones already parsed;
    at most ``2 × jobs`` parsed files wait in memory. ``progress(path, pages done, pages)``
    follows the pages of a PDF read in this process. ``finished(result)`` is called as each
    file is done with (written into the open group, failed or skipped), before its group is
    committed and its result given: what a progress bar follows (a group that fails to commit
    then turns its files' results into failures).
    """
    candidates = [c if isinstance(c, Candidate) else None for c in paths]
    if any(c is None for c in candidates):
        candidates = gather(list(paths))  # type: ignore[arg-type]
    plan: list[tuple[Path, FileResult | None]] = []  # in order; None: to be read
    for candidate in candidates:
        assert candidate is not None
        if candidate.error:
            plan.append((candidate.path, FileResult(candidate.path, "failed", None, candidate.error)))
        elif candidate.in_folder and candidate.skip:
            plan.append((candidate.path, FileResult(candidate.path, "skipped", None, candidate.skip)))
        else:
            plan.append((candidate.path, None))
    files = [path for path, known in plan if known is None]
    writer = Writer(engine)
    ready: list[FileResult] = []  # in order; those written are reported once their group is committed

    def write(path: Path, parsed: ParsedFile, warnings: list[str]) -> FileResult:
        try:
            return _result(path, writer.write(parsed, warnings, dry_run=dry_run, supersede=supersede), None)
        except LedgerError as exc:
            return _result(path, None, said_error(exc))
        except DBAPIError as exc:
            if exc.connection_invalidated:  # the server gone, or this session ended by it
                raise _lost(path, writer, ready) from None
            reason = explain(exc, engine.url)
            return _result(path, None, Said(f"{path}: {reason}", f"{path}: {reason.localized()}"))
        except PendingRollbackError:  # (the loss met again, in a connection already invalid)
            raise _lost(path, writer, ready) from None
        except KeyboardInterrupt:
            writer.rollback()  # the group is not reported yet: none of it is written
            raise Interrupted(str(path), False) from None

    def flush() -> list[FileResult]:
        nonlocal ready
        done, ready = ready, []
        try:
            writer.commit()
        except DBAPIError as exc:  # the group could not be made durable: none of its files is in
            writer.rollback()
            reason = explain(exc, engine.url)
            done = [
                FileResult(r.path, "failed", None, Said(f"{r.path}: {reason}", f"{r.path}: {reason.localized()}"))
                if r.report
                else r
                for r in done
            ]
        return done

    # no more processes than cores, or than files (--jobs 100000 for 30 files starts none idle)
    jobs = max(1, min(jobs, os.cpu_count() or 1, len(files)))
    try:
        if jobs <= 1 or len(files) < 2:
            for path, known in plan:
                if stop and stop():
                    break
                if known is not None:
                    ready.append(known)
                else:
                    follow = (lambda done, total, path=path: progress(path, done, total)) if progress else None
                    try:
                        parsed = parse_file(path, default_date, progress=follow)
                        warnings = check(parsed.notices, str(path), parsed, strict=strict)
                    except LedgerError as exc:
                        ready.append(_result(path, None, said_error(exc)))
                    except KeyboardInterrupt:
                        writer.rollback()
                        raise Interrupted(str(path), False) from None
                    else:
                        ready.append(write(path, parsed, warnings))
                if finished:
                    finished(ready[-1])
                if writer.connection is None or writer.done():
                    yield from flush()
            yield from flush()
            return
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            waiting: deque = deque()
            pending = iter(files)
            for path in pending:
                waiting.append((path, pool.submit(_parse_checked, path, default_date, strict)))
                if len(waiting) >= 2 * jobs:
                    break
            for _, known in plan:
                if stop and stop():
                    for _, future in waiting:
                        future.cancel()
                    break
                if known is not None:
                    ready.append(known)
                else:
                    path, future = waiting.popleft()
                    for more in pending:
                        waiting.append((more, pool.submit(_parse_checked, more, default_date, strict)))
                        break
                    if not waiting and writer.connection is not None:
                        yield from flush()  # the group would wait on a parse: let it be seen now
                    parsed, warnings, error = future.result()
                    if error is not None or parsed is None:
                        ready.append(_result(path, None, error))
                    else:
                        ready.append(write(path, parsed, warnings))
                if finished:
                    finished(ready[-1])
                if writer.connection is None or writer.done():
                    yield from flush()
            yield from flush()
    finally:
        writer.rollback()  # stopped early (an error, Ctrl-C, the consumer gone): the open group is undone


def retract(engine: Engine, doc_no: str, reason: str) -> list[tuple[str | None, dt.date]]:
    """Append a retraction of every live notice with this doc number; nothing is deleted."""
    if not reason.strip():
        raise LedgerError(N_("a retraction needs a reason (--reason)"))
    from .queries import notice_ref

    now = dt.datetime.now(dt.UTC)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            rows = connection.execute(
                select(
                    Notice.id,
                    Notice.doc_no,
                    Notice.content_hash,
                    Notice.date,
                    Notice.id.in_(withdrawn_notices()).label("withdrawn"),
                ).where(notice_ref(doc_no))
            ).all()
            if not rows:
                from .errors import NotFound

                raise NotFound(
                    N_("no notice numbered or with the id {doc_no!r} (ledger notices lists them)"), doc_no=doc_no
                )
            _one_notice_by_id(doc_no, rows)
            live = [r for r in rows if not r.withdrawn]
            if not live:
                raise LedgerError(N_("notice {doc_no} is already retracted (ledger notices shows when)"), doc_no=doc_no)
            added = [
                connection.execute(
                    insert(Retraction)
                    .values(notice_id=row.id, reason=reason.strip(), retracted_at=now)
                    .returning(Retraction.id)
                ).scalar_one()
                for row in live
            ]
            chain.append(connection, [("retraction", ref) for ref in added])
    return [(row.doc_no or short_id(row.content_hash), row.date) for row in live]


def _one_notice_by_id(ref: str, rows) -> None:
    """An id prefix names one notice, or none: refused when it fits several."""
    if is_notice_id(ref) and len(rows) > 1:
        ids = ", ".join(short_id(r.content_hash) for r in rows)
        raise LedgerError(
            N_("the id {ref} fits {count} notices ({ids}): type more of it"), ref=ref, count=len(rows), ids=ids
        )


def reinstate(engine: Engine, doc_no: str, reason: str) -> list[tuple[str | None, dt.date]]:
    """Append a reinstatement of every retracted notice with this doc number, undoing the
    retraction that withdraws it; like the retraction, it is only ever added."""
    if not reason.strip():
        raise LedgerError(N_("a reinstatement needs a reason (--reason)"))
    from .queries import notice_ref

    now = dt.datetime.now(dt.UTC)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            notices = connection.execute(
                select(Notice.id, Notice.doc_no, Notice.content_hash, Notice.date).where(notice_ref(doc_no))
            ).all()
            if not notices:
                from .errors import NotFound

                raise NotFound(
                    N_("no notice numbered or with the id {doc_no!r} (ledger notices lists them)"), doc_no=doc_no
                )
            _one_notice_by_id(doc_no, notices)
            undone = select(Reinstatement.retraction_id)
            standing = connection.execute(
                select(Retraction.id, Retraction.notice_id, Retraction.superseded_by)
                .where(Retraction.notice_id.in_([n.id for n in notices]), Retraction.id.not_in(undone))
                .order_by(Retraction.id)
            ).all()
            if not standing:
                raise LedgerError(N_("notice {doc_no} is not retracted: nothing to reinstate"), doc_no=doc_no)
            superseded = [r for r in standing if r.superseded_by is not None]
            if superseded and len(standing) == len(superseded) and len(notices) > 1:
                raise LedgerError(
                    N_(
                        "notice {doc_no} was superseded by a newer version: retract that one first, "
                        "then reinstate this one"
                    ),
                    doc_no=doc_no,
                )
            added = [
                connection.execute(
                    insert(Reinstatement)
                    .values(retraction_id=r.id, reason=reason.strip(), reinstated_at=now)
                    .returning(Reinstatement.id)
                ).scalar_one()
                for r in standing
            ]
            chain.append(connection, [("reinstatement", ref) for ref in added])
    back = {r.notice_id for r in standing}
    return [(n.doc_no or short_id(n.content_hash), n.date) for n in notices if n.id in back]
