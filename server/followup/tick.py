"""The orchestrator: one "tick" per account. The background loop, `POST /api/v1/sync` and
`followup sync` all call `run_tick`. Today a tick syncs the calendar; planning, drafting
and Gmail reconciliation join it in the lifecycle work."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError
from sqlmodel import Session, select

from followup.config import Settings
from followup.crypto import TokenCipher
from followup.google.auth import AuthError, fresh_credentials, refresh_failed
from followup.google.calendar import GoogleCalendar
from followup.google.services import build_calendar
from followup.models import Account, SyncState
from followup.sync import Progress, SyncSummary, sync_account

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Context:
    """What a tick needs; built once by `create_app` or the CLI."""

    settings: Settings
    engine: sa.Engine
    cipher: TokenCipher
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


def account_ids(ctx: Context, *, include_reauth: bool = False) -> list[int]:
    with Session(ctx.engine) as session:
        query = select(Account.id)
        if not include_reauth:
            query = query.where(Account.needs_reauth == False)  # noqa: E712
        return [account_id for account_id in session.exec(query) if account_id is not None]


def run_tick(ctx: Context, account_id: int, progress: Progress | None = None) -> SyncSummary:
    """Blocking (Google's client is synchronous): call it from a worker thread."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        account = session.get(Account, account_id)
        if account is None:
            raise ValueError(f"no account {account_id}")
        credentials = fresh_credentials(session, account, ctx.cipher, ctx.settings)
        session.commit()
    client = GoogleCalendar(build_calendar(credentials, ctx.settings.google_endpoint))
    try:
        return sync_account(ctx.engine, account_id, client, ctx.settings, ctx.clock(), progress)
    except HttpError as exc:
        _record_error(ctx, account_id, f"Google answered {exc.resp.status}: {exc.reason}")
        raise
    except RefreshError as exc:  # the client refreshed on a 401 mid-sync, and was refused
        with Session(ctx.engine) as session:
            account = session.get(Account, account_id)
            assert account is not None
            raise refresh_failed(session, account, exc) from None


def _record_error(ctx: Context, account_id: int, message: str) -> None:
    with Session(ctx.engine) as session:
        for state in session.exec(select(SyncState).where(SyncState.account_id == account_id)):
            state.last_error = message
            session.add(state)
        session.commit()


async def background_loop(ctx: Context) -> None:
    """Sync every account now and then every `sync_interval` seconds, until cancelled.
    One failing account never stops the others or the loop."""
    from followup.sync import SyncBusy

    while True:
        for account_id in await asyncio.to_thread(account_ids, ctx):
            try:
                summary = await asyncio.to_thread(run_tick, ctx, account_id)
                log.info(
                    "sync of account %s: %d events read, %d changes",
                    account_id,
                    summary.events_read,
                    summary.changes,
                )
            except SyncBusy:
                log.info("sync of account %s skipped: another one is running", account_id)
            except AuthError as exc:
                log.warning("account %s needs attention: %s", account_id, exc)
            except Exception:
                log.exception("sync of account %s failed; will retry", account_id)
        await asyncio.sleep(ctx.settings.sync_interval)
