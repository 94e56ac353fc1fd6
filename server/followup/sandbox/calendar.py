"""Google Calendar v3 for the sandbox: the event store, the API routes and the admin routes.

What the real google-api-python-client sees (under `/calendar/v3`):
- `calendarList.list` / `calendarList.get` / `calendars.get`;
- `events.list` with paging, time windows, recurring-event expansion (`singleEvents`),
  `showDeleted`, `orderBy`, `updatedMin`, `q`, `timeZone`, `maxAttendees` and sync tokens;
- `events.get` (instance ids of recurring events too).

Sync follows Google's rules. The store keeps a change counter; each event records the
counter value of its last change. A sync token holds the counter, the singleEvents mode,
the original time window, the calendar and the store's *generation*; a new generation
(`invalidate_tokens()`, a reset) turns every outstanding token into a 410
`fullSyncRequired`. Paging is keyset-based and pinned to the counter at the first page,
so a change made while a client pages is reported by the next incremental sync.

The admin routes (under `/_sandbox/calendar`, no auth) are how tests and demos drive it.
"""

from __future__ import annotations

import base64
import bisect
import copy
import hashlib
import json
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Body, Query
from fastapi.responses import JSONResponse

from followup.sandbox.deps import AdminUser, StateDep, TokenUser
from followup.sandbox.errors import GoogleError, bad_request, not_found
from followup.sandbox.recurrence import MAX_INSTANCES, Recurrence, parse_recurrence

if TYPE_CHECKING:
    from followup.sandbox.users import SandboxUser

PRIMARY = "primary"
DEFAULT_MAX_RESULTS = 250
MAX_RESULTS = 2500
CALENDAR_LIST_DEFAULT = 100
CALENDAR_LIST_MAX = 250
EXPANSION_HORIZON = timedelta(days=730)  # singleEvents without timeMax: about two years ahead
LISTING_CACHE_SIZE = 8
HISTORY_LIMIT = 16  # positions remembered per event, so a move out of a sync window is reported
STATUSES = ("confirmed", "tentative", "cancelled")
DEFAULT_REMINDERS = [{"method": "popup", "minutes": 10}]
SYNC_GONE_MESSAGE = "Sync token is no longer valid, a full sync is required."

# Fields the server owns: ignored when posted.
_SERVER_FIELDS = frozenset(
    {
        "kind",
        "etag",
        "id",
        "htmlLink",
        "created",
        "updated",
        "recurringEventId",
        "originalStartTime",
    }
)
# Google's field order, for readable output.
_ORDER = (
    "summary",
    "description",
    "location",
    "colorId",
    "creator",
    "organizer",
    "start",
    "end",
    "endTimeUnspecified",
    "recurrence",
    "recurringEventId",
    "originalStartTime",
    "transparency",
    "visibility",
    "iCalUID",
    "sequence",
    "attendees",
    "hangoutLink",
    "conferenceData",
    "reminders",
    "eventType",
)
# A change to these bumps `sequence`, as in Google Calendar.
_SEQUENCE_FIELDS = ("start", "end", "summary", "location", "recurrence")
_CLIENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,1023}$")
_INSTANCE_SUFFIX = re.compile(r"^(\d{8})(?:T(\d{6})Z)?$")


# ---------------------------------------------------------------------------
# Small helpers: time formats, zones, tokens, schema checks


def _ms(moment: datetime) -> str:
    """RFC 3339 in UTC with milliseconds, as Google writes `created`/`updated`."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _fmt_dt(moment: datetime) -> str:
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _zone(name: str, what: str = "timeZone") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise bad_request(f"Invalid time zone definition for {what}: {name!r}.") from exc


def _parse_rfc3339(text: str, name: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise bad_request(
            f"Invalid value for {name}: {text!r} is not an RFC 3339 timestamp."
        ) from exc
    if moment.tzinfo is None:
        raise bad_request(
            f"Invalid value for {name}: {text!r} needs a time zone offset (e.g. 'Z' or '+02:00')."
        )
    return moment


def _new_id() -> str:
    """26 characters of lowercase base32hex (0-9, a-v), like Google's event ids."""
    return base64.b32hexencode(secrets.token_bytes(17)).decode().lower()[:26]


def _new_generation() -> str:
    return secrets.token_hex(4)


def _encode_token(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str) -> dict[str, Any] | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _html_link(event_id: str, calendar_id: str) -> str:
    eid = base64.urlsafe_b64encode(f"{event_id} {calendar_id}".encode()).decode().rstrip("=")
    return f"https://www.google.com/calendar/event?eid={eid}"


@cache
def _discovery() -> dict[str, Any]:
    root = resources.files("googleapiclient") / "discovery_cache" / "documents"
    data: dict[str, Any] = json.loads((root / "calendar.v3.json").read_text(encoding="utf-8"))
    return data


def _event_properties() -> dict[str, Any]:
    properties: dict[str, Any] = _discovery()["schemas"]["Event"]["properties"]
    return properties


def _check_schema(schema: dict[str, Any], value: Any, where: str) -> None:
    """400 unless `value` fits the discovery schema (types, and no unknown properties)."""
    if "$ref" in schema:
        schema = _discovery()["schemas"][schema["$ref"]]
    kind = schema.get("type", "any")
    if kind == "object":
        if not isinstance(value, dict):
            raise bad_request(f"Invalid value for {where}: expected an object.")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                _check_schema(properties[key], item, f"{where}.{key}")
            elif extra is not None:
                _check_schema(extra, item, f"{where}.{key}")
            else:
                raise bad_request(f"Unknown field: {where}.{key}.")
    elif kind == "array":
        if not isinstance(value, list):
            raise bad_request(f"Invalid value for {where}: expected an array.")
        for index, item in enumerate(value):
            _check_schema(schema["items"], item, f"{where}[{index}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise bad_request(f"Invalid value for {where}: expected a string.")
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise bad_request(f"Invalid value for {where}: expected an integer.")
    elif kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise bad_request(f"Invalid value for {where}: expected a number.")
    elif kind == "boolean" and not isinstance(value, bool):
        raise bad_request(f"Invalid value for {where}: expected a boolean.")


def _check_event_fields(event: dict[str, Any], *, allow_null: bool) -> None:
    properties = _event_properties()
    for key, value in event.items():
        if key not in properties:
            raise bad_request(
                f"Unknown field: {key}. Events have the fields of Calendar v3's Event."
            )
        if value is None and allow_null:
            continue
        _check_schema(properties[key], value, key)


# ---------------------------------------------------------------------------
# Event times


@dataclass(frozen=True)
class _When:
    """A parsed EventDateTime: an aware datetime, or a date for all-day events."""

    moment: datetime | date
    zone: tzinfo | None  # the event's zone (timeZone, else the dateTime's own offset)
    tz_name: str | None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.moment, datetime)

    def ts(self, calendar_zone: tzinfo) -> float:
        return _ts(self.moment, calendar_zone)


def _ts(moment: datetime | date, calendar_zone: tzinfo) -> float:
    """Seconds since the epoch; all-day dates begin at midnight in the calendar's zone."""
    if isinstance(moment, datetime):
        return moment.timestamp()
    return datetime.combine(moment, time(), calendar_zone).timestamp()


def _parse_when(value: Any, what: str) -> tuple[_When, dict[str, Any]]:
    """Parse and normalise an EventDateTime posted for `what` ("start" or "end")."""
    if not isinstance(value, dict):
        raise bad_request(f"Missing {what} time.")
    tz_name = value.get("timeZone")
    if tz_name is not None and not isinstance(tz_name, str):
        raise bad_request(f"Invalid value for {what}.timeZone: expected a string.")
    zone = _zone(tz_name, f"{what} time") if tz_name else None
    if value.get("date") is not None:
        if value.get("dateTime") is not None:
            raise bad_request(f"Invalid {what} time: give either date or dateTime, not both.")
        try:
            day = date.fromisoformat(str(value["date"]))
        except ValueError as exc:
            raise bad_request(
                f"Invalid {what} date: {value['date']!r} (expected YYYY-MM-DD)."
            ) from exc
        out: dict[str, Any] = {"date": day.isoformat()}
        if tz_name:
            out["timeZone"] = tz_name
        return _When(day, zone, tz_name or None), out
    if value.get("dateTime") is not None:
        try:
            moment = datetime.fromisoformat(str(value["dateTime"]))
        except ValueError as exc:
            raise bad_request(
                f"Invalid {what} dateTime: {value['dateTime']!r} is not an RFC 3339 timestamp."
            ) from exc
        if moment.tzinfo is None:
            if zone is None:
                raise bad_request(f"Missing time zone definition for {what} time.")
            moment = moment.replace(tzinfo=zone)
        elif zone is not None:
            moment = moment.astimezone(zone)
        out = {"dateTime": _fmt_dt(moment)}
        if tz_name:
            out["timeZone"] = tz_name
        return _When(moment, zone or moment.tzinfo, tz_name or None), out
    raise bad_request(f"Missing {what} time.")


def _when_dict(moment: datetime | date, tz_name: str | None) -> dict[str, Any]:
    out: dict[str, Any] = (
        {"dateTime": _fmt_dt(moment)}
        if isinstance(moment, datetime)
        else {"date": moment.isoformat()}
    )
    if tz_name:
        out["timeZone"] = tz_name
    return out


# ---------------------------------------------------------------------------
# Stored events


# One version of an event: (change, start, end, recurrence).
_Version = tuple[int, dict[str, Any], dict[str, Any], "list[str] | None"]


@dataclass
class _Record:
    resource: dict[str, Any]  # the Event resource as the API returns it
    calendar_id: str
    change: int = 0
    # (change, start, end) of each version, oldest first: lets an incremental sync report
    # an event that moved out of the synced window.
    history: list[_Version] = field(default_factory=list)
    start: _When = field(init=False)
    end: _When = field(init=False)
    recurrence: Recurrence | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.start = _parse_when(self.resource["start"], "start")[0]
        self.end = _parse_when(self.resource["end"], "end")[0]
        lines = self.resource.get("recurrence")
        self.recurrence = (
            parse_recurrence(lines, self.start.moment, self.start.zone) if lines else None
        )

    @property
    def id(self) -> str:
        return str(self.resource["id"])

    @property
    def cancelled(self) -> bool:
        return bool(self.resource.get("status") == "cancelled")

    @property
    def updated(self) -> str:
        return str(self.resource["updated"])

    def updated_ts(self) -> float:
        return datetime.fromisoformat(self.updated).timestamp()

    def duration(self) -> timedelta:
        if isinstance(self.start.moment, datetime) and isinstance(self.end.moment, datetime):
            return self.end.moment - self.start.moment
        return timedelta(days=(_as_date(self.end.moment) - _as_date(self.start.moment)).days)

    def local_start(self) -> datetime:
        """The first start as a naive wall-clock time in the event's zone."""
        moment = self.start.moment
        if isinstance(moment, datetime):
            return moment.astimezone(self.start.zone or UTC).replace(tzinfo=None)
        return datetime(moment.year, moment.month, moment.day)

    def instance_start(self, local: datetime) -> datetime | date:
        if self.start.all_day:
            return local.date()
        return local.replace(tzinfo=self.start.zone or UTC)

    def dump(self) -> dict[str, Any]:
        return {
            "calendar_id": self.calendar_id,
            "change": self.change,
            "history": [list(item) for item in self.history],
            "resource": self.resource,
        }


def _as_date(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _instance_id(master_id: str, start: datetime | date) -> str:
    if isinstance(start, datetime):
        return f"{master_id}_{start.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    return f"{master_id}_{start.strftime('%Y%m%d')}"


def _instance_resource(master: _Record, start: datetime | date) -> dict[str, Any]:
    """An instance of a recurring event, shaped like Google's."""
    instance_id = _instance_id(master.id, start)
    end = start + master.duration()
    tz_name = master.start.tz_name
    out: dict[str, Any] = {}
    for key, value in master.resource.items():
        if key == "recurrence":
            continue
        out[key] = value
        if key == "end":
            out["recurringEventId"] = master.id
            out["originalStartTime"] = _when_dict(start, tz_name)
    out["id"] = instance_id
    out["htmlLink"] = _html_link(instance_id, master.calendar_id)
    out["start"] = _when_dict(start, tz_name)
    out["end"] = _when_dict(end, master.end.tz_name)
    return out


def _render(
    resource: dict[str, Any], zone: tzinfo | None, max_attendees: int | None
) -> dict[str, Any]:
    """The resource as one response shows it: times in `zone`, attendees trimmed."""
    out = dict(resource)
    if zone is not None:
        for key in ("start", "end", "originalStartTime"):
            when = out.get(key)
            if isinstance(when, dict) and "dateTime" in when:
                moved = dict(when)
                moved["dateTime"] = _fmt_dt(
                    datetime.fromisoformat(when["dateTime"]).astimezone(zone)
                )
                out[key] = moved
    attendees = out.get("attendees")
    if max_attendees is not None and isinstance(attendees, list) and len(attendees) > max_attendees:
        out["attendees"] = [entry for entry in attendees if entry.get("self")]
        out["attendeesOmitted"] = True
    return out


# ---------------------------------------------------------------------------
# Queries


@dataclass
class EventQuery:
    """events.list parameters, as Google names them (snake_case here)."""

    max_results: int | None = None
    page_token: str | None = None
    time_min: str | None = None
    time_max: str | None = None
    single_events: bool | None = None
    show_deleted: bool | None = None
    order_by: str | None = None
    updated_min: str | None = None
    q: str | None = None
    sync_token: str | None = None
    time_zone: str | None = None
    i_cal_uid: str | None = None
    event_types: list[str] = field(default_factory=list)
    private_extended_property: list[str] = field(default_factory=list)
    shared_extended_property: list[str] = field(default_factory=list)
    max_attendees: int | None = None


@dataclass(frozen=True)
class CalendarInfo:
    id: str
    summary: str
    time_zone: str
    primary: bool
    description: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


_Key = tuple[float, str]
# (sort key, event, what to show): None for the event itself, a start for one instance of a
# recurring event, or a ready resource (a cancelled instance that a change made vanish).
_Candidate = tuple[_Key, _Record, "datetime | date | dict[str, Any] | None"]


def _filters(query: EventQuery) -> Callable[[dict[str, Any]], bool] | None:
    """A predicate for q, iCalUID, eventTypes and extended properties (None: no filter)."""
    terms = query.q.lower().split() if query.q else []
    private = [
        _property_pair(p, "privateExtendedProperty") for p in query.private_extended_property
    ]
    shared = [_property_pair(p, "sharedExtendedProperty") for p in query.shared_extended_property]
    types = set(query.event_types)
    uid = query.i_cal_uid
    if not (terms or private or shared or types or uid):
        return None

    def matches(resource: dict[str, Any]) -> bool:
        if uid is not None and resource.get("iCalUID") != uid:
            return False
        if types and resource.get("eventType", "default") not in types:
            return False
        props = resource.get("extendedProperties") or {}
        for name, value in private:
            if (props.get("private") or {}).get(name) != value:
                return False
        for name, value in shared:
            if (props.get("shared") or {}).get(name) != value:
                return False
        if terms:
            text = _search_text(resource)
            return all(term in text for term in terms)
        return True

    return matches


def _property_pair(text: str, name: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise bad_request(f"Invalid value for {name}: {text!r} (expected propertyName=value).")
    return key, value


def _search_text(resource: dict[str, Any]) -> str:
    parts = [str(resource.get(key) or "") for key in ("summary", "description", "location")]
    for person in [resource.get("organizer") or {}, *(resource.get("attendees") or [])]:
        parts.append(str(person.get("displayName") or ""))
        parts.append(str(person.get("email") or ""))
    return "\n".join(parts).lower()


# ---------------------------------------------------------------------------
# The store


@dataclass
class CalendarStore:
    """Every calendar's events. Mutated only from the event loop (no awaits while changing)."""

    events: dict[str, _Record] = field(default_factory=dict)
    calendars: dict[str, dict[str, Any]] = field(default_factory=dict)  # secondary calendars
    counter: int = 0
    generation: str = field(default_factory=_new_generation)
    user_email: str = ""
    calendar_updated: dict[str, str] = field(default_factory=dict)
    _by_calendar: dict[str, dict[str, _Record]] = field(default_factory=dict, repr=False)
    # Sorted listings by query, reused while a client pages and nothing changes.
    _listings: dict[tuple[Any, ...], tuple[list[_Candidate], list[_Key]]] = field(
        default_factory=dict, repr=False
    )

    # Persistence -------------------------------------------------------------

    def dump(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "counter": self.counter,
            "user_email": self.user_email,
            "calendars": list(self.calendars.values()),
            "calendar_updated": dict(self.calendar_updated),
            "events": [record.dump() for record in self.events.values()],
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> CalendarStore:
        store = cls()
        if not data:
            return store
        store.generation = str(data.get("generation") or _new_generation())
        store.counter = int(data.get("counter", 0))
        store.user_email = str(data.get("user_email", ""))
        store.calendars = {entry["id"]: dict(entry) for entry in data.get("calendars", [])}
        store.calendar_updated = dict(data.get("calendar_updated", {}))
        for item in data.get("events", []):
            record = _Record(
                resource=item["resource"],
                calendar_id=item["calendar_id"],
                change=int(item.get("change", 0)),
                history=[
                    (int(version[0]), version[1], version[2], (version[3:] or [None])[0])
                    for version in item.get("history", [])
                ],
            )
            store._add(record)
        return store

    def invalidate_tokens(self) -> None:
        """Every sync token issued so far now answers 410 fullSyncRequired."""
        self.generation = _new_generation()

    # Calendars ---------------------------------------------------------------

    def create_calendar(
        self,
        summary: str,
        now: datetime,
        calendar_id: str | None = None,
        time_zone: str | None = None,
        description: str | None = None,
    ) -> dict[str, Any]:
        """A secondary calendar (the primary one always exists: its id is the user's e-mail)."""
        if not isinstance(summary, str) or not summary.strip():
            raise bad_request("A calendar needs a summary (its title).")
        if time_zone is not None:
            _zone(time_zone)
        new_id = calendar_id or f"{_new_id()}@group.calendar.google.com"
        if new_id in self.calendars or new_id in (PRIMARY, self.user_email):
            raise GoogleError(409, "The requested identifier already exists.", "duplicate")
        self.counter += 1
        entry: dict[str, Any] = {
            "id": new_id,
            "summary": summary,
            "timeZone": time_zone or "UTC",
            "created": _ms(now),
            "change": self.counter,
        }
        if description:
            entry["description"] = description
        self.calendars[new_id] = entry
        self.calendar_updated[new_id] = entry["created"]
        return dict(entry)

    def resolve(self, calendar_id: str, user_email: str, primary_time_zone: str) -> CalendarInfo:
        """The calendar behind an id ("primary" is the user's own); 404 when unknown."""
        if calendar_id in (PRIMARY, user_email):
            return CalendarInfo(user_email, user_email, primary_time_zone, primary=True)
        entry = self.calendars.get(calendar_id)
        if entry is None:
            raise not_found("Not Found")
        return CalendarInfo(
            entry["id"], entry["summary"], entry["timeZone"], False, entry.get("description")
        )

    def calendar_list(
        self, user_email: str, primary_time_zone: str, since: int | None = None
    ) -> list[dict[str, Any]]:
        """CalendarListEntry resources: the primary calendar first, then the others."""
        entries = (
            []
            if since is not None
            else [_list_entry(CalendarInfo(user_email, user_email, primary_time_zone, True), 0)]
        )
        for entry in self.calendars.values():
            if since is None or entry["change"] > since:
                info = self.resolve(entry["id"], user_email, primary_time_zone)
                entries.append(_list_entry(info, entry["change"]))
        return entries

    # Writes ------------------------------------------------------------------

    def insert(
        self, event: dict[str, Any], calendar_id: str, now: datetime, user_email: str
    ) -> dict[str, Any]:
        """Store a new event (an Event resource) and return it as the API shows it."""
        return copy.deepcopy(self.insert_many([event], calendar_id, now, user_email)[0])

    def insert_many(
        self, events: list[dict[str, Any]], calendar_id: str, now: datetime, user_email: str
    ) -> list[dict[str, Any]]:
        """Store many events at once, all or none. Returns the stored resources (not copies)."""
        self.user_email = user_email
        target = self._calendar_id(calendar_id, user_email)
        taken: set[str] = set()
        prepared = []
        for index, event in enumerate(events):
            where = f"items[{index}]: " if len(events) > 1 else ""
            try:
                prepared.append(self._prepare(event, target, now, taken))
            except GoogleError as exc:
                exc.message = where + exc.message
                raise
        for record in prepared:
            self._add(record)
            self._touch(record, now)
        return [record.resource for record in prepared]

    def patch(self, event_id: str, changes: dict[str, Any], now: datetime) -> dict[str, Any]:
        """Merge `changes` (top-level keys; `start`/`end` replaced; null clears) into an event.

        Patching an instance of a recurring event (`<id>_<start>`) makes an exception.
        """
        if not isinstance(changes, dict):
            raise bad_request("The body must be a JSON object (a partial Event).")
        _check_event_fields(changes, allow_null=True)
        record = self.events.get(event_id)
        if record is None:
            record = self._exception_for(event_id)
            base = record.resource
        else:
            base = record.resource
        merged = dict(base)
        for key, value in changes.items():
            if key in _SERVER_FIELDS:
                continue
            if value is None:
                if key in ("start", "end"):
                    raise bad_request(f"Missing {key} time.")
                merged.pop(key, None)
            else:
                merged[key] = value
        if merged.get("recurringEventId") and merged.get("recurrence"):
            raise bad_request("An instance of a recurring event cannot have its own recurrence.")
        normalized = self._normalize(merged, record.calendar_id)
        if any(normalized.get(key) != base.get(key) for key in _SEQUENCE_FIELDS):
            normalized["sequence"] = int(base.get("sequence", 0)) + 1
        record.resource = normalized
        record.refresh()
        if record.id not in self.events:
            self._add(record)
        self._touch(record, now)
        return copy.deepcopy(record.resource)

    def cancel(self, event_id: str, now: datetime) -> dict[str, Any]:
        """Mark an event cancelled (kept, so incremental syncs report it).

        Cancelling a recurring event cancels its exceptions too; cancelling one instance
        makes a cancelled exception. Cancelling twice changes nothing.
        """
        record = self.events.get(event_id)
        if record is None:
            record = self._exception_for(event_id)
            self._add(record)
        elif record.cancelled:
            return copy.deepcopy(record.resource)
        record.resource["status"] = "cancelled"
        self._touch(record, now)
        if record.recurrence is not None:
            for other in list(self._by_calendar.get(record.calendar_id, {}).values()):
                if other.resource.get("recurringEventId") == record.id and not other.cancelled:
                    other.resource["status"] = "cancelled"
                    self._touch(other, now)
        return copy.deepcopy(record.resource)

    # Reads -------------------------------------------------------------------

    def all_events(self) -> list[dict[str, Any]]:
        """Every stored event of every calendar, cancelled included, sorted by start."""
        ordered = sorted(self.events.values(), key=lambda r: (r.start.ts(UTC), r.id))
        return [copy.deepcopy(record.resource) for record in ordered]

    def get_event(
        self,
        calendar: CalendarInfo,
        event_id: str,
        time_zone: str | None = None,
        max_attendees: int | None = None,
    ) -> dict[str, Any]:
        """events.get: a stored event or an instance of a recurring one; 404 otherwise."""
        zone = _zone(time_zone) if time_zone else None
        record = self._by_calendar.get(calendar.id, {}).get(event_id)
        if record is not None:
            return _render(record.resource, zone, max_attendees)
        found = self._find_instance(event_id, calendar.id)
        if found is None:
            raise not_found("Not Found")
        master, start = found
        return _render(_instance_resource(master, start), zone, max_attendees)

    def list_events(
        self, calendar: CalendarInfo, query: EventQuery, now: datetime
    ) -> dict[str, Any]:
        """events.list: the `items` page plus `nextPageToken` or `nextSyncToken`."""
        max_results = DEFAULT_MAX_RESULTS if query.max_results is None else query.max_results
        if max_results < 1:
            raise bad_request("Invalid value for maxResults: it must be at least 1.")
        max_results = min(max_results, MAX_RESULTS)
        if query.order_by not in (None, "startTime", "updated"):
            raise bad_request(f"Invalid value for orderBy: {query.order_by!r}.")
        if query.max_attendees is not None and query.max_attendees < 1:
            raise bad_request("Invalid value for maxAttendees: it must be at least 1.")
        out_zone = _zone(query.time_zone) if query.time_zone else None
        matches = _filters(query)
        since: int | None = None
        if query.sync_token is not None:
            used = [
                name
                for name, value in (
                    ("timeMin", query.time_min),
                    ("timeMax", query.time_max),
                    ("orderBy", query.order_by),
                    ("q", query.q),
                    ("updatedMin", query.updated_min),
                    ("iCalUID", query.i_cal_uid),
                    ("privateExtendedProperty", query.private_extended_property),
                    ("sharedExtendedProperty", query.shared_extended_property),
                )
                if value
            ]
            if used:
                raise bad_request(f"The syncToken parameter cannot be combined with {used[0]}.")
            if query.show_deleted is False:
                raise bad_request(
                    "The syncToken parameter cannot be combined with showDeleted=false: "
                    "incremental syncs always include deleted events."
                )
            token = self._read_sync_token(query.sync_token, calendar.id)
            if query.single_events is not None and query.single_events != token["s"]:
                raise bad_request("singleEvents must match the request that issued the syncToken.")
            since = int(token["c"])
            single = bool(token["s"])
            time_min, time_max = token.get("lo"), token.get("hi")
        else:
            single = bool(query.single_events)
            time_min, time_max = query.time_min, query.time_max
            if query.order_by == "startTime" and not single:
                raise bad_request(
                    "The requested ordering is not available for the particular query."
                )
        lo = _parse_rfc3339(time_min, "timeMin") if time_min else None
        hi = _parse_rfc3339(time_max, "timeMax") if time_max else None
        if lo is not None and hi is not None and hi <= lo:
            raise GoogleError(400, "The specified time range is empty.", "timeRangeEmpty")
        updated_min = (
            _ms(_parse_rfc3339(query.updated_min, "updatedMin")) if query.updated_min else None
        )
        fingerprint = _fingerprint(calendar.id, query)
        if query.page_token:
            page = _decode_token(query.page_token)
            if not page or page.get("t") != "p" or page.get("f") != fingerprint:
                raise bad_request("Invalid page token: it belongs to a different query.")
            try:
                upto = int(page["u"])
                after: _Key | None = (float(page["k"][0]), str(page["k"][1]))
            except (KeyError, TypeError, IndexError, ValueError) as exc:
                raise bad_request("Invalid page token.") from exc
        else:
            upto = self.counter
            after = None

        horizon = (hi or max(now, lo or now) + EXPANSION_HORIZON).timestamp()
        cache_key = (fingerprint, since, upto, self.counter, self.generation, horizon // 86400)
        listing = self._listings.get(cache_key)
        if listing is None:
            candidates = list(
                self._candidates(
                    calendar,
                    since=since,
                    upto=upto,
                    single=single,
                    lo=lo.timestamp() if lo else float("-inf"),
                    hi=hi.timestamp() if hi else float("inf"),
                    horizon=horizon,
                    show_deleted=bool(query.show_deleted)
                    or since is not None
                    or updated_min is not None,
                    updated_min=updated_min,
                    matches=matches,
                    by_updated=query.order_by == "updated",
                )
            )
            candidates.sort(key=lambda candidate: candidate[0])
            listing = (candidates, [candidate[0] for candidate in candidates])
            if len(self._listings) >= LISTING_CACHE_SIZE:
                self._listings.pop(next(iter(self._listings)))
            self._listings[cache_key] = listing
        candidates, keys = listing
        first = 0 if after is None else bisect.bisect_right(keys, after)
        chosen = candidates[first : first + max_results]
        items = []
        for _key, record, start in chosen:
            if start is None:
                resource = record.resource
            elif isinstance(start, dict):
                resource = start
            else:
                resource = _instance_resource(record, start)
            items.append(_render(resource, out_zone, query.max_attendees))
        result: dict[str, Any] = {"items": items}
        if first + max_results < len(candidates):
            result["nextPageToken"] = _encode_token(
                {"t": "p", "k": list(chosen[-1][0]), "u": upto, "f": fingerprint}
            )
        elif not (query.q or query.updated_min or query.i_cal_uid or query.event_types) and not (
            query.private_extended_property or query.shared_extended_property
        ):
            result["nextSyncToken"] = _encode_token(
                {
                    "t": "s",
                    "g": self.generation,
                    "c": upto,
                    "cal": calendar.id,
                    "s": single,
                    "lo": time_min,
                    "hi": time_max,
                }
            )
        return result

    def read_calendar_list_token(self, token: str) -> int:
        data = _decode_token(token)
        if not data or data.get("t") != "cl" or data.get("g") != self.generation:
            raise GoogleError(410, SYNC_GONE_MESSAGE, "fullSyncRequired")
        return int(data["c"])

    def calendar_list_token(self) -> str:
        return _encode_token({"t": "cl", "g": self.generation, "c": self.counter})

    # Internals -----------------------------------------------------------------

    def _calendar_id(self, calendar_id: str, user_email: str) -> str:
        if calendar_id in (PRIMARY, user_email):
            return user_email
        if calendar_id not in self.calendars:
            raise not_found(f"Calendar {calendar_id!r} not found.")
        return calendar_id

    def _add(self, record: _Record) -> None:
        self.events[record.id] = record
        self._by_calendar.setdefault(record.calendar_id, {})[record.id] = record

    def _touch(self, record: _Record, now: datetime) -> None:
        self.counter += 1
        record.change = self.counter
        stamp = _ms(now)
        record.resource["updated"] = stamp
        record.resource["etag"] = f'"{int(now.timestamp() * 1000)}{self.counter:06d}"'
        record.history.append(
            (
                self.counter,
                record.resource["start"],
                record.resource["end"],
                record.resource.get("recurrence"),
            )
        )
        del record.history[:-HISTORY_LIMIT]
        self.calendar_updated[record.calendar_id] = stamp

    def _prepare(self, event: Any, calendar_id: str, now: datetime, taken: set[str]) -> _Record:
        if not isinstance(event, dict):
            raise bad_request("An event must be a JSON object (an Event resource).")
        _check_event_fields(event, allow_null=False)
        event_id = event.get("id")
        if event_id is None:
            event_id = _new_id()
            while event_id in self.events or event_id in taken:
                event_id = _new_id()
        elif not _CLIENT_ID.match(event_id):
            raise bad_request(
                f"Invalid resource id value {event_id!r}: use lowercase letters, digits and '-'."
            )
        elif event_id in self.events or event_id in taken:
            raise GoogleError(409, "The requested identifier already exists.", "duplicate")
        taken.add(event_id)
        stamp = _ms(now)
        resource: dict[str, Any] = {
            "kind": "calendar#event",
            "etag": '""',
            "id": event_id,
            "status": "confirmed",
            "htmlLink": _html_link(event_id, calendar_id),
            "created": stamp,
            "updated": stamp,
        }
        for key, value in event.items():
            if key not in _SERVER_FIELDS:
                resource[key] = value
        resource.setdefault("iCalUID", f"{event_id}@google.com")
        resource.setdefault("sequence", 0)
        resource.setdefault("reminders", {"useDefault": True})
        resource.setdefault("eventType", "default")
        normalized = self._normalize(resource, calendar_id)
        return _Record(resource=normalized, calendar_id=calendar_id)

    def _normalize(self, resource: dict[str, Any], calendar_id: str) -> dict[str, Any]:
        """Validate a whole Event and fill defaults; returns it in Google's field order."""
        status = resource.get("status", "confirmed")
        if status not in STATUSES:
            raise bad_request(
                f"Invalid value for status: {status!r} (one of {', '.join(STATUSES)})."
            )
        resource["status"] = status
        start, resource["start"] = _parse_when(resource.get("start"), "start")
        end, resource["end"] = _parse_when(resource.get("end"), "end")
        if start.all_day != end.all_day:
            raise bad_request("Start and end times must both be dates or both be dateTimes.")
        calendar_zone = UTC
        if end.ts(calendar_zone) < start.ts(calendar_zone) or (
            start.all_day and end.moment == start.moment
        ):
            raise GoogleError(400, "The specified time range is empty.", "timeRangeEmpty")
        lines = resource.get("recurrence")
        if lines:
            try:
                parse_recurrence(lines, start.moment, start.zone)
            except ValueError as exc:
                raise bad_request(str(exc)) from exc
        else:
            resource.pop("recurrence", None)
        owner = calendar_id.lower()
        entry = self.calendars.get(calendar_id)
        organizer = dict(resource.get("organizer") or {"email": calendar_id})
        if entry is not None and organizer.get("email") == calendar_id:
            organizer.setdefault("displayName", entry["summary"])
        organizer["self"] = str(organizer.get("email", "")).lower() == owner
        if not organizer["self"]:
            organizer.pop("self")
        resource["organizer"] = organizer
        creator = dict(resource.get("creator") or {"email": self.user_email or calendar_id})
        if str(creator.get("email", "")).lower() == owner:
            creator["self"] = True
        else:
            creator.pop("self", None)
        resource["creator"] = creator
        attendees = resource.get("attendees")
        if attendees:
            fixed = []
            for index, attendee in enumerate(attendees):
                person = dict(attendee)
                email = str(person.get("email") or "")
                if not email:
                    raise bad_request(f"Missing attendee email (attendees[{index}]).")
                person.setdefault("responseStatus", "needsAction")
                person.pop("self", None)
                person.pop("organizer", None)
                if email.lower() == str(organizer.get("email", "")).lower():
                    person["organizer"] = True
                if email.lower() == owner:
                    person["self"] = True
                fixed.append(person)
            resource["attendees"] = fixed
        elif "attendees" in resource:
            resource.pop("attendees")
        ordered = {key: resource[key] for key in ("kind", "etag", "id", "status", "htmlLink")}
        ordered["created"] = resource["created"]
        ordered["updated"] = resource["updated"]
        for key in _ORDER:
            if key in resource:
                ordered[key] = resource[key]
        for key, value in resource.items():
            ordered.setdefault(key, value)
        return ordered

    def _find_instance(
        self, event_id: str, calendar_id: str | None = None
    ) -> tuple[_Record, datetime | date] | None:
        """The master and start of an instance id `<masterId>_<start>`, if it is one."""
        master_id, sep, suffix = event_id.rpartition("_")
        match = _INSTANCE_SUFFIX.match(suffix) if sep else None
        master = self.events.get(master_id) if match else None
        if master is None or match is None or master.recurrence is None:
            return None
        if calendar_id is not None and master.calendar_id != calendar_id:
            return None
        day, clock = match.groups()
        try:
            if master.start.all_day:
                if clock:
                    return None
                local = datetime.strptime(day, "%Y%m%d")
            else:
                if not clock:
                    return None
                utc = datetime.strptime(day + clock, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
                local = utc.astimezone(master.start.zone or UTC).replace(tzinfo=None)
        except ValueError:
            return None
        if not master.recurrence.contains(local):
            return None
        return master, master.instance_start(local)

    def _exception_for(self, event_id: str) -> _Record:
        """A new (not yet stored) exception record for an instance id; 404 if it is not one."""
        found = self._find_instance(event_id)
        if found is None:
            raise not_found(f"Event {event_id!r} not found.")
        master, start = found
        resource = copy.deepcopy(_instance_resource(master, start))
        return _Record(resource=resource, calendar_id=master.calendar_id)

    def _read_sync_token(self, token: str, calendar_id: str) -> dict[str, Any]:
        data = _decode_token(token)
        valid = (
            data is not None
            and data.get("t") == "s"
            and data.get("g") == self.generation
            and data.get("cal") == calendar_id
            and isinstance(data.get("c"), int)
            and data["c"] <= self.counter
        )
        if not valid or data is None:
            raise GoogleError(410, SYNC_GONE_MESSAGE, "fullSyncRequired")
        return data

    def _candidates(
        self,
        calendar: CalendarInfo,
        *,
        since: int | None,
        upto: int,
        single: bool,
        lo: float,
        hi: float,
        horizon: float,
        show_deleted: bool,
        updated_min: str | None,
        matches: Callable[[dict[str, Any]], bool] | None,
        by_updated: bool,
    ) -> Iterator[_Candidate]:
        zone = calendar.zone
        for record in self._by_calendar.get(calendar.id, {}).values():
            if since is not None and not since < record.change <= upto:
                continue
            if updated_min is not None and record.updated < updated_min:
                continue
            if matches is not None and not matches(record.resource):
                continue
            if record.recurrence is not None:
                if record.cancelled and not show_deleted:
                    continue
                if single:
                    # Without timeMax: about two years past now (or the series' start).
                    until = max(horizon, record.start.ts(zone) + EXPANSION_HORIZON.total_seconds())
                    current: set[str] = set()
                    for start, start_ts in self._expand(record, zone, lo, min(hi, until)):
                        instance_id = _instance_id(record.id, start)
                        current.add(instance_id)
                        if instance_id in self.events:
                            continue  # an exception stands in for this instance
                        key = (record.updated_ts() if by_updated else start_ts, instance_id)
                        yield key, record, start
                    if since is not None:
                        yield from self._vanished(
                            record, since, zone, lo, min(hi, until), current, by_updated
                        )
                    continue
                if (lo, hi) != (float("-inf"), float("inf")) and next(
                    self._expand(record, zone, lo, hi), None
                ) is None:
                    continue
            else:
                if since is not None and single:
                    until = max(horizon, record.start.ts(zone) + EXPANSION_HORIZON.total_seconds())
                    yield from self._vanished(
                        record, since, zone, lo, min(hi, until), set(), by_updated
                    )
                if (
                    record.cancelled
                    and not show_deleted
                    and not self._shows_cancelled(record, single)
                ):
                    continue
                if since is not None:
                    if not self._was_in_window(record, since, zone, lo, hi):
                        continue
                elif not (record.end.ts(zone) > lo and record.start.ts(zone) < hi):
                    continue
            key = (record.updated_ts() if by_updated else record.start.ts(zone), record.id)
            yield key, record, None

    @staticmethod
    def _versions_since(record: _Record, since: int) -> list[_Version]:
        """The version a client synced at `since` may hold, and every later one."""
        relevant: list[_Version] = []
        for version in record.history:
            if version[0] <= since:
                relevant = [version]
            else:
                relevant.append(version)
        return relevant

    def _vanished(
        self,
        record: _Record,
        since: int,
        zone: tzinfo,
        lo: float,
        hi: float,
        current: set[str],
        by_updated: bool,
    ) -> Iterator[_Candidate]:
        """Instances that earlier versions of a recurring event had and the current one has
        not (the series moved, shrank or stopped recurring): reported as cancelled, as Google
        does, so an incremental client drops them."""
        seen = set(current)
        for _change, start_when, end_when, lines in self._versions_since(record, since)[:-1]:
            if not lines:
                continue
            old = _Record(
                resource={
                    "id": record.id,
                    "start": start_when,
                    "end": end_when,
                    "recurrence": lines,
                },
                calendar_id=record.calendar_id,
            )
            for start, start_ts in self._expand(old, zone, lo, hi):
                instance_id = _instance_id(record.id, start)
                if instance_id in seen or instance_id in self.events:
                    continue
                seen.add(instance_id)
                stub: dict[str, Any] = {
                    "kind": "calendar#event",
                    "etag": record.resource["etag"],
                    "id": instance_id,
                    "status": "cancelled",
                    "recurringEventId": record.id,
                    "originalStartTime": _when_dict(start, old.start.tz_name),
                }
                key = (record.updated_ts() if by_updated else start_ts, instance_id)
                yield key, record, stub

    def _shows_cancelled(self, record: _Record, single: bool) -> bool:
        """Google lists cancelled instances (exceptions) of live recurring events when not
        expanding, even without showDeleted: that is how clients learn of removed instances."""
        master_id = record.resource.get("recurringEventId")
        if single or not master_id:
            return False
        master = self.events.get(master_id)
        return master is not None and not master.cancelled

    def _expand(
        self, record: _Record, zone: tzinfo, lo: float, hi: float
    ) -> Iterator[tuple[datetime | date, float]]:
        """Instances of a recurring event that end after `lo` and start before `hi`."""
        assert record.recurrence is not None
        duration = record.duration().total_seconds()
        after = record.local_start()
        if lo != float("-inf"):
            earliest = datetime.fromtimestamp(lo - duration, UTC)
            local_zone = zone if record.start.all_day else (record.start.zone or UTC)
            after = max(
                after, earliest.astimezone(local_zone).replace(tzinfo=None) - timedelta(days=1)
            )
        for local in record.recurrence.occurrences(after, MAX_INSTANCES):
            start = record.instance_start(local)
            start_ts = _ts(start, zone)
            if start_ts >= hi:
                return
            if not isinstance(start, datetime):
                end_ts = _ts(start + record.duration(), zone)
            else:
                end_ts = start_ts + duration
            if end_ts > lo:
                yield start, start_ts

    def _was_in_window(
        self, record: _Record, since: int, zone: tzinfo, lo: float, hi: float
    ) -> bool:
        """Was any version the client may hold, or any later one, inside [lo, hi)?"""
        if record.end.ts(zone) > lo and record.start.ts(zone) < hi:
            return True
        for _change, start, end, _lines in self._versions_since(record, since):
            begin = _parse_when(start, "start")[0].ts(zone)
            finish = _parse_when(end, "end")[0].ts(zone)
            if finish > lo and begin < hi:
                return True
        return False


def _fingerprint(calendar_id: str, query: EventQuery) -> str:
    """What must stay the same between pages of one listing."""
    parts = [
        calendar_id,
        query.sync_token,
        query.time_min,
        query.time_max,
        query.single_events,
        query.show_deleted,
        query.order_by,
        query.updated_min,
        query.q,
        query.i_cal_uid,
        sorted(query.event_types),
        sorted(query.private_extended_property),
        sorted(query.shared_extended_property),
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def _list_entry(info: CalendarInfo, change: int) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "kind": "calendar#calendarListEntry",
        "etag": f'"{change:016d}"',
        "id": info.id,
        "summary": info.summary,
    }
    if info.description:
        entry["description"] = info.description
    entry.update(
        {
            "timeZone": info.time_zone,
            "colorId": "14" if info.primary else "7",
            "backgroundColor": "#9fe1e7" if info.primary else "#42d692",
            "foregroundColor": "#000000",
            "selected": True,
            "accessRole": "owner",
            "defaultReminders": copy.deepcopy(DEFAULT_REMINDERS) if info.primary else [],
            "conferenceProperties": {"allowedConferenceSolutionTypes": ["hangoutsMeet"]},
        }
    )
    if info.primary:
        entry["notificationSettings"] = {
            "notifications": [
                {"type": "eventCreation", "method": "email"},
                {"type": "eventChange", "method": "email"},
                {"type": "eventCancellation", "method": "email"},
                {"type": "eventResponse", "method": "email"},
            ]
        }
        entry["primary"] = True
    return entry


# ---------------------------------------------------------------------------
# Google API routes (mounted at /calendar/v3)

router = APIRouter(tags=["calendar v3"])


def _calendar(user: SandboxUser, calendar_id: str) -> CalendarInfo:
    return user.calendar.resolve(calendar_id, user.email, user.time_zone)


@router.get("/users/me/calendarList")
async def calendar_list_list(
    user: TokenUser,
    max_results: Annotated[int | None, Query(alias="maxResults")] = None,
    page_token: Annotated[str | None, Query(alias="pageToken")] = None,
    sync_token: Annotated[str | None, Query(alias="syncToken")] = None,
    show_deleted: Annotated[bool | None, Query(alias="showDeleted")] = None,
    show_hidden: Annotated[bool | None, Query(alias="showHidden")] = None,
    min_access_role: Annotated[str | None, Query(alias="minAccessRole")] = None,
) -> JSONResponse:
    store = user.calendar
    if sync_token is not None and min_access_role is not None:
        raise bad_request("The syncToken parameter cannot be combined with minAccessRole.")
    since = store.read_calendar_list_token(sync_token) if sync_token is not None else None
    entries = store.calendar_list(user.email, user.time_zone, since)
    size = CALENDAR_LIST_DEFAULT if max_results is None else max_results
    if size < 1:
        raise bad_request("Invalid value for maxResults: it must be at least 1.")
    size = min(size, CALENDAR_LIST_MAX)
    offset = 0
    if page_token:
        page = _decode_token(page_token)
        if not page or page.get("t") != "clp" or not isinstance(page.get("o"), int):
            raise bad_request("Invalid page token.")
        offset = page["o"]
    body: dict[str, Any] = {
        "kind": "calendar#calendarList",
        "etag": f'"p{store.generation}{store.counter}"',
        "items": entries[offset : offset + size],
    }
    if offset + size < len(entries):
        body["nextPageToken"] = _encode_token({"t": "clp", "o": offset + size})
    else:
        body["nextSyncToken"] = store.calendar_list_token()
    return JSONResponse(body)


@router.get("/users/me/calendarList/{calendar_id}")
async def calendar_list_get(user: TokenUser, calendar_id: str) -> JSONResponse:
    info = _calendar(user, calendar_id)
    entry = user.calendar.calendars.get(info.id, {})
    return JSONResponse(_list_entry(info, int(entry.get("change", 0))))


@router.get("/calendars/{calendar_id}")
async def calendars_get(user: TokenUser, calendar_id: str) -> JSONResponse:
    info = _calendar(user, calendar_id)
    body: dict[str, Any] = {
        "kind": "calendar#calendar",
        "etag": f'"{info.id}"',
        "id": info.id,
        "summary": info.summary,
        "timeZone": info.time_zone,
        "conferenceProperties": {"allowedConferenceSolutionTypes": ["hangoutsMeet"]},
    }
    if info.description:
        body["description"] = info.description
    return JSONResponse(body)


@router.get("/calendars/{calendar_id}/events")
async def events_list(
    state: StateDep,
    user: TokenUser,
    calendar_id: str,
    max_results: Annotated[int | None, Query(alias="maxResults")] = None,
    page_token: Annotated[str | None, Query(alias="pageToken")] = None,
    time_min: Annotated[str | None, Query(alias="timeMin")] = None,
    time_max: Annotated[str | None, Query(alias="timeMax")] = None,
    single_events: Annotated[bool | None, Query(alias="singleEvents")] = None,
    show_deleted: Annotated[bool | None, Query(alias="showDeleted")] = None,
    order_by: Annotated[str | None, Query(alias="orderBy")] = None,
    updated_min: Annotated[str | None, Query(alias="updatedMin")] = None,
    q: str | None = None,
    sync_token: Annotated[str | None, Query(alias="syncToken")] = None,
    time_zone: Annotated[str | None, Query(alias="timeZone")] = None,
    i_cal_uid: Annotated[str | None, Query(alias="iCalUID")] = None,
    event_types: Annotated[list[str] | None, Query(alias="eventTypes")] = None,
    private_extended_property: Annotated[
        list[str] | None, Query(alias="privateExtendedProperty")
    ] = None,
    shared_extended_property: Annotated[
        list[str] | None, Query(alias="sharedExtendedProperty")
    ] = None,
    max_attendees: Annotated[int | None, Query(alias="maxAttendees")] = None,
    show_hidden_invitations: Annotated[bool | None, Query(alias="showHiddenInvitations")] = None,
    always_include_email: Annotated[bool | None, Query(alias="alwaysIncludeEmail")] = None,
) -> JSONResponse:
    calendar = _calendar(user, calendar_id)
    store = user.calendar
    query = EventQuery(
        max_results=max_results,
        page_token=page_token,
        time_min=time_min,
        time_max=time_max,
        single_events=single_events,
        show_deleted=show_deleted,
        order_by=order_by,
        updated_min=updated_min,
        q=q,
        sync_token=sync_token,
        time_zone=time_zone,
        i_cal_uid=i_cal_uid,
        event_types=event_types or [],
        private_extended_property=private_extended_property or [],
        shared_extended_property=shared_extended_property or [],
        max_attendees=max_attendees,
    )
    page = store.list_events(calendar, query, state.now())
    body: dict[str, Any] = {
        "kind": "calendar#events",
        "etag": f'"p{store.generation}{store.counter}"',
        "summary": calendar.summary,
    }
    if calendar.description:
        body["description"] = calendar.description
    created = store.calendars.get(calendar.id, {}).get("created")
    body["updated"] = store.calendar_updated.get(calendar.id) or created or _ms(state.now())
    body["timeZone"] = time_zone or calendar.time_zone
    body["accessRole"] = "owner"
    body["defaultReminders"] = copy.deepcopy(DEFAULT_REMINDERS) if calendar.primary else []
    body.update(page)
    return JSONResponse(body)


@router.get("/calendars/{calendar_id}/events/{event_id}")
async def events_get(
    user: TokenUser,
    calendar_id: str,
    event_id: str,
    time_zone: Annotated[str | None, Query(alias="timeZone")] = None,
    max_attendees: Annotated[int | None, Query(alias="maxAttendees")] = None,
    always_include_email: Annotated[bool | None, Query(alias="alwaysIncludeEmail")] = None,
) -> JSONResponse:
    calendar = _calendar(user, calendar_id)
    return JSONResponse(user.calendar.get_event(calendar, event_id, time_zone, max_attendees))


# ---------------------------------------------------------------------------
# Admin routes (mounted at /_sandbox/calendar, JSON, no auth)

admin_router = APIRouter(tags=["admin: calendar"])


@admin_router.post("/events")
async def admin_insert_event(
    state: StateDep,
    user: AdminUser,
    event: Annotated[dict[str, Any], Body()],
    calendar_id: Annotated[str, Query(alias="calendarId")] = PRIMARY,
) -> JSONResponse:
    """Create an event (an Event resource; `id` optional). Answers the stored event."""
    store = user.calendar
    return JSONResponse(store.insert(event, calendar_id, state.now(), user.email))


@admin_router.post("/events:batch")
async def admin_insert_events(
    state: StateDep, user: AdminUser, body: Annotated[dict[str, Any], Body()]
) -> JSONResponse:
    """Create many events at once: `{"items": [Event, ...], "calendarId": optional}`."""
    items = body.get("items")
    if not isinstance(items, list):
        raise bad_request('The body needs "items": a list of Event resources.')
    calendar_id = body.get("calendarId") or PRIMARY
    if not isinstance(calendar_id, str):
        raise bad_request("calendarId must be a string.")
    store = user.calendar
    stored = store.insert_many(items, calendar_id, state.now(), user.email)
    return JSONResponse({"items": stored})


@admin_router.patch("/events/{event_id}")
async def admin_patch_event(
    state: StateDep, user: AdminUser, event_id: str, changes: Annotated[dict[str, Any], Body()]
) -> JSONResponse:
    """Edit or move an event (top-level keys merged; null clears a field)."""
    store = user.calendar
    return JSONResponse(store.patch(event_id, changes, state.now()))


@admin_router.delete("/events/{event_id}")
async def admin_cancel_event(state: StateDep, user: AdminUser, event_id: str) -> JSONResponse:
    """Cancel an event: it stays, with status "cancelled", so syncs report it."""
    store = user.calendar
    return JSONResponse(store.cancel(event_id, state.now()))


@admin_router.get("/events")
async def admin_list_events(user: AdminUser) -> JSONResponse:
    """Every event of every calendar, cancelled included, sorted by start."""
    return JSONResponse({"items": user.calendar.all_events()})


@admin_router.post("/calendars")
async def admin_create_calendar(
    state: StateDep, user: AdminUser, body: Annotated[dict[str, Any], Body()]
) -> JSONResponse:
    """A secondary calendar: `{"summary": str, "id": optional, "timeZone": optional}`."""
    unknown = set(body) - {"id", "summary", "timeZone", "description"}
    if unknown:
        raise bad_request(f"Unknown field: {sorted(unknown)[0]}.")
    store = user.calendar
    entry = store.create_calendar(
        body.get("summary", ""),
        state.now(),
        calendar_id=body.get("id"),
        time_zone=body.get("timeZone"),
        description=body.get("description"),
    )
    return JSONResponse(entry)


@admin_router.post("/expire-sync-tokens")
async def admin_expire_sync_tokens(user: AdminUser) -> dict[str, Any]:
    """Every outstanding sync token now answers 410 fullSyncRequired."""
    user.calendar.invalidate_tokens()
    return {"ok": True}
