"""The project-wide Google request budget (google/budget.py), on SQLite and PostgreSQL: the
atomic take, waiting for the next window, giving up, old windows, and the hook in RetryingHttp
that makes every Google request (retries included) take its unit first."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from followup import db
from followup.config import Settings
from followup.google.budget import BudgetSpent, RequestBudget, request_budget
from followup.google.services import TRANSIENT_ERRORS, RetryPolicy, build_gmail
from followup.models import RequestBudget as Row
from tests.conftest import Sandbox

# A moment on no particular day: the budget reads only the clock it is given.
START = 1_000_000_040.0  # 20 s into a minute


class FakeClock:
    """Time that passes only when someone sleeps."""

    def __init__(self, now: float = START) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'budget.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    made = db.make_engine(url)
    db.upgrade(made)
    yield made
    made.dispose()


def windows(engine: sa.Engine) -> dict[int, int]:
    table = Row.__table__  # type: ignore[attr-defined]
    with engine.connect() as connection:
        return dict(connection.execute(sa.select(table.c.minute, table.c.used)).all())  # type: ignore[arg-type]


def test_past_the_budget_a_request_waits_for_the_next_window(engine: sa.Engine) -> None:
    clock = FakeClock()
    budget = RequestBudget(engine, 3, clock=clock, sleep=clock.sleep)
    for _ in range(7):
        budget.take()
    first = int(START // 60)
    assert windows(engine) == {first: 3, first + 1: 3, first + 2: 1}
    assert len(clock.slept) == 2
    # Each wait ends in the next window, shortly after it opens (the jitter is a few seconds).
    assert 40 <= clock.slept[0] <= 43 and 57 <= clock.slept[1] <= 63


def test_a_budget_spent_for_too_long_gives_up_as_a_transient_failure(engine: sa.Engine) -> None:
    clock = FakeClock()
    budget = RequestBudget(engine, 1, clock=clock, sleep=clock.sleep, max_wait=30)
    budget.take()
    with pytest.raises(BudgetSpent) as raised:
        budget.take()  # the next window is 40 s away: more than it may wait
    assert isinstance(raised.value, TRANSIENT_ERRORS)  # the tick is retried later
    assert clock.slept == []


def test_old_windows_are_deleted_when_a_new_one_opens(engine: sa.Engine) -> None:
    clock = FakeClock()
    budget = RequestBudget(engine, 5, clock=clock, sleep=clock.sleep)
    for _ in range(15):
        budget.take()
        clock.now += 60
    first = int(START // 60)
    assert sorted(windows(engine)) == list(range(first + 14 - 10, first + 15))


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    made = db.make_engine(pg_url)
    db.upgrade(made)
    yield made
    made.dispose()


def test_concurrent_takers_never_pass_the_budget(pg_engine: sa.Engine) -> None:
    """Six threads, each with its own connections (as separate processes would have), take
    five units each from a budget of five per half second: every window lets five through.
    PostgreSQL only: SQLite serialises writers by itself, so there is no race to lose there."""
    engine = pg_engine
    granted: Counter[str] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def taker() -> None:
        own = db.make_engine(engine.url.render_as_string(hide_password=False))
        budget = RequestBudget(own, 5, window=0.5, max_wait=30)
        try:
            for _ in range(5):
                budget.take()
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()
        with lock:
            granted["taken"] += 5

    threads = [threading.Thread(target=taker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    used = windows(engine)
    assert sum(used.values()) == 30 == granted["taken"]  # six windows: none deleted yet
    assert max(used.values()) == 5 and len(used) >= 6


def test_no_budget_no_database(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        database_url="postgresql+psycopg://nobody@/nowhere?host=/nonexistent",
        _env_file=None,  # type: ignore[call-arg]
    )
    assert settings.google_requests_per_minute == 0
    assert RetryPolicy.from_settings(settings).budget is None  # and nothing was opened


def test_every_google_request_and_retry_takes_a_unit(sandbox: Sandbox, tmp_path: Path) -> None:
    """Through the real Google client and the sandbox: a budget of two per minute lets two
    requests through, then the third waits for the next minute; a retried request (after a
    503) takes a unit for each attempt."""
    settings = Settings(
        data_dir=tmp_path,
        google_endpoint=sandbox.url,
        google_requests_per_minute=2,
        google_backoff_seconds=0.01,
        _env_file=None,  # type: ignore[call-arg]
    )
    engine = db.make_engine(settings.resolved_database_url)
    db.upgrade(engine)
    shared = request_budget(settings)
    assert shared is not None and shared.limit == 2 and shared.window == 60
    clock = FakeClock()
    budget = RequestBudget(engine, 2, clock=clock, sleep=clock.sleep)
    policy = RetryPolicy(retries=2, backoff_seconds=0.01, budget=budget)
    gmail = build_gmail(sandbox.credentials(), sandbox.url, policy)
    sandbox.admin.delete("/_sandbox/requests").raise_for_status()
    sandbox.admin.post(
        "/_sandbox/faults", json={"match": "^GET /gmail/v1/users/me/profile$", "status": 503}
    ).raise_for_status()
    for _ in range(3):
        gmail.users().getProfile(userId="me").execute()
    seen = [r for r in sandbox.requests() if not r["path"].startswith("/token")]
    assert [r["status"] for r in seen] == [503, 200, 200, 200]
    first = int(START // 60)
    assert windows(engine) == {first: 2, first + 1: 2}
    assert len(clock.slept) == 1
    engine.dispose()
