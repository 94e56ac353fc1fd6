from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followup.core.events import CalendarEvent


def test_full_resource() -> None:
    event = CalendarEvent.from_api(
        {
            "id": "abc",
            "status": "confirmed",
            "summary": "Interview",
            "description": "Hi",
            "location": "Zoom",
            "htmlLink": "https://calendar.google.com/x",
            "start": {"dateTime": "2025-03-10T10:00:00-07:00", "timeZone": "America/Los_Angeles"},
            "end": {"dateTime": "2025-03-10T11:00:00-07:00", "timeZone": "America/Los_Angeles"},
            "organizer": {"email": "Sam@Acme.com", "displayName": "Sam"},
            "creator": {"email": "sam@acme.com"},
            "attendees": [
                {"email": "sam@acme.com", "organizer": True, "responseStatus": "accepted"},
                {"email": "room@resource.calendar.google.com", "resource": True},
                {"email": "me@gmail.com", "self": True, "responseStatus": "tentative"},
            ],
            "hangoutLink": "https://meet.google.com/abc-defg-hij",
            "conferenceData": {
                "entryPoints": [{"entryPointType": "video", "uri": "https://x.zoom.us/j/1"}]
            },
            "recurringEventId": "base",
            "updated": "2025-01-01T00:00:00.000Z",
            "sequence": 3,
        },
        calendar_id="work",
    )
    assert event.id == "abc" and event.calendar_id == "work"
    assert event.start == datetime(2025, 3, 10, 17, tzinfo=UTC)
    assert event.start is not None and event.start.utcoffset() == timedelta(hours=-7)
    assert event.time_zone == "America/Los_Angeles" and not event.all_day
    assert event.organizer is not None and event.organizer.email == "sam@acme.com"
    assert [a.resource for a in event.attendees] == [False, True, False]
    assert event.my_response == "tentative"
    assert event.conference_urls == (
        "https://meet.google.com/abc-defg-hij",
        "https://x.zoom.us/j/1",
    )
    assert event.recurring_event_id == "base" and event.sequence == 3
    assert event.updated == datetime(2025, 1, 1, tzinfo=UTC)


def test_all_day_uses_event_zone_then_calendar_zone_then_utc() -> None:
    own = CalendarEvent.from_api(
        {"id": "a", "start": {"date": "2025-05-01", "timeZone": "Europe/Berlin"}}
    )
    assert own.all_day and own.start is not None
    assert own.start.isoformat() == "2025-05-01T00:00:00+02:00"
    cal = CalendarEvent.from_api(
        {"id": "a", "start": {"date": "2025-05-01"}}, default_time_zone="Asia/Tokyo"
    )
    assert cal.start is not None and cal.start.isoformat() == "2025-05-01T00:00:00+09:00"
    bare = CalendarEvent.from_api({"id": "a", "start": {"date": "2025-05-01"}})
    assert bare.start == datetime(2025, 5, 1, tzinfo=UTC)


def test_unknown_zone_falls_back_to_offset_then_utc() -> None:
    offset = CalendarEvent.from_api(
        {"id": "a", "start": {"dateTime": "2025-03-10T10:00:00+05:30", "timeZone": "Mars/Base"}}
    )
    assert offset.start is not None and offset.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert offset.time_zone is None
    naive = CalendarEvent.from_api(
        {"id": "a", "start": {"dateTime": "2025-03-10T10:00:00", "timeZone": "../../etc/passwd"}}
    )
    assert naive.start == datetime(2025, 3, 10, 10, tzinfo=UTC)


def test_cancelled_stub() -> None:
    event = CalendarEvent.from_api({"id": "gone", "status": "cancelled"})
    assert event.cancelled and event.start is None and event.summary == "" and event.attendees == ()


@pytest.mark.parametrize(
    "resource",
    [
        {"id": "x", "start": "tomorrow", "end": None, "attendees": "everyone"},
        {"id": "x", "attendees": [None, 3, {}, {"email": 5}, {"displayName": "Room"}]},
        {"id": "x", "summary": 42, "description": ["a"], "sequence": "seven", "organizer": "me"},
        {"id": "x", "start": {"dateTime": "2025-13-45T99:00"}, "conferenceData": []},
        {"id": 17},
    ],
)
def test_odd_input_never_crashes(resource: dict[str, object]) -> None:
    event = CalendarEvent.from_api(resource)
    assert event.id in ("x", "17")


def test_control_characters_are_removed() -> None:
    event = CalendarEvent.from_api(
        {"id": "x", "summary": "Inter\x00view\x1b[31m", "description": "a\r\nb\x07c"}
    )
    assert event.summary == "Interview[31m"
    assert event.description == "a\nbc"


def test_ten_thousand_attendees() -> None:
    attendees = [{"email": f"p{i}@big.example"} for i in range(10_000)]
    event = CalendarEvent.from_api({"id": "x", "attendees": attendees})
    assert len(event.attendees) == 10_000


@pytest.mark.parametrize("resource", [{}, {"id": ""}, {"id": "   "}, {"id": None}, {"id": True}])
def test_no_usable_id_is_a_value_error(resource: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="id"):
        CalendarEvent.from_api(resource)


def test_not_a_mapping_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        CalendarEvent.from_api(["not", "an", "event"])  # type: ignore[arg-type]
