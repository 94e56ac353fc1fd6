"""Scopes per method, as Google enforces them, and the OAuth client type: the real client
over HTTP against the sandbox."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from googleapiclient.errors import HttpError

from followup.sandbox.oauth import DEFAULT_SCOPES
from followup.sandbox.scopes import GMAIL_METADATA, method_for
from tests.conftest import Sandbox
from tests.sandbox.test_oauth import auth_url, consent, exchange, query_of

CALENDAR_READONLY = "https://www.googleapis.com/auth/calendar.readonly"
GMAIL_COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
WITH_METADATA = f"{DEFAULT_SCOPES} {GMAIL_METADATA}"
RAW = base64.urlsafe_b64encode(
    b"From: candidate@example.com\r\nTo: candidate@example.com\r\nSubject: Hi\r\n\r\nHello\r\n"
).decode()


def error_of(exc: HttpError) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(exc.content)["error"]
    return body


def test_every_google_route_names_a_discovery_method(sandbox: Sandbox) -> None:
    """Each Calendar and Gmail route the sandbox serves is a method of Google's discovery
    documents, so each has the scopes Google lists for it."""
    paths = sandbox.admin.get("/_sandbox/openapi.json").json()["paths"]
    served = [
        (method.upper(), path)
        for path, methods in paths.items()
        if path.startswith(("/calendar/", "/gmail/", "/upload/"))
        for method in methods
    ]
    assert len(served) > 20
    missing = [f"{method} {path}" for method, path in served if method_for(method, path) is None]
    assert missing == []
    assert method_for("POST", "/upload/gmail/v1/users/{userId}/drafts") == method_for(
        "POST", "/gmail/v1/users/{userId}/drafts"
    )


def test_a_token_without_the_scope_gets_insufficient_permissions(sandbox: Sandbox) -> None:
    calendar_only = sandbox.credentials(scope=CALENDAR_READONLY)
    sandbox.calendar(calendar_only).events().list(calendarId="primary").execute()
    with pytest.raises(HttpError) as error:
        sandbox.gmail(calendar_only).users().drafts().list(userId="me").execute()
    assert error.value.resp.status == 403
    assert 'error="insufficient_scope"' in error.value.resp["www-authenticate"]
    body = error_of(error.value)
    assert body["message"] == "Request had insufficient authentication scopes."
    assert body["status"] == "PERMISSION_DENIED"
    assert body["errors"][0]["reason"] == "insufficientPermissions"

    # gmail.compose makes drafts but does not read mail; it reads no calendar either.
    compose = sandbox.credentials(scope=GMAIL_COMPOSE)
    gmail = sandbox.gmail(compose)
    gmail.users().drafts().create(userId="me", body={"message": {"raw": RAW}}).execute()
    for request in (
        gmail.users().messages().list(userId="me"),
        gmail.users().history().list(userId="me", startHistoryId="1"),
        sandbox.calendar(compose).calendarList().list(),
    ):
        with pytest.raises(HttpError) as error:
            request.execute()
        assert error_of(error.value)["errors"][0]["reason"] == "insufficientPermissions"


def test_followups_scopes_reach_every_method_it_uses(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()  # minted with followup's three scopes
    made = gmail.users().drafts().create(userId="me", body={"message": {"raw": RAW}}).execute()
    gmail.users().messages().list(userId="me", q="subject:Hi").execute()
    gmail.users().messages().get(userId="me", id=made["message"]["id"], format="raw").execute()
    gmail.users().drafts().list(userId="me", q="subject:Hi").execute()
    gmail.users().drafts().delete(userId="me", id=made["id"]).execute()
    # …and no more: deleting a message for good takes the full-mail scope.
    with pytest.raises(HttpError) as error:
        gmail.users().messages().delete(userId="me", id=made["message"]["id"]).execute()
    assert error.value.resp.status == 403


def test_gmail_metadata_in_the_scopes_refuses_searches_and_full_formats(
    sandbox: Sandbox,
) -> None:
    """googleapis/google-api-python-client#582: with gmail.metadata among broader scopes, Gmail
    still serves the token as metadata-only."""
    gmail = sandbox.gmail(sandbox.credentials(scope=WITH_METADATA))
    made = gmail.users().drafts().create(userId="me", body={"message": {"raw": RAW}}).execute()
    message_id = made["message"]["id"]
    searches = (
        gmail.users().messages().list(userId="me", q="rfc822msgid:x@y"),
        gmail.users().threads().list(userId="me", q="subject:Hi"),
        gmail.users().drafts().list(userId="me", q="subject:Hi"),
    )
    for request in searches:
        with pytest.raises(HttpError) as error:
            request.execute()
        body = error_of(error.value)
        assert error.value.resp.status == 403
        assert body["message"] == "Metadata scope does not support 'q' parameter"
        assert body["errors"][0]["reason"] == "forbidden"
    for request, fmt in (
        (gmail.users().messages().get(userId="me", id=message_id), "FULL"),
        (gmail.users().messages().get(userId="me", id=message_id, format="raw"), "RAW"),
    ):
        with pytest.raises(HttpError) as error:
            request.execute()
        assert error_of(error.value)["message"] == f"Metadata scope doesn't allow format {fmt}"
    # Without `q`, and in the metadata format, it answers.
    assert gmail.users().messages().list(userId="me").execute()["messages"]
    gmail.users().messages().get(userId="me", id=message_id, format="metadata").execute()


def test_include_granted_scopes_brings_an_earlier_grant_along(sandbox: Sandbox) -> None:
    client = {"client_id": "incremental.apps.googleusercontent.com", "client_secret": "s"}
    sandbox.admin.post("/_sandbox/oauth/clients", json=client).raise_for_status()
    # Earlier, the user gave this client gmail.metadata (an older version, another feature).
    sandbox.admin.post(
        "/_sandbox/oauth/tokens", json={"client_id": client["client_id"], "scope": GMAIL_METADATA}
    ).raise_for_status()

    def granted(**extra: str) -> list[str]:
        answer = consent(sandbox.admin, auth_url(sandbox, client_id=client["client_id"], **extra))
        code = query_of(answer.headers["location"])["code"]
        token = exchange(sandbox, code, **client).raise_for_status().json()
        scopes: list[str] = token["scope"].split()
        return scopes

    assert granted() == DEFAULT_SCOPES.split()
    assert granted(include_granted_scopes="true") == [*DEFAULT_SCOPES.split(), GMAIL_METADATA]


def test_a_web_client_gets_redirect_uri_mismatch_on_a_loopback_port(sandbox: Sandbox) -> None:
    registered = "http://127.0.0.1:8765/auth/google/callback"
    answer = sandbox.admin.post(
        "/_sandbox/oauth/clients",
        json={
            "client_id": "web.apps.googleusercontent.com",
            "client_secret": "s3cret",
            "redirect_uris": [registered],
            "client_type": "web",
        },
    )
    assert answer.json()["client_type"] == "web"
    with httpx.Client() as browser:
        for port in (51234, 8765):  # what `followup auth` would use; not even the right path
            page = browser.get(
                auth_url(
                    sandbox,
                    client_id="web.apps.googleusercontent.com",
                    redirect_uri=f"http://127.0.0.1:{port}/",
                )
            )
            assert page.status_code == 400
            assert "redirect_uri_mismatch" in page.text
            assert "Desktop app" in page.text
            assert "location" not in page.headers
        registered_page = browser.get(
            auth_url(sandbox, client_id="web.apps.googleusercontent.com", redirect_uri=registered)
        )
        assert registered_page.status_code == 200
        # A Desktop app client may use any loopback port.
        assert browser.get(auth_url(sandbox, redirect_uri="http://127.0.0.1:51234/")).is_success
