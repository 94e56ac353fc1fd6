"""`POST /api/v1/sync`: the "sync now" button."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from followup.api.deps import NO_ACCOUNT, CallerDep, google_failures_as_http
from followup.context import Context

if TYPE_CHECKING:
    from followup.sync import SyncSummary

router = APIRouter(tags=["sync"])


class SyncOut(BaseModel):
    events_read: int
    interviews_found: int
    created: int
    updated: int
    cancelled: int
    full_syncs: int
    drafted: int = 0
    sent: int = 0
    replies: int = 0
    rejections: int = 0


@router.post("/sync", summary="Sync now")
async def sync_now(request: Request, caller: CallerDep) -> SyncOut:
    ctx: Context = request.app.state.tick_context
    accounts = caller.account_ids
    if not accounts:
        raise HTTPException(409, NO_ACCOUNT)
    total = SyncOut(
        events_read=0, interviews_found=0, created=0, updated=0, cancelled=0, full_syncs=0
    )
    for account_id in accounts:
        summary = await asyncio.to_thread(_tick, ctx, account_id)
        for name in SyncOut.model_fields:
            setattr(total, name, getattr(total, name) + getattr(summary, name))
    return total


# The tick (Google's client, the detectors, the composer) is imported by the first sync, in
# its worker thread, instead of at start-up.


def _tick(ctx: Context, account_id: int) -> SyncSummary:
    """One account's tick, its failures as the HTTP errors the API documents."""
    from followup.tick import run_tick

    with google_failures_as_http():
        return run_tick(ctx, account_id)
