from __future__ import annotations

from fastapi import APIRouter

from followup.api.deps import CallerDep, SessionDep, SettingsDep
from followup.status import Status, collect_status

router = APIRouter(tags=["status"])


@router.get("/status", summary="Account, Google connection, last sync and counts")
def get_status(session: SessionDep, settings: SettingsDep, caller: CallerDep) -> Status:
    return collect_status(session, settings, caller.account_ids)
