"""``Ledger``: the library's front door, usable without the CLI.

from ledger import Ledger
book = Ledger("my.db")
book.import_file("gazette.txt")
book.who_holds("王官庄街道办事处主任", on=datetime.date(2024, 5, 1))
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import queries
from .dates import moment_text, today
from .db import explain, open_database, resolve_url, shown
from .errors import NotFound
from .i18n import N_
from .tenures import Tenure

if TYPE_CHECKING:
    from . import due, importer
    from .answer import Sheet
    from .timeline import Timeline


class Ledger:
    def __init__(self, db: str | None = None, as_known_at: dt.datetime | None = None):
        """``as_known_at``: answer every query as the ledger stood at that moment (record time)."""
        self.url = resolve_url(db)
        self.as_known_at = as_known_at.astimezone(dt.UTC) if as_known_at else None
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Opened (and migrated) on first use, so that parsing alone never touches a database.
        Only an import creates a database; anything else on a missing one is ``db.NoLedger``."""
        if self._engine is None:
            self._engine = open_database(self.url, create=False)
        return self._engine

    @property
    def writer(self) -> Engine:
        """The engine for an import: the database is created if it does not exist yet."""
        if self._engine is None:
            self._engine = open_database(self.url, create=True)
        return self._engine

    def _writer_for(self, dry_run: bool) -> Engine:
        """A dry run writes nothing, not even a new database: against a ledger that does not
        exist yet, it is played on an empty one in a temporary folder, removed at exit."""
        if not dry_run:
            return self.writer
        from .db import NoLedger

        try:
            return self.engine
        except NoLedger:
            import tempfile

            self._scratch = tempfile.TemporaryDirectory(prefix="ledger-dry-run-")
            self._engine = open_database(str(Path(self._scratch.name) / "ledger.db"), create=True)
            return self._engine

    def session(self, **options) -> Session:
        return Session(self.engine, info={"known_at": self.as_known_at}, **options)

    def _emptiness(self) -> NotFound | None:
        """Why nothing can match, if the ledger holds no notice (at all, or by --as-known-at)."""
        from sqlalchemy import select

        from .models import Notice

        with self.engine.connect() as connection:
            first = connection.execute(select(Notice.imported_at).order_by(Notice.imported_at).limit(1)).first()
        if first is None:
            return NotFound(
                N_("the ledger {url} is empty: import notices first (ledger import FILE)"), url=shown(self.url)
            )
        if self.as_known_at is not None:
            imported = first[0] if first[0].tzinfo else first[0].replace(tzinfo=dt.UTC)
            if imported > self.as_known_at:
                return NotFound(
                    N_("nothing was imported yet at {moment}: the first import was {first}"),
                    moment=moment_text(self.as_known_at),
                    first=moment_text(imported),
                )
        return None

    def import_file(
        self,
        path: str | Path,
        *,
        dry_run: bool = False,
        default_date: dt.date | None = None,
        supersede: bool = False,
        strict: bool = False,
    ) -> importer.FileReport:
        """Import one file. An unreadable personnel clause becomes an open item of its notice
        (``report.open_items``); ``strict`` refuses the whole file instead."""
        from . import importer

        engine = self._writer_for(dry_run)
        return importer.import_file(
            engine, path, dry_run=dry_run, default_date=default_date, supersede=supersede, strict=strict
        )

    def gather(self, paths: list) -> list[importer.Candidate]:
        """The files an import of these paths reads (folders expanded), or what is wrong with a path."""
        from . import importer

        return importer.gather(paths)

    def import_paths(self, paths: list, *, jobs: int = 1, **options) -> Iterator[importer.FileResult]:
        """One ``importer.FileResult`` per file, in order; see ``importer.import_paths``.

        The first import into a SQLite file that does not exist yet creates it; if that import
        reads no file into it (every file failed, or it was interrupted before its first
        commit), the file is removed again once the results are consumed or closed: a failed
        first import leaves no empty ledger behind, and queries go on saying there is none."""
        from . import importer

        dry_run = options.get("dry_run", False)
        created = None if dry_run else self._new_sqlite_file()
        try:
            engine = self._writer_for(dry_run)
        except BaseException:  # Ctrl-C or an error while the new database was being made
            self._discard(created)
            raise
        results = importer.import_paths(engine, paths, jobs=jobs, **options)
        return results if created is None else self._first_import(results, created)

    def _new_sqlite_file(self) -> Path | None:
        """The SQLite file an import would create, or None (it exists, or not SQLite)."""
        from .db import sqlite_path

        path = sqlite_path(self.url)
        return path if path is not None and self._engine is None and not path.exists() else None

    def _first_import(self, results: Iterator[importer.FileResult], created: Path) -> Iterator[importer.FileResult]:
        read = False
        try:
            for result in results:
                # a result comes once its file is committed (importer.Writer): one read into
                # the ledger, even if it held no notice, makes the ledger the user's
                read = read or result.report is not None
                yield result
        finally:
            results.close()  # the import's own cleanup (the open group undone) first
            if not read:
                self._discard(created)

    def _discard(self, created: Path | None) -> None:
        """Remove a database this import created and wrote nothing of the user's into."""
        import os

        if created is None:
            return
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{created}{suffix}")
            except FileNotFoundError:
                pass

    def retract(self, doc_no: str, reason: str) -> list:
        from . import importer

        return importer.retract(self.engine, doc_no, reason)

    def reinstate(self, doc_no: str, reason: str) -> list:
        """Bring back a retracted notice (appended, like the retraction it undoes)."""
        from . import importer

        return importer.reinstate(self.engine, doc_no, reason)

    def open_items(self, include_resolved: bool = False) -> list:
        """Unreadable clauses kept for review (``review.Item``), oldest first; resolved ones
        too with ``include_resolved``. Those of retracted notices are left out."""
        from . import review

        with self.session() as session:
            return review.open_items(session, include_resolved=include_resolved)

    def open_items_concerning(self, names: set[str]) -> list:
        """Unresolved open items whose clause names one of ``names`` (a post or its tail, a
        person, an organisation): answers about them may be incomplete."""
        from . import review

        with self.session() as session:
            return review.concerning(session, names)

    def resolve(self, item: str | int, events: list | None = None, *, not_event: bool = False, reason=None):
        """Close open item ``item`` (``3`` or ``#3``) with the events read in it
        (``review.EventSpec``), or as not an event with a reason. Appended and chained,
        with who (the OS account) and when; returns ``review.Resolved``."""
        from . import review

        return review.resolve(self.engine, item, events, not_event=not_event, reason=reason)

    def rename_organisation(self, old: str, new: str, on: dt.date | None, cite: str):
        """Assert that the body written ``old`` was renamed ``new`` on ``on``: a post under either
        name is one post (``identities``); appended and chained. Returns ``identities.Asserted``."""
        from .review import assert_identity

        return assert_identity(self.engine, "rename", old, new, cite, effective=on)

    def merge_persons(self, name: str, other: str, cite: str):
        """Assert that the person written ``other`` is the person written ``name``."""
        from .review import assert_identity

        return assert_identity(self.engine, "merge", name, other, cite)

    def split_person(self, name: str, where: str, label: str, cite: str):
        """Assert that ``name`` on posts whose names hold ``where`` is another person, shown as
        name（label）."""
        from .review import assert_identity

        return assert_identity(self.engine, "split", name, label, cite, piece=where)

    def record(self, date: dt.date, cite: str, events: list, reason: str | None = None):
        """Append events no imported notice carries (a decision read out at a meeting), cited
        by ``cite``; returns ``review.Resolved``."""
        from . import review

        return review.record(self.writer, date, cite, events, reason=reason)  # may start a ledger

    def check(self, derived: bool = False) -> list:
        """Anomalies of the record (``checks.Finding``); ``derived``: also a posts table or search
        index that no longer agrees with the events."""
        from .chain import orphan_rows
        from .checks import drift_findings, find_anomalies, orphan_findings

        with self.session() as session:
            found = find_anomalies(session) + orphan_findings(orphan_rows(session.connection()))
        return found + drift_findings(self.posts_drift()) if derived else found

    def posts_drift(self):
        """How the derived posts table differs from the events (``derived.PostsDrift``)."""
        from .derived import posts_drift

        with self.engine.connect() as connection:
            return posts_drift(connection)

    def repair(self):
        """Rebuild the derived posts table from the events; returns what was wrong."""
        from .derived import rebuild_posts

        return rebuild_posts(self.engine)

    def verify(self, checkpoint: str | None = None, trusted: set[str] | None = None, deep: bool = False):
        """Recompute the hash chain over the log (``chain.Verification``); ``checkpoint``
        (ENTRIES:HASH from an earlier verify) also proves the log has only grown since;
        ``trusted`` (public keys) requires every entry to be signed by one of them; ``deep``
        also reads every notice again and compares its events with those stored (``reread``)."""
        from .chain import verify

        with self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # chain and rows from one snapshot: an import committing meanwhile is no "row
                # added behind the ledger's back" (SQLite's read transaction is one already)
                connection.execution_options(isolation_level="REPEATABLE READ")
            result = verify(connection, checkpoint, url=self.url, trusted=trusted)
            if deep:
                from .reread import reread

                result.deep = reread(connection)
                result.problems.extend(result.deep.problems)
            return result

    def names(self, kind: str, text: str, limit: int = 50) -> list[str]:
        """Stored names of ``kind`` (post, person, organisation) starting with ``text``, or
        else holding it: for shell completion."""
        with self.session() as session:
            return queries.names(session, kind, text, limit)

    def who_holds(self, post: str, on: dt.date | None = None, rows: int | None = None) -> queries.Answers:
        """``rows``: enough posts for that many holders, not every post (``more`` counts the rest)."""
        with self.session() as session:
            return queries.who_holds(session, post, on or today(), rows)

    def career(self, name: str) -> list[Tenure]:
        with self.session() as session:
            return queries.career(session, name)

    def expiring_probations(
        self, on: dt.date | None = None, within: int = 90, include_overdue: bool = False
    ) -> list[queries.ExpiringProbation]:
        with self.session() as session:
            return queries.expiring_probations(session, on or today(), within, include_overdue)

    def overdue_probations(self, on: dt.date | None = None) -> list[queries.ExpiringProbation]:
        """Probations of posts held on ``on`` that ended before it with no confirmation."""
        with self.session() as session:
            return queries.overdue_probations(session, on or today())

    def vacancies(
        self, org: str | None = None, on: dt.date | None = None, longer_than: str | due.Span | None = None
    ) -> list[due.Vacancy]:
        """Posts whose last holder left with no successor on record by ``on``, the longest vacant
        first; ``org``: under organisations so named (as ``roster`` matches them); ``longer_than``:
        empty for longer than that (``due.parse_span``: 90, 90d, 6m, 1y)."""
        from . import due

        if isinstance(longer_than, str):
            longer_than = due.parse_span(longer_than)
        with self.session() as session:
            return due.vacancies(session, on or today(), org, longer_than)

    def due(
        self, on: dt.date | None = None, within: int = 90, tenure_years: tuple[int, ...] = (5, 10)
    ) -> list[due.DueItem]:
        """What falls due from ``on`` to ``within`` days later: probations (and those overdue),
        secondment periods, terms of office, and ``tenure_years`` in the same post."""
        from . import due

        with self.session() as session:
            return due.due(session, on or today(), within, tenure_years)

    def succession(self, post: str, rows: int | None = None) -> queries.Answers:
        """``rows``: enough posts for that many tenures, not every post (``more`` counts the rest)."""
        with self.session() as session:
            return queries.succession(session, post, rows)

    def career_report(self, name: str) -> queries.Career:
        with self.session() as session:
            return queries.career_report(session, name)

    def roster(
        self, org: str, on: dt.date | None = None, include_vacant: bool = False, rows: int | None = None
    ) -> queries.Answers:
        """``rows``: enough posts for that many rows, not every post (``more`` counts the rest)."""
        with self.session() as session:
            return queries.roster(session, org, on or today(), include_vacant, rows)

    def org_tree(
        self, name: str, on: dt.date | None = None, rows: int | None = None, held_only: bool = False
    ) -> queries.Answers:
        """The organisations ``name`` names (any spelling of them, or part of a unit's name),
        each an ``orgs.OrgNode`` with the units below it and who held each post on ``on``.
        ``rows``: enough organisations for that many posts (``more`` counts the rest)."""
        from . import orgs

        with self.session() as session:
            return orgs.org_tree(session, name, on or today(), rows, held_only)

    def changes(
        self, start: dt.date | None = None, end: dt.date | None = None, org: str | None = None
    ) -> queries.PeriodChanges:
        with self.session() as session:
            return queries.changes(session, start, end, org)

    def assertions(self) -> list:
        """What persons asserted that no notice says (``identities.Asserted``), oldest first."""
        from .identities import assertions

        with self.session() as session:
            return assertions(session)

    def notices(self, limit: int | None = None) -> list[queries.NoticeSummary]:
        with self.session(expire_on_commit=False) as session:
            return queries.list_notices(session, limit)

    def notice(self, doc_no: str) -> list:
        with self.session(expire_on_commit=False) as session:
            return queries.find_notices(session, doc_no)

    def search(self, text: str, limit: int = 20) -> list:
        from .search import search

        with self.session() as session:
            return search(session, text, limit)

    def export(self, fmt: str):
        """``csv``: an iterator of text chunks; ``json`` and ``popolo``: a dict."""
        from . import export

        session = self.session()
        if fmt == "csv":

            def chunks():
                with session:
                    yield from export.to_csv(session)

            return chunks()
        with session:
            return export.to_json(session) if fmt == "json" else export.to_popolo(session)

    def tenure_rows(self):
        """Every tenure as a row of the export's columns (``export.CSV_COLUMNS``), streamed."""
        from . import export

        with self.session() as session:
            for tenure in export.all_tenures(session):
                yield export.tenure_row(tenure)

    def export_sheets(self) -> list[Sheet]:
        """The export as a workbook's sheets (``export.sheets``): tenures, events, notices."""
        from . import export

        return export.sheets(self.session)

    def who_oversees(self, body_or_area: str, on: dt.date | None = None) -> list:
        from . import division

        with self.session() as session:
            return division.who_oversees(session, body_or_area, on or today())

    def portfolio(self, leader: str, on: dt.date | None = None) -> list:
        from . import division

        with self.session() as session:
            return division.portfolio(session, leader, on or today())

    def stands_in_for(self, leader: str, on: dt.date | None = None) -> list:
        from . import division

        with self.session() as session:
            return division.stands_in_for(session, leader, on or today())

    def overseers_of(self, organisations: set[str], on: dt.date | None = None) -> dict:
        from . import division

        with self.session() as session:
            return division.overseers_of(session, organisations, on or today())

    def timeline(
        self,
        query: str,
        start: dt.date | None = None,
        end: dt.date | None = None,
        today: dt.date | None = None,
    ) -> Timeline:
        """Lanes, bars and marks for a person, a post (any tail of its name) or an organisation,
        over ``start``..``end`` (default: everything on record, and today). ``timeline.page.render``
        draws it as a self-contained HTML page."""
        from .timeline import timeline

        with self.session() as session:
            return timeline(session, query, start=start, end=end, today=today)


def _explained(method: Callable[..., Any]) -> Callable[..., Any]:
    """A database's own error (read-only file, full disk, a lock held too long) becomes a
    ``LedgerError`` that says what to do, never a dump of SQL."""

    @functools.wraps(method)
    def wrapper(self: Ledger, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except DBAPIError as exc:
            raise explain(exc, self.url) from None
        except NotFound as exc:
            empty = self._emptiness()
            raise (empty or exc) from None

    return wrapper


for _name, _method in list(vars(Ledger).items()):
    if callable(_method) and not _name.startswith("_") and _name not in ("session", "gather"):
        setattr(Ledger, _name, _explained(_method))
