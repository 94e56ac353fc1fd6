"""What the user does to a follow-up (the API and the CLI call these): snooze, skip, mark
sent, done, regenerate, "not an interview", and the undo of the one-click ones. Each checks
the follow-up's state first and says plainly when an action does not fit. Those that touch
Gmail take the account's lease, so they never race a tick over the same draft."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup.models import FollowUp, FollowUpKind, FollowUpState, Interview, UndoRecord

if TYPE_CHECKING:
    from followup.drafting import Mailbox
    from followup.google.gmail import DraftRef

PENDING = (FollowUpState.scheduled, FollowUpState.drafted)
MAX_SNOOZE = timedelta(days=365)
LEASE_WAIT_SECONDS = 10.0  # how long an action waits for a running tick
# How long a one-click action can be undone. The extension offers "Undo" for a few seconds
# (as Gmail does); the server keeps it a little longer, for a slow click or a reopened popup.
UNDO_WINDOW = timedelta(seconds=60)


class ActionRefused(Exception):
    """The action does not fit the follow-up's state; the message says why (HTTP 409)."""


def _pending(followup: FollowUp, action: str) -> None:
    if followup.state not in PENDING:
        raise ActionRefused(f"Cannot {action}: this follow-up is already {followup.state.value}.")


def _touch(session: Session, followup: FollowUp, now: datetime) -> FollowUp:
    followup.updated_at = now
    session.add(followup)
    return followup


def snooze(session: Session, followup: FollowUp, until: datetime, now: datetime) -> FollowUp:
    _pending(followup, "snooze")
    if until <= now:
        raise ActionRefused("Snooze until a time in the future.")
    if until - now > MAX_SNOOZE:
        raise ActionRefused("Snooze for at most a year.")
    followup.snoozed_until = until
    return _touch(session, followup, now)


def mark_sent(session: Session, followup: FollowUp, now: datetime) -> FollowUp:
    """The user sent it (perhaps not from our draft): the next step is planned from now."""
    _pending(followup, "mark it sent")
    if followup.kind is FollowUpKind.nudge:
        raise ActionRefused("A nudge is not an e-mail: mark it done instead.")
    _remember(session, followup, "mark-sent", now)
    followup.state = FollowUpState.sent
    followup.sent_at = now
    followup.note = "Marked sent by you."
    return _touch(session, followup, now)


def done(session: Session, followup: FollowUp, now: datetime) -> FollowUp:
    _pending(followup, "mark it done")
    if followup.kind is not FollowUpKind.nudge:
        raise ActionRefused("Only nudges are marked done; for an e-mail use mark-sent or skip.")
    _remember(session, followup, "done", now)
    followup.state = FollowUpState.done
    followup.sent_at = now
    followup.note = "Done."
    return _touch(session, followup, now)


def skip(session: Session, box: Mailbox | None, followup: FollowUp, now: datetime) -> FollowUp:
    """Not wanted: our draft goes too, unless the user edited it (then it stays in Gmail)."""
    # Drafting (Google's client, the composer) loads on first use: the API imports this module.
    from followup.drafting import clear_draft, discard_draft

    _pending(followup, "skip it")
    record = _remember(session, followup, "skip", now)
    followup.note = "Skipped by you."
    if followup.state is FollowUpState.drafted:
        assert box is not None, "skipping a drafted follow-up needs Gmail"
        # Keep the message itself: undo puts the very same draft back.
        full = box.gmail.message_full(followup.gmail_message_id or "")
        if discard_draft(box, followup):
            followup.note = "Skipped by you; your edited draft was kept in Gmail."
        else:
            record.draft_raw = full[1] if full is not None else None
            clear_draft(followup)
    followup.state = FollowUpState.skipped
    return _touch(session, followup, now)


def regenerate(session: Session, box: Mailbox, followup: FollowUp) -> FollowUp:
    """Write our draft again (after new notes or a new profile), in place in Gmail."""
    from followup.core.compose import ComposeError  # as in skip: loaded on first use
    from followup.drafting import compose
    from followup.google.gmail import latest

    if followup.state is not FollowUpState.drafted or not followup.draft_id:
        raise ActionRefused("Only a drafted follow-up can be re-drafted; this one is "
                            f"{followup.state.value}.")  # fmt: skip
    current = box.gmail.draft(followup.draft_id)
    if current is None:
        raise ActionRefused("The draft is no longer in Gmail (sent or deleted); sync to update.")
    if current.message_id != followup.gmail_message_id:
        followup.draft_edited = True
        session.add(followup)
        raise ActionRefused(
            "You edited this draft in Gmail; followup will not overwrite your changes."
        )
    interview = session.get(Interview, followup.interview_id)
    assert interview is not None
    reply_to = latest(box.gmail.thread(followup.thread_id)) if followup.thread_id else None
    try:
        draft = compose(box, interview, followup, reply_to)
    except ComposeError as exc:
        raise ActionRefused(f"Could not write the draft: {exc}") from exc
    ref = box.gmail.update_draft(
        current.id, draft.raw, reply_to.thread_id if reply_to else followup.thread_id
    )
    followup.gmail_message_id = ref.message_id
    followup.thread_id = ref.thread_id
    followup.needs_personal_touch = draft.needs_personal_touch
    followup.flags = " ".join(draft.flags)
    followup.note = "Re-drafted."
    return _touch(session, followup, box.now)


def not_an_interview(session: Session, followup: FollowUp, now: datetime) -> Interview:
    """The follow-up's event is not an interview: the user's verdict wins in every later sync,
    and the next tick ends its follow-ups (deleting our untouched drafts). Undoable."""
    interview = session.get(Interview, followup.interview_id)
    assert interview is not None
    if interview.user_decision is False:
        raise ActionRefused("This event is already marked as not an interview.")
    pending = session.exec(
        select(FollowUp).where(
            FollowUp.interview_id == followup.interview_id, col(FollowUp.state).in_(PENDING)
        )
    ).all()
    _remember(
        session,
        followup,
        "not-an-interview",
        now,
        {
            "user_decision": interview.user_decision,
            "followups": {str(row.id): row.state.value for row in pending},
        },
    )
    was_watched = interview.watched
    interview.user_decision = False
    interview.mark_if_watched_late(was_watched, None, now)
    interview.updated_at = now
    session.add(interview)
    return interview


# Undo -----------------------------------------------------------------------------------------

_RESTORED = ("state", "note", "sent_at", "snoozed_until", "draft_id", "gmail_message_id",
             "thread_id", "drafted_at", "needs_personal_touch", "flags",
             "draft_edited")  # fmt: skip
_TIMES = frozenset({"sent_at", "snoozed_until", "drafted_at"})
# What each action leaves the follow-up as: undo refuses when something else changed it since.
_RESULT = {
    "mark-sent": FollowUpState.sent,
    "done": FollowUpState.done,
    "skip": FollowUpState.skipped,
}


def _remember(
    session: Session,
    followup: FollowUp,
    action: str,
    now: datetime,
    extra: dict[str, Any] | None = None,
) -> UndoRecord:
    assert followup.id is not None
    previous: dict[str, Any] = {}
    for name in _RESTORED:
        value = getattr(followup, name)
        previous[name] = value.isoformat() if isinstance(value, datetime) else value
    previous.update(extra or {})
    last = session.exec(
        select(sa.func.max(FollowUp.id)).where(FollowUp.interview_id == followup.interview_id)
    ).one()
    record = UndoRecord(
        account_id=followup.account_id,
        followup_id=followup.id,
        action=action,
        previous=json.dumps(previous),
        last_followup_id=last or 0,
        created_at=now,
    )
    session.add(record)
    return record


def pending_undo(session: Session, followup: FollowUp, now: datetime) -> UndoRecord | None:
    """The latest action on this follow-up that can still be undone."""
    record = session.exec(
        select(UndoRecord)
        .where(UndoRecord.followup_id == followup.id)
        .order_by(col(UndoRecord.id).desc())
        .limit(1)
    ).first()
    if record is None or record.undone_at is not None or now - record.created_at > UNDO_WINDOW:
        return None
    return record


def undo(session: Session, box: Mailbox | None, followup: FollowUp, now: datetime) -> FollowUp:
    """Put back what the latest one-click action on this follow-up changed: its state (and, for
    "not an interview", the event's verdict and the follow-ups the next tick ended), the Gmail
    draft a skip deleted (the same message, re-created), and nothing it set off: follow-ups
    planned since for the same interview that nobody touched (nudges, a check-in) go again."""
    record = pending_undo(session, followup, now)
    if record is None:
        raise ActionRefused(
            "Nothing to undo: undo works for a minute after mark sent, skip, done or "
            "not an interview."
        )
    previous: dict[str, Any] = json.loads(record.previous)
    if record.action == "not-an-interview":
        _undo_not_an_interview(session, followup, previous, now)
    else:
        if followup.state is not _RESULT[record.action]:
            raise ActionRefused(
                f"Cannot undo: this follow-up has changed since (it is {followup.state.value})."
            )
        for name in _RESTORED:
            value = previous.get(name)
            if name == "state":
                value = FollowUpState(str(value))
            elif name in _TIMES and value is not None:
                value = datetime.fromisoformat(value)
            setattr(followup, name, value)
        if record.draft_raw is not None and followup.state is FollowUpState.drafted:
            if box is None:
                raise ActionRefused("Putting the draft back needs Gmail; try again.")
            ref = _recreate(box, record.draft_raw, followup.thread_id)
            followup.draft_id = ref.id
            followup.gmail_message_id = ref.message_id
            followup.thread_id = ref.thread_id
        _drop_consequences(session, followup, record.last_followup_id)
    record.undone_at = now
    session.add(record)
    return _touch(session, followup, now)


def _recreate(box: Mailbox, raw: bytes, thread_id: str | None) -> DraftRef:
    """The skipped draft again, in its conversation; a draft that started its own one took
    that thread with it when it was deleted, so it starts a new one again."""
    from googleapiclient.errors import HttpError

    try:
        return box.gmail.create_draft(raw, thread_id)
    except HttpError as exc:
        if exc.resp.status != 404 or thread_id is None:
            raise
        return box.gmail.create_draft(raw, None)


def undo_needs_gmail(session: Session, followup: FollowUp, now: datetime) -> bool:
    record = pending_undo(session, followup, now)
    return record is not None and record.draft_raw is not None


def _drop_consequences(session: Session, followup: FollowUp, last_id: int) -> None:
    later = session.exec(
        select(FollowUp).where(
            FollowUp.interview_id == followup.interview_id,
            col(FollowUp.id) > last_id,
            FollowUp.state == FollowUpState.scheduled,
            col(FollowUp.draft_id).is_(None),
        )
    ).all()
    for row in later:
        session.delete(row)


def _undo_not_an_interview(
    session: Session, followup: FollowUp, previous: dict[str, Any], now: datetime
) -> None:
    interview = session.get(Interview, followup.interview_id)
    assert interview is not None
    interview.user_decision = previous.get("user_decision")
    interview.updated_at = now
    session.add(interview)
    for followup_id, state in previous.get("followups", {}).items():
        row = session.get(FollowUp, int(followup_id))
        if row is None or row.state is not FollowUpState.cancelled:
            continue  # not ended yet (no tick since), or changed by something else
        # Ended by the tick: our untouched draft was deleted (the next tick makes it again);
        # an edited one was kept, and is the draft again.
        row.state = FollowUpState.drafted if row.draft_id else FollowUpState.scheduled
        if state == FollowUpState.drafted.value and not row.draft_id:
            row.state = FollowUpState.scheduled
        row.note = 'Restored: you undid "not an interview".'
        row.updated_at = now
        session.add(row)
