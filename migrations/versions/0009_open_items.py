"""Open items and resolutions: a clause that holds a decision but cannot be read no longer
refuses its file; it is kept beside its notice's events for a person to resolve.

- ``open_items``: one row per unreadable clause of a notice (notice, seq, line, the clause,
  why, and where the line stands in the original document, as events have it). They are
  rows of their notice and hashed with it in the chain, like its events.
- ``resolutions``: what a person decided about an open item (the events they read in it, or
  "not an event" with a reason), or an event recorded from a source no imported notice
  carries (``ledger record``); who (the OS account) and when. Each is an entry of the chain.
- ``events.resolution_id``: the resolution an event comes from (NULL for events read by the
  parser). Such an event belongs to its resolution's chain entry, not to its notice's.
  A plain ADD COLUMN (no batch copy, no foreign key): the events table keeps its rows, ids
  and append-only triggers; ``ledger verify`` reports an event pointing at no resolution.

Both new tables are append-only like the rest of the log (the guards of 0006 and 0007).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GUARDED = {
    "open_items": "id = NEW.id OR (notice_id = NEW.notice_id AND seq = NEW.seq)",
    "resolutions": "id = NEW.id OR (open_item_id IS NOT NULL AND open_item_id = NEW.open_item_id)",
}


def _guards(table: str, keys: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on {table} refused'); END"
            )
        op.execute(
            f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
            f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {keys}) "
            f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an insert may not replace a row of {table}'); END"
        )
    elif dialect == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
        )


def upgrade() -> None:
    op.create_table(
        "open_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_open_items_notice"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("clause", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("source", sa.String(8), nullable=False, server_default="text"),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("paragraph", sa.Integer, nullable=True),
        sa.Column("table_no", sa.Integer, nullable=True),
        sa.Column("table_row", sa.Integer, nullable=True),
        sa.UniqueConstraint("notice_id", "seq", name="uq_open_items_notice_seq"),
    )
    # the chain hashes a notice's rows through this index (ledger.chain._part_rows)
    op.create_index("ix_open_items_notice_id", "open_items", ["notice_id"])
    op.create_table(
        "resolutions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "open_item_id", sa.Integer, sa.ForeignKey("open_items.id", name="fk_resolutions_open_item"), nullable=True
        ),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_resolutions_notice"), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),  # events | not-event | record
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("resolved_by", sa.String(100), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("open_item_id", name="uq_resolutions_open_item"),
    )
    op.create_index("ix_resolutions_notice_id", "resolutions", ["notice_id"])
    with op.batch_alter_table("events") as batch:  # on SQLite an ADD COLUMN, no copy: triggers stay
        batch.add_column(sa.Column("resolution_id", sa.Integer, nullable=True))
    op.create_index("ix_events_resolution_id", "events", ["resolution_id"])
    for table, keys in GUARDED.items():
        _guards(table, keys)


def downgrade() -> None:
    op.drop_index("ix_events_resolution_id", "events")
    op.execute("ALTER TABLE events DROP COLUMN resolution_id")
    op.drop_table("resolutions")  # their triggers go with them
    op.drop_table("open_items")
