"""The lines of each notice as the parser read them, for ``verify --deep``.

``notices.text`` is hashed for idempotence with its white space removed, so it cannot be read
again as it was first read: a table's cells stand apart by white space, and a line's indent
places a cell in its column. ``notices.block`` keeps the notice's lines (number, indent, text)
and where its title and issuer stand, as JSON; ``verify --deep`` reads them again and compares
the events with those stored. NULL for notices imported before this migration.

Not a hashed column (the chain's format 1 is fixed): ``verify --deep`` checks that the block
gives the chained text back, so it cannot be changed without the chain noticing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("notices", sa.Column("block", sa.JSON, nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+): a batch copy of notices would break the foreign keys
    # of every table that points at it, and drop its append-only triggers
    op.drop_column("notices", "block")
