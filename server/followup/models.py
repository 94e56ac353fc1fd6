"""Database tables. Every row belongs to an account.

Times are stored as UTC and always come back timezone-aware (`UTCDateTime`),
whichever database is underneath.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

LATE_WATCH_MARGIN = timedelta(minutes=1)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp that refuses naive datetimes and always returns aware UTC ones."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass a timezone-aware value")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _optional_ts() -> Any:
    return Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=sa.Column(UTCDateTime(), nullable=False))


def _enum(cls: type[enum.Enum], default: enum.Enum) -> Any:
    # Stored as plain strings (no PostgreSQL ENUM type), so new values need no type migration.
    return Field(default=default, sa_type=sa.Enum(cls, native_enum=False, length=32))


def _account_fk() -> Any:
    return Field(foreign_key="account.id", index=True, ondelete="CASCADE")


class PersonRole(enum.StrEnum):
    interviewer = "interviewer"
    recruiter = "recruiter"
    organizer = "organizer"


class FollowUpKind(enum.StrEnum):
    thank_you = "thank_you"
    check_in = "check_in"
    update = "update"
    feedback_request = "feedback_request"
    nudge = "nudge"


class FollowUpState(enum.StrEnum):
    scheduled = "scheduled"
    drafted = "drafted"
    sent = "sent"
    done = "done"
    skipped = "skipped"
    cancelled = "cancelled"


class Outcome(enum.StrEnum):
    pending = "pending"
    offer = "offer"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True, max_length=320)
    display_name: str | None = Field(default=None, max_length=200)
    scopes: str = Field(default="", description="Space-separated OAuth scopes granted.")
    # Fernet-encrypted JSON of the OAuth credentials; never stored in the clear.
    token_encrypted: bytes | None = Field(default=None, sa_column=sa.Column(sa.LargeBinary))
    needs_reauth: bool = False
    reauth_reason: str | None = None
    # A lease, so two syncs of one account never overlap, even across processes.
    sync_lock_owner: str | None = Field(default=None, max_length=100)
    sync_lock_until: datetime | None = _optional_ts()
    # Multi-user mode: when the workers next tick this account (worker.py; None: at once).
    next_tick_at: datetime | None = Field(
        default=None, sa_column=sa.Column(UTCDateTime(), nullable=True, index=True)
    )
    created_at: datetime = _created()


class SyncState(SQLModel, table=True):
    """Where the last sync of one resource stopped (a calendar's syncToken, Gmail's historyId)."""

    __table_args__ = (sa.UniqueConstraint("account_id", "resource"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    resource: str = Field(max_length=300, description="'calendar:<id>' or 'gmail'.")
    cursor: str | None = Field(default=None, description="nextSyncToken or historyId.")
    last_full_sync_at: datetime | None = _optional_ts()
    last_sync_at: datetime | None = _optional_ts()
    last_error: str | None = None


class Interview(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("account_id", "calendar_id", "event_id"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    calendar_id: str = Field(max_length=300)
    event_id: str = Field(max_length=1024)
    title: str = ""
    starts_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False, index=True))
    ends_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    time_zone: str | None = None
    all_day: bool = False
    cancelled: bool = False
    declined: bool = Field(default=False, description="The user declined the invitation.")
    html_link: str | None = None
    company: str | None = None
    role: str | None = None
    detected: bool = Field(default=False, description="The detector's verdict.")
    confidence: float = 0.0
    reason: str = ""
    # The user's verdict; None means "go with the detector". Wins over every sync.
    user_decision: bool | None = None
    # Written into the thank-yous (the API's `notes` is this field).
    talking_points: str = ""
    # The person's own; never read by anything that writes a draft.
    private_notes: str = ""
    # The person corrected company, role or interviewers: later syncs keep their version.
    user_edited: bool = False
    outcome: Outcome = _enum(Outcome, Outcome.pending)
    outcome_detected: bool = Field(
        default=False, description="Read from an e-mail, not set by hand."
    )
    outcome_at: datetime | None = _optional_ts()
    # The rejection e-mail, when one was read: its sender and Gmail ids (the feedback request
    # replies in that thread).
    outcome_from: str | None = Field(default=None, max_length=320)
    outcome_message_id: str | None = None
    outcome_thread_id: str | None = None
    company_replied_at: datetime | None = _optional_ts()
    # Stored (or confirmed as an interview) after it ended: Gmail's history may already have
    # passed the company's mail about it, so watching reads that mail back once.
    check_past_mail: bool = False
    event_updated: datetime | None = _optional_ts()
    created_at: datetime = _created()
    updated_at: datetime = _created()

    @property
    def is_interview(self) -> bool:
        return self.detected if self.user_decision is None else self.user_decision

    @property
    def watched(self) -> bool:
        """Mail from its company is matched to it (watching.py)."""
        return self.is_interview and not self.cancelled

    def mark_if_watched_late(
        self, was_watched: bool, old_end: datetime | None, now: datetime
    ) -> None:
        """Call after a change: a row that became watched, or whose end moved earlier, only
        now that it has ended may have missed mail that history already brought (a past
        interview added to the calendar, an event confirmed as an interview after the fact).
        The minute covers the previous tick's history call, made just after this tick's `now`
        was read."""
        if watched_late(self.watched, was_watched, self.ends_at, old_end, now):
            self.check_past_mail = True


def watched_late(
    watched: bool, was_watched: bool, ends_at: datetime, old_end: datetime | None, now: datetime
) -> bool:
    """`Interview.mark_if_watched_late`'s test, for a row not built as an object (a sync
    inserts its new interviews in bulk)."""
    moved_earlier = old_end is not None and ends_at < old_end
    late = ends_at <= now + LATE_WATCH_MARGIN
    return watched and late and (not was_watched or moved_earlier)


class Person(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("account_id", "email"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    email: str = Field(max_length=320)
    name: str | None = Field(default=None, max_length=300)
    company: str | None = None


class InterviewPerson(SQLModel, table=True):
    """Who took part in an interview, and as what."""

    __tablename__ = "interview_person"
    __table_args__ = (sa.UniqueConstraint("interview_id", "person_id", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    interview_id: int = Field(foreign_key="interview.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    role: PersonRole = Field(sa_type=sa.Enum(PersonRole, native_enum=False, length=32))
    # For the thank-you to this person only (added to the interview's talking points).
    talking_points: str = ""


class Profile(SQLModel, table=True):
    """What the user tells us about themselves: the templates use it."""

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", unique=True, ondelete="CASCADE")
    full_name: str = Field(default="", max_length=200)
    qualifications: str = Field(default="", max_length=4000)
    signature: str = Field(default="", max_length=2000)
    send_updates: bool = True
    updates_after_rejection: bool = False
    updated_at: datetime = _created()


class FollowUp(SQLModel, table=True):
    """One planned step. Its identity is (interview, kind, slot, sequence): `slot` is the
    recipient's address for e-mail kinds and a topic for nudges."""

    __tablename__ = "followup"
    __table_args__ = (
        sa.UniqueConstraint(
            "interview_id", "kind", "slot", "sequence", name="uq_followup_identity"
        ),
        sa.Index("ix_followup_account_state_due", "account_id", "state", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    interview_id: int = Field(foreign_key="interview.id", index=True, ondelete="CASCADE")
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    kind: FollowUpKind = Field(sa_type=sa.Enum(FollowUpKind, native_enum=False, length=32))
    slot: str = Field(default="", max_length=400)
    sequence: int = Field(default=1, description="1st, 2nd… of its kind for this person.")
    state: FollowUpState = _enum(FollowUpState, FollowUpState.scheduled)
    title: str = Field(default="", max_length=500)
    recipient_email: str | None = Field(default=None, max_length=320)
    recipient_name: str | None = Field(default=None, max_length=300)
    due_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    late_at: datetime | None = _optional_ts()
    snoozed_until: datetime | None = _optional_ts()
    sent_at: datetime | None = _optional_ts()
    # Gmail identifiers of our draft, once made.
    message_id_header: str | None = Field(default=None, max_length=998)
    draft_id: str | None = None
    gmail_message_id: str | None = None
    thread_id: str | None = None
    drafted_at: datetime | None = _optional_ts()
    # A drafts.create was sent and its answer not yet recorded (it may have been lost):
    # watching adopts the draft from Gmail's history by its X-Followup-Key header.
    create_attempted_at: datetime | None = _optional_ts()
    draft_edited: bool = Field(default=False, description="The user changed our draft in Gmail.")
    needs_personal_touch: str | None = Field(
        default=None, description="Why the draft needs the user's edit, if it does."
    )
    flags: str = Field(default="", description="Space-separated markers from composing.")
    note: str = Field(default="", description="Why it ended or changed, in plain words.")
    created_at: datetime = _created()
    updated_at: datetime = _created()

    @property
    def effective_due(self) -> datetime:
        """When it needs the user: the planned time, or later if they snoozed it."""
        if self.snoozed_until is not None and self.snoozed_until > self.due_at:
            return self.snoozed_until
        return self.due_at


class UndoRecord(SQLModel, table=True):
    """What a one-click action changed, so that "Undo" can put it back for a short while
    (actions.UNDO_WINDOW). `previous` is JSON of the fields the action changed; for a
    skipped draft, `draft_raw` is the message that was deleted from Gmail (re-created on
    undo, with the same Message-ID, so "never twice" still holds)."""

    __tablename__ = "undo"

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    followup_id: int = Field(foreign_key="followup.id", index=True, ondelete="CASCADE")
    action: str = Field(max_length=32)
    previous: str = Field(default="{}", description="JSON: the fields before the action.")
    draft_raw: bytes | None = Field(default=None, sa_column=sa.Column(sa.LargeBinary))
    # Follow-ups made after this id for the same interview are consequences (nudges,
    # a check-in planned from a "sent"): undoing removes those nobody has touched.
    last_followup_id: int = 0
    created_at: datetime = _created()
    undone_at: datetime | None = _optional_ts()


class MailReview(SQLModel, table=True):
    """Mail from a company that may be a rejection, which followup would not act on alone
    (the classifier was unsure): the Review page asks the person, once."""

    __tablename__ = "mailreview"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "message_id", name="uq_mailreview_message"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    interview_id: int = Field(foreign_key="interview.id", index=True, ondelete="CASCADE")
    message_id: str = Field(max_length=200, description="Gmail's id of the mail.")
    thread_id: str = Field(max_length=200)
    sender: str = Field(default="", max_length=320)
    subject: str = Field(default="", max_length=300)
    reason: str = Field(default="", max_length=300, description="The classifier's reason.")
    confidence: float = 0.0
    received_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    answer: str | None = Field(
        default=None, max_length=16, description='"rejection", "not_rejection"; None: open.'
    )
    created_at: datetime = _created()


class ApiToken(SQLModel, table=True):
    """A person's token for the browser extension (multi-user mode), made and revoked in the
    web app. Only its SHA-256 is kept: the token is 32 random bytes, shown once."""

    __tablename__ = "apitoken"

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = _account_fk()
    name: str = Field(default="", max_length=100)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = _created()
    last_used_at: datetime | None = _optional_ts()
    revoked_at: datetime | None = _optional_ts()


class RequestBudget(SQLModel, table=True):
    """Google requests made in one minute by every process of a deployment (google/budget.py):
    the project-wide budget that the workers share."""

    __tablename__ = "requestbudget"

    minute: int = Field(primary_key=True, sa_type=sa.BigInteger, description="Unix time // 60.")
    used: int = 0
