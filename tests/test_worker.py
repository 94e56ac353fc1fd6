"""`followup worker` (issue 18): real worker processes on PostgreSQL, sharing the ticks of
several accounts (one sandbox user each) through procrastinate's queue.

- two workers share the accounts: every account ticks, never two ticks of one account at
  once (the queue's own record of when each attempt started and ended), drafts made once and
  the same end state as a one-process reference;
- SIGKILL: a worker killed mid-tick again and again while the other keeps going: nothing
  doubled, nothing lost, and the killed worker's accounts tick again within a bound;
- chaos: 30 % of Google's requests fail during the run: the same end state as the calm
  reference, no duplicate draft, no lost follow-up;
- the request budget: with a small budget (and a short window), no window lets more through;
- scheduling: an account whose ticks are slow does not stop the others from ticking within
  their interval, and never piles up jobs.

The scenario is tests/crashing.py's `add_batch`, on the real clock (the workers'), played for
each sandbox user; the reference is `run_tick` in this process on a SQLite file, fed the same
batches, for one more user.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from followup import db
from followup.config import Settings
from followup.context import Context
from followup.crypto import TokenCipher
from followup.google.auth import upsert_account
from followup.serving import seed_profile
from followup.tick import run_tick
from tests.conftest import Sandbox
from tests.crashing import add_batch, stable_id

pytestmark = pytest.mark.slow

INTERVAL = 10  # seconds between an account's ticks (the smallest FOLLOWUP_SYNC_INTERVAL)
SCHEDULE_SLACK = 5.0  # the schedule runs every 2 s; a free worker takes a job within ~1 s
RECOVERY_BOUND = 60.0  # a killed worker's account ticks again within this (about a minute)
ROOT = Path(__file__).resolve().parent.parent


def users(count: int, prefix: str = "student") -> list[str]:
    return [f"{prefix}{index}@campus.example.edu" for index in range(count)]


# Worker processes -----------------------------------------------------------------------------


class WorkerProcess:
    """One `python -m followup worker` process."""

    def __init__(self, env: dict[str, str], cwd: Path, name: str, *args: str) -> None:
        self.name = name
        self.log = cwd / f"{name}.log"
        self._out = self.log.open("ab")
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "followup", "worker", *args],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(timeout=30)
        self._out.close()

    def stop(self) -> int:
        """SIGTERM: the running ticks end, then the process."""
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
        code = self.popen.wait(timeout=60)
        self._out.close()
        return code

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def ticks_logged(self) -> int:
        return sum(line.startswith("INFO followup.worker: tick of account ")
                   for line in self.text().splitlines())  # fmt: skip


@dataclass
class Attempt:
    """One run of a tick job, as the queue recorded it."""

    job: int
    account: int
    started: datetime
    ended: datetime | None
    outcome: str | None  # succeeded, failed, deferred_for_retry (to be retried), aborted


class Deployment:
    """A data directory, a PostgreSQL database, one account per sandbox user, and workers."""

    def __init__(self, sandbox: Sandbox, root: Path, url: str, emails: list[str]) -> None:
        self.sandbox = sandbox
        self.data_dir = root / "data"
        self.url = url
        self.settings = Settings(
            data_dir=self.data_dir, database_url=url, google_endpoint=sandbox.url,
            check_in_after_days=2, _env_file=None,  # type: ignore[call-arg]
        )  # fmt: skip
        self.settings.ensure_data_dir()
        self.engine = db.make_engine(url)
        db.upgrade(self.engine)
        cipher = TokenCipher.load_or_create(self.data_dir)
        sandbox.add_users(emails)
        self.accounts: dict[int, str] = {}
        with db.session_scope(self.engine) as session:
            for email in emails:
                account = upsert_account(
                    session, sandbox.credentials(user=email), cipher, self.settings
                )
                assert account.id is not None and account.email == email
                seed_profile(session, account.id)
                self.accounts[account.id] = email
        self.workers: list[WorkerProcess] = []

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.update(
            FOLLOWUP_DATA_DIR=str(self.data_dir),
            FOLLOWUP_DATABASE_URL=self.url,
            FOLLOWUP_GOOGLE_ENDPOINT=self.sandbox.url,
            FOLLOWUP_SYNC_INTERVAL=str(INTERVAL),
            FOLLOWUP_CHECK_IN_AFTER_DAYS="2",  # as the reference (add_batch's check-ins)
            FOLLOWUP_GOOGLE_BACKOFF_SECONDS="0.05",
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(ROOT / "server"),
        )
        env.update(extra)
        return env

    def start(self, name: str, *args: str, **extra: str) -> WorkerProcess:
        worker = WorkerProcess(self.env(**extra), self.data_dir, name, *args)
        self.workers.append(worker)
        return worker

    def close(self) -> None:
        for worker in self.workers:
            if worker.popen.poll() is None:
                worker.kill()
        self.engine.dispose()

    def user(self, email: str) -> httpx.Client:
        """The sandbox's admin API, acting on one user."""
        return httpx.Client(base_url=self.sandbox.url, params={"user": email}, timeout=30)

    def add_batch(self, k: int, emails: list[str] | None = None) -> None:
        for email in emails or list(self.accounts.values()):
            with self.user(email) as admin:
                add_batch(admin, k)

    # The queue, as recorded ----------------------------------------------------------------

    def rows(self, query: str, **params: Any) -> list[Any]:
        with self.engine.connect() as connection:
            return list(connection.execute(sa.text(query), params))

    def now(self) -> datetime:
        return self.rows("SELECT now()")[0][0]  # type: ignore[no-any-return]

    def queue_ready(self) -> bool:
        """Whether a worker has set the queue up (procrastinate's schema)."""
        return self.rows("SELECT to_regclass('procrastinate_workers')")[0][0] is not None

    def worker_ids(self) -> list[int]:
        """The ids of the workers registered in the queue, oldest first."""
        if not self.queue_ready():
            return []
        return [
            int(row[0]) for row in self.rows("SELECT id FROM procrastinate_workers ORDER BY id")
        ]

    def attempts(self) -> list[Attempt]:
        if not self.queue_ready():
            return []
        rows = self.rows(
            "SELECT j.id, (j.args->>'account_id')::int, e.type::text, e.at "
            "FROM procrastinate_jobs j JOIN procrastinate_events e ON e.job_id = j.id "
            "WHERE j.task_name = 'followup.tick' AND e.type IN "
            "('started', 'succeeded', 'failed', 'deferred_for_retry', 'aborted') "
            "ORDER BY e.at, e.id"
        )
        found: list[Attempt] = []
        running: dict[int, Attempt] = {}
        for job, account, kind, at in rows:
            if kind == "started":
                running[job] = Attempt(job, account, at, None, None)
                found.append(running[job])
            elif job in running:
                attempt = running.pop(job)
                attempt.ended, attempt.outcome = at, kind
        return found

    def live_jobs(self, account_id: int) -> int:
        return int(self.rows(
            "SELECT count(*) FROM procrastinate_jobs WHERE lock = :lock "
            "AND status IN ('todo', 'doing')", lock=f"account:{account_id}")[0][0])  # fmt: skip

    def doing(self) -> list[tuple[int, int, int | None]]:
        """(job, account, worker id) of the ticks running now."""
        return [(int(job), int(account), worker) for job, account, worker in self.rows(
            "SELECT id, (args->>'account_id')::int, worker_id FROM procrastinate_jobs "
            "WHERE task_name = 'followup.tick' AND status = 'doing'")]  # fmt: skip

    def nudge(self, account_ids: list[int] | None = None) -> None:
        """Make accounts due now (as if their interval had passed): the schedule defers their
        ticks within seconds."""
        ids = account_ids or list(self.accounts)
        with self.engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE account SET next_tick_at = NULL WHERE id = ANY(:ids)"),
                {"ids": ids},
            )

    def ticked_since(self, moment: datetime) -> set[int]:
        return {a.account for a in self.attempts()
                if a.outcome == "succeeded" and a.started >= moment}  # fmt: skip

    def wait_ticks(self, moment: datetime, accounts: set[int], timeout: float) -> None:
        """Until every one of `accounts` has a tick that started after `moment` and succeeded."""
        deadline = time.monotonic() + timeout
        while not accounts <= (done := self.ticked_since(moment)):
            if time.monotonic() > deadline:
                logs = "\n".join(f"--- {w.name}\n{w.text()[-2000:]}" for w in self.workers)
                raise AssertionError(f"no tick of {sorted(accounts - done)} in {timeout} s\n{logs}")
            time.sleep(0.2)

    def settle(self, timeout: float = 90) -> None:
        """Tick every account until a round of ticks changes nothing."""
        deadline = time.monotonic() + timeout
        before = None
        while True:
            moment = self.now()
            self.nudge()
            self.wait_ticks(moment, set(self.accounts), deadline - time.monotonic())
            now = {account: self.snapshot(account) for account in self.accounts}
            if now == before:
                return
            before = now

    # What an account ends with -------------------------------------------------------------

    def snapshot(self, account_id: int) -> Snapshot:
        with self.user(self.accounts[account_id]) as admin:
            return snapshot(self.engine, account_id, admin)

    def problems(self, account_id: int) -> list[str]:
        with self.user(self.accounts[account_id]) as admin:
            return mailbox_problems(self.engine, account_id, admin)


@dataclass(frozen=True)
class Snapshot:
    """One account's outcome, without ids or times that differ between runs."""

    followups: frozenset[tuple[str, str, str, int, str]]  # event, kind, slot, sequence, state
    drafts: frozenset[tuple[str, str, str, str]]  # key, To, Subject, first of thread

    def describe(self) -> str:
        return (
            f"follow-ups {dict(Counter(r[4] for r in self.followups))}, {len(self.drafts)} drafts"
        )


def _followups(engine: sa.Engine, account_id: int) -> list[Any]:
    with engine.connect() as connection:
        return list(connection.execute(sa.text(
            "SELECT i.event_id, f.kind, f.slot, f.sequence, f.state, f.id, f.recipient_email, "
            "f.message_id_header, f.draft_id FROM followup f JOIN interview i "
            "ON i.id = f.interview_id WHERE i.account_id = :account"),
            {"account": account_id}))  # fmt: skip


def _key(message: dict[str, Any]) -> str:
    """A message's name in every run and every account: our drafts' keys are derived from the
    account too, so they all read "ours" (the draft's To and Subject tell them apart)."""
    key = stable_id(message)
    return "ours" if key.startswith("<followup.") else key


def snapshot(engine: sa.Engine, account_id: int, admin: httpx.Client) -> Snapshot:
    box = admin.get("/_sandbox/gmail/mailbox").raise_for_status().json()
    first_of_thread = {t["id"]: _key(t["messages"][0]) for t in box["threads"]}
    drafts = [
        (_key(m), m["to"], m["subject"], first_of_thread.get(m["threadId"], ""))
        for m in (d["message"] for d in box["drafts"])
    ]
    rows = _followups(engine, account_id)
    return Snapshot(
        frozenset((r[0], str(r[1]), r[2], int(r[3]), str(r[4])) for r in rows), frozenset(drafts)
    )


def mailbox_problems(engine: sa.Engine, account_id: int, admin: httpx.Client) -> list[str]:
    """Duplicate, unknown and lost drafts of one account: every draft in its Gmail is one
    drafted follow-up's, once, and every drafted follow-up's draft is there."""
    box = admin.get("/_sandbox/gmail/mailbox").raise_for_status().json()
    drafts = {d["id"]: d["message"] for d in box["drafts"]}
    drafted = [r for r in _followups(engine, account_id) if str(r[4]) == "drafted"]
    problems = [f"{n} drafts with Message-ID {key}" for key, n in
                Counter(stable_id(m) for m in drafts.values()).items() if n > 1]  # fmt: skip
    known = {row[7]: row for row in drafted}
    for draft_id, message in drafts.items():
        row = known.get(stable_id(message))
        if row is None:
            problems.append(f"draft {draft_id} ({stable_id(message)}) belongs to no follow-up")
        elif row[8] != draft_id:
            problems.append(f"draft {draft_id} is not the one follow-up {row[5]} records")
    problems += [f"follow-up {row[5]}'s draft {row[8]} is not in Gmail" for row in drafted
                 if row[8] not in drafts]  # fmt: skip
    return problems


# The reference: one process, one account, the same batches -----------------------------------


_references: dict[int, Snapshot] = {}


def reference(sandbox: Sandbox, tmp_path: Path, batches: int) -> Snapshot:
    """The end state of an account fed batches 0..batches-1, each settled, by `run_tick` in
    this process on a SQLite file (no worker, no queue), for a user of its own."""
    if batches in _references:
        return _references[batches]
    email = f"reference{batches}@campus.example.edu"
    sandbox.add_users([email])
    settings = Settings(
        data_dir=tmp_path / f"reference{batches}", google_endpoint=sandbox.url,
        database_url=None, check_in_after_days=2, _env_file=None,  # type: ignore[call-arg]
    )  # fmt: skip
    settings.ensure_data_dir()
    engine = db.make_engine(f"sqlite:///{settings.data_dir / 'followup.db'}")
    db.upgrade(engine)
    cipher = TokenCipher.load_or_create(settings.data_dir)
    with db.session_scope(engine) as session:
        account = upsert_account(session, sandbox.credentials(user=email), cipher, settings)
        assert account.id is not None
        account_id = account.id
        seed_profile(session, account_id)
    ctx = Context(settings, engine, cipher)
    admin = httpx.Client(base_url=sandbox.url, params={"user": email}, timeout=30)
    for k in range(batches):
        add_batch(admin, k)
        for _ in range(4):
            run_tick(ctx, account_id)
    assert mailbox_problems(engine, account_id, admin) == []
    result = snapshot(engine, account_id, admin)
    engine.dispose()
    assert len(result.drafts) >= 3 * batches  # a scenario with something to do
    _references[batches] = result
    return result


def assert_like_reference(deployment: Deployment, want: Snapshot, when: str) -> None:
    for account_id in deployment.accounts:
        assert deployment.problems(account_id) == [], f"{when}: account {account_id}"
        got = deployment.snapshot(account_id)
        assert got == want, (
            f"{when}: account {account_id}: {got.describe()} instead of {want.describe()}; "
            f"missing {sorted(want.followups - got.followups)} {sorted(want.drafts - got.drafts)}"
            f", extra {sorted(got.followups - want.followups)} {sorted(got.drafts - want.drafts)}"
        )


def assert_one_tick_at_a_time(attempts: list[Attempt]) -> None:
    """No two attempts of one account's ticks overlap, by the queue's own timestamps."""
    by_account: dict[int, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        by_account[attempt.account].append(attempt)
    for account, runs in by_account.items():
        runs.sort(key=lambda a: a.started)
        for before, after in itertools.pairwise(runs):
            assert before.ended is not None, f"account {account}: job {before.job} never ended"
            assert before.ended <= after.started, (
                f"account {account}: job {after.job} started at {after.started} while job "
                f"{before.job} ran ({before.started} to {before.ended})"
            )


@pytest.fixture
def deploy(
    sandbox: Sandbox, tmp_path: Path, pg_url: str
) -> Iterator[Callable[[list[str]], Deployment]]:
    made: list[Deployment] = []

    def make(emails: list[str]) -> Deployment:
        deployment = Deployment(sandbox, tmp_path, pg_url, emails)
        made.append(deployment)
        return deployment

    yield make
    for deployment in made:
        deployment.close()


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout} s")
        time.sleep(0.05)


# (a) Two workers share the ticks ----------------------------------------------------------------


@pytest.mark.timeout(240)
def test_two_workers_share_every_accounts_ticks_one_at_a_time(
    sandbox: Sandbox, tmp_path: Path, deploy: Callable[[list[str]], Deployment]
) -> None:
    want = reference(sandbox, tmp_path, 2)
    deployment = deploy(users(4))
    started = deployment.now()
    first = deployment.start("worker-1")
    second = deployment.start("worker-2", "--concurrency", "2")
    deployment.wait_ticks(started, set(deployment.accounts), 60)  # new accounts tick at once
    for k in range(2):
        deployment.add_batch(k)
        deployment.settle()
    assert_like_reference(deployment, want, "two workers")
    attempts = deployment.attempts()
    assert_one_tick_at_a_time(attempts)
    assert {a.account for a in attempts} == set(deployment.accounts)
    assert all(a.outcome == "succeeded" for a in attempts), Counter(a.outcome for a in attempts)
    # Both took their share; each tick is one line of their logs, with no address in it.
    assert first.ticks_logged() > 0 and second.ticks_logged() > 0
    assert first.ticks_logged() + second.ticks_logged() == len(attempts)
    assert [first.stop(), second.stop()] == [0, 0]
    for worker in (first, second):
        log = worker.text()
        assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
        assert "@" not in log and "ya29" not in log, log[-3000:]
        assert "stopped" in log.splitlines()[-1]
    assert deployment.rows("SELECT count(*) FROM procrastinate_workers")[0][0] == 0


# (b) SIGKILL mid-tick ---------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_a_worker_killed_mid_tick_again_and_again_loses_and_doubles_nothing(
    sandbox: Sandbox, tmp_path: Path, deploy: Callable[[list[str]], Deployment]
) -> None:
    trials = 4
    want = reference(sandbox, tmp_path, trials)
    rng = random.Random(20261204)
    deployment = deploy(users(4))
    started = deployment.now()
    steady = deployment.start("steady", "--concurrency", "1")
    wait_until(lambda: bool(deployment.worker_ids()), 60, "the steady worker registers")
    steady_id = deployment.worker_ids()[0]
    victim = deployment.start("victim-0", "--concurrency", "3")
    deployment.wait_ticks(started, set(deployment.accounts), 60)
    kills: list[tuple[datetime, set[int]]] = []  # when, and the accounts it was ticking
    for k in range(trials):
        newest = max(deployment.worker_ids())
        wait_until(lambda n=newest: max(deployment.worker_ids()) >= n, 60, "the victim registers")  # type: ignore[misc]

        def victims() -> set[int]:
            return {account for _, account, worker in deployment.doing()
                    if worker not in (None, steady_id)}  # fmt: skip

        deployment.add_batch(k)
        deployment.nudge()
        deadline = time.monotonic() + 60
        while not victims():
            assert time.monotonic() < deadline, f"trial {k}: the victim took no tick"
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.2))  # somewhere in the tick: Google's requests, drafting
        cut = victims()
        victim.kill()
        kills.append((deployment.now(), cut))
        victim = deployment.start(f"victim-{k + 1}", "--concurrency", "3")
        time.sleep(0.5)
    killed = set().union(*(cut for _, cut in kills))
    assert len(killed) >= 2, f"the kills fell inside the ticks of {killed} only"
    # Meanwhile the steady worker kept going; every account a kill cut ticks again within the
    # bound (its job is taken back once the dead worker's heartbeat is 30 s old).
    for moment, cut in kills:
        deployment.wait_ticks(moment, cut, RECOVERY_BOUND + 15)
        for account in cut:
            again = min(a.started for a in deployment.attempts() if a.account == account
                        and a.outcome == "succeeded" and a.started >= moment)  # fmt: skip
            assert again - moment < timedelta(seconds=RECOVERY_BOUND), (account, moment, again)
    deployment.settle()
    assert_like_reference(deployment, want, f"{trials} SIGKILLs")
    attempts = deployment.attempts()
    assert_one_tick_at_a_time(attempts)
    recovered = [a for a in attempts if a.outcome == "failed"]
    assert len(recovered) >= len(killed)  # the recovery failed the dead worker's jobs
    assert steady.ticks_logged() > 0
    assert "Traceback" not in steady.text()
    print(f"\n{trials} SIGKILLs cut the ticks of accounts {sorted(killed)}; "
          f"{len(recovered)} jobs taken back from dead workers")  # fmt: skip


# (c) Chaos --------------------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_two_workers_under_chaos_end_where_the_calm_run_ends(
    sandbox: Sandbox, tmp_path: Path, deploy: Callable[[list[str]], Deployment]
) -> None:
    batches = 2
    want = reference(sandbox, tmp_path, batches)
    deployment = deploy(users(3))
    started = deployment.now()
    chaos = {
        "FOLLOWUP_GOOGLE_RETRIES": "3",
        "FOLLOWUP_GOOGLE_BACKOFF_SECONDS": "0.01",
        "FOLLOWUP_GOOGLE_TIMEOUT_SECONDS": "0.3",  # the client waits less than `timeout` holds
        "FOLLOWUP_GOOGLE_MAX_RETRY_AFTER_SECONDS": "1",
    }
    workers = [deployment.start(f"worker-{i}", **chaos) for i in range(2)]
    deployment.wait_ticks(started, set(deployment.accounts), 60)
    sandbox.admin.post(
        "/_sandbox/chaos",
        json={"rate": 0.3, "seed": 20261204, "retry_after_max": 0.3, "timeout_seconds": 0.6},
    ).raise_for_status()
    try:
        for k in range(batches):
            deployment.add_batch(k)
            for _ in range(3):  # ticks under chaos (failed ones are retried, with backoff)
                moment = deployment.now()
                deployment.nudge()
                wait_until(lambda m=moment: bool(deployment.ticked_since(m)), 90,  # type: ignore[misc]
                           "a tick under chaos")  # fmt: skip
                time.sleep(1)
    finally:
        report = sandbox.admin.delete("/_sandbox/chaos").raise_for_status().json()
    deployment.settle(timeout=150)
    assert_like_reference(deployment, want, "chaos")
    assert_one_tick_at_a_time(deployment.attempts())
    outcomes = Counter(a.outcome for a in deployment.attempts())
    print(f"\nchaos: {report['faults']} faults {report['injected']} in {report['requests']} "
          f"requests; tick attempts {dict(outcomes)}")  # fmt: skip
    assert report["faults"] >= 10
    for worker in workers:
        assert "@" not in worker.text()


# (d) The request budget -------------------------------------------------------------------------


@pytest.mark.timeout(180)
def test_the_request_budget_is_never_passed(
    sandbox: Sandbox, tmp_path: Path, deploy: Callable[[list[str]], Deployment]
) -> None:
    """A budget of 8 requests per 2-second window for the whole deployment (two workers, three
    accounts with work to do): the requestbudget table counts every request the sandbox saw,
    no window let more than 8 through, and the sandbox saw no more than 8 in any window."""
    limit, window = 8, 2.0
    deployment = deploy(users(3))
    deployment.add_batch(0)
    sandbox.admin.delete("/_sandbox/requests").raise_for_status()
    budget = {
        "FOLLOWUP_GOOGLE_REQUESTS_PER_MINUTE": str(limit),
        "FOLLOWUP_GOOGLE_BUDGET_WINDOW_SECONDS": str(window),
    }
    started = deployment.now()
    workers = [deployment.start(f"worker-{i}", **budget) for i in range(2)]
    deployment.wait_ticks(started, set(deployment.accounts), 120)
    for worker in workers:
        assert worker.stop() == 0
    seen = [r for r in sandbox.requests() if not r["path"].startswith("/token")]
    used = dict(deployment.rows("SELECT minute, used FROM requestbudget"))
    assert sum(used.values()) == len(seen)  # every Google request took its unit
    assert max(used.values()) <= limit
    assert sum(n == limit for n in used.values()) >= 2  # the budget did hold requests back
    # As the sandbox saw them: a request took its unit up to 0.25 s before it arrived, so its
    # window is the one it arrived in or, arriving within 0.25 s of a window's start, the one
    # before. The arrivals must fit the windows at `limit` each: in time order, each goes to the
    # earlier of its windows while that has room (for windows in order, that assignment fits
    # whenever any does). Requests held back arrive in bursts just after a window opens.
    arrivals = sorted(datetime.fromisoformat(r["at"]).timestamp() for r in seen)
    load: Counter[int] = Counter()
    for t in arrivals:
        earlier, arrived_in = int((t - 0.25) // window), int(t // window)
        chosen = earlier if load[earlier] < limit else arrived_in
        load[chosen] += 1
        assert load[chosen] <= limit, (t, sorted(load.items()))
    span = (max(arrivals) - min(arrivals)) / window
    assert len(seen) <= limit * (span + 2)
    print(
        f"\nbudget: {len(seen)} requests over {span * window:.1f} s, "
        f"per window {sorted(used.values())}"
    )


# (e) Scheduling: a slow account -----------------------------------------------------------------


@pytest.mark.timeout(180)
def test_a_slow_account_does_not_hold_up_the_others(
    sandbox: Sandbox, tmp_path: Path, deploy: Callable[[list[str]], Deployment]
) -> None:
    """Two workers of one slot each. One account has four drafts to make and Gmail takes 4 s
    to answer each create (a sandbox `timeout` on drafts.create, shorter than the client
    waits): its tick lasts longer than the interval. The others have nothing to draft, so
    their ticks do not meet the delay: they keep ticking within their interval on the other
    slot, and the slow account never has more than one job waiting or running."""
    deployment = deploy(users(4))
    slow_id, slow = next(iter(deployment.accounts.items()))
    others = set(deployment.accounts) - {slow_id}
    started = deployment.now()
    workers = [deployment.start(f"worker-{i}", "--concurrency", "1") for i in range(2)]
    deployment.wait_ticks(started, set(deployment.accounts), 60)
    sandbox.admin.post(
        "/_sandbox/chaos",
        json={"rate": 1.0, "kinds": ["timeout"], "timeout_seconds": 4.0,
              "match": "^POST /gmail/v1/users/me/drafts$"},
    ).raise_for_status()  # fmt: skip
    try:
        deployment.add_batch(0, [slow])
        deployment.nudge([slow_id])
        moment = deployment.now()
        piled = 0
        deadline = time.monotonic() + 2.5 * INTERVAL
        while time.monotonic() < deadline:
            piled = max(piled, deployment.live_jobs(slow_id))
            time.sleep(0.2)
        watched_until = deployment.now()
    finally:
        sandbox.admin.delete("/_sandbox/chaos").raise_for_status()
    attempts = deployment.attempts()
    slow_runs = [a for a in attempts if a.account == slow_id and a.started >= moment]
    assert slow_runs and slow_runs[0].ended is not None
    assert slow_runs[0].ended - slow_runs[0].started > timedelta(seconds=INTERVAL)
    assert piled == 1  # one job at a time, never a pile
    for account in others:
        since = moment - timedelta(seconds=INTERVAL)
        starts = sorted(
            a.started
            for a in attempts
            if a.account == account and since <= a.started <= watched_until
        )
        gaps = [b - a for a, b in itertools.pairwise(starts)]
        assert len(starts) >= 2 and max(gaps) < timedelta(seconds=INTERVAL + SCHEDULE_SLACK), (
            f"account {account} ticked at {starts}"
        )
    assert_one_tick_at_a_time(attempts)
    for worker in workers:
        assert worker.stop() == 0
    assert deployment.problems(slow_id) == []


# Setting up ------------------------------------------------------------------------------------


def test_the_worker_says_it_needs_postgresql(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT / "server"))
    done = subprocess.run(
        [sys.executable, "-m", "followup", "worker"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "followup worker needs PostgreSQL: set FOLLOWUP_DATABASE_URL=postgresql+psycopg://" in (
        done.stderr
    )


def test_the_schema_is_applied_once_and_found_the_next_time(pg_url: str) -> None:
    from followup.worker import prepare_database

    engine = db.make_engine(pg_url)
    try:
        assert prepare_database(engine) is True
        assert prepare_database(engine) is False  # already there: left alone
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT to_regclass('procrastinate_jobs')")).scalar()
            assert db.current_revision(engine) == db.HEAD
    finally:
        engine.dispose()


def test_only_the_worker_loads_procrastinate() -> None:
    """The single-user server never loads the queue: not even importing followup.worker does."""
    code = (
        "import sys, followup.app, followup.cli, followup.tick, followup.worker; "
        "from followup.config import Settings; followup.app.create_app(Settings()); "
        "print('procrastinate' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(PYTHONPATH=str(ROOT / "server"))
    with contextlib.ExitStack():
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, timeout=60, check=True, cwd=ROOT)  # fmt: skip
    assert done.stdout.strip() == "False"


@pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="under libfaketime (make test-clock) a timed threading.Event.wait never returns, so "
    "the renewing thread cannot run; the test runs in make test",
)
def test_a_running_ticks_lease_is_renewed_so_a_dead_ones_lapses_within_a_minute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The account's lease (sync.py), the second guard: short, and renewed while its tick runs
    (even when the tick's clock stands still), so that a holder killed on another host, whose
    pid cannot be asked about, blocks its account a minute at most."""
    from followup import sync
    from followup.models import Account

    assert sync.LEASE.total_seconds() <= 60
    monkeypatch.setattr(sync, "RENEW_EVERY", timedelta(seconds=0.05))
    engine = db.make_engine(f"sqlite:///{tmp_path / 'lease.db'}")
    db.upgrade(engine)
    with db.session_scope(engine) as session:
        account = Account(email="lease@campus.example.edu")
        session.add(account)
        session.flush()
        account_id = account.id
    assert account_id is not None
    frozen = datetime(2031, 1, 7, 9, 0, tzinfo=UTC)  # a tick reads its clock once

    def held_until() -> datetime | None:
        with engine.connect() as connection:
            value = connection.execute(
                sa.text("SELECT sync_lock_until FROM account WHERE id = :id"), {"id": account_id}
            ).scalar()
        return None if value is None else datetime.fromisoformat(str(value)).replace(tzinfo=UTC)

    with sync.lease(engine, account_id, lambda: frozen):
        assert held_until() == frozen + sync.LEASE
        time.sleep(0.4)
        renewed = held_until()
        assert renewed is not None and renewed > frozen + sync.LEASE
        with pytest.raises(sync.SyncBusy), sync.lease(engine, account_id, lambda: frozen):
            pass  # still held, by a live holder
    assert held_until() is None
    engine.dispose()
