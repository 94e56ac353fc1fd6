"""The sandbox's Calendar v3, driven by the real google-api-python-client over HTTP."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from followup.sandbox.calendar import CalendarStore
from tests.conftest import Sandbox
from tests.contract import assert_conforms

USER = "candidate@example.com"


# Helpers ----------------------------------------------------------------------


def add(sandbox: Sandbox, calendar_id: str | None = None, **event: Any) -> dict[str, Any]:
    params = {"calendarId": calendar_id} if calendar_id else None
    answer = sandbox.admin.post("/_sandbox/calendar/events", json=event, params=params)
    assert answer.status_code == 200, answer.text
    stored: dict[str, Any] = answer.json()
    return stored


def timed(
    summary: str, start: str, end: str, zone: str | None = None, **extra: Any
) -> dict[str, Any]:
    start_when: dict[str, Any] = {"dateTime": start}
    end_when: dict[str, Any] = {"dateTime": end}
    if zone:
        start_when["timeZone"] = zone
        end_when["timeZone"] = zone
    return {"summary": summary, "start": start_when, "end": end_when, **extra}


def patch(sandbox: Sandbox, event_id: str, **changes: Any) -> dict[str, Any]:
    answer = sandbox.admin.patch(f"/_sandbox/calendar/events/{event_id}", json=changes)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def cancel(sandbox: Sandbox, event_id: str) -> dict[str, Any]:
    answer = sandbox.admin.delete(f"/_sandbox/calendar/events/{event_id}")
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def list_all(service: Any, **params: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every item over every page, and the pages themselves."""
    request = service.events().list(calendarId="primary", **params)
    pages = []
    while request is not None:
        page = request.execute()
        assert_conforms("calendar.v3", "events.list", page)
        pages.append(page)
        request = service.events().list_next(request, page)
    return [item for page in pages for item in page["items"]], pages


def error_of(exc: HttpError) -> tuple[int, str, str]:
    body = json.loads(exc.content)["error"]
    return exc.resp.status, body["errors"][0]["reason"], body["message"]


# calendarList / calendars --------------------------------------------------------


def test_calendar_list_has_the_primary_calendar_and_the_others(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    listing = service.calendarList().list().execute()
    assert_conforms("calendar.v3", "calendarList.list", listing)
    assert listing["kind"] == "calendar#calendarList"
    [primary] = listing["items"]
    assert primary["id"] == USER
    assert primary["primary"] is True
    assert primary["accessRole"] == "owner"
    assert primary["timeZone"] == "UTC"
    assert "nextSyncToken" in listing

    made = sandbox.admin.post(
        "/_sandbox/calendar/calendars", json={"summary": "Job hunt", "timeZone": "Europe/Paris"}
    )
    assert made.status_code == 200, made.text
    secondary = made.json()["id"]
    listing = service.calendarList().list().execute()
    assert_conforms("calendar.v3", "calendarList.list", listing)
    assert [item["id"] for item in listing["items"]] == [USER, secondary]
    assert "primary" not in listing["items"][1]
    assert listing["items"][1]["summary"] == "Job hunt"

    entry = service.calendarList().get(calendarId=secondary).execute()
    assert_conforms("calendar.v3", "calendarList.get", entry)
    calendar = service.calendars().get(calendarId="primary").execute()
    assert_conforms("calendar.v3", "calendars.get", calendar)
    assert calendar["id"] == USER


def test_secondary_calendar_events_are_separate(sandbox: Sandbox) -> None:
    secondary = sandbox.admin.post(
        "/_sandbox/calendar/calendars",
        json={"id": "team@group.calendar.google.com", "summary": "Team"},
    ).json()["id"]
    add(sandbox, **timed("Primary", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    other = add(
        sandbox, secondary, **timed("Secondary", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z")
    )
    assert other["organizer"] == {"email": secondary, "displayName": "Team", "self": True}
    service = sandbox.calendar()
    page = service.events().list(calendarId=secondary).execute()
    assert_conforms("calendar.v3", "events.list", page)
    assert [item["summary"] for item in page["items"]] == ["Secondary"]
    assert page["summary"] == "Team"
    assert [
        i["summary"] for i in service.events().list(calendarId="primary").execute()["items"]
    ] == ["Primary"]
    with pytest.raises(HttpError) as caught:
        service.events().get(calendarId="primary", eventId=other["id"]).execute()
    assert caught.value.resp.status == 404


def test_unknown_calendar_is_404(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="nobody@example.com").execute()
    assert error_of(caught.value)[:2] == (404, "notFound")
    missing = sandbox.admin.post(
        "/_sandbox/calendar/events",
        params={"calendarId": "nobody@example.com"},
        json=timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"),
    )
    assert missing.status_code == 404


def test_requests_without_a_token_are_401(sandbox: Sandbox) -> None:
    assert sandbox.admin.get("/calendar/v3/calendars/primary/events").status_code == 401
    add(sandbox, id="abcde1", **timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"))
    assert sandbox.admin.get("/calendar/v3/calendars/primary/events/abcde1").status_code == 401


# Stored events ---------------------------------------------------------------------


def test_stored_event_looks_like_googles(sandbox: Sandbox) -> None:
    stored = add(
        sandbox,
        **timed(
            "Interview with Acme",
            "2030-03-04T09:00:00",
            "2030-03-04T10:00:00",
            "America/New_York",
            description="Technical screen",
            location="Zoom",
            attendees=[
                {"email": "recruiter@acme.example", "displayName": "Rita"},
                {"email": USER},
            ],
            hangoutLink="https://meet.google.com/abc-defg-hij",
        ),
    )
    assert stored["kind"] == "calendar#event"
    assert len(stored["id"]) == 26
    assert set(stored["id"]) <= set("0123456789abcdefghijklmnopqrstuv")
    assert stored["iCalUID"] == f"{stored['id']}@google.com"
    assert stored["status"] == "confirmed"
    assert stored["etag"].startswith('"') and stored["etag"].endswith('"')
    assert stored["created"].endswith("Z") and len(stored["created"]) == len(
        "2030-01-01T00:00:00.000Z"
    )
    assert stored["organizer"] == {"email": USER, "self": True}
    assert stored["creator"] == {"email": USER, "self": True}
    assert stored["start"] == {
        "dateTime": "2030-03-04T09:00:00-05:00",
        "timeZone": "America/New_York",
    }
    assert stored["attendees"][0] == {
        "email": "recruiter@acme.example",
        "displayName": "Rita",
        "responseStatus": "needsAction",
    }
    assert stored["attendees"][1]["self"] is True
    assert stored["attendees"][1]["organizer"] is True
    assert stored["reminders"] == {"useDefault": True}
    assert stored["eventType"] == "default"
    assert stored["sequence"] == 0
    assert stored["hangoutLink"] == "https://meet.google.com/abc-defg-hij"

    got = sandbox.calendar().events().get(calendarId="primary", eventId=stored["id"]).execute()
    assert_conforms("calendar.v3", "events.get", got)
    assert got == stored


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({"summary": "x", "start": {"dateTime": "2030-01-01T09:00:00Z"}}, 400, "end"),
        (
            {**timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"), "colour": "red"},
            400,
            "colour",
        ),
        (
            {**timed("x", "2030-01-01T09:00:00Z", "2030-01-01T08:00:00Z")},
            400,
            "time range is empty",
        ),
        ({**timed("x", "2030-01-01T09:00:00", "2030-01-01T10:00:00")}, 400, "time zone"),
        (
            {**timed("x", "2030-01-01T09:00:00", "2030-01-01T10:00:00", "Mars/Olympus")},
            400,
            "time zone",
        ),
        (
            {**timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"), "status": "maybe"},
            400,
            "status",
        ),
        (
            {**timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"), "summary": 5},
            400,
            "summary",
        ),
        (
            {
                **timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"),
                "recurrence": ["RRULE:X"],
            },
            400,
            "recurrence",
        ),
        (
            {**timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"), "id": "Bad_Id"},
            400,
            "id",
        ),
    ],
)
def test_admin_rejects_bad_events(
    sandbox: Sandbox, body: dict[str, Any], status: int, fragment: str
) -> None:
    answer = sandbox.admin.post("/_sandbox/calendar/events", json=body)
    assert answer.status_code == status, answer.text
    assert fragment.lower() in answer.json()["error"]["message"].lower()


def test_client_chosen_ids_must_be_unique(sandbox: Sandbox) -> None:
    event = timed("x", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z", id="interview1")
    assert add(sandbox, **event)["id"] == "interview1"
    again = sandbox.admin.post("/_sandbox/calendar/events", json=event)
    assert again.status_code == 409
    batch = sandbox.admin.post(
        "/_sandbox/calendar/events:batch",
        json={"items": [timed("y", "2030-01-02T09:00:00Z", "2030-01-02T10:00:00Z"), event]},
    )
    assert batch.status_code == 409
    assert "items[1]" in batch.json()["error"]["message"]
    assert len(sandbox.admin.get("/_sandbox/calendar/events").json()["items"]) == 1  # all or none


def test_patch_bumps_updated_etag_and_sequence(sandbox: Sandbox) -> None:
    stored = add(sandbox, **timed("Screen", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": 5}).raise_for_status()
    described = patch(sandbox, stored["id"], description="Bring a pen")
    assert described["sequence"] == 0  # the description is not a "significant" change
    assert described["etag"] != stored["etag"]
    assert described["updated"] > stored["updated"]
    assert described["created"] == stored["created"]
    moved = patch(
        sandbox,
        stored["id"],
        start={"dateTime": "2030-03-05T09:00:00Z"},
        end={"dateTime": "2030-03-05T10:00:00Z"},
    )
    assert moved["sequence"] == 1
    assert moved["description"] == "Bring a pen"
    assert moved["start"] == {"dateTime": "2030-03-05T09:00:00Z"}
    cleared = patch(sandbox, stored["id"], description=None)
    assert "description" not in cleared
    assert sandbox.admin.patch("/_sandbox/calendar/events/nope1", json={}).status_code == 404
    bad = sandbox.admin.patch(f"/_sandbox/calendar/events/{stored['id']}", json={"bogus": 1})
    assert bad.status_code == 400


def test_batch_insert_of_ten_thousand_is_fast(sandbox: Sandbox) -> None:
    items = [
        timed(f"Event {n}", f"2030-01-01T{n % 24:02d}:00:00Z", f"2030-01-01T{n % 24:02d}:30:00Z")
        for n in range(10_000)
    ]
    began = time.perf_counter()
    answer = sandbox.admin.post("/_sandbox/calendar/events:batch", json={"items": items})
    elapsed = time.perf_counter() - began
    assert answer.status_code == 200, answer.text
    stored = answer.json()["items"]
    assert len(stored) == 10_000
    assert len({event["id"] for event in stored}) == 10_000
    assert elapsed < 10, f"batch insert took {elapsed:.1f}s"
    page = sandbox.calendar().events().list(calendarId="primary", maxResults=2500).execute()
    assert len(page["items"]) == 2500
    assert "nextPageToken" in page


# events.list -----------------------------------------------------------------------


def test_list_pages_through_every_event(sandbox: Sandbox) -> None:
    made = {
        add(
            sandbox,
            **timed(f"E{n}", f"2030-03-{n + 1:02d}T09:00:00Z", f"2030-03-{n + 1:02d}T10:00:00Z"),
        )["id"]
        for n in range(23)
    }
    items, pages = list_all(sandbox.calendar(), maxResults=5)
    assert [len(page["items"]) for page in pages] == [5, 5, 5, 5, 3]
    assert {item["id"] for item in items} == made
    assert len(items) == 23
    for page in pages[:-1]:
        assert "nextPageToken" in page
        assert "nextSyncToken" not in page
    assert "nextPageToken" not in pages[-1]
    assert "nextSyncToken" in pages[-1]
    first = pages[0]
    assert first["kind"] == "calendar#events"
    assert first["accessRole"] == "owner"
    assert first["timeZone"] == "UTC"
    assert first["summary"] == USER
    assert first["defaultReminders"] == [{"method": "popup", "minutes": 10}]


def test_max_results_must_be_positive(sandbox: Sandbox) -> None:
    with pytest.raises(HttpError) as caught:
        sandbox.calendar().events().list(calendarId="primary", maxResults=0).execute()
    assert caught.value.resp.status == 400


def test_time_window_keeps_events_that_overlap_it(sandbox: Sandbox) -> None:
    add(sandbox, **timed("before", "2030-03-04T07:00:00Z", "2030-03-04T08:00:00Z"))
    add(sandbox, **timed("ends at timeMin", "2030-03-04T08:00:00Z", "2030-03-04T09:00:00Z"))
    add(sandbox, **timed("straddles start", "2030-03-04T08:30:00Z", "2030-03-04T09:30:00Z"))
    add(sandbox, **timed("inside", "2030-03-04T10:00:00Z", "2030-03-04T11:00:00Z"))
    add(sandbox, **timed("straddles end", "2030-03-04T11:30:00Z", "2030-03-04T12:30:00Z"))
    add(sandbox, **timed("starts at timeMax", "2030-03-04T12:00:00Z", "2030-03-04T13:00:00Z"))
    add(sandbox, **timed("after", "2030-03-05T09:00:00Z", "2030-03-05T10:00:00Z"))
    items, _ = list_all(
        sandbox.calendar(),
        timeMin="2030-03-04T09:00:00Z",
        timeMax="2030-03-04T12:00:00+00:00",
        singleEvents=True,
        orderBy="startTime",
    )
    assert [item["summary"] for item in items] == ["straddles start", "inside", "straddles end"]
    with pytest.raises(HttpError) as caught:
        sandbox.calendar().events().list(
            calendarId="primary", timeMin="2030-03-04T12:00:00Z", timeMax="2030-03-04T09:00:00Z"
        ).execute()
    assert error_of(caught.value)[0] == 400


def test_single_events_expands_a_weekly_rule_with_exdate_across_dst(sandbox: Sandbox) -> None:
    master = add(
        sandbox,
        **timed(
            "Weekly sync",
            "2030-03-04T09:00:00",
            "2030-03-04T09:30:00",
            "America/New_York",
            recurrence=[
                "RRULE:FREQ=WEEKLY;COUNT=5;BYDAY=MO",
                "EXDATE;TZID=America/New_York:20030101T090000,20300318T090000",
            ],
        ),
    )
    service = sandbox.calendar()
    items, _ = list_all(service, singleEvents=True, orderBy="startTime")
    assert [item["start"]["dateTime"] for item in items] == [
        "2030-03-04T09:00:00-05:00",
        "2030-03-11T09:00:00-04:00",  # still 09:00 local after the DST change
        "2030-03-25T09:00:00-04:00",
        "2030-04-01T09:00:00-04:00",
    ]
    first, second = items[0], items[1]
    assert first["id"] == f"{master['id']}_20300304T140000Z"
    assert second["id"] == f"{master['id']}_20300311T130000Z"
    assert second["recurringEventId"] == master["id"]
    assert second["originalStartTime"] == second["start"]
    assert second["end"]["dateTime"] == "2030-03-11T09:30:00-04:00"
    assert second["iCalUID"] == master["iCalUID"]
    assert "recurrence" not in second

    # Not expanded: the recurring event itself, once.
    masters, _ = list_all(service)
    assert [item["id"] for item in masters] == [master["id"]]
    assert masters[0]["recurrence"] == master["recurrence"]

    # Instances by id; an id that is not an instance is 404.
    got = service.events().get(calendarId="primary", eventId=second["id"]).execute()
    assert_conforms("calendar.v3", "events.get", got)
    assert got == second
    for wrong in (f"{master['id']}_20300318T130000Z", f"{master['id']}_20300312T130000Z"):
        with pytest.raises(HttpError) as caught:
            service.events().get(calendarId="primary", eventId=wrong).execute()
        assert caught.value.resp.status == 404

    # A window picks the instances inside it.
    window, _ = list_all(
        service, singleEvents=True, timeMin="2030-03-10T00:00:00Z", timeMax="2030-03-26T00:00:00Z"
    )
    assert [item["id"].rsplit("_", 1)[1] for item in window] == [
        "20300311T130000Z",
        "20300325T130000Z",
    ]


def test_infinite_rule_is_bounded_by_time_max(sandbox: Sandbox) -> None:
    add(
        sandbox,
        **timed(
            "Daily standup",
            "2030-01-01T09:00:00Z",
            "2030-01-01T09:15:00Z",
            recurrence=["RRULE:FREQ=DAILY"],
        ),
    )
    items, pages = list_all(
        sandbox.calendar(),
        singleEvents=True,
        timeMin="2030-01-01T00:00:00Z",
        timeMax="2030-01-11T00:00:00Z",
        maxResults=4,
    )
    assert len(items) == 10
    assert len(pages) == 3
    unbounded, _ = list_all(sandbox.calendar(), singleEvents=True, maxResults=2500)
    assert 700 <= len(unbounded) <= 2000


def test_all_day_events(sandbox: Sandbox) -> None:
    single = add(
        sandbox, summary="Offsite", start={"date": "2030-03-04"}, end={"date": "2030-03-06"}
    )
    repeating = add(
        sandbox,
        summary="Birthday",
        start={"date": "2030-03-05"},
        end={"date": "2030-03-06"},
        recurrence=["RRULE:FREQ=YEARLY;COUNT=3"],
    )
    assert single["start"] == {"date": "2030-03-04"}
    service = sandbox.calendar()
    items, _ = list_all(
        service,
        singleEvents=True,
        orderBy="startTime",
        timeMin="2030-03-05T12:00:00Z",
        timeMax="2040-01-01T00:00:00Z",
    )
    assert [(item["summary"], item["start"]) for item in items] == [
        ("Offsite", {"date": "2030-03-04"}),
        ("Birthday", {"date": "2030-03-05"}),
        ("Birthday", {"date": "2031-03-05"}),
        ("Birthday", {"date": "2032-03-05"}),
    ]
    assert items[1]["id"] == f"{repeating['id']}_20300305"
    assert items[1]["originalStartTime"] == {"date": "2030-03-05"}
    got = (
        service.events().get(calendarId="primary", eventId=f"{repeating['id']}_20310305").execute()
    )
    assert got["end"] == {"date": "2031-03-06"}
    later, _ = list_all(service, timeMin="2030-03-06T00:00:00Z", timeMax="2030-03-07T00:00:00Z")
    assert later == []  # the offsite ends (exclusively) on the 6th


def test_non_utc_time_zones_and_the_time_zone_parameter(sandbox: Sandbox) -> None:
    stored = add(
        sandbox,
        **timed("Paris call", "2030-07-01T15:00:00", "2030-07-01T16:00:00", "Europe/Paris"),
    )
    assert stored["start"] == {"dateTime": "2030-07-01T15:00:00+02:00", "timeZone": "Europe/Paris"}
    offset = add(
        sandbox, **timed("Offset", "2030-07-01T20:00:00+05:30", "2030-07-01T21:00:00+05:30")
    )
    assert offset["start"] == {"dateTime": "2030-07-01T20:00:00+05:30"}
    service = sandbox.calendar()
    page = service.events().list(calendarId="primary", timeZone="Asia/Tokyo").execute()
    assert_conforms("calendar.v3", "events.list", page)
    assert page["timeZone"] == "Asia/Tokyo"
    starts = {item["summary"]: item["start"] for item in page["items"]}
    assert starts["Paris call"] == {
        "dateTime": "2030-07-01T22:00:00+09:00",
        "timeZone": "Europe/Paris",
    }
    assert starts["Offset"] == {"dateTime": "2030-07-01T23:30:00+09:00"}
    # Window maths is in absolute time: 13:00Z-14:00Z is the Paris call.
    items, _ = list_all(service, timeMin="2030-07-01T13:30:00Z", timeMax="2030-07-01T13:45:00Z")
    assert [item["summary"] for item in items] == ["Paris call"]
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", timeZone="Nowhere/Special").execute()
    assert caught.value.resp.status == 400


def test_show_deleted(sandbox: Sandbox) -> None:
    kept = add(sandbox, **timed("kept", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    gone = add(sandbox, **timed("gone", "2030-03-05T09:00:00Z", "2030-03-05T10:00:00Z"))
    cancelled = cancel(sandbox, gone["id"])
    assert cancelled["status"] == "cancelled"
    assert cancel(sandbox, gone["id"]) == cancelled  # cancelling twice changes nothing
    service = sandbox.calendar()
    visible, _ = list_all(service)
    assert [item["id"] for item in visible] == [kept["id"]]
    everything, _ = list_all(service, showDeleted=True)
    assert {item["id"]: item["status"] for item in everything} == {
        kept["id"]: "confirmed",
        gone["id"]: "cancelled",
    }
    got = service.events().get(calendarId="primary", eventId=gone["id"]).execute()
    assert got["status"] == "cancelled"
    admin_view = sandbox.admin.get("/_sandbox/calendar/events").json()["items"]
    assert [item["id"] for item in admin_view] == [kept["id"], gone["id"]]


def test_order_by_rules(sandbox: Sandbox) -> None:
    late = add(sandbox, **timed("late", "2030-03-06T09:00:00Z", "2030-03-06T10:00:00Z"))
    early = add(sandbox, **timed("early", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    middle = add(sandbox, **timed("middle", "2030-03-05T09:00:00Z", "2030-03-05T10:00:00Z"))
    service = sandbox.calendar()
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", orderBy="startTime").execute()
    assert caught.value.resp.status == 400
    by_start, _ = list_all(service, singleEvents=True, orderBy="startTime")
    assert [item["summary"] for item in by_start] == ["early", "middle", "late"]
    sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": 2}).raise_for_status()
    patch(sandbox, early["id"], summary="early, renamed")
    by_updated, _ = list_all(service, orderBy="updated", maxResults=1)
    assert [item["id"] for item in by_updated] == [late["id"], middle["id"], early["id"]]


def test_query_filters(sandbox: Sandbox) -> None:
    add(
        sandbox,
        **timed(
            "Phone screen",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            attendees=[{"email": "rita@acme.example", "displayName": "Rita Recruiter"}],
        ),
    )
    add(
        sandbox,
        **timed("Dentist", "2030-03-05T09:00:00Z", "2030-03-05T10:00:00Z", location="Acme St"),
    )
    add(sandbox, **timed("Lunch", "2030-03-06T09:00:00Z", "2030-03-06T10:00:00Z"))
    service = sandbox.calendar()

    def titles(**params: Any) -> list[str]:
        return sorted(item["summary"] for item in list_all(service, **params)[0])

    assert titles(q="acme") == ["Dentist", "Phone screen"]
    assert titles(q="rita SCREEN") == ["Phone screen"]
    assert titles(q="nothing") == []
    sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": 60}).raise_for_status()
    cutoff = sandbox.admin.get("/_sandbox/clock").json()["now"]
    patch_id = next(i["id"] for i in list_all(service)[0] if i["summary"] == "Lunch")
    patch(sandbox, patch_id, location="Cafe")
    assert titles(updatedMin=cutoff) == ["Lunch"]


# Sync ----------------------------------------------------------------------------


def test_full_then_incremental_sync(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    existing = [
        add(
            sandbox,
            **timed(f"E{n}", f"2030-03-{n + 1:02d}T09:00:00Z", f"2030-03-{n + 1:02d}T10:00:00Z"),
        )
        for n in range(7)
    ]
    items, pages = list_all(service, maxResults=3)
    assert len(items) == 7
    token = pages[-1]["nextSyncToken"]

    created = add(sandbox, **timed("new", "2030-04-01T09:00:00Z", "2030-04-01T10:00:00Z"))
    patch(sandbox, existing[1]["id"], summary="renamed")
    patch(sandbox, existing[1]["id"], location="twice changed, listed once")
    cancel(sandbox, existing[2]["id"])

    changed, pages = list_all(service, syncToken=token, maxResults=1)
    assert len(pages) == 3
    assert sorted((item["id"], item["status"]) for item in changed) == sorted(
        [
            (created["id"], "confirmed"),
            (existing[1]["id"], "confirmed"),
            (existing[2]["id"], "cancelled"),
        ]
    )
    renamed = next(item for item in changed if item["id"] == existing[1]["id"])
    assert renamed["summary"] == "renamed"
    token = pages[-1]["nextSyncToken"]

    # Nothing changed: one page, no items, a token to keep going with.
    quiet = service.events().list(calendarId="primary", syncToken=token).execute()
    assert_conforms("calendar.v3", "events.list", quiet)
    assert quiet["items"] == []
    assert "nextPageToken" not in quiet
    assert quiet["nextSyncToken"]
    patch(sandbox, existing[0]["id"], description="later")
    after_quiet, _ = list_all(service, syncToken=quiet["nextSyncToken"])
    assert [item["id"] for item in after_quiet] == [existing[0]["id"]]


def test_a_change_while_paging_is_not_lost(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    events = [
        add(
            sandbox,
            **timed(f"E{n}", f"2030-03-{n + 1:02d}T09:00:00Z", f"2030-03-{n + 1:02d}T10:00:00Z"),
        )
        for n in range(6)
    ]
    request = service.events().list(calendarId="primary", maxResults=2)
    first = request.execute()
    seen = [item["id"] for item in first["items"]]
    # While the client pages: an already-listed event moves to the end, a new one appears.
    patch(
        sandbox,
        events[0]["id"],
        start={"dateTime": "2030-05-01T09:00:00Z"},
        end={"dateTime": "2030-05-01T10:00:00Z"},
    )
    late = add(sandbox, **timed("late", "2030-01-01T09:00:00Z", "2030-01-01T10:00:00Z"))
    page: dict[str, Any] = first
    while "nextPageToken" in page:
        request = service.events().list_next(request, page)
        page = request.execute()
        seen += [item["id"] for item in page["items"]]
    assert {event["id"] for event in events} <= set(seen)
    changed, _ = list_all(service, syncToken=page["nextSyncToken"])
    assert {item["id"] for item in changed} == {events[0]["id"], late["id"]}


def test_sync_keeps_the_single_events_mode_and_the_window(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    inside = add(sandbox, **timed("inside", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    _, pages = list_all(
        service,
        singleEvents=True,
        timeMin="2030-03-01T00:00:00Z",
        timeMax="2030-04-01T00:00:00Z",
    )
    token = pages[-1]["nextSyncToken"]
    add(sandbox, **timed("outside", "2030-06-04T09:00:00Z", "2030-06-04T10:00:00Z"))
    weekly = add(
        sandbox,
        **timed(
            "weekly",
            "2030-03-20T09:00:00Z",
            "2030-03-20T10:00:00Z",
            recurrence=["RRULE:FREQ=WEEKLY;COUNT=10"],
        ),
    )
    patch(  # moved out of the window: the client must still hear of it
        sandbox,
        inside["id"],
        start={"dateTime": "2030-08-04T09:00:00Z"},
        end={"dateTime": "2030-08-04T10:00:00Z"},
    )
    changed, _ = list_all(service, syncToken=token)
    assert sorted(item["id"] for item in changed) == sorted(
        [inside["id"], f"{weekly['id']}_20300320T090000Z", f"{weekly['id']}_20300327T090000Z"]
    )
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", syncToken=token, singleEvents=False).execute()
    assert caught.value.resp.status == 400


@pytest.mark.parametrize(
    "extra",
    [
        {"timeMin": "2030-01-01T00:00:00Z"},
        {"timeMax": "2030-01-01T00:00:00Z"},
        {"orderBy": "updated"},
        {"q": "interview"},
        {"updatedMin": "2030-01-01T00:00:00Z"},
        {"iCalUID": "x@google.com"},
        {"showDeleted": False},
    ],
)
def test_sync_token_refuses_filters(sandbox: Sandbox, extra: dict[str, Any]) -> None:
    service = sandbox.calendar()
    token = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", syncToken=token, **extra).execute()
    assert error_of(caught.value)[0] == 400


def test_expired_sync_tokens_answer_410_full_sync_required(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    add(sandbox, **timed("x", "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z"))
    token = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    assert service.events().list(calendarId="primary", syncToken=token).execute()["items"] == []
    sandbox.admin.post("/_sandbox/calendar/expire-sync-tokens").raise_for_status()
    for stale in (token, "not-a-token", "eyJ0IjoicyJ9"):
        with pytest.raises(HttpError) as caught:
            service.events().list(calendarId="primary", syncToken=stale).execute()
        status, reason, message = error_of(caught.value)
        assert (status, reason) == (410, "fullSyncRequired")
        assert message == "Sync token is no longer valid, a full sync is required."
    # A full sync gets a fresh, working token.
    fresh = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    assert service.events().list(calendarId="primary", syncToken=fresh).execute()["items"] == []
    # A reset of the sandbox also kills outstanding tokens.
    sandbox.admin.post("/_sandbox/reset").raise_for_status()
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", syncToken=fresh).execute()
    assert caught.value.resp.status == 410


def test_page_token_from_another_query_is_400(sandbox: Sandbox) -> None:
    for n in range(3):
        add(sandbox, **timed(f"E{n}", f"2030-03-0{n + 1}T09:00:00Z", f"2030-03-0{n + 1}T10:00:00Z"))
    service = sandbox.calendar()
    token = service.events().list(calendarId="primary", maxResults=1).execute()["nextPageToken"]
    with pytest.raises(HttpError) as caught:
        service.events().list(calendarId="primary", q="E", pageToken=token).execute()
    assert caught.value.resp.status == 400


# Recurring-event exceptions ---------------------------------------------------------


def test_editing_and_cancelling_single_instances(sandbox: Sandbox) -> None:
    master = add(
        sandbox,
        **timed(
            "Weekly",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            recurrence=["RRULE:FREQ=WEEKLY;COUNT=3"],
        ),
    )
    service = sandbox.calendar()
    token = list_all(service, singleEvents=True)[1][-1]["nextSyncToken"]
    second = f"{master['id']}_20300311T090000Z"
    third = f"{master['id']}_20300318T090000Z"
    moved = patch(
        sandbox,
        second,
        start={"dateTime": "2030-03-12T15:00:00Z"},
        end={"dateTime": "2030-03-12T16:00:00Z"},
    )
    assert moved["id"] == second
    assert moved["recurringEventId"] == master["id"]
    assert moved["originalStartTime"] == {"dateTime": "2030-03-11T09:00:00Z"}
    cancel(sandbox, third)

    items, _ = list_all(service, singleEvents=True, orderBy="startTime")
    assert [(item["id"], item["start"]["dateTime"]) for item in items] == [
        (f"{master['id']}_20300304T090000Z", "2030-03-04T09:00:00Z"),
        (second, "2030-03-12T15:00:00Z"),
    ]
    # Not expanded: the master plus its exceptions, the cancelled one included (Google's way).
    plain, _ = list_all(service)
    assert {(item["id"], item["status"]) for item in plain} == {
        (master["id"], "confirmed"),
        (second, "confirmed"),
        (third, "cancelled"),
    }
    changed, _ = list_all(service, syncToken=token)
    assert {(item["id"], item["status"]) for item in changed} == {
        (second, "confirmed"),
        (third, "cancelled"),
    }


def test_cancelling_a_recurring_event_cancels_it_everywhere(sandbox: Sandbox) -> None:
    master = add(
        sandbox,
        **timed(
            "Weekly",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            recurrence=["RRULE:FREQ=WEEKLY;COUNT=2"],
        ),
    )
    service = sandbox.calendar()
    token = list_all(service, singleEvents=True)[1][-1]["nextSyncToken"]
    cancel(sandbox, master["id"])
    assert list_all(service, singleEvents=True)[0] == []
    changed, _ = list_all(service, syncToken=token)
    assert {(item["id"], item["status"]) for item in changed} == {
        (f"{master['id']}_20300304T090000Z", "cancelled"),
        (f"{master['id']}_20300311T090000Z", "cancelled"),
    }


# Persistence ------------------------------------------------------------------------


def test_dump_and_load_keep_events_and_sync_tokens(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    stored = add(
        sandbox,
        **timed(
            "x",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            recurrence=["RRULE:FREQ=DAILY;COUNT=2"],
        ),
    )
    token = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    store = sandbox.state.calendar
    loaded = CalendarStore.load(json.loads(json.dumps(store.dump())))
    assert loaded.all_events() == store.all_events()
    assert loaded.generation == store.generation
    assert loaded.counter == store.counter
    assert [e["id"] for e in loaded.all_events()] == [stored["id"]]
    sandbox.state.calendar = loaded
    assert service.events().list(calendarId="primary", syncToken=token).execute()["items"] == []
    assert len(list_all(service, singleEvents=True)[0]) == 2


def test_moving_a_series_reports_its_old_instances_as_cancelled(sandbox: Sandbox) -> None:
    master = add(
        sandbox,
        **timed(
            "Weekly",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            recurrence=["RRULE:FREQ=WEEKLY;COUNT=2"],
        ),
    )
    service = sandbox.calendar()
    token = list_all(service, singleEvents=True)[1][-1]["nextSyncToken"]
    patch(
        sandbox,
        master["id"],
        start={"dateTime": "2030-03-05T09:00:00Z"},
        end={"dateTime": "2030-03-05T10:00:00Z"},
    )
    changed, pages = list_all(service, singleEvents=True, syncToken=token)
    assert {(item["id"], item["status"]) for item in changed} == {
        (f"{master['id']}_20300304T090000Z", "cancelled"),
        (f"{master['id']}_20300311T090000Z", "cancelled"),
        (f"{master['id']}_20300305T090000Z", "confirmed"),
        (f"{master['id']}_20300312T090000Z", "confirmed"),
    }
    gone = next(item for item in changed if item["status"] == "cancelled")
    assert gone["recurringEventId"] == master["id"]
    # It stops recurring: the remaining instances go, the event itself stays.
    patch(sandbox, master["id"], recurrence=None)
    changed, _ = list_all(service, singleEvents=True, syncToken=pages[-1]["nextSyncToken"])
    assert {(item["id"], item["status"]) for item in changed} == {
        (f"{master['id']}_20300305T090000Z", "cancelled"),
        (f"{master['id']}_20300312T090000Z", "cancelled"),
        (master["id"], "confirmed"),
    }


def test_calendar_list_sync_token(sandbox: Sandbox) -> None:
    service = sandbox.calendar()
    token = service.calendarList().list().execute()["nextSyncToken"]
    quiet = service.calendarList().list(syncToken=token).execute()
    assert quiet["items"] == []
    made = sandbox.admin.post("/_sandbox/calendar/calendars", json={"summary": "New"}).json()
    changed = service.calendarList().list(syncToken=token).execute()
    assert_conforms("calendar.v3", "calendarList.list", changed)
    assert [item["id"] for item in changed["items"]] == [made["id"]]
    sandbox.admin.post("/_sandbox/calendar/expire-sync-tokens").raise_for_status()
    with pytest.raises(HttpError) as caught:
        service.calendarList().list(syncToken=token).execute()
    assert error_of(caught.value)[:2] == (410, "fullSyncRequired")
    duplicate = sandbox.admin.post(
        "/_sandbox/calendar/calendars", json={"id": made["id"], "summary": "Again"}
    )
    assert duplicate.status_code == 409


def test_max_attendees_and_extended_properties(sandbox: Sandbox) -> None:
    stored = add(
        sandbox,
        **timed(
            "Panel",
            "2030-03-04T09:00:00Z",
            "2030-03-04T10:00:00Z",
            attendees=[{"email": f"p{n}@acme.example"} for n in range(3)] + [{"email": USER}],
            extendedProperties={"private": {"followup": "yes"}, "shared": {"team": "eng"}},
        ),
    )
    add(sandbox, **timed("Other", "2030-03-05T09:00:00Z", "2030-03-05T10:00:00Z"))
    service = sandbox.calendar()
    got = service.events().get(calendarId="primary", eventId=stored["id"], maxAttendees=2).execute()
    assert_conforms("calendar.v3", "events.get", got)
    assert got["attendeesOmitted"] is True
    assert got["attendees"] == [
        {"email": USER, "responseStatus": "needsAction", "organizer": True, "self": True}
    ]
    items, _ = list_all(service, privateExtendedProperty="followup=yes")
    assert [item["id"] for item in items] == [stored["id"]]
    assert list_all(service, sharedExtendedProperty="team=ops")[0] == []
    by_uid, _ = list_all(service, iCalUID=stored["iCalUID"])
    assert [item["id"] for item in by_uid] == [stored["id"]]
