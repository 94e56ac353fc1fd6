"""Connecting to Google, against a real sandbox: the web flow, the installed-app flow, storing,
refreshing and losing credentials."""

from __future__ import annotations

import json
import logging
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cryptography.fernet import Fernet
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from followup import db
from followup.app import create_app
from followup.config import GOOGLE_AUTH_URI, GOOGLE_TOKEN_URI, SCOPES, Settings
from followup.crypto import TokenCipher
from followup.google.auth import (
    ConsentError,
    InvalidClientSecrets,
    MissingClientSecrets,
    ReauthRequired,
    WebLogins,
    fresh_credentials,
    install_client_secrets,
    load_client_config,
    load_credentials,
    read_client_secrets,
    run_installed_flow,
    upsert_account,
)
from followup.models import Account
from followup.sandbox.oauth import DEFAULT_CLIENT_ID, sandbox_client_config
from tests.conftest import Sandbox
from tests.sandbox.test_oauth import consent

BASE = "http://127.0.0.1:8765"


def make_settings(tmp_path: Path, sandbox: Sandbox, *, secrets: bool = True) -> Settings:
    secrets_file = tmp_path / "downloaded" / "client_secret_123.json"
    if secrets:
        secrets_file.parent.mkdir(parents=True, exist_ok=True)
        secrets_file.write_text(json.dumps(sandbox_client_config(sandbox.url)))
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        google_endpoint=sandbox.url,
        client_secrets_file=secrets_file if secrets else None,
    )


@pytest.fixture
def settings(tmp_path: Path, sandbox: Sandbox) -> Settings:
    return make_settings(tmp_path, sandbox)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url=BASE) as client:
        yield client


def app_of(client: TestClient) -> FastAPI:
    app = client.app
    assert isinstance(app, FastAPI)
    return app


def status(client: TestClient) -> dict[str, Any]:
    token = app_of(client).state.api_token
    answer = client.get("/api/v1/status", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    body: dict[str, Any] = answer.json()
    return body


def start_and_consent(client: TestClient, sandbox: Sandbox, decision: str = "allow") -> str:
    """/auth/google/start, then the consent page; returns where the sandbox sends the browser."""
    start = client.get("/auth/google/start", follow_redirects=False)
    assert start.status_code == 303, start.text
    answer = consent(sandbox.admin, start.headers["location"], decision)
    assert answer.status_code == 302
    location: str = answer.headers["location"]
    assert location.startswith(f"{BASE}/auth/google/callback?")
    return location


def stored(client: TestClient, email: str) -> dict[str, Any]:
    """The account's credentials as stored, decrypted."""
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = session.exec(select(Account).where(Account.email == email)).one()
        assert account.token_encrypted is not None
        data: dict[str, Any] = json.loads(app.state.cipher.decrypt(account.token_encrypted))
    return data


def token_requests(sandbox: Sandbox) -> list[int]:
    return [r["status"] for r in sandbox.requests() if r["path"] == "/token"]


# The web flow ----------------------------------------------------------------------------


def test_web_flow_connects_the_account(client: TestClient, sandbox: Sandbox) -> None:
    start = client.get("/auth/google/start", follow_redirects=False)
    assert start.status_code == 303
    consent_url = start.headers["location"]
    assert consent_url.startswith(f"{sandbox.url}o/oauth2/auth?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(consent_url).query).items()}
    assert query["client_id"] == DEFAULT_CLIENT_ID
    assert query["redirect_uri"] == f"{BASE}/auth/google/callback"
    assert query["response_type"] == "code"
    assert query["scope"].split() == list(SCOPES)
    assert query["access_type"] == "offline"
    assert query["prompt"] == "consent"
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert len(query["state"]) >= 32

    answer = consent(sandbox.admin, consent_url)
    done = client.get(answer.headers["location"])
    assert done.status_code == 200
    assert done.headers["content-type"].startswith("text/html")
    assert "Connected candidate@example.com. You can close this tab." in done.text

    accounts = status(client)["accounts"]
    assert [a["email"] for a in accounts] == ["candidate@example.com"]
    assert accounts[0]["needs_reauth"] is False
    assert sorted(accounts[0]["scopes"]) == sorted(SCOPES)

    saved = stored(client, "candidate@example.com")
    assert saved["refresh_token"]
    assert sandbox.state.oauth.access_token_valid(saved["token"], sandbox.state.now())
    assert saved["token_uri"] == f"{sandbox.url}token"
    assert saved["client_id"] == DEFAULT_CLIENT_ID
    expiry = datetime.fromisoformat(saved["expiry"])
    assert timedelta(minutes=55) < expiry - datetime.now(UTC) <= timedelta(hours=1)
    assert token_requests(sandbox) == [200]

    # The same callback again: the state is spent.
    again = client.get(answer.headers["location"])
    assert again.status_code == 400
    assert "already used" in again.text
    assert token_requests(sandbox) == [200]


def test_reconnecting_updates_the_same_account(client: TestClient, sandbox: Sandbox) -> None:
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    first = stored(client, "candidate@example.com")
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    second = stored(client, "candidate@example.com")
    assert len(status(client)["accounts"]) == 1
    assert second["token"] != first["token"]
    assert second["refresh_token"] != first["refresh_token"]


def test_denied_consent_is_a_clear_400(client: TestClient, sandbox: Sandbox) -> None:
    location = start_and_consent(client, sandbox, decision="deny")
    assert "error=access_denied" in location
    answer = client.get(location)
    assert answer.status_code == 400
    assert "access_denied" in answer.text
    assert 'href="/auth/google/start"' in answer.text
    assert status(client)["accounts"] == []
    assert token_requests(sandbox) == []


@pytest.mark.parametrize("query", ["", "?code=abc", "?code=abc&state=forged", "?state="])
def test_callback_without_a_valid_state_is_refused(
    client: TestClient, sandbox: Sandbox, query: str
) -> None:
    start_and_consent(client, sandbox)  # a real sign-in is pending; its state is not given
    answer = client.get(f"/auth/google/callback{query}")
    assert answer.status_code == 400
    assert "unknown, expired or already used" in answer.text
    assert token_requests(sandbox) == []
    assert status(client)["accounts"] == []


def test_callback_page_escapes_what_google_sent(client: TestClient, sandbox: Sandbox) -> None:
    location = start_and_consent(client, sandbox)
    state = parse_qs(urlsplit(location).query)["state"][0]
    answer = client.get(
        "/auth/google/callback", params={"state": state, "error": "<script>alert(1)</script>"}
    )
    assert answer.status_code == 400
    assert "<script>" not in answer.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in answer.text


def test_code_without_the_verifier_is_useless(client: TestClient, sandbox: Sandbox) -> None:
    """PKCE: someone who intercepts the code cannot redeem it, and the server's own exchange
    then fails cleanly."""
    location = start_and_consent(client, sandbox)
    code = parse_qs(urlsplit(location).query)["code"][0]
    stolen = sandbox.admin.post(
        "/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": f"{BASE}/auth/google/callback",
            **{
                k: v
                for k, v in sandbox_client_config(sandbox.url)["installed"].items()
                if k.startswith("client_")
            },
        },
    )
    assert stolen.json()["error"] == "invalid_grant"
    answer = client.get(location)
    assert answer.status_code == 400
    assert "invalid_grant" in answer.text
    assert status(client)["accounts"] == []


def test_start_without_client_secrets_says_what_to_do(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox, secrets=False)
    with TestClient(create_app(settings), base_url=BASE) as client:
        page = client.get("/auth/google/start", follow_redirects=False)
        assert page.status_code == 503
        assert page.headers["content-type"].startswith("text/html")
        assert "followup auth" in page.text
        assert "FOLLOWUP_CLIENT_SECRETS_FILE" in page.text
        as_json = client.get(
            "/auth/google/start", headers={"Accept": "application/json"}, follow_redirects=False
        )
        assert as_json.status_code == 503
        assert "followup auth" in as_json.json()["detail"]


def test_pending_sign_ins_expire_and_are_single_use(sandbox: Sandbox, tmp_path: Path) -> None:
    config = load_client_config(make_settings(tmp_path, sandbox))
    now = [1000.0]
    logins = WebLogins(clock=lambda: now[0])
    states = []
    for _ in range(3):
        url = logins.begin(config, f"{BASE}/auth/google/callback")
        states.append(parse_qs(urlsplit(url).query)["state"][0])
    assert len(set(states)) == 3
    verifier, redirect_uri = logins.finish(states[0])
    assert len(verifier) >= 43
    assert redirect_uri == f"{BASE}/auth/google/callback"
    with pytest.raises(ConsentError):
        logins.finish(states[0])
    now[0] += 599
    logins.finish(states[1])
    now[0] += 2
    with pytest.raises(ConsentError, match="expired"):
        logins.finish(states[2])
    assert len(logins) == 0


def test_no_tokens_or_addresses_logged_at_info(
    client: TestClient, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    saved = stored(client, "candidate@example.com")
    loud = " ".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "Google account connected" in loud  # something was logged, and it was checked
    for secret in (saved["token"], saved["refresh_token"], "candidate@example.com"):
        assert secret not in loud


# Secrets at rest ---------------------------------------------------------------------------


def test_nothing_secret_in_clear_on_disk(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    first = stored(client, "candidate@example.com")
    # One refresh too, so an old and a new access token exist.
    sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = session.exec(select(Account)).one()
        account.token_encrypted = _with_expiry(app.state.cipher, account, -60)
        fresh_credentials(session, account, app.state.cipher, settings)
    second = stored(client, "candidate@example.com")
    assert second["token"] != first["token"]
    app.state.engine.dispose()  # close connections: the WAL is checkpointed into the file

    files = [p for p in settings.data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "followup.db" for p in files)
    blobs = b"".join(p.read_bytes() for p in files)
    assert b"candidate@example.com" in blobs  # the scan does see the database's contents
    for secret in (first["token"], second["token"], first["refresh_token"]):
        assert secret.encode() not in blobs

    key = settings.data_dir / "secret.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def _with_expiry(cipher: TokenCipher, account: Account, seconds: int) -> bytes:
    """The account's stored credentials with the expiry moved to now + seconds."""
    assert account.token_encrypted is not None
    data = json.loads(cipher.decrypt(account.token_encrypted))
    data["expiry"] = (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()
    return cipher.encrypt(json.dumps(data).encode())


# Refreshing ---------------------------------------------------------------------------------


def connect_minted(
    client: TestClient, sandbox: Sandbox, settings: Settings, *, expires_in: int = 3600, **mint: Any
) -> int:
    """An account from sandbox-minted credentials (as after consent); returns its id.

    With a short `expires_in`, the stored token is close to expiry (the upsert itself ran
    with a token good for an hour, so it did not refresh)."""
    credentials = sandbox.credentials(**mint)
    credentials.expiry = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1)
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = upsert_account(session, credentials, app.state.cipher, settings)
        if expires_in != 3600:
            account.token_encrypted = _with_expiry(app.state.cipher, account, expires_in)
        assert account.id is not None
        account_id = account.id
    assert token_requests(sandbox) == []
    return account_id


def test_an_expiring_token_is_refreshed_and_saved(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    account_id = connect_minted(client, sandbox, settings, expires_in=120)
    old = stored(client, "candidate@example.com")
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        credentials = fresh_credentials(session, account, app.state.cipher, settings)
    assert token_requests(sandbox) == [200]
    assert credentials.token != old["token"]
    assert credentials.refresh_token == old["refresh_token"]
    new = stored(client, "candidate@example.com")
    assert new["token"] == credentials.token
    assert sandbox.state.oauth.access_token_valid(new["token"], sandbox.state.now())
    assert datetime.fromisoformat(new["expiry"]) > datetime.now(UTC) + timedelta(minutes=55)
    # The saved credentials work with the real client.
    profile = sandbox.gmail(credentials).users().getProfile(userId="me").execute()
    assert profile["emailAddress"] == "candidate@example.com"

    # Fresh enough now: no second refresh.
    with db.session_scope(app.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        again = fresh_credentials(session, account, app.state.cipher, settings)
    assert again.token == credentials.token
    assert token_requests(sandbox) == [200]


def test_revoked_access_needs_reauth_and_status_shows_it(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    account_id = connect_minted(client, sandbox, settings, expires_in=60)
    sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    app = app_of(client)
    with (
        pytest.raises(ReauthRequired, match="followup auth"),
        db.session_scope(app.state.engine) as session,
    ):
        account = session.get(Account, account_id)
        assert account is not None
        fresh_credentials(session, account, app.state.cipher, settings)
    assert token_requests(sandbox) == [400]

    accounts = status(client)["accounts"]
    assert accounts[0]["needs_reauth"] is True
    assert "invalid_grant" in accounts[0]["reauth_reason"]
    assert "followup auth" in accounts[0]["reauth_reason"]

    # Connecting again clears it.
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    accounts = status(client)["accounts"]
    assert accounts[0]["needs_reauth"] is False
    assert accounts[0]["reauth_reason"] is None


def test_token_endpoint_outage_is_not_a_reauth(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    from followup.google.auth import AuthError

    account_id = connect_minted(client, sandbox, settings, expires_in=60)
    sandbox.admin.post(
        "/_sandbox/faults", json={"match": "^POST /token$", "status": 400, "times": 1}
    ).raise_for_status()
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        with pytest.raises(AuthError) as raised:
            fresh_credentials(session, account, app.state.cipher, settings)
        assert not isinstance(raised.value, ReauthRequired)
    assert status(client)["accounts"][0]["needs_reauth"] is False


def test_narrowed_grant_is_flagged(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    connect_minted(
        client, sandbox, settings, scope="https://www.googleapis.com/auth/gmail.readonly"
    )
    account = status(client)["accounts"][0]
    assert account["needs_reauth"] is True
    assert "read your calendar" in account["reauth_reason"]
    assert "write Gmail drafts" in account["reauth_reason"]
    assert account["scopes"] == ["https://www.googleapis.com/auth/gmail.readonly"]


def test_credentials_from_another_key_need_reauth(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    account_id = connect_minted(client, sandbox, settings)
    app = app_of(client)
    with db.session_scope(app.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert load_credentials(account, app.state.cipher, settings).token
        other = TokenCipher(Fernet.generate_key())
        with pytest.raises(ReauthRequired, match="followup auth"):
            load_credentials(account, other, settings)
        account.token_encrypted = None
        with pytest.raises(ReauthRequired):
            load_credentials(account, app.state.cipher, settings)


# Client secrets ----------------------------------------------------------------------------


def test_client_secrets_errors_say_what_to_do(tmp_path: Path, sandbox: Sandbox) -> None:
    with pytest.raises(MissingClientSecrets) as missing:
        read_client_secrets(tmp_path / "nope.json")
    assert "followup auth" in str(missing.value)
    assert "FOLLOWUP_CLIENT_SECRETS_FILE" in str(missing.value)
    cases = {
        "not json {": "not valid JSON",
        "[1]": "expected a JSON object",
        '{"other": {}}': '"installed" or "web"',
        '{"installed": {"client_id": "x"}}': "missing client_secret",
    }
    for text, message in cases.items():
        path = tmp_path / "bad.json"
        path.write_text(text)
        with pytest.raises(InvalidClientSecrets, match=message) as bad:
            read_client_secrets(path)
        assert "\n" not in str(bad.value)


def test_client_config_points_at_the_sandbox_only_when_asked(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    google_file = tmp_path / "google.json"
    google_file.write_text(
        json.dumps(
            {
                "web": {
                    "client_id": "real.apps.googleusercontent.com",
                    "client_secret": "GOCSPX-x",
                    "auth_uri": GOOGLE_AUTH_URI,
                    "token_uri": GOOGLE_TOKEN_URI,
                }
            }
        )
    )
    plain = Settings(_env_file=None, data_dir=tmp_path, client_secrets_file=google_file)
    config = load_client_config(plain)
    assert (config.kind, config.auth_uri, config.token_uri) == (
        "web",
        GOOGLE_AUTH_URI,
        GOOGLE_TOKEN_URI,
    )
    sandboxed = plain.model_copy(update={"google_endpoint": sandbox.url})
    config = load_client_config(sandboxed)
    assert config.auth_uri == f"{sandbox.url}o/oauth2/auth"
    assert config.token_uri == f"{sandbox.url}token"
    assert config.client_id == "real.apps.googleusercontent.com"


def test_install_client_secrets_copies_privately(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox)
    assert settings.client_secrets_file is not None
    target = install_client_secrets(settings, settings.client_secrets_file)
    assert target == settings.data_dir / "client_secret.json"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == settings.client_secrets_file.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(InvalidClientSecrets):
        install_client_secrets(settings, bad)
    assert target.read_bytes() == settings.client_secrets_file.read_bytes()
    # Without FOLLOWUP_CLIENT_SECRETS_FILE, the copy in the data directory is used.
    copied = settings.model_copy(update={"client_secrets_file": None})
    assert load_client_config(copied).client_id == DEFAULT_CLIENT_ID


# The installed-app flow (`followup auth`) ------------------------------------------------------


class Browser:
    """Stands in for the user's browser: opens the consent page and clicks, in its own thread
    (a browser does not block the program that opened it)."""

    def __init__(self, decision: str = "allow") -> None:
        self.decision = decision
        self.urls: list[str] = []
        self.landed: list[httpx.Response] = []
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        self.threads.append(thread)
        thread.start()

    def _visit(self, url: str) -> None:
        try:
            with httpx.Client(follow_redirects=True, timeout=30) as browser:
                self.landed.append(consent(browser, url, self.decision))
        except BaseException as exc:
            self.errors.append(exc)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(timeout=30)
        assert not self.errors, self.errors


def test_installed_flow_end_to_end(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox)
    assert settings.client_secrets_file is not None
    browser = Browser()
    account = run_installed_flow(
        settings, settings.client_secrets_file, opener=browser, timeout_seconds=30
    )
    browser.join()
    assert account.email == "candidate@example.com"
    assert account.needs_reauth is False

    consent_url = browser.urls[0]
    query = {k: v[0] for k, v in parse_qs(urlsplit(consent_url).query).items()}
    assert consent_url.startswith(f"{sandbox.url}o/oauth2/auth?")
    assert query["redirect_uri"].startswith("http://127.0.0.1:")
    assert query["access_type"] == "offline"
    assert query["prompt"] == "consent"
    assert query["code_challenge_method"] == "S256"
    assert query["scope"].split() == list(SCOPES)
    # The browser landed on the flow's own loopback page.
    assert browser.landed[0].status_code == 200
    assert "connected to Google" in browser.landed[0].text

    copied = settings.data_dir / "client_secret.json"
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    engine = db.make_engine(settings.resolved_database_url)
    try:
        with db.session_scope(engine) as session:
            saved = session.exec(select(Account)).one()
            cipher = TokenCipher.load_or_create(settings.data_dir)
            credentials = load_credentials(saved, cipher, settings)
    finally:
        engine.dispose()
    assert credentials.refresh_token
    assert sandbox.state.oauth.access_token_valid(credentials.token, sandbox.state.now())
    assert credentials.expiry is not None
    assert credentials.expiry > datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=55)
    assert sorted(saved.scopes.split()) == sorted(SCOPES)


def test_installed_flow_denied(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox)
    assert settings.client_secrets_file is not None
    browser = Browser("deny")
    with pytest.raises(ConsentError, match="denied"):
        run_installed_flow(
            settings, settings.client_secrets_file, opener=browser, timeout_seconds=30
        )
    browser.join()
    assert token_requests(sandbox) == []


def test_installed_flow_gives_up_without_an_answer(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox)
    assert settings.client_secrets_file is not None
    opened: list[str] = []
    with pytest.raises(ConsentError, match="no answer from the browser"):
        run_installed_flow(
            settings, settings.client_secrets_file, opener=opened.append, timeout_seconds=0.3
        )
    assert len(opened) == 1


def test_installed_flow_refuses_bad_client_secrets(tmp_path: Path, sandbox: Sandbox) -> None:
    settings = make_settings(tmp_path, sandbox)
    bad = tmp_path / "bad.json"
    bad.write_text('{"installed": {}}')
    with pytest.raises(InvalidClientSecrets, match="missing client_id, client_secret"):
        run_installed_flow(settings, bad, opener=lambda url: None, timeout_seconds=1)
