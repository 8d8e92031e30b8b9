"""Posts: every post name once, with its name reversed, for fast tail look-ups.

A post is asked for by any tail of its name (王官庄街道办事处主任). On the event log that is
a LIKE '%…' scan of every event; on this table it is an index range scan on the reversed
name. The table is derived from events (one row per distinct post) and only ever grows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        # byte order ("C") on PostgreSQL, as SQLite does anyway, so that a range of
        # reversed names is exactly the names with one tail
        sa.Column(
            "name_reversed", sa.String(300).with_variant(sa.String(300, collation="C"), "postgresql"), nullable=False
        ),
        sa.UniqueConstraint("name", name="uq_posts_name"),
    )
    op.create_index("ix_posts_name_reversed", "posts", ["name_reversed"])
    bind = op.get_bind()
    names = bind.execute(sa.text("SELECT DISTINCT post FROM events")).scalars().all()
    posts = sa.table("posts", sa.column("name", sa.String), sa.column("name_reversed", sa.String))
    if names:
        bind.execute(sa.insert(posts), [{"name": n, "name_reversed": n[::-1]} for n in names])


def downgrade() -> None:
    op.drop_index("ix_posts_name_reversed", "posts")
    op.drop_table("posts")
