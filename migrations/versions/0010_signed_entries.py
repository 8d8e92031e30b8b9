"""Signed entries: each entry of the chain may carry the Ed25519 signature of the account that
appended it (``ledger.signing``), over its entry hash, and the public key that made it.

Both columns are NULL for an unsigned entry (every entry before this migration, and any appended
by an account without a key). Plain ADD COLUMNs (no batch copy): the chain keeps its rows and its
append-only triggers; a signature is written with its entry, never later.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("chain", sa.Column("signer", sa.String(64), nullable=True))
    op.add_column("chain", sa.Column("signature", sa.String(128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chain") as batch:
        batch.drop_column("signature")
        batch.drop_column("signer")
