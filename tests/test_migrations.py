"""Migrations: data written at the first schema survives every upgrade; the newest downgrades."""

from __future__ import annotations

import datetime as dt

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


def test_data_at_the_first_migration_survives_upgrade_to_head(tmp_path):
    url = resolve_url(str(tmp_path / "old.db"))
    engine = make_engine(url)
    migrate(engine, "0001")
    now = dt.datetime(2024, 5, 1, 12, 0)
    with engine.begin() as conn:
        for n, doc in enumerate(("某政任［2024］1号", "某政任〔2024〕2号"), start=1):
            conn.execute(
                text(
                    "insert into notices (id, content_hash, doc_no, title, issuer, signed_by, date, source_file,"
                    " first_line, last_line, text, imported_at) values (:id, :h, :doc, 't', 'i', 's', :d, 'f.txt',"
                    " 1, 9, 'text', :now)"
                ),
                {"id": n, "h": f"{n:064d}", "doc": doc, "d": dt.date(2024, 4, n), "now": now},
            )
            for seq in range(3):
                conn.execute(
                    text(
                        "insert into events (notice_id, seq, action, person, post, effective, qualifiers, line, clause)"
                        " values (:n, :seq, 'appoint', :p, '某县财政局局长', :d, '[]', 5, 'c')"
                    ),
                    {"n": n, "seq": seq, "p": f"人{n}{seq}", "d": dt.date(2024, 4, n)},
                )
    engine.dispose()

    upgraded = open_database(url)  # what every command does on first use
    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    assert [revision(upgraded)] == heads
    with upgraded.connect() as conn:
        assert conn.execute(text("select count(*) from events")).scalar() == 6
        keys = conn.execute(text("select doc_key from notices order by id")).scalars().all()
    assert keys == ["某政任〔2024〕1号", "某政任〔2024〕2号"]  # back-filled by the migration
    assert "retractions" in inspect(upgraded).get_table_names()

    migrate(upgraded, "-1", down=True)
    assert revision(upgraded) == "0001"
    assert "retractions" not in inspect(upgraded).get_table_names()
    with upgraded.connect() as conn:
        assert conn.execute(text("select count(*) from events")).scalar() == 6
    migrate(upgraded, "head")
    assert [revision(upgraded)] == heads
