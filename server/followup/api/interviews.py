"""Interviews: list, read, and the user's decisions (is it one? notes, outcome)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from followup.api.deps import NowDep, SessionDep
from followup.models import Interview, InterviewPerson, Outcome, Person, PersonRole

router = APIRouter(prefix="/interviews", tags=["interviews"])


class When(StrEnum):
    upcoming = "upcoming"
    past = "past"
    all = "all"


class PersonOut(BaseModel):
    name: str | None
    email: str


class InterviewOut(BaseModel):
    id: int
    title: str
    company: str | None
    role: str | None
    starts_at: datetime
    ends_at: datetime
    time_zone: str | None
    all_day: bool
    cancelled: bool
    declined: bool
    is_interview: bool
    detected: bool
    confidence: float
    reason: str
    user_decision: bool | None
    notes: str
    outcome: Outcome
    outcome_detected: bool
    interviewers: list[PersonOut]
    recruiter: PersonOut | None
    html_link: str | None


class InterviewPatch(BaseModel):
    is_interview: bool | None = Field(
        default=None, description="Your verdict; it wins over the detector in every later sync."
    )
    notes: str | None = Field(default=None, max_length=10_000)
    outcome: Outcome | None = None


def _people(session: Session, ids: list[int]) -> dict[int, list[tuple[PersonRole, Person]]]:
    found: dict[int, list[tuple[PersonRole, Person]]] = {i: [] for i in ids}
    if not ids:
        return found
    rows = session.exec(
        select(InterviewPerson, Person)
        .join(Person, col(Person.id) == col(InterviewPerson.person_id))
        .where(col(InterviewPerson.interview_id).in_(ids))
        .order_by(col(InterviewPerson.id))
    )
    for link, person in rows:
        found[link.interview_id].append((link.role, person))
    return found


def _out(row: Interview, people: list[tuple[PersonRole, Person]]) -> InterviewOut:
    assert row.id is not None
    interviewers = [PersonOut(name=p.name, email=p.email) for r, p in people if r == "interviewer"]
    recruiter = next(
        (PersonOut(name=p.name, email=p.email) for r, p in people if r != "interviewer"), None
    )
    return InterviewOut(
        **row.model_dump(exclude={"account_id", "calendar_id", "event_id", "event_updated"}),
        is_interview=row.is_interview,
        interviewers=interviewers,
        recruiter=recruiter,
    )


@router.get("", summary="Interviews (those you or the detector consider interviews)")
def list_interviews(
    session: SessionDep,
    now: NowDep,
    when: Annotated[When, Query(description="upcoming, past or all")] = When.all,
    include_dismissed: Annotated[
        bool, Query(description="Also events that are not (or maybe not) interviews.")
    ] = False,
) -> list[InterviewOut]:
    query = select(Interview).where(~col(Interview.cancelled))
    if when == When.upcoming:
        query = query.where(col(Interview.ends_at) >= now).order_by(col(Interview.starts_at))
    elif when == When.past:
        query = query.where(col(Interview.ends_at) < now).order_by(col(Interview.starts_at).desc())
    else:
        query = query.order_by(col(Interview.starts_at))
    rows = [row for row in session.exec(query) if include_dismissed or row.is_interview]
    people = _people(session, [row.id for row in rows if row.id is not None])
    return [_out(row, people[row.id]) for row in rows if row.id is not None]


def _get(session: Session, interview_id: int) -> Interview:
    row = session.get(Interview, interview_id)
    if row is None:
        raise HTTPException(404, detail=f"No interview {interview_id}.")
    return row


@router.get("/{interview_id}", summary="One interview")
def get_interview(interview_id: int, session: SessionDep) -> InterviewOut:
    row = _get(session, interview_id)
    assert row.id is not None
    return _out(row, _people(session, [row.id])[row.id])


@router.patch("/{interview_id}", summary="Confirm or dismiss, add notes, set the outcome")
def patch_interview(
    interview_id: int, patch: InterviewPatch, session: SessionDep, now: NowDep
) -> InterviewOut:
    row = _get(session, interview_id)
    if patch.is_interview is not None:
        was_watched = row.watched
        row.user_decision = patch.is_interview
        row.mark_if_watched_late(was_watched, None, now)
    if patch.notes is not None:
        row.notes = patch.notes
    if patch.outcome is not None and patch.outcome != row.outcome:
        # Set by hand: the plan follows on the next tick (a rejection → a feedback request).
        row.outcome = patch.outcome
        row.outcome_detected = False
        row.outcome_at = now if patch.outcome is not Outcome.pending else None
        if patch.outcome is not Outcome.rejected:
            row.outcome_from = row.outcome_message_id = row.outcome_thread_id = None
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None
    return _out(row, _people(session, [row.id])[row.id])
