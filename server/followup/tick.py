"""The orchestrator: one "tick" per account. The background loop, `POST /api/v1/sync` and
`followup sync` all call `run_tick`, which, under the account's lease:

1. syncs the calendar (new, moved and cancelled interviews);
2. watches Gmail (our drafts sent, edited or deleted; replies and rejections);
3. plans every interview's follow-ups (ending, moving or retracting what changed);
4. drafts what is due.

Each step commits on its own, so a failure in a later one keeps the earlier ones' work;
every step is idempotent, so the next tick picks up where a failed one stopped."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.errors import HttpError
from sqlmodel import Session, select

from followup.config import Settings
from followup.context import Context
from followup.core.compose import Composer, template_search_path
from followup.drafting import Mailbox, draft_due, load_profile
from followup.google.auth import (
    AuthError,
    fresh_credentials,
    refresh_failed,
    save_credentials,
    scopes_refused,
)
from followup.google.calendar import GoogleCalendar
from followup.google.gmail import GmailClient, GoogleGmail
from followup.google.services import (
    TRANSIENT_ERRORS,
    RetryPolicy,
    build_calendar,
    build_gmail,
    describe_failure,
)
from followup.models import Account, SyncState
from followup.planning import plan_account
from followup.sync import Progress, SyncSummary, lease, sync_calendars
from followup.watching import advance, watch

log = logging.getLogger(__name__)

REPLAN_ROUNDS = 3


def account_ids(ctx: Context, *, include_reauth: bool = False) -> list[int]:
    with Session(ctx.engine) as session:
        query = select(Account.id)
        if not include_reauth:
            query = query.where(Account.needs_reauth == False)  # noqa: E712
        return [account_id for account_id in session.exec(query) if account_id is not None]


def run_tick(ctx: Context, account_id: int, progress: Progress | None = None) -> SyncSummary:
    """Blocking (Google's client is synchronous): call it from a worker thread."""
    credentials = _credentials(ctx, account_id)
    endpoint, policy = ctx.settings.google_endpoint, RetryPolicy.from_settings(ctx.settings)
    calendar = GoogleCalendar(build_calendar(credentials, endpoint, policy))
    gmail = GoogleGmail(build_gmail(credentials, endpoint, policy))
    now = ctx.clock()
    token = credentials.token
    try:
        with lease(ctx.engine, account_id, lambda: now):
            summary = sync_calendars(
                ctx.engine, account_id, calendar, ctx.settings, now, progress,
                tolerate=(HttpError, *TRANSIENT_ERRORS),
            )  # fmt: skip
            follow_up(ctx, account_id, gmail, now, summary)
            if summary.failures:  # Gmail's work is done: now say what failed
                raise summary.failures[0]
            return summary
    except HttpError as exc:
        with Session(ctx.engine) as session:
            account = session.get(Account, account_id)
            assert account is not None
            reauth = scopes_refused(session, account, exc)
        if reauth is not None:  # a 403 for the token's scopes: only a new consent helps
            raise reauth from None
        _record_error(ctx, account_id, f"Google answered {exc.resp.status}: {exc.reason}")
        raise
    except TRANSIENT_ERRORS as exc:
        _record_error(ctx, account_id, f"Google did not answer ({type(exc).__name__})")
        raise
    except RefreshError as exc:  # the client refreshed on a 401 mid-sync, and was refused
        with Session(ctx.engine) as session:
            account = session.get(Account, account_id)
            assert account is not None
            raise refresh_failed(session, account, exc) from None
    finally:
        if credentials.token != token:  # refreshed on a 401 mid-tick: keep the new token
            with Session(ctx.engine) as session:
                account = session.get(Account, account_id)
                if account is not None:
                    save_credentials(account, credentials, ctx.cipher)
                    session.add(account)
                    session.commit()


def _credentials(ctx: Context, account_id: int) -> Credentials:
    """The account's credentials, refreshed (and saved) if need be."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        account = session.get(Account, account_id)
        if account is None:
            raise ValueError(f"no account {account_id}")
        credentials = fresh_credentials(session, account, ctx.cipher, ctx.settings)
        session.commit()
    return credentials


def gmail_for(ctx: Context, account_id: int) -> GmailClient:
    """A Gmail client for one account, its access token refreshed if need be."""
    settings = ctx.settings
    credentials = _credentials(ctx, account_id)
    return GoogleGmail(
        build_gmail(credentials, settings.google_endpoint, RetryPolicy.from_settings(settings))
    )


def calendar_for(ctx: Context, account_id: int) -> GoogleCalendar:
    """A Calendar client for one account, its access token refreshed if need be."""
    settings = ctx.settings
    credentials = _credentials(ctx, account_id)
    return GoogleCalendar(
        build_calendar(credentials, settings.google_endpoint, RetryPolicy.from_settings(settings))
    )


def composer_for(settings: Settings, account_id: int) -> Composer:
    return Composer(
        template_search_path(settings.templates_dir(account_id)), word_limit=settings.word_limit
    )


def mailbox(
    session: Session, ctx: Context, account_id: int, gmail: GmailClient, now: datetime
) -> Mailbox:
    account = session.get(Account, account_id)
    assert account is not None
    return Mailbox(
        gmail,
        composer_for(ctx.settings, account_id),
        account,
        load_profile(session, account_id),
        now,
        ctx.settings.plan_rules(),
    )


def follow_up(
    ctx: Context, account_id: int, gmail: GmailClient, now: datetime, summary: SyncSummary
) -> None:
    """Steps 2 to 4 of a tick; the caller holds the lease."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        box = mailbox(session, ctx, account_id, gmail, now)
        watched = watch(session, box)
        session.commit()
    try:
        # A follow-up found done or sent while drafting (the user had already written) lets
        # the next step be planned at once: replan, a bounded number of times.
        for _ in range(REPLAN_ROUNDS):
            with Session(ctx.engine, expire_on_commit=False) as session:
                planned = plan_account(session, box, account_id, box.rules, now)
                session.commit()
            drafted = draft_due(ctx.engine, box, account_id)
            summary.planned += planned.created
            summary.drafted += drafted.get("drafted", 0) + drafted.get("adopted", 0)
            if not (drafted.get("done") or drafted.get("sent")):
                break
    finally:  # a failed draft is retried next tick; history need not be read again for it
        with Session(ctx.engine) as session:
            advance(session, account_id, watched.cursor)
            session.commit()
    summary.sent += watched.sent
    summary.replies += watched.replies
    summary.rejections += watched.rejections


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
                    "sync of account %s: %d events read, %d changes, %d drafts made, %d sent",
                    account_id,
                    summary.events_read,
                    summary.changes,
                    summary.drafted,
                    summary.sent,
                )
            except SyncBusy:
                log.info("sync of account %s skipped: another one is running", account_id)
            except AuthError as exc:
                log.warning("account %s needs attention: %s", account_id, exc)
            except (HttpError, *TRANSIENT_ERRORS) as exc:
                log.warning(
                    "sync of account %s failed: %s; will retry", account_id, describe_failure(exc)
                )
            except Exception:
                log.exception("sync of account %s failed; will retry", account_id)
        await asyncio.sleep(ctx.settings.sync_interval)
