"""The sample week: pure, deterministic, realistic, and visible through the real Google clients."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

import pytest

from followup.sandbox.seed import (
    SampleEvent,
    SampleWeek,
    sample_week,
    seed_over_http,
)
from tests.conftest import Sandbox
from tests.contract import assert_conforms, validate

NOW = datetime(2025, 6, 11, 13, 7, 42, tzinfo=UTC)
USER = "casey@example.com"


def week(now: datetime = NOW) -> SampleWeek:
    return sample_week(now, USER, "Casey Candidate")


def bounds(item: SampleEvent) -> tuple[datetime, datetime]:
    start, end = item.resource["start"], item.resource["end"]
    if "date" in start:
        first = datetime.fromisoformat(start["date"]).replace(tzinfo=UTC)
        return first, datetime.fromisoformat(end["date"]).replace(tzinfo=UTC)
    return datetime.fromisoformat(start["dateTime"]), datetime.fromisoformat(end["dateTime"])


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_sample_week_is_deterministic_for_a_given_now() -> None:
    assert week() == week()
    assert week().messages[0].raw == week().messages[0].raw
    # An hour later the same day: the same week (placed on whole days), except the two moments
    # that follow `now` to the quarter hour: the phone screen that just ended and the thank-you
    # sent a week ago.
    follow_now = {"halden-phone-screen", "bramble-thank-you", "halden-confirmed"}
    hour_later = week(NOW + timedelta(hours=1))
    assert [e for e in hour_later.events if e.key not in follow_now] == [
        e for e in week().events if e.key not in follow_now
    ]
    assert [m for m in hour_later.messages if m.key not in follow_now] == [
        m for m in week().messages if m.key not in follow_now
    ]
    same_quarter = week(NOW + timedelta(minutes=7))  # the same quarter hour: the same week
    assert (same_quarter.events, same_quarter.messages) == (week().events, week().messages)
    screen = bounds(hour_later.event("halden-phone-screen"))
    assert screen[0] - bounds(week().event("halden-phone-screen"))[0] == timedelta(hours=1)
    later = week(NOW + timedelta(days=1))
    assert later.events != week().events
    assert later.messages[0].raw != week().messages[0].raw


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sample_week(datetime(2025, 6, 11, 12), USER, "Casey Candidate")


def test_sizes_fit_a_minute_of_reading() -> None:
    w = week()
    assert 12 <= len(w.events) <= 16
    assert 8 <= len(w.messages) <= 18


def test_interviews_in_the_past_and_future_within_the_week() -> None:
    w = week()
    interviews = [item for item in w.events if item.interview]
    assert len(interviews) == 8
    past = [item for item in interviews if bounds(item)[1] < NOW]
    future = [item for item in interviews if bounds(item)[0] > NOW]
    assert len(past) == 5 and len(future) == 3
    for item in interviews:
        start, _ = bounds(item)
        assert NOW - timedelta(days=10) < start < NOW + timedelta(days=9), item.key
        assert item.company
    # A phone screen that ended two hours ago (to the quarter hour: between 1 and 24 hours, so
    # its thank-yous are due), with the recruiter, the hiring manager and an engineer.
    screen = w.event("halden-phone-screen")
    assert timedelta(hours=1) <= NOW - bounds(screen)[1] < timedelta(hours=24)
    assert bounds(screen)[1] == datetime(2025, 6, 11, 11, 0, tzinfo=UTC)
    assert "Greenhouse" in screen.resource["description"]
    assert len(screen.resource["attendees"]) == 4
    # A hiring-manager interview nine days ago (Ashby) and a technical one six days ago.
    assert bounds(w.event("bramble-hiring-manager"))[0].date() == (NOW - timedelta(9)).date()
    assert "Ashby" in w.event("bramble-hiring-manager").resource["description"]
    assert bounds(w.event("fernway-technical"))[0].date() == (NOW - timedelta(6)).date()
    # A technical panel three days ago with two interviewers and a Meet link.
    panel = w.event("quill-technical-panel")
    assert bounds(panel)[0].date() == (NOW - timedelta(days=3)).date()
    assert panel.resource["hangoutLink"].startswith("https://meet.google.com/")
    interviewers = [
        a for a in panel.resource["attendees"] if not a.get("self") and not a.get("optional")
    ]
    assert len(interviewers) == 2
    # A Lever onsite tomorrow, in New York time.
    onsite = w.event("tidewater-onsite")
    assert onsite.resource["start"]["timeZone"] == "America/New_York"
    assert bounds(onsite)[0].date() == (NOW + timedelta(days=1)).date()
    assert "Lever" in onsite.resource["description"]
    # Calendly, organised from a free-mail address, with a Zoom link.
    calendly = w.event("copperleaf-calendly")
    assert calendly.resource["organizer"]["email"].endswith("@gmail.com")
    assert "Calendly" in calendly.resource["description"]
    assert "zoom.us" in calendly.resource["location"]
    # In German, in Berlin time.
    german = w.event("kranich-interview")
    assert german.resource["start"]["timeZone"] == "Europe/Berlin"
    assert "Vorstellungsgespräch" in german.resource["summary"]
    # A final round next week.
    final = w.event("quill-final-round")
    assert "Final Round" in final.resource["summary"]
    assert bounds(final)[0] - NOW > timedelta(days=5)


def test_traps_are_marked_as_not_interviews() -> None:
    w = week()
    traps = {item.key: item for item in w.events if not item.interview}
    assert {
        "mock-interview",
        "prep-group",
        "podcast-interview",
        "dentist",
        "gym",
        "wedding",
        "pub-quiz",
    } <= set(traps)
    assert "interview" in traps["mock-interview"].resource["summary"].lower()
    assert "interview prep" in traps["prep-group"].resource["summary"].lower()
    assert "interview" in traps["podcast-interview"].resource["summary"].lower()
    assert "final round" in traps["pub-quiz"].resource["summary"].lower()
    assert traps["gym"].resource["recurrence"] == ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR"]
    assert "date" in traps["wedding"].resource["start"]
    assert "dentist" in traps["dentist"].resource["summary"].lower()


def test_user_is_an_attendee_with_self_and_resources_fit_the_calendar_schema() -> None:
    w = week()
    for item in w.events:
        assert validate("calendar.v3", "Event", item.resource) == [], item.key
        assert "id" not in item.resource
        for attendee in item.resource.get("attendees", []):
            if attendee["email"] == USER:
                assert attendee["self"] is True


def test_raw_messages_are_valid_rfc5322() -> None:
    w = week()
    ids = set()
    for sample in w.messages:
        assert b"\r\n" in sample.raw
        message = parse(sample.raw)
        assert not message.defects, (sample.key, message.defects)
        for name in ("From", "To", "Subject", "Date", "Message-ID"):
            assert message[name], (sample.key, name)
        assert message["Message-ID"] == sample.message_id
        assert sample.message_id.startswith("<") and sample.message_id.endswith(">")
        ids.add(sample.message_id)
        sent = parsedate_to_datetime(message["Date"])
        assert sent == sample.sent_at and sent < NOW
        assert message.get_body(preferencelist=("plain",)) is not None
        addresses = [addr for _, addr in getaddresses([message["From"], message["To"]])]
        assert USER in addresses
        if sample.reply_to is not None:
            parent = w.message(sample.reply_to)
            assert message["In-Reply-To"] == parent.message_id
            assert parent.message_id in message["References"]
            assert message["Subject"].startswith("Re: ")
    assert len(ids) == len(w.messages)
    # Accented names are encoded on the wire and decode back.
    kranich = w.message("kranich-invitation")
    assert b"B=C3=B6hm" in kranich.raw or b"=?utf-8?" in kranich.raw
    assert parse(kranich.raw)["From"].addresses[0].display_name == "Anna Böhm"
    assert "Vorstellungsgespräch" in parse(kranich.raw)["Subject"]
    # One message is multipart/alternative like most recruiting tools send.
    assert parse(w.message("halden-next-steps").raw).get_content_type() == "multipart/alternative"


def test_mail_tells_the_story() -> None:
    w = week()
    kinds = [sample.kind for sample in w.messages]
    assert kinds.count("thank_you") == 4 and kinds.count("rejection") == 1
    thanks = w.message("quill-thank-you")
    assert thanks.label_ids == ("SENT",)
    panel = w.event("quill-technical-panel")
    assert thanks.sent_at > bounds(panel)[1]
    recipients = {addr for _, addr in getaddresses([parse(thanks.raw)["To"]])}
    assert recipients == {
        a["email"]
        for a in panel.resource["attendees"]
        if not a.get("optional") and not a.get("self")
    }
    # Every thank-you was sent after its interview ended; one of them a week (and a bit) ago.
    for sample in w.messages:
        if sample.kind == "thank_you":
            assert sample.label_ids == ("SENT",)
            ended = [bounds(e)[1] for e in w.events if e.interview and e.company == sample.company]
            assert min(ended) < sample.sent_at, sample.key
    week_old = w.message("bramble-thank-you")
    assert timedelta(days=7) <= NOW - week_old.sent_at < timedelta(days=8)
    # An interviewer the user wrote to before the phone screen.
    note, answer = w.message("halden-marcus-note"), w.message("halden-marcus-reply")
    assert answer.reply_to == note.key and answer.label_ids == ("SENT",)
    assert answer.sent_at < bounds(w.event("halden-phone-screen"))[0]
    # An ATS rejection naming the company.
    (rejection,) = [s for s in w.messages if s.kind == "rejection"]
    assert rejection.key == "fernway-rejection"
    assert "INBOX" in rejection.label_ids
    parsed = parse(rejection.raw)
    assert parsed["From"].addresses[0].addr_spec == "no-reply@us.greenhouse-mail.io"
    assert rejection.company and rejection.company in parsed["Subject"]
    assert "Unfortunately" in parsed.get_body(preferencelist=("plain",)).get_content()
    rejected = [item for item in w.events if item.interview and item.company == rejection.company]
    assert rejected and all(bounds(item)[1] < rejection.sent_at for item in rejected)
    # The recruiters who sent the invitations wrote to the user first, for most companies.
    inbox_senders = {
        parse(s.raw)["From"].addresses[0].addr_spec for s in w.messages if "INBOX" in s.label_ids
    }
    organizers = {item.resource["organizer"]["email"] for item in w.events if item.interview}
    assert len(organizers & inbox_senders) >= 4


def test_seed_over_http_is_visible_through_the_real_clients(sandbox: Sandbox) -> None:
    summary = seed_over_http(sandbox.admin)
    expected = sample_week(summary.now, sandbox.state.user_email, sandbox.state.user_name)
    assert abs(summary.now - sandbox.state.now()) < timedelta(minutes=1)
    assert summary.events == len(expected.events)
    assert summary.messages == len(expected.messages)

    calendar = sandbox.calendar()
    listing = (
        calendar.events()
        .list(
            calendarId="primary",
            singleEvents=True,
            orderBy="startTime",
            timeMin=(summary.now - timedelta(days=10)).isoformat(),
            timeMax=(summary.now + timedelta(days=10)).isoformat(),
            maxResults=250,
        )
        .execute()
    )
    assert_conforms("calendar.v3", "events.list", listing)
    titles = [item.get("summary") for item in listing["items"]]
    for item in expected.events:
        assert item.resource["summary"] in titles
    gym = [item for item in listing["items"] if item.get("summary") == "Gym – strength session"]
    assert len(gym) >= 6
    assert all(item["recurringEventId"] == summary.event_ids["gym"] for item in gym)
    onsite = (
        calendar.events()
        .get(calendarId="primary", eventId=summary.event_ids["tidewater-onsite"])
        .execute()
    )
    assert_conforms("calendar.v3", "events.get", onsite)
    assert onsite["start"]["timeZone"] == "America/New_York"
    assert {a["email"] for a in onsite["attendees"]} >= {
        "jordan.ellis@tidewaterhealth.com",
        sandbox.state.user_email,
    }

    gmail = sandbox.gmail()
    everything = gmail.users().messages().list(userId="me", q="in:anywhere").execute()
    assert_conforms("gmail.v1", "users.messages.list", everything)
    assert {m["id"] for m in everything["messages"]} == set(summary.message_ids.values())
    sent = gmail.users().messages().list(userId="me", labelIds=["SENT"]).execute()
    assert {m["id"] for m in sent["messages"]} == {
        summary.message_ids[key]
        for key in (
            "quill-thank-you",
            "halden-availability",
            "bramble-thank-you",
            "fernway-thank-you",
            "copperleaf-thank-you",
            "halden-marcus-reply",
        )
    }
    thanks = expected.message("quill-thank-you")
    found = (
        gmail.users().messages().list(userId="me", q=f"rfc822msgid:{thanks.message_id}").execute()
    )
    assert [m["id"] for m in found["messages"]] == [summary.message_ids["quill-thank-you"]]

    # Replies sit in their recruiter's thread.
    thread = (
        gmail.users()
        .threads()
        .get(userId="me", id=summary.thread_ids["copperleaf-thank-you"])
        .execute()
    )
    assert_conforms("gmail.v1", "users.threads.get", thread)
    assert [m["id"] for m in thread["messages"]] == [
        summary.message_ids["copperleaf-intro"],
        summary.message_ids["copperleaf-thank-you"],
    ]
    halden = (
        gmail.users()
        .threads()
        .get(userId="me", id=summary.thread_ids["halden-next-steps"])
        .execute()
    )
    assert len(halden["messages"]) == 3

    raw = (
        gmail.users()
        .messages()
        .get(userId="me", id=summary.message_ids["kranich-invitation"], format="raw")
        .execute()
    )
    assert_conforms("gmail.v1", "users.messages.get", raw)
    decoded = parse(base64.urlsafe_b64decode(raw["raw"] + "=" * (-len(raw["raw"]) % 4)))
    assert decoded["Message-ID"] == expected.message("kranich-invitation").message_id
    assert raw["internalDate"] == str(
        int(expected.message("kranich-invitation").sent_at.timestamp() * 1000)
    )
    full: dict[str, Any] = (
        gmail.users()
        .messages()
        .get(userId="me", id=summary.message_ids["fernway-rejection"])
        .execute()
    )
    assert_conforms("gmail.v1", "users.messages.get", full)
    assert set(full["labelIds"]) >= {"INBOX", "UNREAD"}


def test_seed_follows_the_sandbox_clock(sandbox: Sandbox) -> None:
    sandbox.admin.post("/_sandbox/clock", json={"offset_seconds": 30 * 86400}).raise_for_status()
    try:
        summary = seed_over_http(sandbox.admin)
    finally:
        sandbox.admin.post("/_sandbox/clock", json={"offset_seconds": 0}).raise_for_status()
    assert summary.now - datetime.now(UTC) > timedelta(days=29)


def test_seed_with_an_explicit_now_and_user(sandbox: Sandbox) -> None:
    summary = seed_over_http(
        sandbox.admin, NOW, user_email=sandbox.state.user_email, user_name="Casey"
    )
    assert summary.now == NOW
    stored = sandbox.admin.get("/_sandbox/calendar/events").json()["items"]
    screen = next(item for item in stored if item["id"] == summary.event_ids["halden-phone-screen"])
    assert screen["start"]["dateTime"].startswith("2025-06-11T10:15:00")
    assert "Phone Screen: Casey – Senior Backend Engineer" in screen["summary"]
