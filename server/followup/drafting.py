"""Follow-ups into Gmail drafts: exactly one per follow-up, in the right thread.

"Never twice" rests on a deterministic Message-ID per follow-up (from stable facts: the
account, the event, the kind, the recipient and the sequence). Before creating a draft we
search Gmail for that Message-ID, so a retried or crashed tick, a lost response or two ticks
at once adopt the draft that exists instead of making another. The row only moves
`scheduled → drafted` with a conditional update: if the user skipped it meanwhile, the
draft just made is deleted again.

Quota: that search is the same request as the search for the thread to reply in (and, for
a thank-you, for mail the user already wrote after the interview); see `_look`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from googleapiclient.errors import HttpError
from sqlmodel import Session, col, select

from followup.core.companies import domain_of, is_free_mail, tool_for_host
from followup.core.compose import (
    MAX_SUBJECT_CHARS,
    ComposeContext,
    ComposeError,
    Composer,
    Draft,
    ThreadRef,
    reply_subject,
)
from followup.core.compose import message_id_for as _message_id_for
from followup.core.plan import PlanRules
from followup.google.gmail import DraftRef, GmailClient, MessageMeta
from followup.google.services import TRANSIENT_ERRORS, describe_failure
from followup.interviewing import talking_points_for, variant_for
from followup.models import (
    Account,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Profile,
)

log = logging.getLogger(__name__)

MAIL_KINDS = frozenset(kind for kind in FollowUpKind if kind is not FollowUpKind.nudge)


@dataclass
class Mailbox:
    """One account's Gmail and what drafts are made from, for one tick or one request."""

    gmail: GmailClient
    composer: Composer
    account: Account
    profile: Profile
    now: datetime
    rules: PlanRules = field(default_factory=PlanRules)
    # What the person sent since the last look, as Gmail's history told (watching sets it):
    # search lags writes, so mail sent seconds ago is looked for here too.
    sent_lately: Callable[[], Sequence[MessageMeta]] = field(default=lambda: ())


def bare(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()


def message_id_for(account: Account, interview: Interview, followup: FollowUp) -> str:
    key = "/".join(
        (
            account.email.lower(),
            interview.calendar_id,
            interview.event_id,
            followup.kind.value,
            followup.slot,
            str(followup.sequence),
        )
    )
    return _message_id_for(key)


# Finding the thread to reply in -----------------------------------------------------------


def _company_domain(email: str | None) -> str | None:
    domain = domain_of(email or "")
    if not domain or is_free_mail(domain) or tool_for_host(domain) is not None:
        return None
    return domain


def _newest(box: Mailbox, query: str) -> MessageMeta | None:
    hits = box.gmail.search(query, limit=1)
    return box.gmail.message(hits[0][0]) if hits else None


def _with_person(email: str) -> str:
    """Mail with the person: the conversations a draft to them may reply in."""
    return f"{{from:{email} to:{email} cc:{email}}} -in:drafts"


def _company_newest(box: Mailbox, email: str) -> MessageMeta | None:
    """The newest mail with the person's company: the search's hit, or mail the person sent
    anyone there since the last look (history has it; the search may not yet)."""
    domain = _company_domain(email)
    if domain is None:
        return None
    found = _newest(box, f"{{from:{domain} to:{domain}}} -in:drafts")
    return _sent_lately_to(box, lambda address: domain_of(address) == domain, found)


def replyable(message: MessageMeta | None) -> MessageMeta | None:
    """`message`, if a reply can join its thread. Gmail threads a reply only when its subject
    matches the thread's: a thread with no subject, or one too long for our subject header
    (MAX_SUBJECT_CHARS), would leave the reply on its own while it claims to be one, so such
    a thread gets a new conversation instead."""
    if message is None:
        return None
    subject = reply_subject(message.subject)
    return message if subject and len(subject) <= MAX_SUBJECT_CHARS else None


def find_thread(box: Mailbox, interview: Interview, followup: FollowUp) -> MessageMeta | None:
    """The newest message to reply to, or None for a new conversation.

    A feedback request replies to the rejection. Otherwise: the newest conversation with the
    recipient; for mail after the thank-you, failing that, the newest with their company."""
    if followup.kind is FollowUpKind.feedback_request and interview.outcome_thread_id:
        newest = [m for m in box.gmail.thread(interview.outcome_thread_id) if not m.is_draft]
        if newest:
            return replyable(max(newest, key=lambda m: m.internal_date))
    email = followup.recipient_email
    if not email:
        return None
    person = email.lower()
    searched = _newest(box, _with_person(email))
    found = _sent_lately_to(box, lambda address: address == person, searched)
    if found is not None or followup.kind is FollowUpKind.thank_you:
        return replyable(found)
    return replyable(_company_newest(box, email))


def thread_ref(message: MessageMeta) -> ThreadRef:
    return ThreadRef(subject=message.subject, message_ids=(message.references, message.message_id))


# Composing ----------------------------------------------------------------------------------


def compose(
    box: Mailbox,
    interview: Interview,
    followup: FollowUp,
    reply_to: MessageMeta | None,
) -> Draft:
    assert followup.recipient_email is not None
    profile = box.profile
    return box.composer.compose(
        ComposeContext(
            kind=followup.kind.value,
            recipient_email=followup.recipient_email,
            recipient_name=followup.recipient_name,
            sender_email=box.account.email,
            sender_name=profile.full_name or box.account.display_name,
            message_id=message_id_for(box.account, interview, followup),
            now=box.now,
            company=interview.company,
            role=interview.role,
            interview_start=interview.starts_at,
            time_zone=interview.time_zone,
            # Talking points only (the interview's and the recipient's): private notes never.
            notes=talking_points_for(interview, followup),
            variant=variant_for(interview, followup),
            qualifications=profile.qualifications,
            signature=profile.signature,
            thread=thread_ref(reply_to) if reply_to else None,
            sequence=followup.sequence,
            outcome=interview.outcome.value,
        )
    )


def attach(followup: FollowUp, own_id: str, ref: DraftRef, drafted_at: datetime) -> None:
    """The follow-up is drafted: remember which Gmail draft is ours."""
    followup.state = FollowUpState.drafted
    followup.message_id_header = own_id
    followup.draft_id = ref.id
    followup.gmail_message_id = ref.message_id
    followup.thread_id = ref.thread_id
    followup.drafted_at = drafted_at
    followup.create_attempted_at = None


def _record_draft(followup: FollowUp, draft: Draft, ref: DraftRef, now: datetime) -> None:
    attach(followup, draft.message_id, ref, now)
    followup.draft_edited = False
    followup.needs_personal_touch = draft.needs_personal_touch
    followup.flags = " ".join(draft.flags)
    followup.updated_at = now


# Drafting -----------------------------------------------------------------------------------


def _already(box: Mailbox, interview: Interview, followup: FollowUp, own_id: str) -> str | None:
    """Look before creating: our draft or sent message, or (thank-yous) mail the user already
    wrote to the interviewer after the interview. One search; returns the new state, if any."""
    query = f"rfc822msgid:{bare(own_id)}"
    since = int(interview.ends_at.timestamp())
    if followup.kind is FollowUpKind.thank_you and followup.recipient_email:
        query = f"{query} OR (in:sent to:{followup.recipient_email} after:{since})"
    for message_id, _ in box.gmail.search(query, limit=5):
        found = box.gmail.message(message_id)
        if found is None:
            continue
        if bare(found.message_id) == bare(own_id):
            if found.is_draft:
                ref = box.gmail.find_draft(own_id)
                if ref is not None:
                    attach(followup, own_id, ref, followup.drafted_at or box.now)
                    return "adopted"
            elif found.is_sent:
                followup.state = FollowUpState.sent
                followup.sent_at = found.internal_date
                followup.message_id_header = own_id
                followup.thread_id = found.thread_id
                return "sent"
        elif found.is_sent and found.internal_date >= interview.ends_at:
            return _written(followup, found)
    return None


def _written(followup: FollowUp, message: MessageMeta) -> str:
    """The user wrote to them after the interview themselves: the thank-you is done."""
    followup.state = FollowUpState.done
    followup.sent_at = message.internal_date
    followup.thread_id = message.thread_id
    followup.note = "You had already written to them after the interview."
    return "done"


# A draft of ours is made after its follow-up was planned and after its interview ended, as
# our clock tells; Gmail dates it by Google's. This margin covers the two clocks disagreeing.
CLOCK_MARGIN = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Look:
    """What one search told about a follow-up before drafting it."""

    found: str | None  # "adopted", "sent", "done" (the row says so), or None: draft it
    person_known: bool = False  # True: `newest` is the newest mail with the person (or None)
    newest: MessageMeta | None = None


def _involves(message: MessageMeta, email: str) -> bool:
    address = email.lower()
    return message.sender == address or address in message.recipients


def _ours_no_earlier_than(interview: Interview, followup: FollowUp) -> datetime:
    """A draft of ours for this follow-up is dated after this moment, if it exists: made for
    this row (so after the row was planned) once its interview had ended.

    (The one draft this cannot bound is one made from another database, lost or a second
    copy of followup, for an interview since moved later: hidden only if the person also
    wrote between that draft and the new end. The explicit search alone had no such gap.)"""
    return min(interview.ends_at, followup.created_at) - CLOCK_MARGIN


def _look(box: Mailbox, interview: Interview, followup: FollowUp, own_id: str) -> Look:
    """One search for three questions: is our draft (or our sent message) there, did the
    user already write to them after the interview (thank-yous), and which conversation does
    the draft reply in. Its query is "our Message-ID OR mail with the person", newest first,
    and only the newest hit is read:

    - no hit: nothing of ours, nothing written, no conversation with the person;
    - ours: the full look of `_already` (adopt it, or it was sent);
    - a thank-you: mail the user sent them after the interview means "done";
    - dated before anything of ours could be: nothing of ours and nothing written after the
      interview either (results come newest first), and it is the conversation to reply in;
    - anything else (they wrote after the interview; an odd match): the full look of
      `_already`, as before, keeping the conversation found.

    `bcc:` is in the query so that whatever Gmail's `to:` matches (the old "already written"
    search) is covered; a hit only by Bcc is "anything else"."""
    email = followup.recipient_email
    assert email is not None
    if followup.kind is FollowUpKind.feedback_request and interview.outcome_thread_id:
        return Look(_already(box, interview, followup, own_id))
    person = f"{{from:{email} to:{email} cc:{email} bcc:{email}}} -in:drafts"
    hits = box.gmail.search(f"rfc822msgid:{bare(own_id)} OR ({person})", limit=1)
    if not hits:
        return Look(None, person_known=True)
    newest = box.gmail.message(hits[0][0])
    if newest is None or newest.is_draft or bare(newest.message_id) == bare(own_id):
        return Look(_already(box, interview, followup, own_id))
    involved = _involves(newest, email)
    if (
        followup.kind is FollowUpKind.thank_you
        and newest.is_sent
        and newest.internal_date >= interview.ends_at
        and email.lower() in newest.recipients
    ):
        return Look(_written(followup, newest))
    if involved and newest.internal_date < _ours_no_earlier_than(interview, followup):
        return Look(None, person_known=True, newest=newest)
    return Look(
        _already(box, interview, followup, own_id),
        person_known=involved,
        newest=newest if involved else None,
    )


def _written_lately(
    box: Mailbox, interview: Interview, followup: FollowUp, own_id: str
) -> Look | None:
    """A thank-you to someone the person wrote to after the interview, seconds ago (history
    has it; the search may not yet): done."""
    email = (followup.recipient_email or "").lower()
    if followup.kind is not FollowUpKind.thank_you or not email:
        return None
    for message in box.sent_lately():
        if bare(own_id) in (bare(message.key), bare(message.message_id)):  # ours, sent
            followup.state = FollowUpState.sent
            followup.sent_at = message.internal_date
            followup.message_id_header = own_id
            followup.thread_id = message.thread_id
            return Look("sent")
        if email in message.recipients and message.internal_date >= interview.ends_at:
            return Look(_written(followup, message))
    return None


def _reply_to(
    box: Mailbox, interview: Interview, followup: FollowUp, look: Look
) -> MessageMeta | None:
    """`find_thread`, without asking Gmail again what the look already told."""
    if not look.person_known:
        return find_thread(box, interview, followup)
    assert followup.recipient_email is not None
    person = followup.recipient_email.lower()
    newest = _sent_lately_to(box, lambda address: address == person, look.newest)
    if newest is not None or followup.kind is FollowUpKind.thank_you:
        return replyable(newest)
    return replyable(_company_newest(box, followup.recipient_email))


def _sent_lately_to(
    box: Mailbox, to: Callable[[str], bool], found: MessageMeta | None
) -> MessageMeta | None:
    """The newer of `found` (a search's newest hit) and what the person sent since the last look
    to an address `to` accepts, which the search may not see yet (it lags writes)."""
    lately = [m for m in box.sent_lately() if any(to(address) for address in m.recipients)]
    if found is not None:
        lately.append(found)
    return max(lately, key=lambda m: m.internal_date, default=None)


def draft_followup(session: Session, box: Mailbox, followup: FollowUp) -> str:
    """Make the draft of one due follow-up. Returns what happened: "drafted", "adopted",
    "sent", "done", "skipped" (nothing to send it to) or "changed" (the user acted first)."""
    interview = session.get(Interview, followup.interview_id)
    assert interview is not None and followup.id is not None
    if not followup.recipient_email:
        followup.state = FollowUpState.skipped
        followup.note = "No e-mail address is known for this person."
        followup.updated_at = box.now
        session.add(followup)
        return "skipped"
    own_id = message_id_for(box.account, interview, followup)
    look = _written_lately(box, interview, followup, own_id) or _look(
        box, interview, followup, own_id
    )
    found = look.found
    if found is None and (
        followup.kind is FollowUpKind.thank_you
        and box.now > interview.ends_at + box.rules.thank_you_stale
    ):
        followup.state = FollowUpState.skipped
        followup.note = "Too late for a thank-you: the interview was over a week ago."
        found = "skipped"
    if found == "adopted":
        # An earlier attempt made it and its answer was lost: learn what composing says of
        # it ("needs a personal touch", "no notes"…), as a draft made now would have.
        _mark(followup, box, interview)
    if found is not None:
        followup.updated_at = box.now
        session.add(followup)
        return found
    reply_to = _reply_to(box, interview, followup, look)
    draft = compose(box, interview, followup, reply_to)
    table = FollowUp.__table__  # type: ignore[attr-defined]
    # Say, before Gmail hears of it, that a draft is on its way: should its answer be lost
    # (or this process die), the next look adopts it from history (watching.adopt_lost),
    # which lags no write and needs no Message-ID that Gmail may have replaced.
    session.execute(
        sa.update(table)
        .where(table.c.id == followup.id, table.c.state == FollowUpState.scheduled.value)
        .values(create_attempted_at=box.now)
    )
    session.commit()
    ref = box.gmail.create_draft(draft.raw, reply_to.thread_id if reply_to else None)
    # Only if nobody changed the row meanwhile (the user's skip in the API, another tick).
    claimed = session.execute(
        sa.update(table)
        .where(table.c.id == followup.id, table.c.state == FollowUpState.scheduled.value)
        .values(state=FollowUpState.drafted.value)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        box.gmail.delete_draft(ref.id)
        session.refresh(followup)
        return "changed"
    _record_draft(followup, draft, ref, box.now)
    session.add(followup)
    return "drafted"


def remark(session: Session, box: Mailbox, followup: FollowUp) -> None:
    """`_mark` for a draft adopted elsewhere (watching found one whose answer was lost)."""
    interview = session.get(Interview, followup.interview_id)
    if interview is not None:
        _mark(followup, box, interview)


def _mark(followup: FollowUp, box: Mailbox, interview: Interview) -> None:
    """Compose again (the same inputs give the same draft) only to keep its markers."""
    try:
        draft = compose(box, interview, followup, find_thread(box, interview, followup))
    except ComposeError:
        return
    followup.needs_personal_touch = draft.needs_personal_touch
    followup.flags = " ".join(draft.flags)


def due_followups(session: Session, account_id: int, now: datetime) -> list[FollowUp]:
    rows = session.exec(
        select(FollowUp)
        .where(
            FollowUp.account_id == account_id,
            FollowUp.state == FollowUpState.scheduled,
            col(FollowUp.kind).in_([kind.value for kind in MAIL_KINDS]),
            col(FollowUp.due_at) <= now,
        )
        .order_by(col(FollowUp.due_at), col(FollowUp.id))
    ).all()
    return [row for row in rows if row.effective_due <= now]


def draft_due(engine: sa.Engine, box: Mailbox, account_id: int) -> dict[str, int]:
    """Draft every due follow-up, one transaction each: a failure leaves the others done."""
    counts: dict[str, int] = {}
    failure: Exception | None = None
    with Session(engine) as session:
        ids = [row.id for row in due_followups(session, account_id, box.now)]
    for followup_id in ids:
        with Session(engine, expire_on_commit=False) as session:
            followup = session.get(FollowUp, followup_id)
            if followup is None or followup.state is not FollowUpState.scheduled:
                continue
            try:
                result = draft_followup(session, box, followup)
            except (HttpError, *TRANSIENT_ERRORS) as exc:
                # Google failed for this one (idempotent to retry: the next tick looks for
                # the draft first); carry on with the others, report it at the end.
                session.rollback()
                log.warning("drafting follow-up %s failed: %s", followup_id, describe_failure(exc))
                failure = failure or exc
                counts["failed"] = counts.get("failed", 0) + 1
                continue
            except ComposeError as exc:
                # A broken user template or an unusable address: say so on the follow-up,
                # keep it scheduled and try again next tick (the user may fix the template).
                session.rollback()
                followup = session.get(FollowUp, followup_id)
                assert followup is not None
                followup.needs_personal_touch = f"Could not write the draft: {exc}"
                followup.flags = "compose_failed"
                session.add(followup)
                session.commit()
                counts["failed"] = counts.get("failed", 0) + 1
                continue
            session.commit()
            counts[result] = counts.get(result, 0) + 1
    if failure is not None:
        raise failure
    return counts


def discard_draft(box: Mailbox, followup: FollowUp) -> bool:
    """Delete our draft unless the user edited it. True when an edited draft was kept."""
    if not followup.draft_id:
        return False
    current = box.gmail.draft(followup.draft_id)
    if current is None:
        return False
    # Our own writes record the draft's new message id; any other id is the person's edit
    # (watching may have followed it already and said so in `draft_edited`).
    if followup.draft_edited or current.message_id != followup.gmail_message_id:
        followup.draft_edited = True
        return True
    box.gmail.delete_draft(current.id)
    return False


def clear_draft(followup: FollowUp) -> None:
    followup.draft_id = None
    followup.gmail_message_id = None
    followup.drafted_at = None
    followup.needs_personal_touch = None
    followup.flags = ""


def load_profile(session: Session, account_id: int) -> Profile:
    profile = session.exec(select(Profile).where(Profile.account_id == account_id)).first()
    return profile if profile is not None else Profile(account_id=account_id)
