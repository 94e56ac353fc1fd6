"""Your data out of followup: interviews, people, follow-ups and outcomes as CSV or JSON.
`followup export` and the web app's Export page both call `collect`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from followup.models import FollowUp, Interview, InterviewPerson, Person

TABLES = ("interviews", "people", "followups", "outcomes")


def _time(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def collect(session: Session, account_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """Every table, for these accounts only, as rows of plain values (strings, numbers,
    booleans)."""
    interviews = list(
        session.exec(
            select(Interview)
            .where(col(Interview.account_id).in_(account_ids))
            .order_by(col(Interview.starts_at))
        )
    )
    by_id = {row.id: row for row in interviews}
    people: list[dict[str, Any]] = []
    for link, person in session.exec(
        select(InterviewPerson, Person)
        .join(Person, col(Person.id) == col(InterviewPerson.person_id))
        .where(col(InterviewPerson.account_id).in_(account_ids))
        .order_by(col(InterviewPerson.interview_id), col(InterviewPerson.id))
    ):
        interview = by_id.get(link.interview_id)
        people.append(
            {
                "interview_id": link.interview_id,
                "company": interview.company if interview else "",
                "name": person.name or "",
                "email": person.email,
                "role": link.role.value,
                "talking_points": link.talking_points,
            }
        )
    followups = [
        {
            "id": row.id,
            "interview_id": row.interview_id,
            "kind": row.kind.value,
            "status": row.state.value,
            "title": row.title,
            "recipient_name": row.recipient_name or "",
            "recipient_email": row.recipient_email or "",
            "due_at": _time(row.due_at),
            "sent_at": _time(row.sent_at),
            "note": row.note,
        }
        for row in session.exec(
            select(FollowUp)
            .where(col(FollowUp.account_id).in_(account_ids))
            .order_by(col(FollowUp.id))
        )
    ]
    return {
        "interviews": [
            {
                "id": row.id,
                "title": row.title,
                "company": row.company or "",
                "role": row.role or "",
                "starts_at": _time(row.starts_at),
                "ends_at": _time(row.ends_at),
                "is_interview": row.is_interview,
                "cancelled": row.cancelled,
                "confidence": round(row.confidence, 3),
                "reason": row.reason,
                "outcome": row.outcome.value,
                "talking_points": row.talking_points,
                "private_notes": row.private_notes,
            }
            for row in interviews
        ],
        "people": people,
        "followups": followups,
        "outcomes": [
            {
                "interview_id": row.id,
                "company": row.company or "",
                "role": row.role or "",
                "outcome": row.outcome.value,
                "decided_at": _time(row.outcome_at),
                "read_from_email": row.outcome_detected,
            }
            for row in interviews
            if row.is_interview
        ],
    }


def as_json(data: dict[str, list[dict[str, Any]]]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def as_csv(rows: list[dict[str, Any]]) -> str:
    """One table as CSV (empty when it has no rows). A cell that a spreadsheet would run
    as a formula (=, +, -, @ first) is prefixed with an apostrophe."""
    out = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
