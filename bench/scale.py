"""Scale (issue 18): many accounts on one PostgreSQL database, ticked by `followup worker`
processes that share the work through the job queue.

- Quiet ticks per second with 1, 2 and 4 workers: every account is due at once and the
  workers tick as fast as they can; the figure is the ticks that finished in a window, read
  from the queue's own event log.
- Database statements per quiet tick, counted on the engine during one tick in this process.
- Time per quiet tick with 10 accounts in the database, and again with all of them: the
  ratio says whether a tick's cost grows with the number of people on the deployment.

Each account is a user of its own in the sandbox (own calendar, mailbox and grant), with an
interview in the coming days, so a quiet tick reads a calendar and a history that hold
something. The cluster is a throwaway one (tests/pg.py), tuned like the tests' (no fsync).
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from google.oauth2.credentials import Credentials
from sqlmodel import Session

from followup import db
from followup.config import Settings
from followup.context import Context
from followup.crypto import TokenCipher
from followup.google.auth import save_credentials
from followup.models import Account
from followup.tick import run_tick

if TYPE_CHECKING:
    from bench.run import Google, Report

WORKER_COUNTS = (1, 2, 4)
SMALL = 10  # accounts in the database for the "before" time per tick
SCALE_ROWS = ("quiet", "database", "time")  # first words of this part's rows in bench.run


@dataclass(frozen=True)
class ScaleSizes:
    accounts: int
    window_seconds: float
    warmup_seconds: float
    quiet_ticks: int  # quiet ticks timed at each size


FULL_SCALE = ScaleSizes(accounts=1_000, window_seconds=20, warmup_seconds=6, quiet_ticks=30)
QUICK_SCALE = ScaleSizes(accounts=SMALL + 5, window_seconds=3, warmup_seconds=3, quiet_ticks=3)


@contextlib.contextmanager
def postgres() -> Iterator[Any]:
    """A throwaway cluster (tests/pg.py's), or None when PostgreSQL is not installed."""
    from tests.pg import PostgresServer, _run_as, find_bindir

    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    # Its own folder under the system's temp dir: the cluster may run as another user, who
    # must reach the socket, so not inside the bench's private temp folder.
    server = PostgresServer(bindir, Path(tempfile.mkdtemp(prefix="followup-pg-")), _run_as())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _event(email: str, start: datetime, index: int) -> dict[str, Any]:
    company = f"Company{index:04d}"
    domain = f"{company.lower()}.io"
    return {
        "summary": f"Interview with {company}",
        "description": "Second round. Scheduled via Greenhouse.",
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(minutes=45)).isoformat(), "timeZone": "UTC"},
        "organizer": {"email": f"recruiting@{domain}", "displayName": "Recruiting"},
        "attendees": [
            {"email": email, "self": True, "responseStatus": "accepted"},
            {"email": f"lead@{domain}", "displayName": "Dana Li"},
        ],
    }


def _add_accounts(google: Google, ctx: Context, first: int, count: int) -> list[int]:
    """Sandbox users `first`…, each with an interview three days ahead and a grant; their
    accounts stored as a sign-in would store them."""
    emails = [f"seeker{index:05d}@uni.example" for index in range(first, first + count)]
    google.admin.post(
        "/_sandbox/users", json={"users": [{"email": email} for email in emails]}
    ).raise_for_status()
    soon = google.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    ids = []
    with Session(ctx.engine) as session:
        for offset, email in enumerate(emails):
            google.admin.post(
                "/_sandbox/calendar/events:batch",
                params={"user": email},
                json={
                    "items": [_event(email, soon + timedelta(hours=offset % 48), first + offset)]
                },
            ).raise_for_status()
            grant = (
                google.admin.post("/_sandbox/oauth/tokens", json={"user": email})
                .raise_for_status()
                .json()
            )
            credentials = Credentials(
                token=grant["access_token"],
                refresh_token=grant["refresh_token"],
                token_uri=f"{google.url}token",
                client_id=grant["client_id"],
                client_secret=grant["client_secret"],
                scopes=grant["scope"].split(),
                expiry=(datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None),
            )
            account = Account(email=email, scopes=grant["scope"])
            save_credentials(account, credentials, ctx.cipher)
            session.add(account)
            session.flush()
            assert account.id is not None
            ids.append(account.id)
        session.commit()
    return ids


def _first_looks(ctx: Context, account_ids: Sequence[int]) -> None:
    """Every account's first tick (a full sync, the interview found, its plan made)."""
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda account_id: run_tick(ctx, account_id), account_ids))


def _quiet_tick_times(ctx: Context, account_ids: Sequence[int], count: int) -> list[float]:
    times = []
    for index in range(count):
        account_id = account_ids[index % len(account_ids)]
        started = time.perf_counter()
        run_tick(ctx, account_id)
        times.append(time.perf_counter() - started)
    return times


def _statements_per_tick(ctx: Context, account_id: int) -> int:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    sa.event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        run_tick(ctx, account_id)
    finally:
        sa.event.remove(ctx.engine, "before_cursor_execute", count)
    return len(statements)


def _worker_env(settings: Settings, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(
        FOLLOWUP_DATA_DIR=str(settings.data_dir),
        FOLLOWUP_DATABASE_URL=url,
        FOLLOWUP_MULTI_USER="true",
        FOLLOWUP_GOOGLE_ENDPOINT=str(settings.google_endpoint),
        FOLLOWUP_SYNC_INTERVAL="10",
        FOLLOWUP_LOG_LEVEL="WARNING",
    )
    return env


def _ticks_finished(engine: sa.Engine, since: datetime) -> int:
    with engine.connect() as connection:
        found = connection.execute(
            sa.text(
                "SELECT count(*) FROM procrastinate_events e "
                "JOIN procrastinate_jobs j ON j.id = e.job_id "
                "WHERE j.task_name = 'followup.tick' AND e.type = 'succeeded' AND e.at >= :since"
            ),
            {"since": since},
        ).scalar()
    return int(found or 0)


def _throughput(
    settings: Settings, url: str, engine: sa.Engine, workers: int, sizes: ScaleSizes, tmp: Path
) -> float:
    """Quiet ticks per second that `workers` worker processes finish, every account due."""
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE account SET next_tick_at = NULL"))
    script = Path(sys.executable).parent / "followup"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "followup"]
    env = _worker_env(settings, url)
    logs = [(tmp / f"worker-{workers}-{n}.log").open("wb") for n in range(workers)]
    processes = [
        subprocess.Popen(
            [*command, "worker"], env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT
        )
        for log in logs
    ]
    try:
        time.sleep(sizes.warmup_seconds)
        for process in processes:
            if process.poll() is not None:
                text = (tmp / f"worker-{workers}-0.log").read_text(errors="replace")
                raise RuntimeError(f"a worker stopped:\n{text[-2000:]}")
        start = datetime.now(UTC)
        time.sleep(sizes.window_seconds)
        finished = _ticks_finished(engine, start)
        took = (datetime.now(UTC) - start).total_seconds()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in logs:
            log.close()
    return finished / took


def measure_scale(google: Google, tmp: Path, report: Report, *, quick: bool) -> None:
    # bench.run is __main__ when run as a script: its names are read from there, not from a
    # second copy of the module.
    run = sys.modules["__main__"] if "bench.run" not in sys.modules else sys.modules["bench.run"]
    FIGURES, Row, median, ms = run.FIGURES, run.Row, run.median, run.ms

    scale = QUICK_SCALE if quick else FULL_SCALE
    accounts = f"{scale.accounts:,}"
    names = [
        name.replace("{accounts}", accounts) for name in FIGURES if name.split(" ")[0] in SCALE_ROWS
    ]
    with postgres() as server:
        if server is None:
            for name in names:
                for workers in WORKER_COUNTS if "{workers}" in name else (0,):
                    shown = name.format(workers=workers)
                    report.add(Row(shown, "n/a", verdict="PostgreSQL is not installed"))
            report.notes.append(
                "Scale: skipped, PostgreSQL is not installed (`apt install postgresql`)."
            )
            return
        url = server.new_database()
        data_dir = tmp / "scale"
        settings = Settings(
            _env_file=None,
            data_dir=data_dir,
            database_url=url,
            google_endpoint=google.url,
            multi_user=True,
            background_sync=False,
        )
        settings.ensure_data_dir()
        engine = db.make_engine(url)
        db.upgrade(engine)
        ctx = Context(settings, engine, TokenCipher.load_or_create(data_dir))
        try:
            google.reset()
            small = _add_accounts(google, ctx, 0, SMALL)
            _first_looks(ctx, small)
            _quiet_tick_times(ctx, small, len(small))  # warm: connections, the client's caches
            statements = [_statements_per_tick(ctx, account_id) for account_id in small]
            before = median(_quiet_tick_times(ctx, small, scale.quiet_ticks))
            rest = _add_accounts(google, ctx, SMALL, scale.accounts - SMALL)
            _first_looks(ctx, rest)
            google.forget_requests()
            after = median(_quiet_tick_times(ctx, small, scale.quiet_ticks))
            everyone = [*small, *rest]
            spread = everyone[:: max(1, len(everyone) // scale.quiet_ticks)]
            after_any = median(_quiet_tick_times(ctx, spread, scale.quiet_ticks))
            rates = {
                workers: _throughput(settings, url, engine, workers, scale, tmp)
                for workers in WORKER_COUNTS
            }
        finally:
            engine.dispose()
        one = rates[WORKER_COUNTS[0]]
        for workers, rate in rates.items():
            report.add(
                Row(
                    names[0].format(workers=workers),
                    f"{rate:.1f} ticks/s",
                    f"{one:.1f} ticks/s (1 worker)" if workers > 1 else "",
                    f"{rate / one:.2f}" if workers > 1 and one else "",
                    "report",
                    "report",
                )
            )
        report.add(
            Row(names[1], f"{statistics.median(statements):g}", goal="report", verdict="report")
        )
        report.add(
            Row(
                names[2],
                f"{ms(after)} ({ms(after_any)} on accounts across the database)",
                f"{ms(before)} ({SMALL} accounts)",
                f"{after / before:.2f}",
                "flat (≤ 1.3)",
                "met" if after / before <= 1.3 else "not met",
            )
        )
        report.notes.append(
            f"Scale: {scale.accounts:,} accounts, each a sandbox user of its own with an "
            "interview three days ahead, on a throwaway PostgreSQL cluster (no fsync). Ticks per "
            f"second: every account due at once, workers of concurrency "
            f"{settings.worker_concurrency}, ticks finished in a {scale.window_seconds:g} s "
            f"window after {scale.warmup_seconds:g} s of warm-up, read from procrastinate's "
            "event log. The sandbox runs in one process of its own on the same 2 cores, so "
            "more workers than cores mostly share them: the ratio is the machine's, not the "
            "queue's. Statements per quiet tick are followup's own (the queue adds its fetch and "
            "its finish per job)."
        )
