"""Watching Gmail: drafts of ours that were sent, edited or deleted; replies and rejections.

From the saved historyId, `history.list` says what changed: a quiet mailbox costs that one
request. A draft of ours is looked at only when its thread changed; an incoming message is
read only when it is new in the inbox, and it matters only if it comes from a company the
user interviews with. A 404 (the historyId is too old) means a full re-check of what is open.
History brings each message once, so an interview followup learns of only after it ended
has its company's mail searched once instead (`Interview.check_past_mail`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import quote_plus

from sqlmodel import Session, col, select

from followup.core.classify import classify_message
from followup.core.companies import domain_of, registrable
from followup.core.mailmatch import CompanyMail, match_company
from followup.drafting import Mailbox, bare
from followup.google.gmail import HistoryChange, HistoryExpired, MessageMeta
from followup.models import (
    FollowUp,
    FollowUpState,
    Interview,
    InterviewPerson,
    Outcome,
    Person,
    SyncState,
)
from followup.planning import company_key

log = logging.getLogger(__name__)

RESOURCE = "gmail"
REJECTION_CONFIDENCE = 0.6
FULL_CHECK_LIMIT = 20  # messages read per company searched (full check, late interview)


@dataclass
class WatchSummary:
    full_check: bool = False
    sent: int = 0
    deleted: int = 0
    edited: int = 0
    replies: int = 0
    rejections: int = 0


def _state(session: Session, account_id: int) -> SyncState:
    state = session.exec(
        select(SyncState).where(SyncState.account_id == account_id, SyncState.resource == RESOURCE)
    ).first()
    return state or SyncState(account_id=account_id, resource=RESOURCE)


def watch(session: Session, box: Mailbox) -> WatchSummary:
    account_id = box.account.id
    assert account_id is not None
    summary = WatchSummary()
    state = _state(session, account_id)
    if state.cursor is None:
        # First look at this mailbox: remember where it is now; nothing of ours is in it yet
        # unless a database was restored, which the full check covers.
        state.cursor = box.gmail.history_id()
        _full_check(session, box, state.last_sync_at, summary)
    else:
        try:
            changes, latest = box.gmail.history(state.cursor)
        except HistoryExpired:
            log.info("Gmail history of account %s expired: checking open follow-ups", account_id)
            latest = box.gmail.history_id()
            _full_check(session, box, state.last_sync_at, summary)
        else:
            if changes:
                _apply_changes(session, box, changes, summary)
            _company_mail(session, box, summary)  # only for interviews that came late
        state.cursor = latest
    state.last_sync_at = box.now
    state.last_error = None
    session.add(state)
    return summary


# Our drafts ---------------------------------------------------------------------------------


def _drafted(session: Session, account_id: int) -> list[FollowUp]:
    return list(
        session.exec(
            select(FollowUp).where(
                FollowUp.account_id == account_id, FollowUp.state == FollowUpState.drafted
            )
        )
    )


def check_draft(
    session: Session, box: Mailbox, followup: FollowUp, sent_ids: frozenset[str] = frozenset()
) -> str:
    """Where our draft is now: "open", "edited", "sent" or "deleted" (and the row says so).

    Gmail's history said our draft's own message was sent: that message tells when, and the
    draft is gone (sending a draft deletes it), so it is not asked for."""
    sent_at = _sent_itself(box, followup, sent_ids)
    if sent_at is None:
        current = box.gmail.draft(followup.draft_id) if followup.draft_id else None
        if current is not None:
            if current.message_id != followup.gmail_message_id and not followup.draft_edited:
                followup.draft_edited = True
                followup.updated_at = box.now
                session.add(followup)
                return "edited"
            return "open"
        sent_at = _sent_in_thread(box, followup)
    if sent_at is not None:
        followup.state = FollowUpState.sent
        followup.sent_at = sent_at
        followup.note = ""
        result = "sent"
    else:
        followup.state = FollowUpState.skipped
        followup.note = "The draft was deleted in Gmail."
        result = "deleted"
    followup.draft_id = None
    followup.updated_at = box.now
    session.add(followup)
    return result


def _sent_itself(box: Mailbox, followup: FollowUp, sent_ids: frozenset[str]) -> datetime | None:
    """When the draft's own message went out, if history says it was sent and it is SENT."""
    if followup.gmail_message_id and followup.gmail_message_id in sent_ids:
        found = box.gmail.message(followup.gmail_message_id)
        if found is not None and found.is_sent:
            return found.internal_date
    return None


def _sent_in_thread(box: Mailbox, followup: FollowUp) -> datetime | None:
    """When the draft went out, edited before sending: a sent message to the recipient (or
    with our Message-ID) in its thread since we drafted it."""
    if not followup.thread_id:
        return None
    since = followup.drafted_at or followup.created_at
    for message in box.gmail.thread(followup.thread_id):
        if not message.is_sent or message.internal_date < since.replace(microsecond=0):
            continue
        if message.id == followup.gmail_message_id or (
            followup.recipient_email and followup.recipient_email.lower() in message.recipients
        ):
            return message.internal_date
        if followup.message_id_header and bare(message.message_id) == bare(
            followup.message_id_header
        ):
            return message.internal_date
    return None


# Company mail -------------------------------------------------------------------------------


@dataclass
class _Companies:
    mail: list[CompanyMail]
    interviews: dict[str, list[Interview]]


def _companies(session: Session, account_id: int) -> _Companies:
    interviews: dict[str, list[Interview]] = {}
    names: dict[str, str | None] = {}
    for row in session.exec(select(Interview).where(Interview.account_id == account_id)):
        key = company_key(row)
        if key and row.is_interview and not row.cancelled:
            interviews.setdefault(key, []).append(row)
            names.setdefault(key, row.company)
    addresses: dict[str, set[str]] = {key: set() for key in interviews}
    by_id = {row.id: key for key, rows in interviews.items() for row in rows}
    if by_id:
        for link, person in session.exec(
            select(InterviewPerson, Person)
            .join(Person, col(Person.id) == col(InterviewPerson.person_id))
            .where(InterviewPerson.account_id == account_id)
        ):
            key = by_id.get(link.interview_id)
            if key is not None:
                addresses[key].add(person.email)
    mail = [CompanyMail.build(key, names[key], addresses[key]) for key in interviews]
    return _Companies(mail, interviews)


def _parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=email_policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def _incoming(
    session: Session,
    box: Mailbox,
    companies: _Companies,
    meta: MessageMeta,
    raw: bytes,
    summary: WatchSummary,
) -> None:
    if meta.sender == box.account.email.lower() or meta.is_sent or meta.is_draft:
        return
    company = match_company(meta.sender, meta.sender_name, meta.subject, companies.mail)
    if company is None:
        return
    verdict = classify_message(_parse(raw))
    rows = companies.interviews[company.key]
    if verdict.kind != "acknowledgement":  # "we received your application" is no reply
        summary.replies += 1
        for row in rows:
            if row.ends_at <= meta.internal_date and (
                row.company_replied_at is None or row.company_replied_at < meta.internal_date
            ):
                row.company_replied_at = meta.internal_date
                session.add(row)
    if verdict.kind == "rejection" and verdict.confidence >= REJECTION_CONFIDENCE:
        ended = [row for row in rows if row.ends_at <= meta.internal_date]
        if not ended:
            return
        latest = max(ended, key=lambda row: row.ends_at)
        if latest.outcome is not Outcome.pending:
            return
        latest.outcome = Outcome.rejected
        latest.outcome_detected = True
        latest.outcome_at = meta.internal_date
        latest.outcome_from = meta.sender
        latest.outcome_message_id = meta.id
        latest.outcome_thread_id = meta.thread_id
        latest.updated_at = box.now
        session.add(latest)
        summary.rejections += 1
        # The reason quotes the mail: never at INFO (no message content in the logs).
        log.info("interview %s: a rejection e-mail was read", latest.id)
        log.debug("rejection reason: %s", verdict.reason)


def _apply_changes(
    session: Session, box: Mailbox, changes: list[HistoryChange], summary: WatchSummary
) -> None:
    account_id = box.account.id
    assert account_id is not None
    sent_ids = frozenset(
        change.message_id
        for change in changes
        if "SENT" in change.labels or (change.kind == "added" and "SENT" in change.label_ids)
    )
    for followup in _drafted(session, account_id):
        # Our own draft appearing is no news; anything else in its thread may be.
        news = any(
            change.thread_id == followup.thread_id
            and not (change.kind == "added" and change.message_id == followup.gmail_message_id)
            for change in changes
        )
        if news or followup.gmail_message_id in sent_ids:
            _count(summary, check_draft(session, box, followup, sent_ids))
    arrived = list(
        dict.fromkeys(
            change.message_id
            for change in changes
            if (change.kind == "added" and "INBOX" in change.label_ids)
            or (change.kind == "labelAdded" and "INBOX" in change.labels)
        )
    )
    arrived = [
        message_id
        for message_id in arrived
        if not any(c.message_id == message_id and c.kind == "deleted" for c in changes)
    ]
    if not arrived:
        return
    companies = _companies(session, account_id)
    if not companies.mail:
        return
    for message_id in arrived:
        found = box.gmail.message_full(message_id)
        if found is not None:
            _incoming(session, box, companies, *found, summary)


def _count(summary: WatchSummary, result: str) -> None:
    if result == "sent":
        summary.sent += 1
    elif result == "deleted":
        summary.deleted += 1
    elif result == "edited":
        summary.edited += 1


def _full_check(
    session: Session, box: Mailbox, since: datetime | None, summary: WatchSummary
) -> None:
    """Without history (the first look, or an expired historyId): look at every open draft of
    ours, and at recent mail from each company with something open or an outcome to learn."""
    account_id = box.account.id
    assert account_id is not None
    summary.full_check = True
    for followup in _drafted(session, account_id):
        _count(summary, check_draft(session, box, followup))
    _company_mail(session, box, summary, everyone=True, since=since)


def _company_mail(
    session: Session,
    box: Mailbox,
    summary: WatchSummary,
    *,
    everyone: bool = False,
    since: datetime | None = None,
) -> None:
    """Read mail from companies by searching for it, not from history.

    Always for the companies of interviews marked `check_past_mail`, from the interview's
    end (and the marks are cleared); with `everyone`, also for each company with something
    open or an outcome to learn, from `since` (else from its first interview's end)."""
    account_id = box.account.id
    assert account_id is not None
    late = list(
        session.exec(
            select(Interview).where(
                Interview.account_id == account_id,
                Interview.check_past_mail == True,  # noqa: E712
            )
        )
    )
    if not late and not everyone:
        return
    for row in late:
        row.check_past_mail = False
        session.add(row)
    companies = _companies(session, account_id)
    open_interviews: set[int] = set()
    if everyone:
        open_interviews = set(
            session.exec(
                select(FollowUp.interview_id).where(
                    FollowUp.account_id == account_id,
                    col(FollowUp.state).in_([FollowUpState.scheduled, FollowUpState.drafted]),
                )
            ).all()
        )
    late_ids = {row.id for row in late}
    recent = box.now - box.rules.thank_you_lookback
    for company in companies.mail:
        rows = [row for row in companies.interviews[company.key] if row.ends_at <= box.now]
        # An outcome is still to learn from mail since the interview, if it is recent.
        learning = [row for row in rows if row.ends_at >= recent and row.outcome is Outcome.pending]
        starts = [row.ends_at for row in learning if row.id in late_ids]
        if everyone and rows and (learning or any(row.id in open_interviews for row in rows)):
            starts.append(since or min(row.ends_at for row in rows))
        if not starts:
            continue
        after = int(min(starts).timestamp())
        found: dict[str, tuple[MessageMeta, bytes]] = {}
        for query in company_queries(company, f"-in:sent -in:drafts after:{after}"):
            for message_id, _ in box.gmail.search(query, limit=FULL_CHECK_LIMIT):
                if message_id not in found and (full := box.gmail.message_full(message_id)):
                    found[message_id] = full
        # Oldest first, by each message's own date: the list's order is not documented, and
        # several searches' hits interleave. The newest FULL_CHECK_LIMIT are read, as one
        # search would have found them.
        by_date = sorted(found.values(), key=lambda item: item[0].internal_date)
        for meta, raw in by_date[-FULL_CHECK_LIMIT:]:
            _incoming(session, box, companies, meta, raw, summary)


# A search's `q`, URL-encoded, stays below what makes Google's client send the GET as a POST
# (a URL over 2,048 characters, ~80 of them Gmail's address and the other parameters).
MAX_QUERY_CHARS = 1800


def company_queries(company: CompanyMail, rest: str) -> list[str]:
    """Searches that together find a company's mail: `from:` its domains, its people not at
    one of those domains, and its name (mail from a hiring tool names the company). Split so
    that no search's encoded query passes MAX_QUERY_CHARS, whatever the company's size."""
    terms = [f"from:{domain}" for domain in sorted(company.domains)]
    terms += [
        f"from:{address}"
        for address in sorted(company.addresses)
        if registrable(domain_of(address)) not in company.domains
    ]
    if company.name:
        name = " ".join(company.name.replace('"', " ").split())
        if name:
            terms.append(f'"{name}"')
    queries: list[str] = []
    group: list[str] = []
    for term in terms:
        if group and len(quote_plus(_query([*group, term], rest))) > MAX_QUERY_CHARS:
            queries.append(_query(group, rest))
            group = []
        group.append(term)
    if group:
        queries.append(_query(group, rest))
    return queries


def _query(terms: list[str], rest: str) -> str:
    return f"{{{' '.join(terms)}}} {rest}"
