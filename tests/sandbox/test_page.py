"""The sandbox's web page: shows the calendar and the mailbox, and escapes everything it shows."""

from __future__ import annotations

import base64
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

import httpx
from markupsafe import escape

from followup.sandbox.seed import sample_week, seed_over_http
from tests.conftest import Sandbox

XSS_TITLE = "<script>alert(1)</script>"
XSS_NAME = "<img src=x onerror=alert(1)>"


def page(sandbox: Sandbox) -> str:
    response = sandbox.admin.get("/_sandbox/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def raw_message(sender: Address, subject: str, body: str, message_id: str) -> str:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = Address("Casey Candidate", "candidate", "example.com")
    msg["Subject"] = subject
    msg["Date"] = "Tue, 10 Jun 2025 10:00:00 +0000"
    msg["Message-ID"] = message_id
    msg.set_content(body)
    return base64.urlsafe_b64encode(msg.as_bytes()).decode()


def test_page_lists_seeded_events_messages_and_a_draft(sandbox: Sandbox) -> None:
    summary = seed_over_http(sandbox.admin)
    week = sample_week(summary.now, sandbox.state.user_email, sandbox.state.user_name)
    gmail = sandbox.gmail()
    draft_raw = raw_message(
        Address("Casey Candidate", "candidate", "example.com"),
        "Thank you for the phone screen",
        "Hi Priya, thank you for your time yesterday.",
        "<followup-draft-1@example.com>",
    )
    gmail.users().drafts().create(userId="me", body={"message": {"raw": draft_raw}}).execute()

    html = page(sandbox)
    for item in week.events:
        assert str(escape(item.resource["summary"])) in html, item.key
    assert str(escape("Next steps: Senior Backend Engineer at Halden Robotics")) in html
    assert "Anna Böhm" in html  # decoded, not an encoded-word
    # Drafts come first, then the threads.
    draft_at = html.index("Thank you for the phone screen")
    threads_at = html.index("Threads (")
    assert html.index("Drafts (1)") < draft_at < threads_at
    # Upcoming events come before past ones; the weekly gym session is upcoming.
    upcoming, past = html.split("<h3>Past (", 1)
    assert str(escape("Onsite Interview – Platform Engineer | Tidewater Health")) in upcoming
    assert "Gym – strength session" in upcoming
    assert "Phone Screen: Casey Candidate" in past.split("<h2>Mailbox")[0]
    assert "Europe/Berlin" in html and "America/New_York" in html


def test_cancelled_events_are_struck_through(sandbox: Sandbox) -> None:
    event = (
        sandbox.admin.post(
            "/_sandbox/calendar/events",
            json={
                "summary": "Recruiter sync (moved)",
                "start": {"dateTime": "2030-01-02T15:00:00Z"},
                "end": {"dateTime": "2030-01-02T15:30:00Z"},
            },
        )
        .raise_for_status()
        .json()
    )
    assert "<del>Recruiter sync (moved)</del>" not in page(sandbox)
    sandbox.admin.delete(f"/_sandbox/calendar/events/{event['id']}").raise_for_status()
    html = page(sandbox)
    assert "<del>Recruiter sync (moved)</del>" in html
    assert "<del>cancelled</del>" in html


def test_untrusted_values_are_escaped(sandbox: Sandbox) -> None:
    sandbox.admin.post(
        "/_sandbox/calendar/events",
        json={
            "summary": XSS_TITLE,
            "location": '"><iframe src=//evil>',
            "start": {"dateTime": "2030-01-02T15:00:00Z"},
            "end": {"dateTime": "2030-01-02T16:00:00Z"},
            "attendees": [{"email": "x@example.com", "displayName": "<b onmouseover=alert(2)>"}],
        },
    ).raise_for_status()
    raw = raw_message(
        Address(XSS_NAME, "evil", "example.com"),
        "<svg onload=alert(3)>",
        "</style><script>alert(4)</script>",
        "<xss-1@example.com>",
    )
    sandbox.admin.post("/_sandbox/gmail/messages", json={"raw": raw}).raise_for_status()

    html = page(sandbox)
    lowered = html.lower()
    for tag in ("<script", "<img", "<iframe", "<svg", "<b onmouseover"):
        assert tag not in lowered, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;svg onload=alert(3)&gt;" in html
    assert html.count("</style>") == 1  # only the page's own stylesheet closes


def test_counts_requests_and_faults_with_links(sandbox: Sandbox) -> None:
    calendar = sandbox.calendar()
    calendar.calendarList().list().execute()
    calendar.events().list(calendarId="primary").execute()
    sandbox.admin.post(
        "/_sandbox/faults", json={"match": "^GET /gmail/", "status": 503, "times": 2}
    )
    html = page(sandbox)
    logged = len(sandbox.requests())
    assert logged >= 2
    assert f"Logged API requests: {logged}</a>" in html
    assert "Armed faults: 1</a>" in html
    for link in ("/_sandbox/requests", "/_sandbox/docs", "/_sandbox/faults"):
        assert f'href="{link}"' in html
        assert sandbox.admin.get(link).status_code == 200
    assert '<meta http-equiv="refresh" content="5">' in html


def test_empty_sandbox_page_and_user(sandbox: Sandbox) -> None:
    html = page(sandbox)
    assert "Nothing coming up." in html and "The mailbox is empty." in html
    user = sandbox.admin.get("/_sandbox/user").json()
    assert user == {
        "email": sandbox.state.user_email,
        "name": sandbox.state.user_name,
        "time_zone": sandbox.state.time_zone,
    }
    # Without the trailing slash the page is still reachable.
    assert httpx.get(sandbox.url + "_sandbox", follow_redirects=True).status_code == 200


def test_long_calendars_are_cut_to_a_readable_page(sandbox: Sandbox) -> None:
    items = [
        {
            "summary": f"Benchmark event {n:03d}",
            "start": {"dateTime": f"2031-01-01T{n // 60:02d}:{n % 60:02d}:00Z"},
            "end": {"dateTime": f"2031-01-01T{n // 60:02d}:{n % 60:02d}:30Z"},
        }
        for n in range(130)
    ]
    sandbox.admin.post("/_sandbox/calendar/events:batch", json={"items": items}).raise_for_status()
    html = page(sandbox)
    assert "Upcoming (130)" in html
    assert "Benchmark event 099" in html and "Benchmark event 100" not in html
    assert "and 30 more" in html
