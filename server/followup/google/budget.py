"""The project-wide Google request budget (`FOLLOWUP_GOOGLE_REQUESTS_PER_MINUTE`).

Every Google API request that any process of a deployment makes (the workers, the server's
"sync now") first takes one unit of the current minute's budget, kept in the `requestbudget`
table: one row per window, taken with one atomic statement on SQLite and PostgreSQL alike,

    INSERT INTO requestbudget (minute, used) VALUES (:window, 1)
    ON CONFLICT (minute) DO UPDATE SET used = requestbudget.used + 1
        WHERE requestbudget.used < :limit
    RETURNING used

which answers no row once the window is spent: `used` is then exactly the number of requests
let through in that window, never more than the budget. A request past the budget waits for
the next window (with a little jitter, so that the waiting requests of many workers do not all
go at its first instant) instead of going to Google, for at most `max_wait` seconds; then it
gives up with `BudgetSpent`, a transient failure (the tick is retried later, as for a timeout).
Windows older than ten are deleted by whoever opens a new one.

Token refreshes (Google's OAuth endpoint) do not count: they are not API requests and are not
charged against the project's API quota. With no budget set, nothing here runs at all: no
table is read, no engine is made.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import httplib2
import sqlalchemy as sa

if TYPE_CHECKING:
    from followup.config import Settings

log = logging.getLogger(__name__)

KEEP_WINDOWS = 10  # windows kept in the table (for a look at the recent past)


class BudgetSpent(httplib2.HttpLib2Error):  # type: ignore[misc] # httplib2 has no types
    """The deployment's Google request budget stayed spent for longer than a request waits:
    a transient failure (in `TRANSIENT_ERRORS`), the tick is tried again later."""


class RequestBudget:
    """`limit` Google requests per `window` seconds, shared through the database by every
    process that uses the same one."""

    def __init__(
        self,
        engine: sa.Engine,
        limit: int,
        *,
        window: float = 60.0,
        max_wait: float | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a budget needs a limit of at least 1 and a positive window")
        self.engine = engine
        self.limit = limit
        self.window = window
        self.max_wait = 2 * window if max_wait is None else max_wait
        self.clock = clock
        self.sleep = sleep
        self._table = _table()

    def take(self) -> None:
        """Take one request from the budget, waiting for the next window while this one is
        spent; BudgetSpent after `max_wait` seconds of waiting."""
        waited = 0.0
        while True:
            now = self.clock()
            index = int(now // self.window)
            if self._try(index):
                return
            wait = (index + 1) * self.window - now + random.uniform(0, self.window / 20)
            if waited + wait > self.max_wait:
                raise BudgetSpent(
                    f"the Google request budget ({self.limit} per {self.window:g} s) stayed "
                    f"spent for {waited:.0f} s"
                )
            log.info("Google request budget spent for this window; waiting %.2fs", wait)
            self.sleep(wait)
            waited += wait

    def _try(self, index: int) -> bool:
        table = self._table
        dialect = self.engine.dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
        else:  # pragma: no cover - followup runs on SQLite or PostgreSQL
            raise RuntimeError(f"no request budget on {dialect}")
        statement = (
            insert(table)
            .values(minute=index, used=1)
            .on_conflict_do_update(
                index_elements=[table.c.minute],
                set_={"used": table.c.used + 1},
                where=table.c.used < self.limit,
            )
            .returning(table.c.used)
        )
        with self.engine.begin() as connection:
            used = connection.execute(statement).scalar()
            if used == 1:  # the first request of a new window: forget the old ones
                connection.execute(sa.delete(table).where(table.c.minute < index - KEEP_WINDOWS))
        return used is not None

    def used(self, index: int) -> int:
        """Requests let through in window `index` (unix time // window)."""
        with self.engine.connect() as connection:
            value = connection.execute(
                sa.select(self._table.c.used).where(self._table.c.minute == index)
            ).scalar()
        return int(value or 0)


def _table() -> sa.Table:
    from followup.models import RequestBudget as Row

    table: sa.Table = Row.__table__  # type: ignore[attr-defined]
    return table


_engines: dict[str, sa.Engine] = {}
_engines_lock = threading.Lock()


def request_budget(settings: Settings) -> RequestBudget | None:
    """The deployment's budget, or None when none is set (then nothing touches the database).
    One small engine per database per process, made on first use, serves every budget."""
    limit = settings.google_requests_per_minute
    if limit <= 0:
        return None
    url = settings.resolved_database_url
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            from followup.db import make_engine

            engine = _engines[url] = make_engine(url)
    return RequestBudget(engine, limit, window=settings.google_budget_window_seconds)
