"""Work division (分工): leaders' portfolios, second names of bodies, AB pairs.

A work-division notice is stored as a notice of kind 'division' (personnel notices are
kind 'personnel'); its records hang off it like events do, append-only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_TABLES = ("portfolios", "body_aliases", "ab_pairs")


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy): the notices table keeps its rows, ids and triggers
    op.add_column("notices", sa.Column("kind", sa.String(16), nullable=False, server_default="personnel"))
    op.add_column("notices", sa.Column("note", sa.Text, nullable=True))
    op.create_table(
        "portfolios",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_portfolios_notice"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("leader", sa.String(100), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("object", sa.String(300), nullable=False),
        sa.Column("full_name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("principal", sa.String(100)),
        sa.Column("assisted", sa.String(16)),
        sa.Column("carried_by", sa.String(300)),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("clause", sa.Text, nullable=False),
        sa.UniqueConstraint("notice_id", "seq", name="uq_portfolios_notice_seq"),
    )
    op.create_index("ix_portfolios_notice_id", "portfolios", ["notice_id"])
    op.create_index("ix_portfolios_leader", "portfolios", ["leader"])
    op.create_table(
        "body_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_body_aliases_notice"), nullable=False),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.Column("alias_full", sa.String(300), nullable=False),
        sa.Column("body", sa.String(300), nullable=False),
        sa.Column("body_full", sa.String(300), nullable=False),
    )
    op.create_index("ix_body_aliases_notice_id", "body_aliases", ["notice_id"])
    op.create_table(
        "ab_pairs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_ab_pairs_notice"), nullable=False),
        sa.Column("leader_a", sa.String(100), nullable=False),
        sa.Column("leader_b", sa.String(100), nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
    )
    op.create_index("ix_ab_pairs_notice_id", "ab_pairs", ["notice_id"])
    dialect = op.get_bind().dialect.name
    for table in NEW_TABLES:
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on {table} refused'); END"
                )
        elif dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
            )


def downgrade() -> None:
    for table in NEW_TABLES:
        op.drop_table(table)  # drops its triggers too
    op.execute("ALTER TABLE notices DROP COLUMN note")
    op.execute("ALTER TABLE notices DROP COLUMN kind")
