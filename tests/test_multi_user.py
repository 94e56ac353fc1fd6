"""Multi-user mode, as people use it: signing in with Google through the server's web OAuth
flow (a Web application client, the public URL as its redirect), a session per person, and
extension tokens made and revoked in the web app. Against the sandbox, over HTTP."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from followup.app import create_app
from followup.config import Settings
from followup.models import Account, ApiToken
from followup.web import auth as web_auth
from tests.conftest import Sandbox
from tests.sandbox.test_oauth import consent

PUBLIC = "https://followup.uni.example"
CLIENT_ID = "career-centre.apps.googleusercontent.com"


def _settings(tmp_path: Path, sandbox: Sandbox, **extra: object) -> Settings:
    """A Web application client registered with the sandbox for the public URL only."""
    sandbox.admin.post(
        "/_sandbox/oauth/clients",
        json={
            "client_id": CLIENT_ID,
            "client_secret": "web-secret",
            "redirect_uris": [f"{PUBLIC}/auth/google/callback"],
            "client_type": "web",
        },
    ).raise_for_status()
    secrets_file = tmp_path / "web_client.json"
    secrets_file.write_text(
        json.dumps(
            {
                "web": {
                    "client_id": CLIENT_ID,
                    "client_secret": "web-secret",
                    "auth_uri": f"{sandbox.url}o/oauth2/auth",
                    "token_uri": f"{sandbox.url}token",
                    "redirect_uris": [f"{PUBLIC}/auth/google/callback"],
                }
            }
        )
    )
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        google_endpoint=sandbox.url,
        client_secrets_file=secrets_file,
        background_sync=False,
        multi_user=True,
        public_url=PUBLIC,
        allowed_hosts=["followup.uni.example"],
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def site(tmp_path: Path, sandbox: Sandbox) -> Iterator[TestClient]:
    app = create_app(_settings(tmp_path, sandbox))
    with TestClient(app, base_url=PUBLIC) as client:
        yield client


def _app(client: TestClient) -> FastAPI:
    assert isinstance(client.app, FastAPI)
    return client.app


def sign_in(client: TestClient, sandbox: Sandbox, user: str) -> Path | str:
    """Sign in as a person would: the sign-in page's button, Google's consent page (as
    `user`, picked in Google's account chooser), back to the callback, then onward."""
    page = client.get("/")
    assert page.status_code == 401 and 'href="/auth/google/start"' in page.text
    start = client.get("/auth/google/start", follow_redirects=False)
    assert start.status_code == 303
    consent_url = start.headers["location"]
    query = dict(part.split("=", 1) for part in urlsplit(consent_url).query.split("&"))
    assert query["redirect_uri"] == "https%3A%2F%2Ffollowup.uni.example%2Fauth%2Fgoogle%2Fcallback"
    answer = consent(sandbox.admin, f"{consent_url}&{urlencode({'login_hint': user})}")
    assert answer.status_code == 302, answer.text
    back = answer.headers["location"]
    assert back.startswith(f"{PUBLIC}/auth/google/callback?")
    landed = client.get(back.removeprefix(PUBLIC))
    assert landed.status_code == 200, landed.text
    assert f"Signed in as {user}" in landed.text
    assert '<meta http-equiv="refresh" content="0;url=/">' in landed.text
    cookie = landed.cookies.get(web_auth.COOKIE)
    assert cookie
    return str(cookie)


def test_people_sign_in_with_google_and_each_sees_their_own(
    site: TestClient, sandbox: Sandbox
) -> None:
    ada = sign_in(site, sandbox, "ada@uni.example")
    today = site.get("/")
    assert today.status_code == 200 and "ada@uni.example" in today.text
    site.cookies.clear()
    ben = sign_in(site, sandbox, "ben@uni.example")
    assert ada != ben
    with Session(_app(site).state.engine) as session:
        emails = session.exec(select(Account.email).order_by(Account.id)).all()  # type: ignore[arg-type]
    assert emails == ["ada@uni.example", "ben@uni.example"]
    assert web_auth.session_account(_app(site).state.api_token, ben) == 2
    # Signing in again is the same account, not a new one.
    site.cookies.clear()
    sign_in(site, sandbox, "ada@uni.example")
    with Session(_app(site).state.engine) as session:
        assert len(session.exec(select(Account)).all()) == 2


def test_the_session_cookie_is_strict_and_secure_behind_https(
    site: TestClient, sandbox: Sandbox
) -> None:
    start = site.get("/auth/google/start", follow_redirects=False)
    binding = start.headers["set-cookie"]
    assert "followup_login=" in binding and "samesite=lax" in binding.lower()
    assert "secure" in binding.lower() and "path=/auth/google/callback" in binding.lower()
    answer = consent(sandbox.admin, start.headers["location"])
    landed = site.get(answer.headers["location"].removeprefix(PUBLIC))
    cookies = landed.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith(f"{web_auth.COOKIE}="))
    assert all(flag in session.lower() for flag in ("httponly", "samesite=strict", "secure"))


def test_a_callback_begun_in_another_browser_signs_no_one_in(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    """Login CSRF: Mallory starts a sign-in, consents with her own Google account, and sends
    Alice the callback link. Alice's browser never started that sign-in: refused."""
    app = create_app(_settings(tmp_path, sandbox))
    with TestClient(app, base_url=PUBLIC) as mallory, TestClient(app, base_url=PUBLIC) as alice:
        start = mallory.get("/auth/google/start", follow_redirects=False)
        answer = consent(
            sandbox.admin, start.headers["location"] + "&login_hint=mallory%40uni.example"
        )
        trap = answer.headers["location"].removeprefix(PUBLIC)
        landed = alice.get(trap)
        assert landed.status_code == 400
        assert "not started in this browser" in landed.text
        assert web_auth.COOKIE not in landed.cookies
        # Mallory's own browser could still finish it (the state was not spent by Alice).
        assert mallory.get(trap).status_code == 200


def test_only_the_allowed_domains_may_sign_in(tmp_path: Path, sandbox: Sandbox) -> None:
    app = create_app(_settings(tmp_path, sandbox, allowed_domains=["uni.example"]))
    with TestClient(app, base_url=PUBLIC) as client:
        start = client.get("/auth/google/start", follow_redirects=False)
        answer = consent(
            sandbox.admin, start.headers["location"] + "&login_hint=eve%40gmail.example"
        )
        landed = client.get(answer.headers["location"].removeprefix(PUBLIC))
        assert landed.status_code == 400
        assert "eve@gmail.example cannot sign in here" in landed.text
        assert "uni.example" in landed.text
        with Session(app.state.engine) as session:
            assert session.exec(select(Account)).all() == []
        sign_in(client, sandbox, "ada@uni.example")


def test_the_extension_token_is_made_shown_once_and_revoked_in_settings(
    site: TestClient, sandbox: Sandbox
) -> None:
    cookie = sign_in(site, sandbox, "ada@uni.example")
    csrf = web_auth.csrf_token(_app(site).state.api_token, cookie)
    page = site.post("/settings/tokens", data={"csrf": csrf, "name": "Chrome at home"})
    assert page.status_code == 200
    token = re.search(r'<code class="token">(fu_[\w-]+)</code>', page.text)
    assert token is not None
    assert "Chrome at home" in page.text and "not shown again" in page.text
    # The API opens with it, for Ada's account.
    api = TestClient(_app(site), base_url=PUBLIC)
    headers = {"Authorization": f"Bearer {token.group(1)}"}
    status = api.get("/api/v1/status", headers=headers)
    assert [a["email"] for a in status.json()["accounts"]] == ["ada@uni.example"]
    # Shown once: the settings page later lists it by name, never the token.
    again = site.get("/settings")
    assert "Chrome at home" in again.text and token.group(1) not in again.text
    with Session(_app(site).state.engine) as session:
        row = session.exec(select(ApiToken)).one()
        assert row.last_used_at is not None
    assert f'action="/settings/tokens/{row.id}/revoke"' in again.text
    revoked = site.post(f"/settings/tokens/{row.id}/revoke", data={"csrf": csrf})
    assert revoked.status_code == 200 and "Revoked" in revoked.text
    assert api.get("/api/v1/status", headers=headers).status_code == 401


def test_single_user_ways_in_are_closed(site: TestClient) -> None:
    app = _app(site)
    code = app.state.signin_codes.issue()
    assert site.get(f"/signin?code={code}", follow_redirects=False).status_code == 401
    assert web_auth.COOKIE not in site.cookies
    answer = site.post("/signin", data={"token": app.state.api_token})
    assert answer.status_code == 401 and web_auth.COOKIE not in site.cookies


def test_a_process_without_the_key_refuses_to_start_once_tokens_are_stored(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    """A second machine's worker or server, started before secret.key was copied to it, must
    not make a key of its own: the tokens it stored would be unreadable everywhere else."""
    from followup.crypto import KEY_FILE, MissingKey

    settings = _settings(tmp_path, sandbox)
    with TestClient(create_app(settings), base_url=PUBLIC) as client:
        sign_in(client, sandbox, "ada@uni.example")
    (settings.data_dir / KEY_FILE).unlink()
    with pytest.raises(MissingKey, match=r"Copy secret\.key"):
        create_app(settings)
    assert not (settings.data_dir / KEY_FILE).exists()
    # Single-user mode keeps its behaviour: a lost key means connecting again.
    create_app(settings.model_copy(update={"multi_user": False}))
    assert (settings.data_dir / KEY_FILE).exists()
