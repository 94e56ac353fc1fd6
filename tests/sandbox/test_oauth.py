"""The sandbox's OAuth side: the consent page, its redirects, and the token endpoint's grants."""

from __future__ import annotations

import base64
import hashlib
import secrets
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import httpx
import pytest

from followup.sandbox.oauth import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_SCOPES,
    OAuthStore,
    sandbox_client_config,
)
from tests.conftest import Sandbox

REDIRECT = "http://127.0.0.1:9/callback"


class _FormReader(HTMLParser):
    """The consent page's form: its action and its hidden fields, as a browser would send them."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.action = values.get("action")
        elif tag == "input" and values.get("type") == "hidden":
            self.fields[values["name"]] = values.get("value", "")
        elif tag == "button":
            self.buttons[values.get("value", "")] = values.get("name", "")


def read_form(page: str) -> _FormReader:
    reader = _FormReader()
    reader.feed(page)
    return reader


def consent(client: httpx.Client, consent_url: str, decision: str = "allow") -> httpx.Response:
    """Do what a person does: open the consent page and click Allow (or Deny).

    Returns the answer to the click (a redirect, unless `client` follows redirects)."""
    page = client.get(consent_url)
    assert page.status_code == 200, page.text
    form = read_form(page.text)
    assert form.action is not None
    assert form.buttons[decision] == "decision"
    return client.post(
        urljoin(consent_url, form.action), data={**form.fields, "decision": decision}
    )


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.decode().rstrip("=")


def auth_url(sandbox: Sandbox, **overrides: str) -> str:
    params = {
        "client_id": DEFAULT_CLIENT_ID,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": DEFAULT_SCOPES,
        "state": "st-123",
        "access_type": "offline",
        "prompt": "consent",
        **overrides,
    }
    return f"{sandbox.url}o/oauth2/auth?{urlencode(params)}"


def query_of(location: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


def get_code(sandbox: Sandbox, **overrides: str) -> str:
    answer = consent(sandbox.admin, auth_url(sandbox, **overrides))
    assert answer.status_code == 302
    return query_of(answer.headers["location"])["code"]


def exchange(sandbox: Sandbox, code: str, **overrides: str) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        **overrides,
    }
    return sandbox.admin.post("/token", data=form)


# The consent page ------------------------------------------------------------------------


def test_consent_page_names_client_scopes_and_user(sandbox: Sandbox) -> None:
    page = sandbox.admin.get(auth_url(sandbox))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["x-frame-options"] == "DENY"
    text = page.text
    assert DEFAULT_CLIENT_ID in text
    assert sandbox.state.user_email in text
    for scope in DEFAULT_SCOPES.split():
        assert scope in text
    assert "Manage drafts and send emails" in text
    form = read_form(text)
    assert form.action == "/o/oauth2/approve"
    assert set(form.buttons) == {"allow", "deny"}
    assert form.fields["redirect_uri"] == REDIRECT
    assert form.fields["state"] == "st-123"
    assert form.fields["scope"] == DEFAULT_SCOPES


def test_consent_page_escapes_everything(sandbox: Sandbox) -> None:
    evil = '"><script>alert(1)</script>'
    sandbox.admin.post(
        "/_sandbox/oauth/clients",
        json={"client_id": "<b>bold</b>", "client_secret": "s"},
    ).raise_for_status()
    page = sandbox.admin.get(
        auth_url(
            sandbox,
            client_id="<b>bold</b>",
            state=evil,
            scope=f"https://www.googleapis.com/auth/x{evil}",
            redirect_uri=f"http://localhost:1/cb?x={evil}",
        )
    )
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "<b>bold</b>" not in page.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in page.text
    # The values survive the round trip through the hidden fields intact.
    form = read_form(page.text)
    assert form.fields["state"] == evil
    assert form.fields["client_id"] == "<b>bold</b>"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"client_id": "nobody.apps.googleusercontent.com"}, "invalid_client"),
        ({"client_id": ""}, "invalid_client"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"redirect_uri": "https://evil.example/cb"}, "redirect_uri_mismatch"),
        ({"redirect_uri": "http://127.0.0.1.evil.example/cb"}, "redirect_uri_mismatch"),
        ({"redirect_uri": "https://127.0.0.1:8765/cb"}, "redirect_uri_mismatch"),
        ({"redirect_uri": "http://user@127.0.0.1:8765/cb"}, "redirect_uri_mismatch"),
        ({"redirect_uri": ""}, "invalid_request"),
        ({"scope": ""}, "invalid_request"),
        ({"code_challenge": "abc", "code_challenge_method": "MD5"}, "invalid_request"),
    ],
)
def test_bad_requests_get_an_error_page_never_a_redirect(
    sandbox: Sandbox, overrides: dict[str, str], error: str
) -> None:
    page = sandbox.admin.get(auth_url(sandbox, **overrides))
    assert page.status_code == 400
    assert "location" not in page.headers
    assert page.headers["content-type"].startswith("text/html")
    assert f"Error 400: {error}" in page.text
    # The approve endpoint re-checks what the browser posts back.
    posted = sandbox.admin.post(
        "/o/oauth2/approve",
        data={**query_of(auth_url(sandbox, **overrides)), "decision": "allow"},
    )
    assert posted.status_code == 400
    assert "location" not in posted.headers


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "http://127.0.0.1:5000/",
        "http://localhost:41234/cb",
        "http://[::1]:8080/x",
        "http://127.0.0.1",
    ],
)
def test_loopback_redirects_are_allowed_for_any_client(sandbox: Sandbox, redirect_uri: str) -> None:
    assert sandbox.admin.get(auth_url(sandbox, redirect_uri=redirect_uri)).status_code == 200


def test_registered_client_with_its_own_redirect_uri(sandbox: Sandbox) -> None:
    registered = sandbox.admin.post(
        "/_sandbox/oauth/clients",
        json={
            "client_id": "web.apps.googleusercontent.com",
            "client_secret": "web-secret",
            "redirect_uris": ["https://app.example/oauth/callback"],
        },
    )
    assert registered.status_code == 200
    url = auth_url(
        sandbox,
        client_id="web.apps.googleusercontent.com",
        redirect_uri="https://app.example/oauth/callback",
    )
    answer = consent(sandbox.admin, url)
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith("https://app.example/oauth/callback?")
    # Another client may not use that address.
    other = auth_url(sandbox, redirect_uri="https://app.example/oauth/callback")
    assert sandbox.admin.get(other).status_code == 400
    tokens = exchange(
        sandbox,
        query_of(location)["code"],
        client_id="web.apps.googleusercontent.com",
        client_secret="web-secret",
        redirect_uri="https://app.example/oauth/callback",
    )
    assert tokens.status_code == 200


def test_admin_rejects_a_client_without_secret(sandbox: Sandbox) -> None:
    answer = sandbox.admin.post("/_sandbox/oauth/clients", json={"client_id": "x"})
    assert answer.status_code == 400


# Redirects ------------------------------------------------------------------------------


def test_allow_redirects_with_code_state_and_scope(sandbox: Sandbox) -> None:
    answer = consent(sandbox.admin, auth_url(sandbox, redirect_uri="http://localhost:7/cb?keep=1"))
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith("http://localhost:7/cb?keep=1&")
    query = query_of(location)
    assert query["state"] == "st-123"
    assert query["scope"] == DEFAULT_SCOPES
    assert query["code"]
    assert "error" not in query


def test_deny_redirects_with_access_denied(sandbox: Sandbox) -> None:
    codes_before = set(sandbox.state.oauth.codes)
    answer = consent(sandbox.admin, auth_url(sandbox), decision="deny")
    assert answer.status_code == 302
    query = query_of(answer.headers["location"])
    assert query == {"error": "access_denied", "state": "st-123"}
    assert set(sandbox.state.oauth.codes) == codes_before


# The authorization-code grant ---------------------------------------------------------------


def test_code_grant_answers_like_google_and_is_single_use(sandbox: Sandbox) -> None:
    code = get_code(sandbox)
    first = exchange(sandbox, code)
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"access_token", "expires_in", "scope", "token_type", "refresh_token"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == DEFAULT_SCOPES
    assert sandbox.state.oauth.access_token_valid(body["access_token"], sandbox.state.now())
    profile = sandbox.admin.get(
        "/gmail/v1/users/me/profile", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert profile.status_code == 200
    again = exchange(sandbox, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_online_access_gets_no_refresh_token(sandbox: Sandbox) -> None:
    body = exchange(sandbox, get_code(sandbox, access_type="online")).json()
    assert "access_token" in body
    assert "refresh_token" not in body
    body = exchange(sandbox, get_code(sandbox, access_type="")).json()
    assert "refresh_token" not in body


@pytest.mark.parametrize("method", ["S256", "plain"])
def test_pkce_verifier_must_match(sandbox: Sandbox, method: str) -> None:
    verifier, s256 = pkce()
    challenge = s256 if method == "S256" else verifier
    good = get_code(sandbox, code_challenge=challenge, code_challenge_method=method)
    assert exchange(sandbox, good, code_verifier=verifier).status_code == 200

    other, _ = pkce()
    for bad_verifier in (other, "", verifier[:-1] + ("A" if verifier[-1] != "A" else "B")):
        code = get_code(sandbox, code_challenge=challenge, code_challenge_method=method)
        answer = exchange(sandbox, code, code_verifier=bad_verifier)
        assert answer.status_code == 400
        assert answer.json()["error"] == "invalid_grant"
        # A failed attempt uses the code up: the right verifier is too late now.
        assert exchange(sandbox, code, code_verifier=verifier).json()["error"] == "invalid_grant"


def test_challenge_without_method_is_plain(sandbox: Sandbox) -> None:
    verifier, s256 = pkce()
    code = get_code(sandbox, code_challenge=verifier)
    assert exchange(sandbox, code, code_verifier=verifier).status_code == 200
    code = get_code(sandbox, code_challenge=s256)
    assert exchange(sandbox, code, code_verifier=verifier).json()["error"] == "invalid_grant"


def test_code_must_match_redirect_uri_and_client(sandbox: Sandbox) -> None:
    wrong_uri = exchange(sandbox, get_code(sandbox), redirect_uri="http://127.0.0.1:9/other")
    assert wrong_uri.status_code == 400
    assert wrong_uri.json()["error"] == "invalid_grant"

    sandbox.admin.post(
        "/_sandbox/oauth/clients", json={"client_id": "second", "client_secret": "two"}
    ).raise_for_status()
    wrong_client = exchange(sandbox, get_code(sandbox), client_id="second", client_secret="two")
    assert wrong_client.status_code == 400
    assert wrong_client.json()["error"] == "invalid_grant"

    unknown = exchange(sandbox, "4/made-up")
    assert unknown.json()["error"] == "invalid_grant"


def test_code_expires_after_ten_minutes(sandbox: Sandbox) -> None:
    fresh = get_code(sandbox)
    stale = get_code(sandbox)
    sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": 590}).raise_for_status()
    assert exchange(sandbox, fresh).status_code == 200
    sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": 20}).raise_for_status()
    late = exchange(sandbox, stale)
    assert late.status_code == 400
    assert late.json() == {"error": "invalid_grant", "error_description": "Auth code expired."}


# Refresh and client authentication -----------------------------------------------------------


def test_refresh_grant_with_a_token_from_the_code_grant(sandbox: Sandbox) -> None:
    body = exchange(sandbox, get_code(sandbox)).json()
    refreshed = sandbox.admin.post(
        "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": body["refresh_token"],
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
        },
    )
    assert refreshed.status_code == 200
    fresh = refreshed.json()
    assert set(fresh) == {"access_token", "expires_in", "scope", "token_type"}
    assert fresh["access_token"] != body["access_token"]
    assert fresh["scope"] == DEFAULT_SCOPES


@pytest.mark.parametrize(
    "client",
    [
        {"client_id": DEFAULT_CLIENT_ID, "client_secret": "wrong"},
        {"client_id": DEFAULT_CLIENT_ID},
        {"client_id": "nobody", "client_secret": DEFAULT_CLIENT_SECRET},
    ],
)
def test_token_endpoint_checks_the_client(sandbox: Sandbox, client: dict[str, str]) -> None:
    code = get_code(sandbox)
    answer = sandbox.admin.post(
        "/token",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, **client},
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"
    # The code was not spent by a caller that could not authenticate.
    assert exchange(sandbox, code).status_code == 200


def test_unsupported_grant_type(sandbox: Sandbox) -> None:
    answer = sandbox.admin.post(
        "/token",
        data={
            "grant_type": "password",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
        },
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_grant_type"


# State and configuration -----------------------------------------------------------------------


def test_store_round_trips_clients_and_codes(sandbox: Sandbox) -> None:
    sandbox.admin.post(
        "/_sandbox/oauth/clients",
        json={"client_id": "kept", "client_secret": "k", "redirect_uris": ["https://a.example/cb"]},
    ).raise_for_status()
    code = get_code(sandbox)
    copy = OAuthStore.load(sandbox.state.oauth.dump())
    assert copy.clients["kept"] == "k"
    assert copy.redirect_allowed("kept", "https://a.example/cb")
    assert not copy.redirect_allowed(DEFAULT_CLIENT_ID, "https://a.example/cb")
    assert copy.codes[code]["redirect_uri"] == REDIRECT
    assert copy.clients[DEFAULT_CLIENT_ID] == DEFAULT_CLIENT_SECRET


def test_sandbox_client_config_points_at_the_sandbox(sandbox: Sandbox) -> None:
    config: dict[str, Any] = sandbox_client_config(sandbox.url.rstrip("/"))["installed"]
    assert config["client_id"] == DEFAULT_CLIENT_ID
    assert config["client_secret"] == DEFAULT_CLIENT_SECRET
    assert config["token_uri"] == f"{sandbox.url}token"
    assert (
        sandbox.admin.get(
            config["auth_uri"] + "?" + urlencode({"client_id": DEFAULT_CLIENT_ID})
        ).status_code
        == 400
    )  # the endpoint is there (and wants the other parameters)
    page = sandbox.admin.get(
        auth_url(sandbox).replace(f"{sandbox.url}o/oauth2/auth", config["auth_uri"])
    )
    assert page.status_code == 200


def test_client_may_authenticate_with_http_basic(sandbox: Sandbox) -> None:
    """requests-oauthlib (google-auth-oauthlib's flows) sends client_secret_basic."""
    code = get_code(sandbox)
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    wrong = sandbox.admin.post("/token", data=form, auth=(DEFAULT_CLIENT_ID, "wrong"))
    assert wrong.status_code == 401
    garbage = sandbox.admin.post("/token", data=form, headers={"Authorization": "Basic %%%"})
    assert garbage.status_code == 401
    right = sandbox.admin.post("/token", data=form, auth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET))
    assert right.status_code == 200
    assert right.json()["refresh_token"]
