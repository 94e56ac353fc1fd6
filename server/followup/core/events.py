"""The project's own typed calendar event, built from a Google Calendar Event resource.

`CalendarEvent.from_api` accepts whatever the Calendar API (or a hand-written file) gives it
and never crashes on odd input; only an event without a usable id is refused (ValueError).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["Attendee", "CalendarEvent", "Person", "clean_text"]

# C0 controls (except tab and newline), DEL and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone surrogates: JSON's "\ud800" escape decodes to one, and no UTF-8 database stores it.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Times outside these bounds are treated as absent: the database stores times as UTC and the
# planner adds days, weeks and months to them, so they must leave room on both sides.
_EARLIEST = datetime(100, 1, 1, tzinfo=UTC)
_LATEST = datetime(9900, 1, 1, tzinfo=UTC)


def clean_text(value: Any) -> str:
    """A string with control characters removed, line ends normalised and lone surrogates
    replaced (U+FFFD); "" for non-strings."""
    if not isinstance(value, str):
        return ""
    if value.isprintable():  # no controls, line ends or surrogates: the common case
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", value))


def _opt_text(value: Any) -> str | None:
    # The common cases first: this runs some twenty times per event of a full sync.
    if value is None:
        return None
    if type(value) is str and value.isprintable():
        return value.strip() or None
    return clean_text(value).strip() or None


def _bool(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _int(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return 0
    return 0


def _mapping(value: Any) -> Mapping[str, Any]:
    if type(value) is dict:  # what JSON gives: skip the slower abstract-class check
        return value
    return value if isinstance(value, Mapping) else {}


@lru_cache(maxsize=512)
def zone(name: str | None) -> tzinfo | None:
    """The time zone named `name`, or None when it is empty or unknown."""
    if not name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except Exception:  # unknown key, malformed path, missing tzdata: all mean "no zone"
        return None


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _usable(moment: datetime) -> datetime | None:
    """An aware `moment`, or None when it is too far out to store and plan with."""
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment if _EARLIEST <= utc < _LATEST else None


def _timestamp(value: Any) -> datetime | None:
    """`updated` / `created`: RFC 3339 in UTC; a time without an offset is taken as UTC."""
    moment = _parse_datetime(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _usable(moment)


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _when(
    node: Mapping[str, Any], default_zone: str | None
) -> tuple[datetime | None, bool, str | None]:
    """(aware datetime, all-day?, the zone name that applies) of an EventDateTime."""
    zone_name = _opt_text(node.get("timeZone"))
    tz = zone(zone_name)
    if tz is None:
        zone_name = None
        tz = zone(default_zone)
        if tz is not None:
            zone_name = default_zone
    moment = _parse_datetime(node.get("dateTime"))
    if moment is not None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=tz or UTC)
        moment = _usable(moment)
        if moment is not None and tz is not None:
            moment = moment.astimezone(tz)
        return moment, False, zone_name
    day = _parse_date(node.get("date"))
    if day is not None:
        moment = _usable(datetime.combine(day, time(0), tzinfo=tz or UTC))
        return moment, moment is not None, zone_name
    return None, False, zone_name


@dataclass(frozen=True, slots=True)
class Person:
    """An organizer or creator."""

    email: str
    display_name: str | None = None
    self: bool = False

    @classmethod
    def from_api(cls, node: Any) -> Person | None:
        data = _mapping(node)
        email = (_opt_text(data.get("email")) or "").lower()
        name = _opt_text(data.get("displayName"))
        if not email and not name:
            return None
        return cls(email=email, display_name=name, self=_bool(data.get("self")))


@dataclass(frozen=True, slots=True)
class Attendee:
    """One attendee of an event."""

    email: str
    display_name: str | None = None
    self: bool = False
    organizer: bool = False
    response_status: str = "needsAction"
    optional: bool = False
    resource: bool = False
    comment: str | None = None

    @classmethod
    def from_api(cls, node: Any) -> Attendee | None:
        data = _mapping(node)
        email = (_opt_text(data.get("email")) or "").lower()
        name = _opt_text(data.get("displayName"))
        if not email and not name:
            return None
        return cls(
            email=email,
            display_name=name,
            self=_bool(data.get("self")),
            organizer=_bool(data.get("organizer")),
            response_status=_opt_text(data.get("responseStatus")) or "needsAction",
            optional=_bool(data.get("optional")),
            resource=_bool(data.get("resource")),
            comment=_opt_text(data.get("comment")),
        )


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """A Calendar event as the project uses it. Times are aware datetimes (or None when the
    resource has none, e.g. a cancelled event carrying only its id)."""

    id: str
    calendar_id: str = "primary"
    status: str = "confirmed"
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    time_zone: str | None = None
    organizer: Person | None = None
    creator: Person | None = None
    attendees: tuple[Attendee, ...] = ()
    attendees_omitted: bool = False
    html_link: str | None = None
    hangout_link: str | None = None
    conference_urls: tuple[str, ...] = ()
    recurring_event_id: str | None = None
    original_start: datetime | None = None
    updated: datetime | None = None
    created: datetime | None = None
    sequence: int = 0
    event_type: str = "default"
    i_cal_uid: str | None = None
    my_response: str | None = None

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def self_attendee(self) -> Attendee | None:
        for attendee in self.attendees:
            if attendee.self:
                return attendee
        return None

    @classmethod
    def from_api(
        cls,
        resource: Mapping[str, Any],
        calendar_id: str = "primary",
        default_time_zone: str | None = None,
    ) -> CalendarEvent:
        """Build from an Event resource. `default_time_zone` (the calendar's zone) places
        all-day dates and zone-less times when the event names no usable zone of its own."""
        if not isinstance(resource, Mapping):
            raise ValueError("event is not a JSON object")
        raw_id = resource.get("id")
        if isinstance(raw_id, int) and not isinstance(raw_id, bool):
            raw_id = str(raw_id)
        event_id = _opt_text(raw_id)
        if event_id is None:
            raise ValueError("event has no usable id")

        start, all_day, start_zone = _when(_mapping(resource.get("start")), default_time_zone)
        end, _, end_zone = _when(_mapping(resource.get("end")), start_zone or default_time_zone)
        original, _, _ = _when(_mapping(resource.get("originalStartTime")), start_zone)

        attendees: list[Attendee] = []
        raw_attendees = resource.get("attendees")
        if isinstance(raw_attendees, list):
            for node in raw_attendees:
                attendee = Attendee.from_api(node)
                if attendee is not None:
                    attendees.append(attendee)
        me = next((a for a in attendees if a.self), None)

        hangout = _opt_text(resource.get("hangoutLink"))
        urls: list[str] = [hangout] if hangout else []
        conference = _mapping(resource.get("conferenceData"))
        entry_points = conference.get("entryPoints")
        if isinstance(entry_points, list):
            for point in entry_points:
                data = _mapping(point)
                uri = _opt_text(data.get("uri"))
                if (
                    uri
                    and data.get("entryPointType") in (None, "video", "more")
                    and uri not in urls
                ):
                    urls.append(uri)

        return cls(
            id=event_id,
            calendar_id=calendar_id,
            status=_opt_text(resource.get("status")) or "confirmed",
            summary=clean_text(resource.get("summary")).strip(),
            description=clean_text(resource.get("description")),
            location=clean_text(resource.get("location")).strip(),
            start=start,
            end=end,
            all_day=all_day,
            time_zone=start_zone or end_zone,
            organizer=Person.from_api(resource.get("organizer")),
            creator=Person.from_api(resource.get("creator")),
            attendees=tuple(attendees),
            attendees_omitted=_bool(resource.get("attendeesOmitted")),
            html_link=_opt_text(resource.get("htmlLink")),
            hangout_link=hangout,
            conference_urls=tuple(urls),
            recurring_event_id=_opt_text(resource.get("recurringEventId")),
            original_start=original,
            updated=_timestamp(resource.get("updated")),
            created=_timestamp(resource.get("created")),
            sequence=_int(resource.get("sequence")),
            event_type=_opt_text(resource.get("eventType")) or "default",
            i_cal_uid=_opt_text(resource.get("iCalUID")),
            my_response=me.response_status if me else None,
        )
