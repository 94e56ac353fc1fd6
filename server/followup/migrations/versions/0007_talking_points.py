"""talking points (into the thank-you) apart from private notes (never in a draft); the
person's corrections of company, role and interviewers survive later syncs

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 17:00:00.000000

`interview.notes` went into every draft, so what it holds are talking points: the column is
renamed, and private notes start empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.alter_column("notes", new_column_name="talking_points")
        batch_op.add_column(
            sa.Column("private_notes", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("user_edited", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("interview_person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("talking_points", sa.String(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("interview_person", schema=None) as batch_op:
        batch_op.drop_column("talking_points")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_column("user_edited")
        batch_op.drop_column("private_notes")
        batch_op.alter_column("talking_points", new_column_name="notes")
