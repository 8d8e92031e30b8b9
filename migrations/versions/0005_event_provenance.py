"""Provenance into the original document: each event's page, paragraph or table row, and source.

``source`` is what read the event's line: text, pdf, docx, html, or ocr (a scanned page
read by OCR, whose names deserve a check). Events imported before are plain text.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ("page", "paragraph", "table_no", "table_row")


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy): the events table keeps its rows, ids and append-only triggers
    op.add_column("events", sa.Column("source", sa.String(8), nullable=False, server_default="text"))
    for name in COLUMNS:
        op.add_column("events", sa.Column(name, sa.Integer, nullable=True))


def downgrade() -> None:
    for name in (*COLUMNS[::-1], "source"):
        op.execute(f"ALTER TABLE events DROP COLUMN {name}")
