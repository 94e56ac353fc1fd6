"""A cache of rendered list pages, kept only while they are provably still right.

The extension polls `GET /api/v1/followups` every minute, and every open popup asks again.
A page changes only when the database changes or when the clock passes one of its items'
moments (due, late, snooze end), so it is served again until either happens.

"The database changed" is read on a connection of our own, outside SQLAlchemy, so that it moves
whenever any other connection commits, in this process or another:
- SQLite: `PRAGMA data_version`.
- PostgreSQL: the current snapshot (`pg_current_snapshot()`: the oldest running transaction,
  the next transaction id, the ones running in between). A committed write takes its
  transaction out of the running ones, or moves the next id past it, so equal snapshots see
  the same committed data. It is cluster-wide: a write anywhere (another account, another
  database of the cluster, autovacuum's analyze) costs a recomputation, never a stale page.
  The page's queries must take their snapshot after the version was read: the route reads
  it before its session's first query (under READ COMMITTED each statement takes a new one).
Other databases have no such cheap signal, so there the cache is off and every request is
computed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

MAX_PAGES = 64


class DataVersion:
    """A value that changes whenever the database does (None: cannot tell)."""

    def __init__(self, engine: sa.Engine) -> None:
        url = engine.url
        backend = url.get_backend_name()
        usable = backend == "sqlite" and url.database not in (None, "", ":memory:")
        self._path = url.database if usable else None
        self._engine = engine if backend == "postgresql" else None
        self._connection: Any = None
        self._lock = threading.Lock()

    def current(self) -> Hashable | None:
        if self._path is not None:
            return self._sqlite(self._path)
        if self._engine is not None:
            return self._postgresql(self._engine)
        return None

    def _sqlite(self, path: str) -> int:
        with self._lock:
            if self._connection is None:
                # Read-only: a commit made through it would not move its own counter.
                self._connection = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
            row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def _postgresql(self, engine: sa.Engine) -> str | None:
        with self._lock:
            for attempt in (1, 2):  # once more on a fresh connection if the old one broke
                try:
                    if self._connection is None:
                        # The driver's own connection, as the engine would open it, in
                        # autocommit: each read takes a new snapshot.
                        args, kwargs = engine.dialect.create_connect_args(engine.url)
                        self._connection = engine.dialect.connect(*args, **kwargs)
                        self._connection.autocommit = True
                    cursor = self._connection.cursor()
                    try:
                        cursor.execute("SELECT pg_current_snapshot()::text")
                        row = cursor.fetchone()
                    finally:
                        cursor.close()
                    return str(row[0])
                except engine.dialect.loaded_dbapi.Error:
                    self._close()
                    if attempt == 2:
                        return None  # computed this time; the request reports the database
        return None

    def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None

    def close(self) -> None:
        with self._lock:
            self._close()


@dataclass(frozen=True, slots=True)
class _Page:
    version: Hashable
    until: datetime | None  # the first moment one of its items changes by the clock alone
    body: bytes


class PageCache:
    def __init__(self, engine: sa.Engine) -> None:
        self.version = DataVersion(engine)
        self._pages: OrderedDict[Hashable, _Page] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: Hashable | None, now: datetime) -> bytes | None:
        if version is None:
            return None
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.version != version or (page.until and now >= page.until):
                return None
            self._pages.move_to_end(key)
            return page.body

    def put(
        self, key: Hashable, version: Hashable | None, until: datetime | None, body: bytes
    ) -> None:
        """`version` must have been read before the page was computed from the database."""
        if version is None:
            return
        with self._lock:
            self._pages[key] = _Page(version, until, body)
            self._pages.move_to_end(key)
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
