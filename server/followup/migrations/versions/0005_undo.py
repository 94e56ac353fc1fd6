"""undo of the one-click actions (mark sent, skip, done, not an interview)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import followup.models

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "undo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("previous", sa.String(), nullable=False),
        sa.Column("draft_raw", sa.LargeBinary(), nullable=True),
        sa.Column("last_followup_id", sa.Integer(), nullable=False),
        sa.Column("created_at", followup.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("undone_at", followup.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["followup_id"], ["followup.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("undo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_undo_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_undo_followup_id"), ["followup_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("undo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_undo_followup_id"))
        batch_op.drop_index(batch_op.f("ix_undo_account_id"))
    op.drop_table("undo")
