"""Scopes and the OAuth client type, end to end: Gmail's 403s for the token's scopes send the
account to re-authorisation, `followup auth` asks for exactly followup's scopes and refuses a
Web application client's file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from followup import db
from followup.app import create_app
from followup.config import SCOPES, Settings
from followup.google.auth import (
    ClientConfig,
    InvalidClientSecrets,
    ReauthRequired,
    authorization_url,
    run_installed_flow,
    save_credentials,
    upsert_account,
)
from followup.models import Account
from followup.sandbox.oauth import sandbox_client_config
from followup.sandbox.scopes import GMAIL_METADATA
from followup.tick import run_tick
from tests.conftest import Sandbox
from tests.test_auth import Browser, make_settings
from tests.test_cli import run
from tests.world import interview_event

FOLLOWUP_SCOPES = " ".join(SCOPES)


@pytest.fixture
def app(sandbox: Sandbox, tmp_path: Path) -> Iterator[tuple[FastAPI, TestClient, int]]:
    """followup's server with one account connected with followup's own scopes."""
    settings = Settings(
        data_dir=tmp_path, google_endpoint=sandbox.url, background_sync=False, _env_file=None
    )
    application = create_app(settings)
    with TestClient(application, base_url="http://127.0.0.1:8765") as api:
        api.headers["Authorization"] = f"Bearer {application.state.api_token}"
        with db.session_scope(application.state.engine) as session:
            account = upsert_account(
                session, sandbox.credentials(), application.state.cipher, settings
            )
            assert account.id is not None and not account.needs_reauth
            account_id = account.id
        yield application, api, account_id


def regrant(application: FastAPI, account_id: int, sandbox: Sandbox, scope: str) -> None:
    """The account's saved sign-in now carries `scope` (as one made before these checks
    existed, or a grant Google widened with include_granted_scopes)."""
    with db.session_scope(application.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        save_credentials(account, sandbox.credentials(scope=scope), application.state.cipher)
        session.add(account)


def account_of(application: FastAPI, account_id: int) -> Account:
    with Session(application.state.engine) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account


def test_gmail_metadata_in_the_grant_sends_the_account_to_reauthorisation(
    sandbox: Sandbox, app: tuple[FastAPI, TestClient, int]
) -> None:
    application, api, account_id = app
    regrant(application, account_id, sandbox, f"{FOLLOWUP_SCOPES} {GMAIL_METADATA}")
    ended = datetime.now(UTC) - timedelta(hours=3)  # its thank-you is due: a search first
    sandbox.admin.post("/_sandbox/calendar/events", json=interview_event(ended)).raise_for_status()

    answer = api.post("/api/v1/sync")
    assert answer.status_code == 424
    assert "re-authorise" in answer.json()["detail"]
    account = account_of(application, account_id)
    assert account.needs_reauth
    assert account.reauth_reason is not None
    assert "gmail.metadata" in account.reauth_reason
    assert "followup auth" in account.reauth_reason
    statuses = [r["status"] for r in sandbox.requests() if r["path"].startswith("/gmail/")]
    assert 403 in statuses  # Gmail refused a search, as it does
    status = api.get("/api/v1/status").json()
    assert json.dumps(status).count("gmail.metadata") >= 1


def test_a_missing_scope_sends_the_account_to_reauthorisation(
    sandbox: Sandbox, app: tuple[FastAPI, TestClient, int]
) -> None:
    application, _api, account_id = app
    gmail_only = " ".join(scope for scope in SCOPES if "calendar" not in scope)
    regrant(application, account_id, sandbox, gmail_only)
    with pytest.raises(ReauthRequired, match="lacks a permission followup needs"):
        run_tick(application.state.tick_context, account_id)
    assert account_of(application, account_id).needs_reauth


def test_other_403s_are_not_a_reauthorisation(
    sandbox: Sandbox, app: tuple[FastAPI, TestClient, int]
) -> None:
    application, _api, account_id = app
    sandbox.admin.post(
        "/_sandbox/faults", json={"match": "^GET /gmail/", "status": 403, "times": 50}
    ).raise_for_status()
    from googleapiclient.errors import HttpError

    with pytest.raises(HttpError):
        run_tick(application.state.tick_context, account_id)
    assert not account_of(application, account_id).needs_reauth


def test_connecting_with_gmail_metadata_is_flagged(
    sandbox: Sandbox, app: tuple[FastAPI, TestClient, int]
) -> None:
    application, _api, _account_id = app
    settings = application.state.settings
    with db.session_scope(application.state.engine) as session:
        credentials = sandbox.credentials(scope=f"{FOLLOWUP_SCOPES} {GMAIL_METADATA}")
        account = upsert_account(session, credentials, application.state.cipher, settings)
        assert account.needs_reauth
        assert "gmail.metadata" in (account.reauth_reason or "")


def client_file(tmp_path: Path, sandbox: Sandbox, kind: str, client_id: str) -> Path:
    config = sandbox_client_config(sandbox.url)["installed"]
    path = tmp_path / f"client_secret_{kind}.json"
    path.write_text(json.dumps({kind: {**config, "client_id": client_id}}))
    return path


def test_followup_auth_asks_for_exactly_its_scopes(tmp_path: Path, sandbox: Sandbox) -> None:
    """An earlier gmail.metadata grant to the same client does not ride along."""
    client = {"client_id": "desktop.apps.googleusercontent.com", "client_secret": "sandbox-secret"}
    sandbox.admin.post("/_sandbox/oauth/clients", json=client).raise_for_status()
    sandbox.admin.post(
        "/_sandbox/oauth/tokens", json={"client_id": client["client_id"], "scope": GMAIL_METADATA}
    ).raise_for_status()
    settings = make_settings(tmp_path, sandbox)
    secrets_file = client_file(tmp_path, sandbox, "installed", client["client_id"])
    browser = Browser()
    account = run_installed_flow(settings, secrets_file, opener=browser, timeout_seconds=30)
    browser.join()
    query = parse_qs(urlsplit(browser.urls[0]).query)
    assert query["scope"] == [FOLLOWUP_SCOPES]
    assert "include_granted_scopes" not in query
    assert sorted(account.scopes.split()) == sorted(SCOPES)
    assert not account.needs_reauth
    # The server's own sign-in (/auth/google/start) asks the same way.
    config = ClientConfig("web", client["client_id"], "s", settings.auth_uri, settings.token_uri)
    url = authorization_url(config, redirect_uri="http://127.0.0.1:8765/cb", state="s",
                            code_challenge="c")  # fmt: skip
    assert "include_granted_scopes" not in parse_qs(urlsplit(url).query)


def test_followup_auth_refuses_a_web_client_before_opening_a_browser(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    settings = make_settings(tmp_path, sandbox)
    web_file = client_file(tmp_path, sandbox, "web", "web-app.apps.googleusercontent.com")
    opened: list[str] = []
    with pytest.raises(InvalidClientSecrets) as error:
        run_installed_flow(settings, web_file, opener=opened.append, timeout_seconds=1)
    message = str(error.value)
    assert "Web application" in message and "Desktop app" in message
    assert "redirect_uri_mismatch" in message
    assert opened == []
    assert not (settings.data_dir / "client_secret.json").exists()

    # The command says the same, in one line, without a traceback.
    done: Any = run("auth", "--client-secrets", str(web_file), "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 2
    assert "Desktop app" in done.stderr and "Traceback" not in done.stderr
