"""A cache of rendered list pages, kept only while they are provably still right.

The extension polls `GET /api/v1/followups` every minute, and every open popup asks again.
A page changes only when the database changes or when the clock passes one of its items'
moments (due, late, snooze end), so it is served again until either happens.

"The database changed" is SQLite's `PRAGMA data_version`, read on a connection of our own:
it moves whenever any other connection commits, in this process or another. Other
databases have no such cheap signal, so there the cache is off and every request is computed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

MAX_PAGES = 64


class DataVersion:
    """A number that changes whenever the database does (None: cannot tell)."""

    def __init__(self, engine: sa.Engine) -> None:
        url = engine.url
        usable = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
        self._path = url.database if usable else None
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def current(self) -> int | None:
        if self._path is None:
            return None
        with self._lock:
            if self._connection is None:
                # Read-only: a commit made through it would not move its own counter.
                self._connection = sqlite3.connect(
                    f"file:{self._path}?mode=ro", uri=True, check_same_thread=False
                )
            row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


@dataclass(frozen=True, slots=True)
class _Page:
    version: int
    until: datetime | None  # the first moment one of its items changes by the clock alone
    body: bytes


class PageCache:
    def __init__(self, engine: sa.Engine) -> None:
        self.version = DataVersion(engine)
        self._pages: OrderedDict[Hashable, _Page] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: int | None, now: datetime) -> bytes | None:
        if version is None:
            return None
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.version != version or (page.until and now >= page.until):
                return None
            self._pages.move_to_end(key)
            return page.body

    def put(self, key: Hashable, version: int | None, until: datetime | None, body: bytes) -> None:
        """`version` must have been read before the page was computed from the database."""
        if version is None:
            return
        with self._lock:
            self._pages[key] = _Page(version, until, body)
            self._pages.move_to_end(key)
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
