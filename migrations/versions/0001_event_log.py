"""The event log: notices and their events.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("doc_no", sa.String(100)),
        sa.Column("title", sa.Text),
        sa.Column("issuer", sa.String(200)),
        sa.Column("signed_by", sa.String(200)),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("first_line", sa.Integer, nullable=False),
        sa.Column("last_line", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("content_hash", name="uq_notices_content_hash"),
    )
    op.create_index("ix_notices_doc_no", "notices", ["doc_no"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", name="fk_events_notice"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("person", sa.String(100), nullable=False),
        sa.Column("post", sa.String(300), nullable=False),
        sa.Column("effective", sa.Date, nullable=False),
        sa.Column("probation", sa.String(100)),
        sa.Column("probation_until", sa.Date),
        sa.Column("secondment", sa.String(100)),
        sa.Column("secondment_until", sa.Date),
        sa.Column("rank", sa.String(50)),
        sa.Column("manner", sa.String(100)),
        sa.Column("qualifiers", sa.JSON, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("clause", sa.Text, nullable=False),
        sa.UniqueConstraint("notice_id", "seq", name="uq_events_notice_seq"),
        sa.CheckConstraint("action IN ('appoint', 'remove', 'confirm')", name="ck_events_action"),
    )
    op.create_index("ix_events_notice_id", "events", ["notice_id"])
    op.create_index("ix_events_post_effective", "events", ["post", "effective"])
    op.create_index("ix_events_person_effective", "events", ["person", "effective"])
    op.create_index("ix_events_probation_until", "events", ["probation_until"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("notices")
