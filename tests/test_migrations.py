"""Migrations: data written at the first schema survives every upgrade; the newest downgrades."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from ledger.db import _alembic_config, make_engine, open_database, resolve_url


def migrate(engine, target: str, down: bool = False) -> None:
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)


def revision(engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# The tables as migration 0001 made them, for writing rows the way a 0001-era ledger did.
NOTICES_0001 = sa.table(
    "notices",
    *(sa.column(c) for c in ("id", "content_hash", "doc_no", "title", "issuer", "signed_by", "source_file", "text")),
    sa.column("date", sa.Date),
    sa.column("first_line", sa.Integer),
    sa.column("last_line", sa.Integer),
    sa.column("imported_at", sa.DateTime(timezone=True)),
)
EVENTS_0001 = sa.table(
    "events",
    *(sa.column(c) for c in ("notice_id", "seq", "action", "person", "post", "line", "clause")),
    sa.column("effective", sa.Date),
    sa.column("qualifiers", sa.JSON),
)


def test_data_at_the_first_migration_survives_upgrade_to_head(db):
    url = resolve_url(db)
    engine = make_engine(url)
    migrate(engine, "0001")
    now = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    with engine.begin() as conn:
        for n, doc in enumerate(("某政任［2024］1号", "某政任〔2024〕2号"), start=1):
            conn.execute(
                sa.insert(NOTICES_0001).values(
                    id=n, content_hash=f"{n:064d}", doc_no=doc, title="t", issuer="i", signed_by="s",
                    source_file="f.txt", text="text", date=dt.date(2024, 4, n), first_line=1, last_line=9,
                    imported_at=now,
                )
            )  # fmt: skip
            conn.execute(
                sa.insert(EVENTS_0001),
                [
                    dict(notice_id=n, seq=seq, action="appoint", person=f"人{n}{seq}", post="某县财政局局长", line=5,
                         clause="c", effective=dt.date(2024, 4, n), qualifiers=[])
                    for seq in range(3)
                ],
            )  # fmt: skip
    engine.dispose()

    upgraded = open_database(url)  # what every command does on first use
    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    assert [revision(upgraded)] == heads
    with upgraded.connect() as conn:
        assert conn.execute(text("select count(*) from events")).scalar() == 6
        keys = conn.execute(text("select doc_key from notices order by id")).scalars().all()
    assert keys == ["某政任〔2024〕1号", "某政任〔2024〕2号"]  # back-filled by the migration
    assert "retractions" in inspect(upgraded).get_table_names()
    with upgraded.connect() as conn:  # events from before documents were read came from text files
        assert conn.execute(text("select distinct source, page from events")).all() == [("text", None)]
    with upgraded.connect() as conn:  # the derived posts table, back-filled from the events
        assert conn.execute(text("select name, name_reversed from posts")).all() == [
            ("某县财政局局长", "长局局政财县某")
        ]

    script = ScriptDirectory.from_config(_alembic_config())
    previous = script.get_revision(heads[0]).down_revision

    def schema() -> set[tuple[str, str]]:
        found = inspect(upgraded)
        return {(table, column["name"]) for table in found.get_table_names() for column in found.get_columns(table)}

    schema_at_head = schema()
    migrate(upgraded, "-1", down=True)
    assert revision(upgraded) == previous
    assert schema() < schema_at_head
    with upgraded.connect() as conn:
        assert conn.execute(text("select count(*) from events")).scalar() == 6
    migrate(upgraded, "head")
    assert [revision(upgraded)] == heads


def test_schema_head_constant_names_the_newest_migration():
    from ledger.db import SCHEMA_HEAD

    assert ScriptDirectory.from_config(_alembic_config()).get_heads() == [SCHEMA_HEAD]


@pytest.mark.postgres
def test_with_a_server_the_suite_really_runs_on_postgresql(db):
    """CI's second run: every fixture's database is a schema of the PostgreSQL server."""
    engine = sa.create_engine(resolve_url(db))
    try:
        with engine.connect() as conn:
            assert conn.dialect.name == "postgresql"
            assert conn.execute(text("SELECT current_schema()")).scalar_one().startswith("t_")
    finally:
        engine.dispose()
