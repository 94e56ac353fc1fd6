"""The database side of planning: facts for `core.plan`, and its changes written back.

Every interview that is one (or still has something pending) is planned on every tick. The
planner is pure and idempotent, so replanning an unchanged interview changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from followup.core import plan as core
from followup.core.companies import fold_alnum
from followup.drafting import Mailbox, clear_draft, discard_draft
from followup.models import (
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    InterviewPerson,
    Person,
    Profile,
)

PENDING_STATES = (FollowUpState.scheduled, FollowUpState.drafted)


@dataclass
class PlanSummary:
    created: int = 0
    moved: int = 0
    retracted: int = 0
    ended: int = 0
    kept_edited: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> int:
        return self.created + self.moved + self.retracted + self.ended


def company_key(interview: Interview) -> str | None:
    return fold_alnum(interview.company) or None if interview.company else None


def inactive_reason(interview: Interview) -> str:
    if interview.cancelled:
        return "the interview was cancelled"
    if interview.declined:
        return "you declined the invitation"
    if interview.user_decision is False:
        return "you marked it as not an interview"
    if not interview.is_interview:
        return "it no longer looks like an interview"
    return ""


def _existing(row: FollowUp) -> core.Existing:
    return core.Existing(
        key=core.Key(row.kind.value, row.slot, row.sequence),
        state=row.state.value,
        due_at=row.due_at,
        late_at=row.late_at,
        sent_at=row.sent_at,
        snoozed=row.snoozed_until is not None,
    )


def facts_for(
    interview: Interview,
    contacts: Sequence[core.Contact],
    followups: Sequence[FollowUp],
    later_round: bool,
    profile: Profile,
) -> core.InterviewFacts:
    reason = inactive_reason(interview)
    return core.InterviewFacts(
        start=interview.starts_at,
        end=interview.ends_at,
        company=interview.company,
        active=not reason,
        inactive_reason=reason,
        outcome=interview.outcome.value,
        outcome_at=interview.outcome_at,
        outcome_from=interview.outcome_from,
        contacts=tuple(contacts),
        followups=tuple(_existing(row) for row in followups),
        company_replied_at=interview.company_replied_at,
        later_round=later_round,
        send_updates=profile.send_updates,
        updates_after_rejection=profile.updates_after_rejection,
    )


def _contacts(session: Session, interview_ids: list[int]) -> dict[int, list[core.Contact]]:
    found: dict[int, list[core.Contact]] = defaultdict(list)
    if not interview_ids:
        return found
    rows = session.exec(
        select(InterviewPerson, Person)
        .join(Person, col(Person.id) == col(InterviewPerson.person_id))
        .where(col(InterviewPerson.interview_id).in_(interview_ids))
        .order_by(col(InterviewPerson.id))
    ).all()
    for link, person in rows:
        found[link.interview_id].append(
            core.Contact(email=person.email.lower(), name=person.name, role=link.role.value)
        )
    return found


def _later_rounds(interviews: Sequence[Interview]) -> set[int]:
    """Interviews followed by another, still-on interview with the same company."""
    latest: dict[str, datetime] = {}
    for row in interviews:
        key = company_key(row)
        if key and not inactive_reason(row):
            latest[key] = max(latest.get(key, row.starts_at), row.starts_at)
    return {
        row.id
        for row in interviews
        if row.id is not None
        and (key := company_key(row)) is not None
        and latest.get(key, row.starts_at) > row.starts_at
    }


def plan_account(
    session: Session,
    box: Mailbox | None,
    account_id: int,
    rules: core.PlanRules,
    now: datetime,
    only: set[int] | None = None,
) -> PlanSummary:
    """Plan every interview of the account (or `only` those) and apply the changes. Ending
    or retracting a drafted follow-up deletes our untouched draft through `box`."""
    summary = PlanSummary()
    profile = box.profile if box is not None else Profile(account_id=account_id)
    pending_ids = set(
        session.exec(
            select(FollowUp.interview_id).where(
                FollowUp.account_id == account_id, col(FollowUp.state).in_(PENDING_STATES)
            )
        ).all()
    )
    interviews = [
        row
        for row in session.exec(select(Interview).where(Interview.account_id == account_id))
        if row.is_interview or row.id in pending_ids
    ]
    later = _later_rounds(interviews)
    if only is not None:
        interviews = [row for row in interviews if row.id in only]
    ids = [row.id for row in interviews if row.id is not None]
    contacts = _contacts(session, ids)
    followups: dict[int, list[FollowUp]] = defaultdict(list)
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for row in session.exec(select(FollowUp).where(col(FollowUp.interview_id).in_(chunk))):
            followups[row.interview_id].append(row)
    people = {
        person.email: person
        for person in session.exec(select(Person).where(Person.account_id == account_id))
    }
    for interview in interviews:
        assert interview.id is not None
        rows = followups[interview.id]
        facts = facts_for(interview, contacts[interview.id], rows, interview.id in later, profile)
        changes = core.plan(facts, rules, now)
        if changes:
            _apply(session, box, interview, rows, changes, people, now, summary)
    return summary


def _apply(
    session: Session,
    box: Mailbox | None,
    interview: Interview,
    rows: list[FollowUp],
    changes: list[core.Change],
    people: dict[str, Person],
    now: datetime,
    summary: PlanSummary,
) -> None:
    assert interview.id is not None
    by_key = {(row.kind.value, row.slot, row.sequence): row for row in rows}
    for change in changes:
        key = (change.key.kind, change.key.slot, change.key.sequence)
        row = by_key.get(key)
        if isinstance(change, core.Create):
            if row is not None:  # the planner promised not to; never make a duplicate
                continue
            recipient = change.recipient
            person = people.get(recipient.email) if recipient else None
            row = FollowUp(
                account_id=interview.account_id,
                interview_id=interview.id,
                person_id=person.id if person else None,
                kind=FollowUpKind(change.key.kind),
                slot=change.key.slot,
                sequence=change.key.sequence,
                title=change.title[:500],
                recipient_email=recipient.email if recipient else None,
                recipient_name=recipient.name if recipient else None,
                due_at=change.due_at,
                late_at=change.late_at,
                created_at=now,
                updated_at=now,
            )
            by_key[key] = row
            summary.created += 1
            summary.by_kind[change.key.kind] = summary.by_kind.get(change.key.kind, 0) + 1
        elif row is None:
            continue
        elif isinstance(change, core.Move):
            row.due_at, row.late_at = change.due_at, change.late_at
            summary.moved += 1
        elif isinstance(change, core.Retract):
            if box is None:
                continue  # needs Gmail: the next tick with a mailbox does it
            if discard_draft(box, row):
                row.note = f"{change.reason}: your edited draft was kept; check it"
                summary.kept_edited += 1
            else:
                clear_draft(row)
                row.state = FollowUpState.scheduled
                row.due_at, row.late_at = change.due_at, change.late_at
                row.note = change.reason
                summary.retracted += 1
        elif isinstance(change, core.End):
            if row.state is FollowUpState.drafted:
                if box is None:
                    continue
                if discard_draft(box, row):
                    row.note = f"Ended ({change.reason}); your edited draft was kept in Gmail."
                    summary.kept_edited += 1
                else:
                    clear_draft(row)
                    row.note = f"Ended: {change.reason}."
            else:
                row.note = f"Ended: {change.reason}."
            row.state = FollowUpState(change.state)
            summary.ended += 1
        row.updated_at = now
        session.add(row)
