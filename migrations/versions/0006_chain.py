"""A hash chain over the log, and the append-only guards closed against every bypass.

- ``chain``: one row per notice or retraction, in the order they were logged, with the
  hash of the entry's stored content and the hash chaining it to the entry before
  (``ledger.chain``, format 1). Entries already in the ledger are chained here, in the
  order they were imported and retracted.
- SQLite: ``INSERT OR REPLACE`` deletes the row it replaces without firing DELETE
  triggers, so a BEFORE INSERT guard refuses any insert that would meet an existing key.
- PostgreSQL: row triggers do not see ``TRUNCATE``; statement triggers refuse it.
- ``posts`` (derived from the events) and ``chain`` are protected like the log itself;
  ``ledger check --repair`` rebuilds posts from the events.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Each table of the ledger and the keys an insert must not meet (SQLite's REPLACE guard).
KEYS = {
    "notices": ("id", "content_hash"),
    "events": ("id", ("notice_id", "seq")),
    "retractions": ("id", "notice_id"),
    "portfolios": ("id", ("notice_id", "seq")),
    "body_aliases": ("id",),
    "ab_pairs": ("id",),
    "posts": ("id", "name"),
    "chain": ("seq", ("kind", "ref")),
}
NEW_GUARDED = ("posts", "chain")  # tables without UPDATE/DELETE triggers until now


def _key_test(key) -> str:
    columns = (key,) if isinstance(key, str) else key
    return " AND ".join(f"{c} = NEW.{c}" for c in columns)


def upgrade() -> None:
    op.create_table(
        "chain",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("kind", "ref", name="uq_chain_kind_ref"),
    )
    bind = op.get_bind()
    # Chain what is already logged, in the order it was logged.
    from ledger import chain

    notices = bind.exec_driver_sql("SELECT id, imported_at FROM notices").all()
    retractions = bind.exec_driver_sql("SELECT id, retracted_at FROM retractions").all()
    order = sorted(
        [(str(at), 0, ref, "notice") for ref, at in notices]
        + [(str(at), 1, ref, "retraction") for ref, at in retractions]
    )
    chain.append(bind, [(kind, ref) for _, _, ref, kind in order], schema="0006")

    dialect = bind.dialect.name
    if dialect == "sqlite":
        for table, keys in KEYS.items():
            test = " OR ".join(f"({_key_test(key)})" for key in keys)
            op.execute(
                f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {test}) "
                f"BEGIN SELECT RAISE(ABORT, "
                f"'the ledger is append-only: an insert may not replace a row of {table}'); END"
            )
        for table in NEW_GUARDED:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on {table} refused'); END"
                )
    elif dialect == "postgresql":
        for table in NEW_GUARDED:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
            )
        for table in KEYS:
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in KEYS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_replace")
        for table in NEW_GUARDED:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    elif dialect == "postgresql":
        for table in KEYS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        for table in NEW_GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.drop_table("chain")
