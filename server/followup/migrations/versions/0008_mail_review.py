"""mail that may be a rejection, for the person to decide on the Review page

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 17:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import followup.models

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mailreview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("received_at", followup.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("created_at", followup.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "message_id", name="uq_mailreview_message"),
    )
    with op.batch_alter_table("mailreview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mailreview_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mailreview_interview_id"), ["interview_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("mailreview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mailreview_interview_id"))
        batch_op.drop_index(batch_op.f("ix_mailreview_account_id"))
    op.drop_table("mailreview")
