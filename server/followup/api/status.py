from __future__ import annotations

from fastapi import APIRouter

from followup.api.deps import SessionDep, SettingsDep
from followup.status import Status, collect_status

router = APIRouter(tags=["status"])


@router.get("/status", summary="Account, Google connection, last sync and counts")
def get_status(session: SessionDep, settings: SettingsDep) -> Status:
    return collect_status(session, settings)
