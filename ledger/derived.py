"""Derived tables (``posts``, ``search_names``) checked against the log, and rebuilt from it.

``posts`` holds every post name of the events once, reversed for tail look-ups. It only
grows, and triggers protect it like the log; if rows go missing or appear anyway (the
triggers dropped, the file edited), queries would miss posts or show ghosts. The events
are the truth: this module compares the two and rebuilds ``posts`` from the events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, insert, text

from .db import write_lock
from .models import Post, SearchName

#: The posts and persons of the events that belong to a notice (a row naming none is no
#: part of the log: ``chain.orphan_rows``).
_LOGGED_POSTS = "SELECT DISTINCT post FROM events WHERE notice_id IN (SELECT id FROM notices)"
_LOGGED_PERSONS = "SELECT DISTINCT person FROM events WHERE notice_id IN (SELECT id FROM notices)"


@dataclass
class PostsDrift:
    missing: list[str]  # post names of events absent from posts
    extra: list[str]  # rows of posts that no event names, or whose reversed name is wrong
    unindexed: list[tuple[str, str]] = field(default_factory=list)  # (kind, name) absent from search_names
    stray: list[tuple[str, str]] = field(default_factory=list)  # search_names rows no event bears

    @property
    def ok(self) -> bool:
        return not self.missing and not self.extra and not self.unindexed and not self.stray


def posts_drift(connection: Connection) -> PostsDrift:
    from .search import search_names

    names = {row[0] for row in connection.exec_driver_sql(_LOGGED_POSTS)}
    stored = connection.exec_driver_sql("SELECT name, name_reversed FROM posts").all()
    known = {name for name, _ in stored}
    wrong = {name for name, reversed_name in stored if reversed_name != name[::-1] or name not in names}
    persons = {row[0] for row in connection.exec_driver_sql(_LOGGED_PERSONS)}
    wanted = search_names(persons, names)
    indexed = {(kind, name) for kind, name in connection.exec_driver_sql("SELECT kind, name FROM search_names")}
    return PostsDrift(sorted(names - known), sorted(wrong), sorted(wanted - indexed), sorted(indexed - wanted))


def rebuild_posts(engine: Engine) -> PostsDrift:
    """Make ``posts`` agree with the events, lifting its guard for this transaction only."""
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            drift = posts_drift(connection)
            if drift.ok:
                return drift
            sqlite = connection.dialect.name == "sqlite"
            if drift.extra:
                if sqlite:
                    connection.exec_driver_sql("DROP TRIGGER IF EXISTS posts_no_delete")
                else:
                    connection.exec_driver_sql("ALTER TABLE posts DISABLE TRIGGER posts_append_only")
                for name in drift.extra:
                    connection.execute(text("DELETE FROM posts WHERE name = :name"), {"name": name})
                if sqlite:
                    connection.exec_driver_sql(
                        "CREATE TRIGGER posts_no_delete BEFORE DELETE ON posts "
                        "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: DELETE on posts refused'); END"
                    )
                else:
                    connection.exec_driver_sql("ALTER TABLE posts ENABLE TRIGGER posts_append_only")
            names = sorted(set(drift.missing) | {n for n in drift.extra if n in _event_posts(connection)})
            if names:
                connection.execute(insert(Post.__table__), [{"name": n, "name_reversed": n[::-1]} for n in names])
            for kind, name in drift.stray:  # an index, not the log: no guard to lift
                connection.execute(
                    text("DELETE FROM search_names WHERE kind = :kind AND name = :name"), {"kind": kind, "name": name}
                )
            if drift.unindexed:
                from .search import search_rows

                connection.execute(insert(SearchName.__table__), search_rows(set(drift.unindexed)))
            return drift


def _event_posts(connection: Connection) -> set[str]:
    return {row[0] for row in connection.exec_driver_sql(_LOGGED_POSTS)}
