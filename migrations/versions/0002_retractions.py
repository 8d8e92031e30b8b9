"""Retractions, and the log made append-only by the database itself.

A wrong import is undone by appending a retraction of its notice; queries then ignore the
notice's events. Triggers refuse UPDATE and DELETE on notices and events, so that nothing
in the log can be changed or lost, whatever client writes to it.

Note for later migrations: a batch (copy-and-move) migration of notices or events on
SQLite recreates the table without these triggers; recreate them afterwards.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LOG_TABLES = ("notices", "events")
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "［": "〔", "］": "〕"})


def _doc_key(doc_no: str | None) -> str | None:
    # a frozen copy of ledger.parse.metadata.doc_key as it was when this migration was written
    return "".join(doc_no.split()).translate(_BRACKETS) if doc_no else None


def upgrade() -> None:
    op.create_table(
        "retractions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_retractions_notice"), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("retracted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "superseded_by", sa.Integer, sa.ForeignKey("notices.id", name="fk_retractions_superseded_by"), nullable=True
        ),
        sa.UniqueConstraint("notice_id", name="uq_retractions_notice"),
    )
    op.create_index("ix_notices_imported_at", "notices", ["imported_at"])
    # doc_key: the doc number with one bracket style, to find "the same notice, other text"
    with op.batch_alter_table("notices") as batch:
        batch.add_column(sa.Column("doc_key", sa.String(100), nullable=True))
    op.create_index("ix_notices_doc_key", "notices", ["doc_key"])
    notices = sa.table(
        "notices", sa.column("id", sa.Integer), sa.column("doc_no", sa.String), sa.column("doc_key", sa.String)
    )
    bind = op.get_bind()
    for notice_id, doc_no in bind.execute(sa.select(notices.c.id, notices.c.doc_no)).all():
        bind.execute(sa.update(notices).where(notices.c.id == notice_id).values(doc_key=_doc_key(doc_no)))
    dialect = op.get_bind().dialect.name
    for table in (*LOG_TABLES, "retractions"):
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on {table} refused'); END"
                )
        elif dialect == "postgresql":
            op.execute(
                "CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME; END $$ "
                "LANGUAGE plpgsql"
            )
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in (*LOG_TABLES, "retractions"):
        if dialect == "sqlite":
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS ledger_append_only()")
    op.drop_index("ix_notices_doc_key", "notices")
    # A plain DROP COLUMN (SQLite 3.35+), not a batch copy-and-move: that would drop and
    # recreate notices, which the events' foreign keys forbid.
    op.execute("ALTER TABLE notices DROP COLUMN doc_key")
    op.drop_index("ix_notices_imported_at", "notices")
    op.drop_table("retractions")
