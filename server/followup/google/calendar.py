"""Google Calendar at the edge: pages of the project's own `CalendarEvent`s, never raw dicts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from googleapiclient.errors import HttpError

from followup.core.events import CalendarEvent

# Reads are idempotent: let the client retry 429/5xx/connection errors with backoff.
PAGE_SIZE = 2500  # Google's maximum: fewer pages, fewer requests


class SyncTokenExpired(Exception):
    """Google answered 410: the saved sync token is no longer valid; do a full sync."""


@dataclass(frozen=True)
class EventPage:
    events: list[CalendarEvent]
    skipped: int  # resources without a usable id (nothing to key them by)
    next_sync_token: str | None  # only on the last page


class CalendarClient(Protocol):
    def list_events(
        self,
        calendar_id: str,
        *,
        sync_token: str | None = None,
        time_min: datetime | None = None,
        time_max: datetime | None = None,
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
    ) -> Iterator[EventPage]:
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
        while request is not None:
            try:
                response = request.execute()
            except HttpError as exc:
                if exc.resp.status == 410:  # reason "fullSyncRequired"
                    raise SyncTokenExpired(str(calendar_id)) from exc
                raise
            zone = response.get("timeZone")
            parsed: list[CalendarEvent] = []
            skipped = 0
            for item in response.get("items", []):
                try:
                    parsed.append(CalendarEvent.from_api(item, calendar_id, zone))
                except ValueError:
                    skipped += 1
            yield EventPage(parsed, skipped, response.get("nextSyncToken"))
            request = events.list_next(request, response)
