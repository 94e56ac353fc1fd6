"""`/api/v1/profile`: what the templates say about the user (name, qualifications, signature)
and which follow-ups they want."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlmodel import Session, select

from followup.api.deps import CallerDep, SessionDep
from followup.models import Profile

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


def _profile(session: Session, account_id: int) -> Profile:
    found = session.exec(select(Profile).where(Profile.account_id == account_id)).first()
    return found or Profile(account_id=account_id)


@router.get("", summary="Your profile")
def get_profile(session: SessionDep, caller: CallerDep) -> ProfileData:
    profile = _profile(session, caller.account_id)
    return ProfileData.model_validate(profile, from_attributes=True)


@router.put("", summary="Replace your profile")
def put_profile(data: ProfileData, session: SessionDep, caller: CallerDep) -> ProfileData:
    profile = _profile(session, caller.account_id)
    for name, value in data.model_dump().items():
        setattr(profile, name, value)
    profile.updated_at = datetime.now(UTC)
    session.add(profile)
    session.flush()
    return ProfileData.model_validate(profile, from_attributes=True)
