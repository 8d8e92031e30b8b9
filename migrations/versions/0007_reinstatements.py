"""Reinstatements: a retracted notice brought back, appended like the retraction it undoes.

A notice may now be retracted, reinstated and retracted again, so ``retractions`` loses its
one-per-notice constraint; each reinstatement names the retraction it undoes (once). A
notice is withdrawn while one of its retractions stands unreinstated. Reinstatements are
entries of the hash chain too, and append-only like the rest of the log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


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
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # the copy-and-move of a batch migration drops the table's triggers: put them back
        for name in ("retractions_no_update", "retractions_no_delete", "retractions_no_replace"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        with op.batch_alter_table("retractions") as batch:
            batch.drop_constraint("uq_retractions_notice", type_="unique")
        op.create_index("ix_retractions_notice_id", "retractions", ["notice_id"])
        _guards("retractions", "id = NEW.id")
    else:
        op.drop_constraint("uq_retractions_notice", "retractions", type_="unique")
        op.create_index("ix_retractions_notice_id", "retractions", ["notice_id"])
    op.create_table(
        "reinstatements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "retraction_id",
            sa.Integer,
            sa.ForeignKey("retractions.id", name="fk_reinstatements_retraction"),
            nullable=False,
        ),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("reinstated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("retraction_id", name="uq_reinstatements_retraction"),
    )
    _guards("reinstatements", "id = NEW.id OR retraction_id = NEW.retraction_id")


def downgrade() -> None:
    op.drop_table("reinstatements")  # its triggers go with it
    dialect = op.get_bind().dialect.name
    op.drop_index("ix_retractions_notice_id", "retractions")
    if dialect == "sqlite":
        for name in ("retractions_no_update", "retractions_no_delete", "retractions_no_replace"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        with op.batch_alter_table("retractions") as batch:
            batch.create_unique_constraint("uq_retractions_notice", ["notice_id"])
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER retractions_no_{verb.lower()} BEFORE {verb} ON retractions "
                f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on retractions refused'); END"
            )
        op.execute(
            "CREATE TRIGGER retractions_no_replace BEFORE INSERT ON retractions "
            "WHEN EXISTS (SELECT 1 FROM retractions WHERE (id = NEW.id) OR (notice_id = NEW.notice_id)) "
            "BEGIN SELECT RAISE(ABORT, "
            "'the ledger is append-only: an insert may not replace a row of retractions'); END"
        )
    else:
        op.create_unique_constraint("uq_retractions_notice", "retractions", ["notice_id"])
