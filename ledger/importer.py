"""Import: parse a file and append its personnel notices to the log, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .errors import ParseError
from .models import Event, Notice
from .parse import ParsedNotice, parse_file


@dataclass
class NoticeOutcome:
    doc_no: str | None
    title: str | None
    date: dt.date | None
    events: int
    status: str  # added | already imported | skipped
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
        return [n for n in self.notices if n.status == "added"]

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


def import_file(
    engine: Engine,
    path: str | Path,
    *,
    dry_run: bool = False,
    default_date: dt.date | None = None,
    _retry: bool = False,
) -> FileReport:
    """Append the file's personnel notices in one transaction; notices already known add nothing."""
    parsed = parse_file(path, default_date)
    report = FileReport(str(path), dry_run)
    report.warnings = check(parsed.notices, str(path))
    now = dt.datetime.now(dt.UTC)
    with Session(engine) as session:
        for notice in parsed.notices:
            outcome = NoticeOutcome(notice.doc_no, notice.title, notice.date, len(notice.events), "skipped")
            outcome.actions = dict(Counter(e.action for e in notice.events))
            report.notices.append(outcome)
            if not notice.is_personnel:
                outcome.events, outcome.reason = 0, notice.skipped_reason
                continue
            digest = content_hash(notice)
            if session.scalar(select(Notice.id).where(Notice.content_hash == digest)) is not None:
                outcome.status = "already imported"
                continue
            outcome.status = "added"
            session.add(_notice_row(notice, digest, str(path), now))
        try:
            session.flush()
        except IntegrityError:
            # Another process stored the same notice between our look-up and our insert:
            # the unique constraint kept the log clean; a second pass sees it as known.
            session.rollback()
            if _retry:
                raise
            return import_file(engine, path, dry_run=dry_run, default_date=default_date, _retry=True)
        if dry_run:
            session.rollback()
        else:
            session.commit()
    return report


def _notice_row(notice: ParsedNotice, digest: str, source: str, now: dt.datetime) -> Notice:
    assert notice.date is not None  # checked before
    row = Notice(
        content_hash=digest,
        doc_no=notice.doc_no,
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
    row.events = [
        Event(
            seq=seq,
            action=e.action,
            person=e.person,
            post=e.post,
            effective=e.effective or notice.date,
            probation=e.probation,
            probation_until=e.probation_until,
            secondment=e.secondment,
            secondment_until=e.secondment_until,
            rank=e.rank,
            manner=",".join(e.manner) or None,
            qualifiers=e.qualifiers,
            line=e.line,
            clause=e.clause,
        )
        for seq, e in enumerate(notice.events)
    ]
    return row
