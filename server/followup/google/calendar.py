"""Google Calendar at the edge: pages of the project's own `CalendarEvent`s, never raw dicts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from googleapiclient.errors import HttpError

from followup.core.events import CalendarEvent

# Reads are idempotent: let the client retry 429/5xx/connection errors with backoff.
PAGE_SIZE = 2500  # Google's maximum: fewer pages, fewer requests

# Decides, from a raw Event resource, whether it is worth parsing at all.
Wanted = Callable[[Mapping[str, Any]], bool]


class SyncTokenExpired(Exception):
    """Google answered 410: the saved sync token is no longer valid; do a full sync."""


@dataclass(frozen=True)
class EventPage:
    events: list[CalendarEvent]
    skipped: int  # resources without a usable id (nothing to key them by)
    next_sync_token: str | None  # only on the last page
    passed: int = 0  # resources the caller's `wanted` turned down (never parsed)


class CalendarClient(Protocol):
    def list_events(
        self,
        calendar_id: str,
        *,
        sync_token: str | None = None,
        time_min: datetime | None = None,
        time_max: datetime | None = None,
        wanted: Wanted | None = None,
    ) -> Iterator[EventPage]: ...


class GoogleCalendar:
    """CalendarClient over a google-api-python-client service (one per thread)."""

    def __init__(self, service: Any, page_size: int = PAGE_SIZE) -> None:
        self._service = service
        self._page_size = page_size

    def list_events(
        self,
        calendar_id: str,
        *,
        sync_token: str | None = None,
        time_min: datetime | None = None,
        time_max: datetime | None = None,
        wanted: Wanted | None = None,
    ) -> Iterator[EventPage]:
        """The events in pages. `wanted`, when given, sees each raw resource first; those
        it turns down are only counted (a full sync passes over most of a calendar so)."""
        params: dict[str, Any] = {
            "calendarId": calendar_id,
            "singleEvents": True,
            "maxResults": self._page_size,
        }
        if sync_token:
            # Google forbids timeMin/timeMax/orderBy with a sync token; it keeps the window.
            params["syncToken"] = sync_token
        else:
            if time_min:
                params["timeMin"] = time_min.isoformat()
            if time_max:
                params["timeMax"] = time_max.isoformat()
        events = self._service.events()
        request = events.list(**params)
        # The next page is fetched while this one is read and stored: a first sync of a full
        # calendar takes about the time of its fetches, not that plus the detection. One
        # worker, one request at a time, so the (not thread-safe) HTTP client is never shared.
        with ThreadPoolExecutor(1, thread_name_prefix="calendar-pages") as pool:
            pending: Future[Any] | None = pool.submit(request.execute)
            while pending is not None:
                try:
                    response = pending.result()
                except HttpError as exc:
                    if exc.resp.status == 410:  # reason "fullSyncRequired"
                        raise SyncTokenExpired(str(calendar_id)) from exc
                    raise
                request = events.list_next(request, response)
                pending = pool.submit(request.execute) if request is not None else None
                yield _page(response, calendar_id, wanted)


def _page(response: dict[str, Any], calendar_id: str, wanted: Wanted | None) -> EventPage:
    zone = response.get("timeZone")
    parsed: list[CalendarEvent] = []
    skipped = passed = 0
    for item in response.get("items", []):
        # (dict first: the abstract Mapping's own test is slow, and this runs for every item.)
        if wanted is not None and isinstance(item, (dict, Mapping)) and not wanted(item):
            passed += 1
            continue
        try:
            parsed.append(CalendarEvent.from_api(item, calendar_id, zone))
        except ValueError:
            skipped += 1
    return EventPage(parsed, skipped, response.get("nextSyncToken"), passed)
