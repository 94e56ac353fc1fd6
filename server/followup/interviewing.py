"""What the person decides about an interview (the API, the web app and the CLI call these):
is it one, its outcome, corrections of company, role and interviewers, and the talking points
that go into its thank-yous. Private notes are stored here too and read by nothing that writes
a draft: `talking_points_for` is the only way interview text reaches a composer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from followup.models import (
    FollowUp,
    Interview,
    InterviewPerson,
    MailReview,
    Outcome,
    Person,
    PersonRole,
)


class EditRefused(ValueError):
    """A correction that cannot be stored; the message says why."""


@dataclass(frozen=True)
class Attendee:
    """An interview's person as shown and edited: who, as what, and their own talking points."""

    link_id: int
    name: str | None
    email: str
    role: PersonRole
    talking_points: str


def people_of(session: Session, interview_id: int) -> list[Attendee]:
    rows = session.exec(
        select(InterviewPerson, Person)
        .join(Person, col(Person.id) == col(InterviewPerson.person_id))
        .where(InterviewPerson.interview_id == interview_id)
        .order_by(col(InterviewPerson.id))
    )
    return [
        Attendee(link.id or 0, person.name, person.email, link.role, link.talking_points)
        for link, person in rows
    ]


def decide(interview: Interview, is_interview: bool, now: datetime) -> None:
    """The person's verdict; it wins over the detector in every later sync."""
    was_watched = interview.watched
    interview.user_decision = is_interview
    interview.mark_if_watched_late(was_watched, None, now)
    interview.updated_at = now


def set_outcome(interview: Interview, outcome: Outcome, now: datetime) -> None:
    """Set by hand: the plan follows on the next tick (a rejection → a feedback request)."""
    if outcome == interview.outcome:
        return
    interview.outcome = outcome
    interview.outcome_detected = False
    interview.outcome_at = now if outcome is not Outcome.pending else None
    if outcome is not Outcome.rejected:
        interview.outcome_from = None
        interview.outcome_message_id = interview.outcome_thread_id = None
    interview.updated_at = now


def set_texts(
    interview: Interview,
    now: datetime,
    *,
    talking_points: str | None = None,
    private_notes: str | None = None,
) -> None:
    if talking_points is not None:
        interview.talking_points = talking_points
    if private_notes is not None:
        interview.private_notes = private_notes
    interview.updated_at = now


def correct(
    session: Session,
    interview: Interview,
    now: datetime,
    *,
    company: str,
    role: str,
    interviewers: list[tuple[str, str]],
    points: dict[str, str] | None = None,
) -> None:
    """Company, role and the interviewers (name, e-mail) as the person says; later syncs keep
    them. `points` maps an interviewer's e-mail to their own talking points."""
    assert interview.id is not None
    cleaned: dict[str, str] = {}
    for name, email in interviewers:
        address = email.strip().lower()
        if not address:
            continue
        local, at, domain = address.partition("@")
        if not local or not at or "." not in domain or " " in address:
            raise EditRefused(f"“{email}” is not an e-mail address (name@company.com).")
        cleaned[address] = name.strip()
    interview.company = company.strip() or None
    interview.role = role.strip() or None
    interview.user_edited = True
    interview.updated_at = now
    current = {
        person.email: (link, person)
        for link, person in session.exec(
            select(InterviewPerson, Person)
            .join(Person, col(Person.id) == col(InterviewPerson.person_id))
            .where(
                InterviewPerson.interview_id == interview.id,
                InterviewPerson.role == PersonRole.interviewer,
            )
        )
    }
    for email, (link, _) in current.items():
        if email not in cleaned:
            session.delete(link)
    for email, name in cleaned.items():
        if email in current:
            link, person = current[email]
        else:
            found = session.exec(
                select(Person).where(
                    Person.account_id == interview.account_id, Person.email == email
                )
            ).first()
            person = found or Person(account_id=interview.account_id, email=email)
            session.add(person)
            session.flush()
            assert person.id is not None
            link = InterviewPerson(
                account_id=interview.account_id,
                interview_id=interview.id,
                person_id=person.id,
                role=PersonRole.interviewer,
            )
        if name:
            person.name = name
        if interview.company:
            person.company = interview.company
        if points is not None and email in points:
            link.talking_points = points[email].strip()
        session.add(person)
        session.add(link)
    session.add(interview)


def _interviewer_links(session: Session, interview_id: int) -> list[InterviewPerson]:
    return list(
        session.exec(
            select(InterviewPerson)
            .where(
                InterviewPerson.interview_id == interview_id,
                InterviewPerson.role == PersonRole.interviewer,
            )
            .order_by(col(InterviewPerson.id))
        )
    )


def _session_of(interview: Interview) -> Session | None:
    session = Session.object_session(interview)
    return session if isinstance(session, Session) else None


def talking_points_for(interview: Interview, followup: FollowUp) -> str:
    """What a draft to `followup`'s recipient may say about the interview: the interview's
    talking points, then the recipient's own. Never the private notes."""
    session = _session_of(interview)
    parts = [interview.talking_points.strip()]
    if session is not None and interview.id is not None and followup.person_id is not None:
        for link in _interviewer_links(session, interview.id):
            if link.person_id == followup.person_id:
                parts.append(link.talking_points.strip())
    return "\n".join(part for part in parts if part)


def variant_for(interview: Interview, followup: FollowUp) -> int:
    """The recipient's place among the interview's interviewers (0 when not one of them)."""
    session = _session_of(interview)
    if session is None or interview.id is None or followup.person_id is None:
        return 0
    ids = [link.person_id for link in _interviewer_links(session, interview.id)]
    return ids.index(followup.person_id) if followup.person_id in ids else 0


def set_person_points(session: Session, interview: Interview, link_id: int, text: str) -> None:
    """One interviewer's own talking points (only their thank-you says them)."""
    link = session.get(InterviewPerson, link_id)
    if link is None or link.interview_id != interview.id:
        raise EditRefused("That person is not part of this interview any more.")
    link.talking_points = text
    session.add(link)


def open_mail_reviews(session: Session, account_id: int) -> list[tuple[MailReview, Interview]]:
    """Mail that may be a rejection, not yet answered, for interviews still pending: newest
    first (an outcome set meanwhile answers it)."""
    rows = session.exec(
        select(MailReview, Interview)
        .join(Interview, col(Interview.id) == col(MailReview.interview_id))
        .where(
            MailReview.account_id == account_id,
            col(MailReview.answer).is_(None),
            Interview.outcome == Outcome.pending,
        )
        .order_by(col(MailReview.received_at).desc())
    ).all()
    return [(review, interview) for review, interview in rows]


def answer_mail_review(
    session: Session, review: MailReview, is_rejection: bool, now: datetime
) -> Interview:
    """The person's answer. A rejection is the interview's outcome, from that mail: the
    feedback request is planned on the next tick, as a reply in the mail's thread."""
    interview = session.get(Interview, review.interview_id)
    assert interview is not None
    review.answer = "rejection" if is_rejection else "not_rejection"
    session.add(review)
    if is_rejection and interview.outcome is Outcome.pending:
        set_outcome(interview, Outcome.rejected, now)
        interview.outcome_at = review.received_at
        interview.outcome_from = review.sender or None
        interview.outcome_message_id = review.message_id
        interview.outcome_thread_id = review.thread_id
        session.add(interview)
    return interview
