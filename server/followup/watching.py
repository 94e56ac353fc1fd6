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
from datetime import datetime, timedelta
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import quote_plus

from sqlmodel import Session, col, select

from followup.core.classify import ONLY_THANKS, EmailVerdict, classify_message
from followup.core.companies import domain_of, registrable
from followup.core.mailmatch import CompanyMail, match_company
from followup.drafting import Mailbox, attach, bare, message_id_for, remark
from followup.google.gmail import HistoryChange, HistoryExpired, MessageMeta
from followup.models import (
    FollowUp,
    FollowUpState,
    Interview,
    InterviewPerson,
    MailReview,
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
    cursor: str | None = None  # where history is read from next time (`advance`)
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
        summary.cursor = box.gmail.history_id()
        _full_check(session, box, state.last_sync_at, summary)
    else:
        try:
            changes, latest = box.gmail.history(state.cursor)
        except HistoryExpired:
            log.info("Gmail history of account %s expired: checking open follow-ups", account_id)
            latest = box.gmail.history_id()
            _full_check(session, box, state.last_sync_at, summary)
        else:
            _apply_changes(session, box, changes, summary)
            _company_mail(session, box, summary)  # only for interviews that came late
        summary.cursor = latest
    state.last_sync_at = box.now
    state.last_error = None
    session.add(state)
    return summary


def advance(session: Session, account_id: int, cursor: str | None) -> None:
    """Read history from `cursor` next time. The tick calls this after drafting, not when
    watching ends: a tick that dies in between reads the same history again (watching is
    idempotent), so what the person sent just before it is not lost to search's lag."""
    if cursor is not None:
        state = _state(session, account_id)
        state.cursor = cursor
        session.add(state)


# Our drafts ---------------------------------------------------------------------------------


def _drafted(session: Session, account_id: int) -> list[FollowUp]:
    return list(
        session.exec(
            select(FollowUp).where(
                FollowUp.account_id == account_id, FollowUp.state == FollowUpState.drafted
            )
        )
    )


class Outgoing:
    """Messages that left (SENT) or wait to leave (SCHEDULED) since the last look, as history
    reported them: each read once a tick, and only when a draft of ours went missing.

    Gmail gives a sent draft a new message id, may move it to a new thread, and may replace
    its Message-ID, so a missing draft is found again by what cannot change: it went to our
    recipient after we drafted it."""

    def __init__(self, box: Mailbox, changes: list[HistoryChange] | None) -> None:
        self._box = box
        self._ids = list(
            dict.fromkeys(
                change.message_id
                for change in changes or []
                if (change.kind == "added" and change.label_ids & OUTGOING)
                or (change.kind == "labelAdded" and change.labels & OUTGOING)
            )
        )
        self._read: list[MessageMeta] | None = None
        self._deleted = {c.message_id for c in changes or [] if c.kind == "deleted"}

    def sent(self) -> list[MessageMeta]:
        return [message for message in self.messages() if message.is_sent]

    def has(self, message_id: str | None) -> bool:
        """This message itself left (Gmail kept its id when sending it)."""
        return message_id is not None and message_id in self._ids

    def say_deleted(self, message_id: str | None) -> bool:
        """History says this message was deleted (and, if nothing of it left, by the person)."""
        return message_id is not None and message_id in self._deleted

    def messages(self) -> list[MessageMeta]:
        if self._read is None:
            found = (self._box.gmail.message(message_id) for message_id in self._ids)
            self._read = [meta for meta in found if meta is not None]
        return self._read


OUTGOING = frozenset({"SENT", "SCHEDULED"})
# A draft gone from Drafts with no word of where (no history to tell, and search lags
# writes) is called deleted only after this long.
VANISHED_GRACE = timedelta(minutes=15)
VANISHED_NOTE = "The draft left Gmail's Drafts; followup is looking for where it went."


def check_draft(
    session: Session, box: Mailbox, followup: FollowUp, outgoing: Outgoing | None = None
) -> str:
    """Where our draft is now: "open", "edited", "sent", "scheduled", "deleted" or
    "vanished" (not known yet), and the row says so.

    A draft still in Drafts is followed under its current message id and thread (both change
    when the person edits it). A draft gone from Drafts is looked for among what left since
    the last look, then in its thread and in Sent; it is called deleted only when history
    said its message was deleted and nothing of it left, or after VANISHED_GRACE."""
    outgoing = outgoing or Outgoing(box, None)
    went: MessageMeta | None = None
    if outgoing.say_deleted(followup.gmail_message_id) or outgoing.has(followup.gmail_message_id):
        # History said our message went; what left since tells where, without asking for
        # the draft (sending a draft deletes it).
        went = _where_it_went(box, followup, outgoing, history_only=True)
    current = None
    if went is None and followup.draft_id:
        current = box.gmail.draft(followup.draft_id)
    if current is not None:
        if current.message_id == followup.gmail_message_id:
            return "open"
        # The person edited it (we record our own updates): follow its new id and thread.
        followup.gmail_message_id = current.message_id
        followup.thread_id = current.thread_id
        followup.note = ""
        followup.updated_at = box.now
        edited = not followup.draft_edited
        followup.draft_edited = True
        session.add(followup)
        return "edited" if edited else "open"
    went = went or _where_it_went(box, followup, outgoing)
    if went is not None and "SCHEDULED" in went.label_ids and not went.is_sent:
        if followup.gmail_message_id == went.id and followup.draft_id is None:
            return "scheduled"
        followup.draft_id = None
        followup.gmail_message_id = went.id
        followup.thread_id = went.thread_id
        followup.note = "Scheduled to send in Gmail."
        followup.updated_at = box.now
        session.add(followup)
        return "scheduled"
    if went is not None:
        followup.state = FollowUpState.sent
        followup.sent_at = went.internal_date
        followup.gmail_message_id = went.id
        followup.thread_id = went.thread_id  # check-ins reply where it really went
        followup.note = ""
        result = "sent"
    elif outgoing.say_deleted(followup.gmail_message_id) or (
        followup.note == VANISHED_NOTE and box.now - followup.updated_at >= VANISHED_GRACE
    ):
        followup.state = FollowUpState.skipped
        followup.note = "The draft was deleted in Gmail."
        result = "deleted"
    else:
        if followup.note != VANISHED_NOTE:
            followup.note = VANISHED_NOTE
            followup.updated_at = box.now
        followup.draft_id = None
        session.add(followup)
        return "vanished"
    followup.draft_id = None
    followup.updated_at = box.now
    session.add(followup)
    return result


def _where_it_went(
    box: Mailbox, followup: FollowUp, outgoing: Outgoing, *, history_only: bool = False
) -> MessageMeta | None:
    """The message our missing draft became: sent or scheduled, to our recipient (or with our
    Message-ID), since we drafted it. History's news first (no search lag), then the thread
    it was in, then a search of Sent and Scheduled."""
    since = (followup.drafted_at or followup.created_at).replace(microsecond=0)

    def ours(message: MessageMeta) -> bool:
        if message.is_draft or message.internal_date < since - CLOCK_SKEW:
            return False
        if message.id == followup.gmail_message_id:
            return True
        if followup.recipient_email and followup.recipient_email.lower() in message.recipients:
            return True
        own = followup.message_id_header
        return own is not None and bare(message.message_id) == bare(own)

    candidates = [m for m in outgoing.messages() if ours(m)]
    if history_only:
        return _first_out(candidates)
    if not candidates and followup.thread_id:
        candidates = [m for m in box.gmail.thread(followup.thread_id) if not m.is_draft and ours(m)]
        candidates = [m for m in candidates if m.label_ids & OUTGOING]
    if (
        not candidates
        and followup.recipient_email
        and not outgoing.say_deleted(followup.gmail_message_id)
    ):
        after = int((since - CLOCK_SKEW).timestamp())
        query = f"{{in:sent in:scheduled}} to:{followup.recipient_email} after:{after}"
        for message_id, _ in box.gmail.search(query, limit=5):
            found = box.gmail.message(message_id)
            if found is not None and ours(found):
                candidates.append(found)
    return _first_out(candidates)


def _first_out(candidates: list[MessageMeta]) -> MessageMeta | None:
    """Sent before scheduled; the earliest sent is the one that answered our draft."""
    if not candidates:
        return None
    return min(candidates, key=lambda m: (not m.is_sent, m.internal_date))


# Gmail dates a message by Google's clock, our drafted_at is ours.
CLOCK_SKEW = timedelta(minutes=5)


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
    # "We received your application" is no reply, but a known person writing is one, in
    # whatever words ("thanks for your patience, I will be in touch next week").
    if verdict.kind != "acknowledgement" or meta.sender in company.addresses:
        summary.replies += 1
        for row in rows:
            if row.ends_at <= meta.internal_date and (
                row.company_replied_at is None or row.company_replied_at < meta.internal_date
            ):
                row.company_replied_at = meta.internal_date
                session.add(row)
    decided = verdict.kind == "rejection" and verdict.confidence >= REJECTION_CONFIDENCE
    if decided or maybe_rejection(verdict):
        ended = [row for row in rows if row.ends_at <= meta.internal_date]
        if not ended:
            return
        latest = max(ended, key=lambda row: row.ends_at)
        if latest.outcome is not Outcome.pending:
            return
        if not decided:  # the uncertain middle: the Review page asks the person
            _ask_about(session, box, latest, meta, verdict)
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


def maybe_rejection(verdict: EmailVerdict) -> bool:
    """Mail that may be a rejection but is not read as one: a rejection below the confidence
    acted on, weak rejection wording only, or a thanks and nothing else (real rejections are
    often just that: thanks, one sentence, good wishes), or a rejection the rules read and the
    second reader vetoed (another kind, leaning "rejection")."""
    if verdict.kind == "rejection":
        return verdict.confidence < REJECTION_CONFIDENCE
    if verdict.leaning == "rejection":  # weak rejection wording, or a vetoed rejection
        return True
    return verdict.kind == "acknowledgement" and verdict.reason.startswith(ONLY_THANKS)


def _ask_about(
    session: Session, box: Mailbox, interview: Interview, meta: MessageMeta, verdict: EmailVerdict
) -> None:
    """Keep the mail for the Review page (once: history or a search may bring it again)."""
    account_id = box.account.id
    assert account_id is not None and interview.id is not None
    known = session.exec(
        select(MailReview.id).where(
            MailReview.account_id == account_id, MailReview.message_id == meta.id
        )
    ).first()
    if known is not None:
        return
    session.add(
        MailReview(
            account_id=account_id,
            interview_id=interview.id,
            message_id=meta.id,
            thread_id=meta.thread_id,
            sender=meta.sender[:320],
            subject=meta.subject[:300],
            reason=verdict.reason[:300],
            confidence=verdict.confidence,
            received_at=meta.internal_date,
            created_at=box.now,
        )
    )
    log.info("interview %s: mail that may be a rejection is left to the person", interview.id)


def _apply_changes(
    session: Session, box: Mailbox, changes: list[HistoryChange], summary: WatchSummary
) -> None:
    account_id = box.account.id
    assert account_id is not None
    adopt_lost(session, box, changes)
    outgoing = Outgoing(box, changes)
    for followup in _drafted(session, account_id):
        # Our own draft appearing is no news; anything else about its message or in its
        # thread may be. A draft whose whereabouts are not known yet is looked for again.
        news = followup.note == VANISHED_NOTE or any(
            (
                change.thread_id == followup.thread_id
                or change.message_id == followup.gmail_message_id
            )
            and not (change.kind == "added" and change.message_id == followup.gmail_message_id)
            for change in changes
        )
        if news:
            _count(summary, check_draft(session, box, followup, outgoing))
    box.sent_lately = outgoing.sent
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


def adopt_lost(session: Session, box: Mailbox, changes: list[HistoryChange]) -> int:
    """Drafts we made whose answer was lost (a timeout, a crash): history shows each as an
    added DRAFT message that no row knows, carrying the X-Followup-Key of a follow-up whose
    create was attempted. Such a follow-up is drafted, not drafted again. Only unknown
    drafts are read, and only while a create is unconfirmed. Returns how many."""
    account_id = box.account.id
    assert account_id is not None
    waiting = list(
        session.exec(
            select(FollowUp).where(
                FollowUp.account_id == account_id,
                FollowUp.state == FollowUpState.scheduled,
                col(FollowUp.create_attempted_at).is_not(None),
            )
        )
    )
    if not waiting:
        return 0
    known = set(
        session.exec(
            select(FollowUp.gmail_message_id).where(
                FollowUp.account_id == account_id, col(FollowUp.gmail_message_id).is_not(None)
            )
        ).all()
    )
    deleted = {c.message_id for c in changes if c.kind == "deleted"}
    added = [
        c.message_id
        for c in changes
        if c.kind == "added" and "DRAFT" in c.label_ids and c.message_id not in known
    ]
    by_key: dict[str, FollowUp] = {}
    for waiting_row in waiting:
        interview = session.get(Interview, waiting_row.interview_id)
        if interview is not None:
            by_key[bare(message_id_for(box.account, interview, waiting_row))] = waiting_row
    adopted = 0
    for message_id in dict.fromkeys(added):
        if message_id in deleted or not by_key:
            continue
        meta = box.gmail.message(message_id)
        if meta is None or not meta.key or not meta.is_draft:
            continue
        if bare(meta.key) not in by_key:
            continue
        row = by_key.pop(bare(meta.key))
        ref = box.gmail.draft_of(meta.id)
        if ref is None:
            continue
        attach(row, meta.key, ref, row.create_attempted_at or box.now)
        row.draft_edited = False
        row.updated_at = box.now
        remark(session, box, row)
        session.add(row)
        adopted += 1
        log.info("follow-up %s: a draft whose answer was lost was found in history", row.id)
    return adopted


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
