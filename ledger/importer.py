"""Import: parse a file and append its personnel notices to the log, all or nothing.

Guarantees, per file: one transaction (a crash or a bad clause leaves the database as it
was); idempotent (a notice whose text is already known adds nothing: the content hash is
unique in the database, so even two importers racing cannot store it twice); a notice
whose doc number is known with other text is refused unless ``supersede`` is asked for.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from .db import write_lock
from .errors import LedgerError, ParseError
from .models import Event, Notice, Post, Retraction
from .parse import ParsedNotice, parse_file
from .parse.metadata import doc_key


@dataclass
class NoticeOutcome:
    doc_no: str | None
    title: str | None
    date: dt.date | None
    events: int
    status: str  # added | already imported | skipped | superseded
    reason: str | None = None
    actions: dict[str, int] = field(default_factory=dict)


@dataclass
class FileReport:
    file: str
    dry_run: bool
    notices: list[NoticeOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

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

    def actions_added(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for outcome in self.added:
            total.update(outcome.actions)
        return total


class ImportConflict(LedgerError):
    """A doc number already imported with different text."""


def content_hash(notice: ParsedNotice) -> str:
    """Hash of the notice's text with all white space removed: a reflowed copy is the same notice."""
    return hashlib.sha256("".join(notice.text.split()).encode("utf-8")).hexdigest()


def expand_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Files as given; folders as their *.txt files, sorted. A missing path is an error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.exists():
            yield path
        else:
            raise ParseError("no such file or folder", file=str(path))


def check(parsed_notices: list[ParsedNotice], file: str) -> list[str]:
    """Refuse a file with any unreadable personnel clause or undated notice; return warnings."""
    warnings = []
    for notice in parsed_notices:
        if not notice.is_personnel:
            continue
        for issue in notice.issues:
            if issue.fatal:
                raise ParseError(issue.reason, file=file, line=issue.line, clause=issue.clause)
            warnings.append(f"{file}:{issue.line}: {issue.reason}: {issue.clause}")
        if notice.date is None:
            raise ParseError(
                f"notice {notice.doc_no or notice.title or ''} has no date; give one with --date",
                file=file,
                line=notice.first_line,
            )
    return warnings


def short_diff(old: str, new: str, limit: int = 8) -> str:
    lines = [
        line
        for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]
    more = f"\n  … {len(lines) - limit} more changed lines" if len(lines) > limit else ""
    return "\n".join(f"  {line}" for line in lines[:limit]) + more


def import_file(
    engine: Engine,
    path: str | Path,
    *,
    dry_run: bool = False,
    default_date: dt.date | None = None,
    supersede: bool = False,
    _retry: bool = False,
) -> FileReport:
    """Append the file's personnel notices in one transaction."""
    parsed = parse_file(path, default_date)
    report = FileReport(str(path), dry_run)
    report.warnings = check(parsed.notices, str(path))
    now = dt.datetime.now(dt.UTC)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        transaction = connection.begin()
        try:
            write_lock(connection)
            for notice in parsed.notices:
                report.notices.append(_append(connection, notice, str(path), now, supersede))
        except IntegrityError:
            # A second importer stored the same notice between our look-up and our insert
            # (possible on servers without our write lock): the unique hash kept the log
            # clean. One more pass sees the notice as known.
            transaction.rollback()
            if _retry:
                raise
            return import_file(
                engine, path, dry_run=dry_run, default_date=default_date, supersede=supersede, _retry=True
            )
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return report


def _append(
    connection: Connection, notice: ParsedNotice, source: str, now: dt.datetime, supersede: bool
) -> NoticeOutcome:
    outcome = NoticeOutcome(notice.doc_no, notice.title, notice.date, len(notice.events), "skipped")
    outcome.actions = dict(Counter(e.action for e in notice.events))
    if not notice.is_personnel:
        outcome.events, outcome.reason = 0, notice.skipped_reason
        return outcome
    digest = content_hash(notice)
    if connection.scalar(select(Notice.id).where(Notice.content_hash == digest)) is not None:
        outcome.status = "already imported"
        return outcome
    replaced = _same_number(connection, notice) if notice.doc_no else None
    if replaced is not None and not supersede:
        raise ImportConflict(
            f"{source}:{notice.first_line}: notice {notice.doc_no} is already in the ledger with other text "
            f"(known version dated {replaced.date}, imported {replaced.imported_at:%Y-%m-%d %H:%M}; "
            f"this version dated {notice.date}). Nothing written. To replace it, import with --supersede.\n"
            + short_diff(replaced.text, notice.text)
        )
    notice_id = _insert(connection, notice, digest, source, now)
    if replaced is not None:
        connection.execute(
            insert(Retraction).values(
                notice_id=replaced.id,
                reason=f"superseded by a new version from {source}",
                retracted_at=now,
                superseded_by=notice_id,
            )
        )
        outcome.status = "superseded"
        outcome.reason = f"replaces the version imported {replaced.imported_at:%Y-%m-%d %H:%M}"
    else:
        outcome.status = "added"
    return outcome


def _same_number(connection: Connection, notice: ParsedNotice):
    """The live (not retracted) notice with the same doc number, if there is one."""
    return connection.execute(
        select(Notice.id, Notice.date, Notice.imported_at, Notice.text)
        .where(Notice.doc_key == doc_key(notice.doc_no), Notice.id.not_in(select(Retraction.notice_id)))
        .order_by(Notice.id.desc())
        .limit(1)
    ).first()


def _insert(connection: Connection, notice: ParsedNotice, digest: str, source: str, now: dt.datetime) -> int:
    assert notice.date is not None  # checked before
    notice_id = connection.execute(
        insert(Notice)
        .values(
            content_hash=digest,
            doc_no=notice.doc_no,
            doc_key=doc_key(notice.doc_no),
            title=notice.title,
            issuer=notice.issuer,
            signed_by=notice.signed_by,
            date=notice.date,
            source_file=source,
            first_line=notice.first_line,
            last_line=notice.last_line,
            text=notice.text,
            imported_at=now,
        )
        .returning(Notice.id)
    ).scalar_one()
    rows = [
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
        }
        for seq, e in enumerate(notice.events)
    ]
    if rows:
        connection.execute(insert(Event), rows)  # one executemany, not one statement per row
        _add_posts(connection, {row["post"] for row in rows})
    return notice_id


def _add_posts(connection: Connection, names: set[str]) -> None:
    """Keep the derived posts table in step with the events (under the write lock)."""
    known = set(connection.scalars(select(Post.name).where(Post.name.in_(names))))
    missing = sorted(names - known)
    if missing:
        connection.execute(insert(Post), [{"name": n, "name_reversed": n[::-1]} for n in missing])


def retract(engine: Engine, doc_no: str, reason: str) -> list[tuple[str | None, dt.date]]:
    """Append a retraction of every live notice with this doc number; nothing is deleted."""
    if not reason.strip():
        raise LedgerError("a retraction needs a reason (--reason)")
    key = doc_key("".join(doc_no.split()))
    now = dt.datetime.now(dt.UTC)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            rows = connection.execute(
                select(Notice.id, Notice.doc_no, Notice.date, Retraction.retracted_at)
                .outerjoin(Retraction, Retraction.notice_id == Notice.id)
                .where(Notice.doc_key == key)
            ).all()
            if not rows:
                from .errors import NotFound

                raise NotFound(f"no notice numbered {doc_no!r}")
            live = [r for r in rows if r.retracted_at is None]
            if not live:
                raise LedgerError(f"notice {doc_no} is already retracted (on {rows[0].retracted_at:%Y-%m-%d %H:%M})")
            for row in live:
                connection.execute(insert(Retraction).values(notice_id=row.id, reason=reason.strip(), retracted_at=now))
    return [(row.doc_no, row.date) for row in live]
