"""``Ledger``: the library's front door, usable without the CLI.

from ledger import Ledger
book = Ledger("my.db")
book.import_file("gazette.txt")
book.who_holds("王官庄街道办事处主任", on=datetime.date(2024, 5, 1))
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from . import importer, queries
from .db import open_database, resolve_url
from .tenures import Tenure


class Ledger:
    def __init__(self, db: str | None = None):
        self.url = resolve_url(db)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Opened (and migrated) on first use, so that parsing alone never touches a database."""
        if self._engine is None:
            self._engine = open_database(self.url)
        return self._engine

    def session(self) -> Session:
        return Session(self.engine)

    def import_file(
        self, path: str | Path, *, dry_run: bool = False, default_date: dt.date | None = None
    ) -> importer.FileReport:
        return importer.import_file(self.engine, path, dry_run=dry_run, default_date=default_date)

    def who_holds(self, post: str, on: dt.date | None = None) -> list[queries.PostHolders]:
        with self.session() as session:
            return queries.who_holds(session, post, on or dt.date.today())

    def career(self, name: str) -> list[Tenure]:
        with self.session() as session:
            return queries.career(session, name)

    def expiring_probations(
        self, on: dt.date | None = None, within: int = 90, include_overdue: bool = False
    ) -> list[queries.ExpiringProbation]:
        with self.session() as session:
            return queries.expiring_probations(session, on or dt.date.today(), within, include_overdue)
