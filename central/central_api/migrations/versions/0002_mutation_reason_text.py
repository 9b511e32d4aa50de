"""A refused change keeps its reason as a Text (template and values), so that the change sent
again is answered in the person's language as the first time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 04:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _has_column() -> bool:
    # a database from before migrations is given this version's columns before it is stamped
    # as the baseline (schema_migrations.migrate): it may have the column already
    columns = sa.inspect(op.get_bind()).get_columns("mutation_log")
    return any(c["name"] == "reason_text" for c in columns)


def upgrade() -> None:
    if not _has_column():
        op.add_column("mutation_log", sa.Column("reason_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mutation_log") as batch:
        batch.drop_column("reason_text")
