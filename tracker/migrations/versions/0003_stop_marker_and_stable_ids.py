"""daemon_beats.stopped_at; claim ids never reused on SQLite

A daemon that stops cleanly now says so, so 'tracker status' can tell a stopped daemon
from a live one. SQLite reuses the highest rowid after a delete unless the table is
AUTOINCREMENT; a notice that says 'tracker resolve 3' must never reach another claim.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("daemon_beats", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stopped_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "claims", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass


def downgrade() -> None:
    with op.batch_alter_table("daemon_beats", schema=None) as batch_op:
        batch_op.drop_column("stopped_at")
