"""Search names: every person, post and organisation name once, with its pinyin.

``ledger search zhang`` converted every name of the ledger to pinyin on each search (9 s on a
1M-event ledger); the conversion is now done once, when a name first appears. The table is
derived from the events like ``posts`` (``check --repair`` rebuilds it) and is not part of
the log: it carries no guard and no chain entry.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_names",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("pinyin", sa.String(1500), nullable=False),
        sa.Column("initials", sa.String(300), nullable=False),
        # name first: an import looks its names up by name alone
        sa.UniqueConstraint("name", "kind", name="uq_search_names_name_kind"),
    )
    from ledger.search import search_names, search_rows

    bind = op.get_bind()
    persons = {row[0] for row in bind.exec_driver_sql("SELECT DISTINCT person FROM events")}
    posts = {row[0] for row in bind.exec_driver_sql("SELECT DISTINCT post FROM events")}
    rows = search_rows(search_names(persons, posts))
    table = sa.table("search_names", sa.column("kind"), sa.column("name"), sa.column("pinyin"), sa.column("initials"))
    for at in range(0, len(rows), 10_000):
        op.bulk_insert(table, rows[at : at + 10_000])


def downgrade() -> None:
    op.drop_table("search_names")
