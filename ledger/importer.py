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
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from .db import write_lock
from .errors import LedgerError, ParseError
from .models import ABPair, BodyAlias, Event, Notice, Portfolio, Post, Retraction
from .parse import ParsedFile, ParsedNotice, parse_file
from .parse.metadata import doc_key
from .posts import expand_body


@dataclass
class NoticeOutcome:
    doc_no: str | None
    title: str | None
    date: dt.date | None
    events: int
    status: str  # added | already imported | skipped | superseded
    reason: str | None = None
    actions: dict[str, int] = field(default_factory=dict)
    kind: str = "personnel"  # personnel | division | other


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
        if not notice.is_personnel and not notice.is_division:
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
    warnings = check(parsed.notices, str(path))
    return import_parsed(engine, parsed, warnings, dry_run=dry_run, supersede=supersede, _retry=_retry)


def import_parsed(
    engine: Engine,
    parsed: ParsedFile,
    warnings: list[str],
    *,
    dry_run: bool = False,
    supersede: bool = False,
    _retry: bool = False,
) -> FileReport:
    """Append an already parsed (and checked) file in one transaction."""
    path = parsed.file
    report = FileReport(str(path), dry_run)
    report.warnings = warnings
    now = dt.datetime.now(dt.UTC)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        transaction = connection.begin()
        try:
            write_lock(connection)
            batch = _Batch(connection, parsed, str(path), now, supersede)
            report.notices = [batch.append(notice) for notice in parsed.notices]
            batch.flush()
        except IntegrityError:
            # A second importer stored the same notice between our look-up and our insert
            # (possible on servers without our write lock): the unique hash kept the log
            # clean. One more pass sees the notice as known.
            transaction.rollback()
            if _retry:
                raise
            return import_parsed(engine, parsed, warnings, dry_run=dry_run, supersede=supersede, _retry=True)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return report


_INSERT_NOTICE = insert(Notice.__table__).returning(Notice.__table__.c.id)


class _Batch:
    """One file's writes: what is known is looked up once, events and posts written at once."""

    def __init__(self, connection: Connection, parsed: ParsedFile, source: str, now: dt.datetime, supersede: bool):
        self.connection, self.source, self.now, self.supersede = connection, source, now, supersede
        personnel = [n for n in parsed.notices if n.is_personnel or n.is_division]
        self.digests = {id(n): content_hash(n) for n in personnel}
        self.known = set(
            connection.scalars(select(Notice.content_hash).where(Notice.content_hash.in_(set(self.digests.values()))))
        )
        keys = {doc_key(n.doc_no) for n in personnel if n.doc_no}
        self.live = {
            row.doc_key: row
            for row in connection.execute(
                select(Notice.id, Notice.doc_key, Notice.date, Notice.imported_at, Notice.text)
                .where(Notice.doc_key.in_(keys), Notice.id.not_in(select(Retraction.notice_id)))
                .order_by(Notice.id)
            )
        }
        self.events: list[dict] = []

    def append(self, notice: ParsedNotice) -> NoticeOutcome:
        outcome = NoticeOutcome(notice.doc_no, notice.title, notice.date, len(notice.events), "skipped")
        outcome.actions = dict(Counter(e.action for e in notice.events))
        if not notice.is_personnel and not notice.is_division:
            outcome.events, outcome.reason, outcome.kind = 0, notice.skipped_reason, "other"
            return outcome
        outcome.kind = "division" if notice.is_division else "personnel"
        digest = self.digests[id(notice)]
        if digest in self.known:
            outcome.status = "already imported"
            return outcome
        key = doc_key(notice.doc_no)
        replaced = self.live.get(key) if key else None
        if replaced is not None and not self.supersede:
            raise ImportConflict(
                f"{self.source}:{notice.first_line}: notice {notice.doc_no} is already in the ledger with other "
                f"text (known version dated {replaced.date}, imported {replaced.imported_at:%Y-%m-%d %H:%M}; "
                f"this version dated {notice.date}). Nothing written. To replace it, import with --supersede.\n"
                + short_diff(replaced.text, notice.text)
            )
        notice_id = self._insert(notice, digest)
        self.known.add(digest)
        if replaced is not None:
            self.connection.execute(
                insert(Retraction).values(
                    notice_id=replaced.id,
                    reason=f"superseded by a new version from {self.source}",
                    retracted_at=self.now,
                    superseded_by=notice_id,
                )
            )
            outcome.status = "superseded"
            outcome.reason = f"replaces the version imported {replaced.imported_at:%Y-%m-%d %H:%M}"
        else:
            outcome.status = "added"
        if notice.is_division:
            outcome.events = 0
            outcome.reason = (
                f"work division: {len(notice.division.portfolios)} portfolio records, "
                f"{len(notice.division.ab_pairs)} AB pairs"
            )
        if key:
            self.live[key] = _Live(notice_id, key, notice.date, self.now, notice.text)
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
            },
        ).scalar_one()
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
            }
            for seq, e in enumerate(notice.events)
        )
        return notice_id

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
        if not self.events:
            return
        if self.connection.dialect.name == "sqlite":
            # The hot path of a large import: values as SQLite stores them (ISO dates, JSON
            # text) straight to the driver's executemany, without per-value type processing.
            self.connection.exec_driver_sql(_SQLITE_INSERT_EVENT, [_sqlite_row(row) for row in self.events])
        else:
            self.connection.execute(insert(Event.__table__), self.events)  # one executemany for the file
        _add_posts(self.connection, {row["post"] for row in self.events})


_EVENT_COLUMNS = (
    "notice_id", "seq", "action", "person", "post", "effective", "probation", "probation_until",
    "secondment", "secondment_until", "rank", "manner", "qualifiers", "line", "clause",
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
    )  # fmt: skip


@dataclass
class _Live:
    id: int
    doc_key: str
    date: dt.date | None
    imported_at: dt.datetime
    text: str


def _add_posts(connection: Connection, names: set[str]) -> None:
    """Keep the derived posts table in step with the events (under the write lock)."""
    known = set(connection.scalars(select(Post.name).where(Post.name.in_(names))))
    missing = sorted(names - known)
    if missing:
        connection.execute(insert(Post.__table__), [{"name": n, "name_reversed": n[::-1]} for n in missing])


def _parse_checked(path: Path, default_date: dt.date | None) -> tuple[ParsedFile | None, list[str], str | None]:
    """In a worker process: the parse and its check, or the error message."""
    try:
        parsed = parse_file(path, default_date)
        return parsed, check(parsed.notices, str(path)), None
    except LedgerError as exc:
        return None, [], str(exc)


def import_paths(
    engine: Engine,
    paths: list[str | Path],
    *,
    jobs: int = 1,
    dry_run: bool = False,
    default_date: dt.date | None = None,
    supersede: bool = False,
) -> Iterator[tuple[Path, FileReport | None, str | None]]:
    """Import files and folders, one transaction per file, in order: (path, report, error).

    With ``jobs`` > 1, files are parsed in that many worker processes while this process
    writes the ones already parsed; at most ``2 × jobs`` parsed files wait in memory.
    """
    files = list(expand_paths(paths))
    if jobs <= 1 or len(files) < 2:
        for path in files:
            try:
                yield (
                    path,
                    import_file(engine, path, dry_run=dry_run, default_date=default_date, supersede=supersede),
                    None,
                )
            except LedgerError as exc:
                yield path, None, str(exc)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        waiting: deque = deque()
        pending = iter(files)
        for path in pending:
            waiting.append((path, pool.submit(_parse_checked, path, default_date)))
            if len(waiting) >= 2 * jobs:
                break
        while waiting:
            path, future = waiting.popleft()
            for more in pending:
                waiting.append((more, pool.submit(_parse_checked, more, default_date)))
                break
            parsed, warnings, error = future.result()
            if error is not None or parsed is None:
                yield path, None, error
                continue
            try:
                yield path, import_parsed(engine, parsed, warnings, dry_run=dry_run, supersede=supersede), None
            except LedgerError as exc:
                yield path, None, str(exc)


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
