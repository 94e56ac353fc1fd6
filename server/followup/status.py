"""What `GET /api/v1/status` and `followup status` report: one function for both."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from pydantic import BaseModel
from sqlmodel import Session, col, func, select

from followup import __version__
from followup.config import Settings
from followup.models import Account, FollowUp, FollowUpState, Interview, SyncState


class AccountStatus(BaseModel):
    email: str
    scopes: list[str]
    needs_reauth: bool
    reauth_reason: str | None
    last_sync_at: datetime | None
    last_error: str | None


class Counts(BaseModel):
    interviews: int
    followups_pending: int
    followups_drafted: int
    followups_sent: int


class Status(BaseModel):
    version: str
    google: str
    accounts: list[AccountStatus]
    counts: Counts


def collect_status(session: Session, settings: Settings, account_ids: Sequence[int]) -> Status:
    """About the accounts `account_ids` (the caller's) only."""
    accounts = []
    query = select(Account).where(col(Account.id).in_(account_ids)).order_by(sa.text("id"))
    for account in session.exec(query):
        last = session.exec(
            select(SyncState)
            .where(SyncState.account_id == account.id)
            # NULLS LAST spelled out: PostgreSQL puts them first when descending, SQLite last.
            .order_by(col(SyncState.last_sync_at).desc().nulls_last())
        ).first()
        accounts.append(
            AccountStatus(
                email=account.email,
                scopes=account.scopes.split(),
                needs_reauth=account.needs_reauth,
                reauth_reason=account.reauth_reason,
                last_sync_at=last.last_sync_at if last else None,
                last_error=last.last_error if last else None,
            )
        )
    by_state = dict(
        session.exec(
            select(FollowUp.state, func.count())
            .where(col(FollowUp.account_id).in_(account_ids))
            .group_by(FollowUp.state)
        ).all()
    )
    is_interview = sa.or_(
        col(Interview.user_decision).is_(True),
        sa.and_(col(Interview.user_decision).is_(None), col(Interview.detected).is_(True)),
    )
    interviews = session.exec(
        select(func.count())
        .select_from(Interview)
        .where(col(Interview.account_id).in_(account_ids), ~col(Interview.cancelled), is_interview)
    ).one()
    return Status(
        version=__version__,
        google=settings.google_endpoint or "https://www.googleapis.com/ (Google)",
        accounts=accounts,
        counts=Counts(
            interviews=interviews,
            followups_pending=by_state.get(FollowUpState.scheduled, 0),
            followups_drafted=by_state.get(FollowUpState.drafted, 0),
            followups_sent=by_state.get(FollowUpState.sent, 0),
        ),
    )
