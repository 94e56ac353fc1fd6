"""Interviews: list, read, and the user's decisions (is it one? talking points, outcome).

`notes` is the extension's name for the talking points (what goes into the thank-you); it
reads and writes the same field as `talking_points`. Private notes are `private_notes`."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from followup import interviewing
from followup.api.deps import CallerDep, NowDep, SessionDep, owned
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
    notes: str = Field(description="The talking points (the same as `talking_points`).")
    talking_points: str = Field(description="Go into the thank-you e-mails.")
    private_notes: str = Field(description="Yours alone: never in any draft.")
    outcome: Outcome
    outcome_detected: bool
    interviewers: list[PersonOut]
    recruiter: PersonOut | None
    html_link: str | None


class InterviewPatch(BaseModel):
    is_interview: bool | None = Field(
        default=None, description="Your verdict; it wins over the detector in every later sync."
    )
    notes: str | None = Field(
        default=None,
        max_length=10_000,
        description="Talking points for the thank-you (an older name of `talking_points`).",
    )
    talking_points: str | None = Field(
        default=None, max_length=10_000, description="Go into the thank-you e-mails."
    )
    private_notes: str | None = Field(
        default=None, max_length=10_000, description="Yours alone: never in any draft."
    )
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
        **row.model_dump(
            exclude={"account_id", "calendar_id", "event_id", "event_updated", "user_edited"}
        ),
        notes=row.talking_points,
        is_interview=row.is_interview,
        interviewers=interviewers,
        recruiter=recruiter,
    )


@router.get("", summary="Interviews (those you or the detector consider interviews)")
def list_interviews(
    session: SessionDep,
    now: NowDep,
    caller: CallerDep,
    when: Annotated[When, Query(description="upcoming, past or all")] = When.all,
    include_dismissed: Annotated[
        bool, Query(description="Also events that are not (or maybe not) interviews.")
    ] = False,
) -> list[InterviewOut]:
    query = select(Interview).where(
        col(Interview.account_id).in_(caller.account_ids), ~col(Interview.cancelled)
    )
    if when == When.upcoming:
        query = query.where(col(Interview.ends_at) >= now).order_by(col(Interview.starts_at))
    elif when == When.past:
        query = query.where(col(Interview.ends_at) < now).order_by(col(Interview.starts_at).desc())
    else:
        query = query.order_by(col(Interview.starts_at))
    rows = [row for row in session.exec(query) if include_dismissed or row.is_interview]
    people = _people(session, [row.id for row in rows if row.id is not None])
    return [_out(row, people[row.id]) for row in rows if row.id is not None]


@router.get("/{interview_id}", summary="One interview")
def get_interview(interview_id: int, session: SessionDep, caller: CallerDep) -> InterviewOut:
    row = owned(session, Interview, interview_id, caller, "interview")
    assert row.id is not None
    return _out(row, _people(session, [row.id])[row.id])


@router.patch(
    "/{interview_id}", summary="Confirm or dismiss, talking points and private notes, outcome"
)
def patch_interview(
    interview_id: int, patch: InterviewPatch, session: SessionDep, now: NowDep, caller: CallerDep
) -> InterviewOut:
    row = owned(session, Interview, interview_id, caller, "interview")
    if patch.is_interview is not None:
        interviewing.decide(row, patch.is_interview, now)
    points = patch.talking_points if patch.talking_points is not None else patch.notes
    interviewing.set_texts(row, now, talking_points=points, private_notes=patch.private_notes)
    if patch.outcome is not None:
        interviewing.set_outcome(row, patch.outcome, now)
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None
    return _out(row, _people(session, [row.id])[row.id])
