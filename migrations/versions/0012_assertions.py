"""Assertions: what a person states about organisations and people that no notice says.

- ``rename``: the body written ``subject`` was renamed ``object`` on ``effective`` (平安建设办公室 →
  平安法治和信访办公室); a post under either name is one post, its history one history.
- ``merge``: the person written ``object`` is the person written ``subject`` (one person, two
  spellings, or a name written wrong).
- ``split``: the person written ``subject`` on posts whose names hold ``piece`` is another
  person, shown as ``subject（object）`` (two people of one name).

Each cites what it rests on (``cite``), and records who (the OS account) and when. Appended,
never changed; each is an entry of the chain (kind ``assertion``), so ``verify`` covers them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assertions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),  # rename | merge | split
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("object", sa.String(300), nullable=False),
        sa.Column("piece", sa.String(300), nullable=True),
        sa.Column("effective", sa.Date, nullable=True),
        sa.Column("cite", sa.Text, nullable=False),
        sa.Column("asserted_by", sa.String(100), nullable=False),
        sa.Column("asserted_at", sa.DateTime(timezone=True), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER assertions_no_{verb.lower()} BEFORE {verb} ON assertions "
                f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {verb} on assertions refused'); END"
            )
        op.execute(
            "CREATE TRIGGER assertions_no_replace BEFORE INSERT ON assertions "
            "WHEN EXISTS (SELECT 1 FROM assertions WHERE id = NEW.id) "
            "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an insert may not replace a row of assertions'); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE TRIGGER assertions_append_only BEFORE UPDATE OR DELETE ON assertions "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute(
            "CREATE TRIGGER assertions_no_truncate BEFORE TRUNCATE ON assertions "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
        )


def downgrade() -> None:
    op.drop_table("assertions")  # its triggers go with it
