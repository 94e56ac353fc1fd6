"""Many users in one sandbox: each token acts on its own user's calendar and mailbox, admin
routes take `?user=`, and the consent page signs in the user `login_hint` names."""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

import httpx
import pytest
from googleapiclient.errors import HttpError

from followup.sandbox import SandboxState
from followup.sandbox.oauth import DEFAULT_SCOPES
from followup.sandbox.scopes import GMAIL_METADATA
from tests.conftest import Sandbox
from tests.sandbox.test_gmail import b64, create_draft, make_raw
from tests.sandbox.test_oauth import auth_url, consent, exchange, query_of

DEFAULT = "candidate@example.com"
ADA = "ada@uni.example"
BOB = "bob@uni.example"


# Helpers ----------------------------------------------------------------------


def sandbox_now(sandbox: Sandbox) -> datetime:
    return datetime.fromisoformat(sandbox.admin.get("/_sandbox/clock").json()["now"])


def add_event(sandbox: Sandbox, user: str, summary: str, start: datetime) -> dict[str, Any]:
    event = {
        "summary": summary,
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
    }
    answer = sandbox.admin.post("/_sandbox/calendar/events", params={"user": user}, json=event)
    assert answer.status_code == 200, answer.text
    stored: dict[str, Any] = answer.json()
    return stored


def summaries(calendar: Any) -> list[str]:
    items = calendar.events().list(calendarId="primary", singleEvents=True).execute()["items"]
    return sorted(item["summary"] for item in items)


def status_of(error: pytest.ExceptionInfo[HttpError]) -> tuple[int, str]:
    return error.value.resp.status, json.loads(error.value.content)["error"]["message"]


def mailbox_subjects(sandbox: Sandbox, user: str | None = None) -> list[str]:
    params = {"user": user} if user else None
    view = sandbox.admin.get("/_sandbox/gmail/mailbox", params=params).json()
    return sorted(m["subject"] for t in view["threads"] for m in t["messages"])  # drafts too


@pytest.fixture
def two(sandbox: Sandbox) -> Sandbox:
    sandbox.add_users([(ADA, "Ada Lovelace"), (BOB, "Bob Babbage")])
    return sandbox


# Creating and listing users ---------------------------------------------------


def test_users_are_created_once_and_listed_default_first(sandbox: Sandbox) -> None:
    first = sandbox.admin.post(
        "/_sandbox/users",
        json={"users": [{"email": ADA, "name": "Ada Lovelace"}, {"email": BOB}]},
    )
    assert first.json() == {"created": 2, "users": 3}
    again = sandbox.admin.post(
        "/_sandbox/users", json={"users": [{"email": ADA, "name": "Someone Else"}]}
    )
    assert again.json() == {"created": 0, "users": 3}  # an existing user is kept as it is
    assert sandbox.admin.get("/_sandbox/users").json() == {
        "users": [
            {"email": DEFAULT, "name": "Casey Candidate"},
            {"email": ADA, "name": "Ada Lovelace"},
            {"email": BOB, "name": "Bob"},  # no name given: made from the address
        ]
    }
    who = sandbox.admin.get("/_sandbox/user", params={"user": ADA}).json()
    assert who == {"email": ADA, "name": "Ada Lovelace", "time_zone": "UTC"}


def test_a_bad_address_creates_nobody(sandbox: Sandbox) -> None:
    answer = sandbox.admin.post(
        "/_sandbox/users", json={"users": [{"email": "c@uni.example"}, {"email": "no at sign"}]}
    )
    assert answer.status_code == 400
    assert "Not an e-mail address" in answer.json()["error"]["message"]
    bad_name = {"email": "d@uni.example", "name": "Dee\r\nBcc: x@evil.example"}
    answer = sandbox.admin.post("/_sandbox/users", json={"users": [bad_name]})
    assert answer.status_code == 400
    assert [u["email"] for u in sandbox.admin.get("/_sandbox/users").json()["users"]] == [DEFAULT]


def test_a_thousand_users_in_one_call(sandbox: Sandbox) -> None:
    users = [{"email": f"student{i}@uni.example", "name": f"Student {i}"} for i in range(1000)]
    started = time.perf_counter()
    answer = sandbox.admin.post("/_sandbox/users", json={"users": users})
    elapsed = time.perf_counter() - started
    assert answer.json() == {"created": 1000, "users": 1001}
    assert elapsed < 1.0, f"1,000 users took {elapsed:.2f} s"
    last = sandbox.gmail(sandbox.credentials(user="student999@uni.example"))
    assert last.users().getProfile(userId="me").execute()["emailAddress"] == (
        "student999@uni.example"
    )


def test_idle_users_cost_little_memory() -> None:
    state = SandboxState()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        state.add_users([(f"student{i}@uni.example", f"Student {i}") for i in range(1000)])
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 1_000_000, f"1,000 idle users hold {grown} bytes"  # about 370 KB today


# Tokens act on their own user ---------------------------------------------------


def test_profile_answers_the_tokens_user(two: Sandbox) -> None:
    for user in (ADA, BOB):
        profile = two.gmail(two.credentials(user=user)).users().getProfile(userId="me").execute()
        assert profile["emailAddress"] == user
    default = two.gmail().users().getProfile(userId="me").execute()
    assert default["emailAddress"] == DEFAULT


def test_another_users_address_is_delegation_denied(two: Sandbox) -> None:
    ada = two.gmail(two.credentials(user=ADA))
    assert ada.users().getProfile(userId=ADA.upper()).execute()["emailAddress"] == ADA
    with pytest.raises(HttpError) as error:
        ada.users().messages().list(userId=BOB).execute()
    assert status_of(error) == (403, f"Delegation denied for {ADA}")
    with pytest.raises(HttpError) as error:
        ada.users().getProfile(userId=DEFAULT).execute()
    assert status_of(error) == (403, f"Delegation denied for {ADA}")


def test_calendars_are_per_user(two: Sandbox) -> None:
    now = sandbox_now(two)
    ada_event = add_event(two, ADA, "Ada's interview", now + timedelta(days=1))
    add_event(two, BOB, "Bob's interview", now + timedelta(days=2))
    add_event(two, DEFAULT, "Casey's interview", now + timedelta(days=3))
    ada = two.calendar(two.credentials(user=ADA))
    bob = two.calendar(two.credentials(user=BOB))
    assert summaries(ada) == ["Ada's interview"]
    assert summaries(bob) == ["Bob's interview"]
    assert summaries(two.calendar()) == ["Casey's interview"]
    # `primary` is the token user's own calendar, whose id is the user's address.
    assert ada.calendars().get(calendarId="primary").execute()["id"] == ADA
    assert ada_event["organizer"] == {"email": ADA, "self": True}
    [entry] = bob.calendarList().list().execute()["items"]
    assert entry["id"] == BOB
    with pytest.raises(HttpError) as error:
        bob.events().list(calendarId=ADA).execute()
    assert status_of(error)[0] == 404
    with pytest.raises(HttpError) as error:
        bob.events().get(calendarId="primary", eventId=ada_event["id"]).execute()
    assert status_of(error)[0] == 404
    # An admin change names the user whose event it is.
    wrong = two.admin.patch(
        f"/_sandbox/calendar/events/{ada_event['id']}", params={"user": BOB}, json={"summary": "x"}
    )
    assert wrong.status_code == 404
    two.admin.delete(
        f"/_sandbox/calendar/events/{ada_event['id']}", params={"user": ADA}
    ).raise_for_status()
    assert summaries(ada) == []


def test_sync_tokens_are_per_user(two: Sandbox) -> None:
    now = sandbox_now(two)
    ada = two.calendar(two.credentials(user=ADA))
    bob = two.calendar(two.credentials(user=BOB))
    token = ada.events().list(calendarId="primary").execute()["nextSyncToken"]
    bob_token = bob.events().list(calendarId="primary").execute()["nextSyncToken"]
    add_event(two, BOB, "Bob's", now + timedelta(days=1))
    assert ada.events().list(calendarId="primary", syncToken=token).execute()["items"] == []
    changed = bob.events().list(calendarId="primary", syncToken=bob_token).execute()["items"]
    assert [item["summary"] for item in changed] == ["Bob's"]
    two.admin.post("/_sandbox/calendar/expire-sync-tokens", params={"user": BOB})
    assert ada.events().list(calendarId="primary", syncToken=token).execute()["items"] == []
    with pytest.raises(HttpError) as error:
        bob.events().list(calendarId="primary", syncToken=bob_token).execute()
    assert status_of(error)[0] == 410


def test_mailboxes_are_per_user(two: Sandbox) -> None:
    ada = two.gmail(two.credentials(user=ADA)).users()
    full = f"{DEFAULT_SCOPES} https://mail.google.com/"  # trash and delete need it
    bob = two.gmail(two.credentials(user=BOB, scope=full)).users()
    bob_start = bob.getProfile(userId="me").execute()["historyId"]
    draft = create_draft(two.gmail(two.credentials(user=ADA)), make_raw("Ada's thank-you"))
    sent = ada.messages().send(userId="me", body={"raw": b64(make_raw("Ada's note"))}).execute()
    assert sent["labelIds"] == ["SENT"]

    assert "drafts" not in bob.drafts().list(userId="me").execute()
    assert "messages" not in bob.messages().list(userId="me").execute()
    assert "threads" not in bob.threads().list(userId="me").execute()
    assert "history" not in bob.history().list(userId="me", startHistoryId=bob_start).execute()
    refused = [
        bob.drafts().get(userId="me", id=draft["id"]),
        bob.drafts().delete(userId="me", id=draft["id"]),
        bob.drafts().send(userId="me", body={"id": draft["id"]}),
        bob.messages().get(userId="me", id=sent["id"]),
        bob.messages().trash(userId="me", id=sent["id"]),
        bob.messages().delete(userId="me", id=sent["id"]),
        bob.threads().get(userId="me", id=sent["threadId"]),
    ]
    for request in refused:
        with pytest.raises(HttpError) as error:
            request.execute()
        assert status_of(error)[0] == 404
    profile = bob.getProfile(userId="me").execute()
    assert (profile["messagesTotal"], profile["historyId"]) == (0, bob_start)

    # Ada's mail is all still there, and the default user's mailbox saw none of it.
    listed = ada.messages().list(userId="me").execute()["messages"]
    assert {m["id"] for m in listed} == {draft["message"]["id"], sent["id"]}
    assert ada.drafts().get(userId="me", id=draft["id"]).execute()["id"] == draft["id"]
    assert ada.getProfile(userId="me").execute()["messagesTotal"] == 2
    assert mailbox_subjects(two, ADA) == ["Ada's note", "Ada's thank-you"]
    assert mailbox_subjects(two) == []


def test_sending_signs_as_the_tokens_user(two: Sandbox) -> None:
    two.add_users([("pat@uni.example", "O'Brien, Pat")])
    expected = {BOB: f"Bob Babbage <{BOB}>", "pat@uni.example": '"O\'Brien, Pat" <pat@uni.example>'}
    for user, sender in expected.items():
        gmail = two.gmail(two.credentials(user=user)).users()
        message = EmailMessage()  # no From: Gmail writes the user's
        message["To"] = "jane@acme.example"
        message["Subject"] = "Hello"
        message.set_content("Hi Jane")
        sent = gmail.messages().send(userId="me", body={"raw": b64(message.as_bytes())}).execute()
        got = gmail.messages().get(userId="me", id=sent["id"], format="metadata").execute()
        headers = {h["name"]: h["value"] for h in got["payload"]["headers"]}
        assert headers["From"] == sender


# OAuth ------------------------------------------------------------------------------


def test_refresh_keeps_the_user_and_revocation_is_per_user(two: Sandbox) -> None:
    ada_credentials = two.credentials(user=ADA)
    bob_credentials = two.credentials(user=BOB)
    ada = two.gmail(ada_credentials).users()
    bob = two.gmail(bob_credentials).users()
    expired = two.admin.post("/_sandbox/oauth/expire", params={"user": ADA}).json()
    assert expired == {"expired": 1}
    old_token = ada_credentials.token
    assert ada.getProfile(userId="me").execute()["emailAddress"] == ADA  # after a refresh
    assert ada_credentials.token != old_token
    assert two.state.oauth.user_of(ada_credentials.token) == ADA

    assert two.admin.post("/_sandbox/oauth/revoke", params={"user": BOB}).json() == {"revoked": 1}
    with pytest.raises(Exception, match="invalid_grant"):
        bob.getProfile(userId="me").execute()
    assert ada.getProfile(userId="me").execute()["emailAddress"] == ADA


def _consent_for(sandbox: Sandbox, **params: str) -> dict[str, Any]:
    answer = consent(sandbox.admin, auth_url(sandbox, **params))
    assert answer.status_code == 302, answer.text
    code = query_of(answer.headers["location"])["code"]
    tokens = exchange(sandbox, code)
    assert tokens.status_code == 200, tokens.text
    body: dict[str, Any] = tokens.json()
    return body


def test_login_hint_signs_in_that_user(two: Sandbox) -> None:
    two.add_users([("eve@uni.example", "Eve <b>Evil</b>")])
    page = two.admin.get(auth_url(two, login_hint="eve@uni.example")).text
    assert "Eve &lt;b&gt;Evil&lt;/b&gt;" in page and "<b>Evil" not in page
    assert "&lt;eve@uni.example&gt;" in page

    tokens = _consent_for(two, login_hint=ADA)
    assert two.state.oauth.user_of(tokens["access_token"]) == ADA
    credentials = two.credentials(user=ADA)  # the client's id and secret
    credentials.token = tokens["access_token"]
    gmail = two.gmail(credentials)
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == ADA
    refreshed = two.admin.post(
        "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        },
    ).json()
    assert two.state.oauth.user_of(refreshed["access_token"]) == ADA

    # Without login_hint: the default user.
    assert two.state.oauth.user_of(_consent_for(two)["access_token"]) == DEFAULT
    assert "&lt;candidate@example.com&gt;" in two.admin.get(auth_url(two)).text


def test_login_hint_creates_an_unknown_user_on_allow_only(sandbox: Sandbox) -> None:
    new = "newcomer@uni.example"
    assert "Newcomer" in sandbox.admin.get(auth_url(sandbox, login_hint=new)).text
    consent(sandbox.admin, auth_url(sandbox, login_hint=new), decision="deny")
    assert len(sandbox.admin.get("/_sandbox/users").json()["users"]) == 1
    tokens = _consent_for(sandbox, login_hint=new)
    assert sandbox.state.oauth.user_of(tokens["access_token"]) == new
    assert {"email": new, "name": "Newcomer"} in sandbox.admin.get("/_sandbox/users").json()[
        "users"
    ]
    bad = sandbox.admin.get(auth_url(sandbox, login_hint="<script>"))
    assert bad.status_code == 400
    assert "login_hint" in bad.text and "<script>" not in bad.text


def test_earlier_grants_ride_along_only_for_their_user(two: Sandbox) -> None:
    two.credentials(user=ADA, scope=f"{DEFAULT_SCOPES} {GMAIL_METADATA}")
    for_bob = _consent_for(two, login_hint=BOB, include_granted_scopes="true")
    assert for_bob["scope"].split() == DEFAULT_SCOPES.split()
    for_ada = _consent_for(two, login_hint=ADA, include_granted_scopes="true")
    assert for_ada["scope"].split() == [*DEFAULT_SCOPES.split(), GMAIL_METADATA]


# Admin routes and the request log ---------------------------------------------------


def test_admin_gmail_routes_take_a_user(two: Sandbox) -> None:
    raw = make_raw("For Bob", sender="recruiter@acme.example", to=BOB)
    injected = two.admin.post(
        "/_sandbox/gmail/messages", params={"user": BOB}, json={"raw": b64(raw)}
    ).json()
    assert mailbox_subjects(two, BOB) == ["For Bob"]
    assert mailbox_subjects(two) == []
    bob = two.gmail(two.credentials(user=BOB)).users()
    assert bob.messages().get(userId="me", id=injected["id"]).execute()["id"] == injected["id"]

    two.admin.post(
        "/_sandbox/gmail/behaviour", params={"user": BOB}, json={"replace_message_id": "both"}
    ).raise_for_status()
    behaviour = two.admin.get("/_sandbox/gmail/behaviour", params={"user": BOB}).json()
    assert behaviour["replace_message_id"] == "both"
    assert two.admin.get("/_sandbox/gmail/behaviour").json()["replace_message_id"] == "keep"

    draft = create_draft(two.gmail(two.credentials(user=BOB)), make_raw("Bob's draft"))
    elsewhere = two.admin.post(f"/_sandbox/gmail/drafts/{draft['id']}/send")
    assert elsewhere.status_code == 404  # the default user has no such draft
    edited = two.admin.post(
        f"/_sandbox/gmail/drafts/{draft['id']}/edit",
        params={"user": BOB},
        json={"subject": "Bob's edited draft"},
    )
    assert edited.status_code == 200, edited.text
    sent = two.admin.post(f"/_sandbox/gmail/drafts/{draft['id']}/send", params={"user": BOB})
    assert sent.status_code == 200, sent.text
    assert "SENT" in bob.messages().get(userId="me", id=sent.json()["id"]).execute()["labelIds"]

    history = two.admin.post("/_sandbox/gmail/expire-history", params={"user": BOB}).json()
    assert int(history["historyId"]) > 1
    page = two.admin.get("/_sandbox/", params={"user": BOB}).text
    assert "Bob Babbage" in page and "For Bob" in page
    assert "For Bob" not in two.admin.get("/_sandbox/").text


def test_admin_calendar_routes_take_a_user(two: Sandbox) -> None:
    now = sandbox_now(two)
    batch = {
        "items": [
            {
                "summary": f"Ada {i}",
                "start": {"dateTime": (now + timedelta(days=i)).isoformat()},
                "end": {"dateTime": (now + timedelta(days=i, hours=1)).isoformat()},
            }
            for i in (1, 2)
        ]
    }
    two.admin.post(
        "/_sandbox/calendar/events:batch", params={"user": ADA}, json=batch
    ).raise_for_status()
    work = two.admin.post(
        "/_sandbox/calendar/calendars", params={"user": ADA}, json={"summary": "Work"}
    ).json()
    listed = two.admin.get("/_sandbox/calendar/events", params={"user": ADA}).json()["items"]
    assert [e["summary"] for e in listed] == ["Ada 1", "Ada 2"]
    assert two.admin.get("/_sandbox/calendar/events").json()["items"] == []
    ada = two.calendar(two.credentials(user=ADA))
    assert [c["id"] for c in ada.calendarList().list().execute()["items"]] == [ADA, work["id"]]
    assert [c["id"] for c in two.calendar().calendarList().list().execute()["items"]] == [DEFAULT]


def test_request_log_names_the_tokens_user(two: Sandbox) -> None:
    two.gmail(two.credentials(user=ADA)).users().getProfile(userId="me").execute()
    two.gmail().users().getProfile(userId="me").execute()
    httpx.get(f"{two.url}gmail/v1/users/me/profile", headers={"Authorization": "Bearer nope"})
    log = two.requests()
    assert [(r["path"], r["status"], r["user"]) for r in log] == [
        ("/gmail/v1/users/me/profile", 200, ADA),
        ("/gmail/v1/users/me/profile", 200, DEFAULT),
        ("/gmail/v1/users/me/profile", 401, None),
    ]
    assert set(log[0]) == {"method", "path", "query", "status", "at", "chaos", "user"}


# Reset and persistence ---------------------------------------------------------------


def test_reset_drops_every_user_but_the_default_one(two: Sandbox) -> None:
    ada_credentials = two.credentials(user=ADA)
    default = two.gmail()
    ada = two.gmail(ada_credentials).users()
    create_draft(two.gmail(ada_credentials), make_raw("Ada's"))
    two.admin.post("/_sandbox/reset").raise_for_status()
    assert two.admin.get("/_sandbox/users").json() == {
        "users": [{"email": DEFAULT, "name": "Casey Candidate"}]
    }
    # The default user's grant survives; the others went with their users.
    assert default.users().getProfile(userId="me").execute()["emailAddress"] == DEFAULT
    with pytest.raises(Exception, match="invalid_grant"):
        ada.getProfile(userId="me").execute()
    # Made again, Ada starts empty.
    ada = two.gmail(two.credentials(user=ADA)).users()
    assert ada.getProfile(userId="me").execute()["messagesTotal"] == 0


def test_state_file_keeps_every_user(two: Sandbox) -> None:
    create_draft(two.gmail(two.credentials(user=ADA)), make_raw("Ada's"))
    token = two.credentials(user=BOB).token
    copy = SandboxState.load(json.loads(json.dumps(two.state.dump())))
    assert [u.info() for u in copy.users.values()] == [u.info() for u in two.state.users.values()]
    assert copy.user(ADA).gmail.mailbox_view() == two.state.user(ADA).gmail.mailbox_view()
    assert copy.oauth.user_of(str(token)) == BOB
    # A file from the one-user days: its grants are the default user's.
    old = two.state.dump()
    del old["users"]
    for grant in old["oauth"]["access_tokens"].values():
        del grant["user"]
    assert SandboxState.load(old).oauth.user_of(str(token)) == DEFAULT
