"""`/api/v1/profile`: what the templates say about the user (name, qualifications, signature)
and which follow-ups they want."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field
from sqlmodel import Session, select

from followup.api.deps import SessionDep
from followup.models import Account, Profile

router = APIRouter(prefix="/profile", tags=["profile"])


class ProfileData(BaseModel):
    full_name: str = Field(default="", max_length=200, description="How drafts are signed.")
    qualifications: str = Field(
        default="",
        max_length=4000,
        description="One or two sentences on what you bring; thank-yous reiterate them.",
    )
    signature: str = Field(default="", max_length=2000, description="Appended to every draft.")
    send_updates: bool = Field(default=True, description="Stay-in-touch updates while pending.")
    updates_after_rejection: bool = Field(
        default=False, description="Also every 3 months after a rejection."
    )


def _account(session: Session) -> Account:
    account = session.exec(select(Account).order_by(Account.id)).first()  # type: ignore[arg-type]
    if account is None:
        raise HTTPException(409, "No Google account is connected: run `followup auth`.")
    return account


def _profile(session: Session, account: Account) -> Profile:
    found = session.exec(select(Profile).where(Profile.account_id == account.id)).first()
    return found or Profile(account_id=account.id or 0)


@router.get("", summary="Your profile")
def get_profile(session: SessionDep) -> ProfileData:
    return ProfileData.model_validate(_profile(session, _account(session)), from_attributes=True)


@router.put("", summary="Replace your profile")
def put_profile(data: ProfileData, session: SessionDep) -> ProfileData:
    profile = _profile(session, _account(session))
    for name, value in data.model_dump().items():
        setattr(profile, name, value)
    profile.updated_at = datetime.now(UTC)
    session.add(profile)
    session.flush()
    return ProfileData.model_validate(profile, from_attributes=True)
