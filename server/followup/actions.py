"""What the user does to a follow-up (the API and the CLI call these): snooze, skip, mark
sent, done, regenerate. Each checks the follow-up's state first and says plainly when an
action does not fit. Those that touch Gmail take the account's lease, so they never race a
tick over the same draft."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session

from followup.models import FollowUp, FollowUpKind, FollowUpState, Interview

if TYPE_CHECKING:
    from followup.drafting import Mailbox

PENDING = (FollowUpState.scheduled, FollowUpState.drafted)
MAX_SNOOZE = timedelta(days=365)
LEASE_WAIT_SECONDS = 10.0  # how long an action waits for a running tick


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
    followup.state = FollowUpState.sent
    followup.sent_at = now
    followup.note = "Marked sent by you."
    return _touch(session, followup, now)


def done(session: Session, followup: FollowUp, now: datetime) -> FollowUp:
    _pending(followup, "mark it done")
    if followup.kind is not FollowUpKind.nudge:
        raise ActionRefused("Only nudges are marked done; for an e-mail use mark-sent or skip.")
    followup.state = FollowUpState.done
    followup.sent_at = now
    followup.note = "Done."
    return _touch(session, followup, now)


def skip(session: Session, box: Mailbox | None, followup: FollowUp, now: datetime) -> FollowUp:
    """Not wanted: our draft goes too, unless the user edited it (then it stays in Gmail)."""
    # Drafting (Google's client, the composer) loads on first use: the API imports this module.
    from followup.drafting import clear_draft, discard_draft

    _pending(followup, "skip it")
    followup.note = "Skipped by you."
    if followup.state is FollowUpState.drafted:
        assert box is not None, "skipping a drafted follow-up needs Gmail"
        if discard_draft(box, followup):
            followup.note = "Skipped by you; your edited draft was kept in Gmail."
        else:
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
