"""follow-up lifecycle: profile, follow-up slots and draft bookkeeping, e-mail outcomes

The follow-up's identity changes from (interview, kind, person, sequence) to (interview,
kind, slot, sequence): SQLite cannot drop an unnamed constraint, so the table is rebuilt
and its rows copied (slot = the person's address).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:40:03.256939
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import followup.models

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = ("thank_you", "check_in", "update", "feedback_request", "nudge")
_STATES = ("scheduled", "drafted", "sent", "done", "skipped", "cancelled")
_OLD_COLUMNS = (
    "id, account_id, interview_id, person_id, kind, sequence, state, due_at, late_at, "
    "message_id_header, draft_id, gmail_message_id, thread_id, needs_personal_touch, "
    "created_at, updated_at"
)


def _ts(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, followup.models.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("qualifications", sa.String(length=4000), nullable=False),
        sa.Column("signature", sa.String(length=2000), nullable=False),
        sa.Column("send_updates", sa.Boolean(), nullable=False),
        sa.Column("updates_after_rejection", sa.Boolean(), nullable=False),
        _ts("updated_at", nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id"),
    )

    op.create_table(
        "followup_v3",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(*_KINDS, name="followupkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("slot", sa.String(length=400), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(*_STATES, name="followupstate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("recipient_email", sa.String(length=320), nullable=True),
        sa.Column("recipient_name", sa.String(length=300), nullable=True),
        _ts("due_at", nullable=False),
        _ts("late_at"),
        _ts("snoozed_until"),
        _ts("sent_at"),
        sa.Column("message_id_header", sa.String(length=998), nullable=True),
        sa.Column("draft_id", sa.String(), nullable=True),
        sa.Column("gmail_message_id", sa.String(), nullable=True),
        sa.Column("thread_id", sa.String(), nullable=True),
        _ts("drafted_at"),
        sa.Column("draft_edited", sa.Boolean(), nullable=False),
        sa.Column("needs_personal_touch", sa.String(), nullable=True),
        sa.Column("flags", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        _ts("created_at", nullable=False),
        _ts("updated_at", nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "interview_id", "kind", "slot", "sequence", name="uq_followup_identity"
        ),
    )
    copied = ", ".join("f." + c.strip() for c in _OLD_COLUMNS.split(","))
    # Constant column names only; no input reaches this SQL.
    op.execute(
        f"INSERT INTO followup_v3 ({_OLD_COLUMNS}, slot, title, draft_edited, flags, note) "  # noqa: S608
        f"SELECT {copied}, "
        "COALESCE((SELECT p.email FROM person p WHERE p.id = f.person_id), ''), "
        "'', false, '', '' FROM followup f"
    )
    op.drop_table("followup")
    op.rename_table("followup_v3", "followup")
    if op.get_bind().dialect.name == "postgresql":
        # The copied rows kept their ids, which the new table's sequence did not hand out: it
        # continues after them (SQLite numbers on from the largest id by itself).
        op.execute(
            "SELECT setval(pg_get_serial_sequence('followup', 'id'), COALESCE(MAX(id), 0) + 1, "
            "false) FROM followup"
        )
    op.create_index("ix_followup_account_id", "followup", ["account_id"])
    op.create_index("ix_followup_interview_id", "followup", ["interview_id"])
    op.create_index("ix_followup_account_state_due", "followup", ["account_id", "state", "due_at"])

    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.add_column(_ts("outcome_at"))
        batch_op.add_column(sa.Column("outcome_from", sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column("outcome_message_id", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("outcome_thread_id", sa.String(), nullable=True))
        batch_op.add_column(_ts("company_replied_at"))


def downgrade() -> None:
    raise NotImplementedError("0003 cannot be undone: restore a backup of the database instead")
