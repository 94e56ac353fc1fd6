"""`followup worker`: processes that share every account's ticks through a PostgreSQL job queue
(multi-user mode; `followup serve` then runs no sync loop).

The queue is procrastinate's, not one of our own: jobs are rows in PostgreSQL taken with
`FOR UPDATE SKIP LOCKED`, LISTEN/NOTIFY wakes idle workers, and it brings what a home-made loop
would have to get right by itself. PgQueuer was the other candidate; procrastinate has, built
in, each thing this needs:

- **One tick per account at a time**, across every worker: each tick job carries the
  procrastinate `lock` `account:<id>`, and no two jobs with one lock run at once. The account's
  lease (sync.py) stays as a second guard, also against the server's "sync now".
- **Every account within its interval, however slow some are**: a periodic task (`schedule`,
  every few seconds; procrastinate defers a periodic job once for all the workers, and its own
  lock keeps two runs apart) defers, in batches, a tick for each account whose `next_tick_at`
  is due (NULL: at once) and that needs no re-authorisation, and sets `next_tick_at` to now +
  `sync_interval` (a new account's second tick comes a random part of the interval sooner, so
  that a thousand accounts added at once do not all tick in the same second ever after). An
  account with a tick waiting or running gets no other (the `queueing_lock`, and the schedule
  does not defer for it): a slow account never piles up jobs, it holds one worker slot while
  it runs, and the others keep ticking in the remaining slots (`worker_concurrency` per
  worker).
- **A worker killed mid-tick blocks nothing for long**: every worker updates its heartbeat;
  a periodic task (`recover`) fails the jobs of workers silent for `STALLED_AFTER` seconds,
  which frees their lock, and makes their accounts due at once, so that the schedule defers a
  fresh tick. The dead tick's lease is taken over at once on the same host (its pid is gone),
  and elsewhere lapses within a minute (sync.py renews it while a tick runs). A tick is
  idempotent step by step (see tick.py), so a tick cut short and done again doubles nothing.
- **Retries with backoff** (a `RetryStrategy`, exponential) for what passes: Google's 429 and
  5xx (once the client's own quick retries are spent), a dropped connection or a timeout, a
  lease still held. An account that needs re-authorisation is not retried, nor ticked again
  until its person signs in again.
- **The project's request budget** is not the queue's business: every Google request of every
  process takes a unit of it first (google/budget.py).

A retried job goes back to "todo" in place, which procrastinate refuses when another job with
its queueing lock waits (procrastinate issue #1446): hence the rule that the schedule
defers nothing for an account with a live job, which leaves at most one job per account.

procrastinate is imported here only: the single-user server never loads it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from followup import db
from followup.config import Settings
from followup.context import Context
from followup.models import Account

log = logging.getLogger(__name__)

QUEUE = "followup"
TICK = "followup.tick"
SCHEDULE = "followup.schedule"
RECOVER = "followup.recover"
CLEANUP = "followup.cleanup"
SCHEDULE_CRON = "* * * * * */2"  # every 2 seconds (croniter's sixth field is the second)
RECOVER_CRON = "* * * * * */5"
CLEANUP_CRON = "23 * * * *"  # hourly
BATCH = 200  # accounts deferred per statement
PER_RUN = 5000  # accounts deferred per run of the schedule at most
HEARTBEAT_EVERY = 5.0  # seconds between a worker's heartbeats
STALLED_AFTER = 30.0  # seconds without a heartbeat after which a worker's jobs are taken back
RETRIES = 4  # a failed tick is tried again this many times, 2, 4, 8, 16 s apart
KEEP_JOBS_HOURS = 6  # finished jobs are kept this long (to look at), then deleted
SETUP_LOCK = 0x666F6C6C6F77  # a PostgreSQL advisory lock: one worker at a time sets up the schema
PRIORITY = 10  # the schedule's and the recovery's jobs go before the ticks waiting


class WorkerError(RuntimeError):
    """The worker cannot start; the message says what to do."""


class TryAgain(Exception):
    """A tick that failed for a reason that passes: the queue tries it again, with backoff.
    Its message names the failure's kind or status only (never Google's text, which quotes
    the request, nor an address)."""


class TickFailed(Exception):
    """A tick that failed for good this time (the account's next turn tries again)."""


def account_lock(account_id: int) -> str:
    """The procrastinate lock (and queueing lock) of one account's ticks."""
    return f"account:{account_id}"


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (`postgresql+psycopg://…`) as libpq takes it (`postgresql://…`)."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise WorkerError(
            "followup worker needs PostgreSQL: set "
            "FOLLOWUP_DATABASE_URL=postgresql+psycopg://user:password@host/database"
        )
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


# The tick job ---------------------------------------------------------------------------------


def tick_account(ctx: Context, account_id: int, attempt: int = 0) -> None:
    """One tick of one account, as a job: one INFO line when it is done; TryAgain for a
    failure that passes, TickFailed for one that does not; nothing for an account that needs
    its person to sign in again (it is flagged, and not ticked until then)."""
    from googleapiclient.errors import HttpError

    from followup.google.auth import AuthError
    from followup.google.services import RETRY_STATUSES, TRANSIENT_ERRORS, describe_failure
    from followup.sync import SyncBusy
    from followup.tick import run_tick

    started = time.monotonic()
    again = "will retry" if attempt < RETRIES else "retries spent, until its next turn"
    try:
        summary = run_tick(ctx, account_id)
    except SyncBusy:
        log.info("tick of account %s: another sync holds its lease; %s", account_id, again)
        raise TryAgain("the account's lease is held") from None
    except AuthError:
        if _needs_reauth(ctx, account_id):
            log.warning("tick of account %s: it needs re-authorisation; not retried", account_id)
            return
        log.warning("tick of account %s: Google refused a token refresh; %s", account_id, again)
        raise TryAgain("token refresh refused") from None
    except HttpError as exc:
        what = describe_failure(exc)
        if exc.resp.status in RETRY_STATUSES or _rate_limited(exc):
            log.warning("tick of account %s failed: %s; %s", account_id, what, again)
            raise TryAgain(what) from None
        log.warning("tick of account %s failed: %s", account_id, what)
        raise TickFailed(what) from None
    except TRANSIENT_ERRORS as exc:
        what = describe_failure(exc)
        log.warning("tick of account %s failed: %s; %s", account_id, what, again)
        raise TryAgain(what) from None
    log.info(
        "tick of account %s in %.2fs: %d events read, %d changes, %d drafts made, %d sent",
        account_id,
        time.monotonic() - started,
        summary.events_read,
        summary.changes,
        summary.drafted,
        summary.sent,
    )


def _rate_limited(exc: Any) -> bool:
    from followup.google.services import _rate_limited as rate_limited

    return exc.resp.status == 403 and rate_limited(exc.content)


def _needs_reauth(ctx: Context, account_id: int) -> bool:
    with ctx.engine.connect() as connection:
        table = Account.__table__  # type: ignore[attr-defined]
        flag = connection.execute(
            sa.select(table.c.needs_reauth).where(table.c.id == account_id)
        ).scalar()
    return flag is None or bool(flag)


# The schedule ---------------------------------------------------------------------------------


def due_accounts(engine: sa.Engine, now: datetime, limit: int) -> list[tuple[int, bool]]:
    """(id, never ticked) of the accounts whose tick is due, that need no re-authorisation and
    have no tick waiting or running; the most overdue first."""
    account = Account.__table__  # type: ignore[attr-defined]
    jobs = sa.table("procrastinate_jobs", sa.column("lock"), sa.column("status"))
    live = sa.exists().where(
        jobs.c.lock == sa.literal("account:") + sa.cast(account.c.id, sa.String),
        jobs.c.status.in_([sa.literal_column("'todo'"), sa.literal_column("'doing'")]),
    )
    query = (
        sa.select(account.c.id, account.c.next_tick_at.is_(None))
        .where(
            account.c.needs_reauth == sa.false(),
            sa.or_(account.c.next_tick_at.is_(None), account.c.next_tick_at <= now),
            ~live,
        )
        .order_by(account.c.next_tick_at.asc().nulls_first(), account.c.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [(int(row[0]), bool(row[1])) for row in connection.execute(query)]


def next_ticks(
    accounts: list[tuple[int, bool]], now: datetime, interval: float
) -> list[dict[str, Any]]:
    """When each account ticks next: an interval from now; a new account's second tick a random
    part of the interval sooner, which spreads accounts added together over the interval."""
    return [
        {
            "account_id": account_id,
            "next_tick_at": now
            + timedelta(seconds=interval * (random.uniform(0.5, 1.0) if new else 1.0)),
        }
        for account_id, new in accounts
    ]


def set_next_ticks(engine: sa.Engine, rows: list[dict[str, Any]]) -> None:
    account = Account.__table__  # type: ignore[attr-defined]
    statement = (
        sa.update(account)
        .where(account.c.id == sa.bindparam("account_id"))
        .values(next_tick_at=sa.bindparam("next_tick_at"))
    )
    with engine.begin() as connection:
        connection.execute(statement, rows)


def make_due_now(engine: sa.Engine, account_ids: list[int]) -> None:
    account = Account.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        connection.execute(
            sa.update(account).where(account.c.id.in_(account_ids)).values(next_tick_at=None)
        )


# The app --------------------------------------------------------------------------------------


def build_app(ctx: Context) -> Any:
    """The procrastinate App of a worker: its tasks, bound to `ctx` (built here, never at
    import)."""
    import procrastinate
    from procrastinate import exceptions, jobs

    settings = ctx.settings
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(
            conninfo=libpq_url(settings.resolved_database_url), min_size=1, max_size=4
        )
    )
    retry = procrastinate.RetryStrategy(
        max_attempts=RETRIES, exponential_wait=2, retry_exceptions={TryAgain}
    )

    @app.task(name=TICK, queue=QUEUE, retry=retry, pass_context=True)
    def tick(context: procrastinate.JobContext, account_id: int) -> None:
        tick_account(ctx, account_id, context.job.attempts)

    @app.periodic(cron=SCHEDULE_CRON, periodic_id="schedule")
    @app.task(name=SCHEDULE, queue=QUEUE, priority=PRIORITY, lock=SCHEDULE,
              queueing_lock=SCHEDULE)  # fmt: skip
    async def schedule(timestamp: int) -> None:
        now = ctx.clock()
        deferred = 0
        while deferred < PER_RUN:
            due = await asyncio.to_thread(due_accounts, ctx.engine, now, BATCH)
            if not due:
                break
            await _defer_ticks(app, [account_id for account_id, _ in due])
            rows = next_ticks(due, now, settings.sync_interval)
            await asyncio.to_thread(set_next_ticks, ctx.engine, rows)
            deferred += len(due)
            if len(due) < BATCH:
                break
        if deferred:
            log.debug("deferred %d ticks", deferred)

    async def _defer_ticks(app: Any, account_ids: list[int]) -> None:
        batch = [
            tick.configure(
                lock=account_lock(account_id),
                queueing_lock=account_lock(account_id),
                task_kwargs={"account_id": account_id},
            ).job
            for account_id in account_ids
        ]
        try:
            await app.job_manager.batch_defer_jobs_async(batch)
        except exceptions.AlreadyEnqueued:  # one is waiting already: defer the others alone
            for job in batch:
                with contextlib.suppress(exceptions.AlreadyEnqueued):
                    await app.job_manager.defer_job_async(job)

    @app.periodic(cron=RECOVER_CRON, periodic_id="recover")
    @app.task(name=RECOVER, queue=QUEUE, priority=PRIORITY, queueing_lock=RECOVER)
    async def recover(timestamp: int) -> None:
        stalled = await app.job_manager.get_stalled_jobs(
            queue=QUEUE, seconds_since_heartbeat=STALLED_AFTER
        )
        accounts = []
        for job in stalled:
            try:
                await app.job_manager.finish_job(
                    job=job, status=jobs.Status.FAILED, delete_job=False
                )
            except exceptions.ConnectorException:  # finished meanwhile (by another recover)
                continue
            log.warning(
                "job %s (%s) was left running by worker %s, which stopped answering: failed it",
                job.id, job.task_name, job.worker_id,
            )  # fmt: skip
            account_id = job.task_kwargs.get("account_id")
            if job.task_name == TICK and isinstance(account_id, int):
                accounts.append(account_id)
        if accounts:  # the schedule defers their ticks at once
            await asyncio.to_thread(make_due_now, ctx.engine, accounts)

    @app.periodic(cron=CLEANUP_CRON, periodic_id="cleanup")
    @app.task(name=CLEANUP, queue=QUEUE, priority=PRIORITY, queueing_lock=CLEANUP)
    async def cleanup(timestamp: int) -> None:
        await app.job_manager.delete_old_jobs(
            nb_hours=KEEP_JOBS_HOURS,
            queue=QUEUE,
            include_failed=True,
            include_cancelled=True,
            include_aborted=True,
        )

    return app


# Setting up and running -------------------------------------------------------------------


def prepare_database(engine: sa.Engine) -> bool:
    """The app's migrations, then procrastinate's schema if it is not there yet, by one worker
    at a time (a PostgreSQL advisory lock). The schema counts as there when its jobs table is
    (`to_regclass('procrastinate_jobs')`, the check procrastinate's own `check_connection`
    makes). True if it was applied now."""
    from procrastinate.schema import SchemaManager

    try:
        with db.advisory_lock(engine, SETUP_LOCK) as connection:
            db.upgrade(engine)
            present = connection.execute(
                sa.select(sa.func.to_regclass("procrastinate_jobs"))
            ).scalar()
            if present is None:
                raw = connection.connection.driver_connection
                assert raw is not None
                raw.execute(SchemaManager.get_schema())  # no parameters: sent as it is
                connection.commit()
            return present is None
    except sa.exc.OperationalError as exc:
        raise db.DatabaseError(
            f"cannot open the database at {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.orig}. Check FOLLOWUP_DATABASE_URL."
        ) from exc


def run_worker(settings: Settings) -> None:
    """Set up the database and tick accounts until SIGTERM or SIGINT; then the running ticks
    are finished (a second signal ends the process at once, which is as safe as a crash)."""
    from followup.crypto import TokenCipher

    libpq_url(settings.resolved_database_url)  # PostgreSQL, or a clear error
    try:
        import procrastinate  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise WorkerError(
            f"followup worker needs the postgres extra ({exc.name} is missing): "
            "pip install 'followup[postgres]'"
        ) from None
    settings.ensure_data_dir()
    engine = db.make_engine(settings.resolved_database_url)
    try:
        applied = prepare_database(engine)
        if applied:
            log.info("applied procrastinate's schema to the database")
        cipher = TokenCipher.for_deployment(settings.data_dir, settings.multi_user, engine)
        ctx = Context(settings, engine, cipher)
        logging.getLogger("procrastinate").setLevel(logging.WARNING)  # one line per tick is ours
        app = build_app(ctx)
        asyncio.run(_serve(app, settings.worker_concurrency))
    finally:
        engine.dispose()


async def _serve(app: Any, concurrency: int) -> None:
    loop = asyncio.get_running_loop()
    # Synchronous jobs (the ticks) run in the loop's default executor: one thread per slot.
    loop.set_default_executor(ThreadPoolExecutor(concurrency + 2, thread_name_prefix="tick"))
    name = f"{socket.gethostname()[:40]}:{os.getpid()}"
    async with app.open_async():
        log.info("followup worker %s: %d ticks at once", name, concurrency)
        await app.run_worker_async(
            queues=[QUEUE],
            name="followup",
            concurrency=concurrency,
            update_heartbeat_interval=HEARTBEAT_EVERY,
            stalled_worker_timeout=STALLED_AFTER,
            install_signal_handlers=True,
        )
    log.info("followup worker %s stopped", name)
