"""The sandbox's shared machinery: auth, Google-shaped errors, request log, faults."""

from __future__ import annotations

import pytest
from google.auth.exceptions import RefreshError

from tests.conftest import Sandbox


def test_unknown_route_is_a_google_shaped_404(sandbox: Sandbox) -> None:
    body = sandbox.admin.get("/calendar/v3/nope").json()
    assert body["error"]["code"] == 404
    assert body["error"]["status"] == "NOT_FOUND"
    assert body["error"]["errors"][0]["reason"] == "notFound"


def test_token_refresh_grant_and_invalid_grant(sandbox: Sandbox) -> None:
    creds = sandbox.credentials()
    form = {
        "grant_type": "refresh_token",
        "refresh_token": creds.refresh_token,
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
    }
    fresh = sandbox.admin.post("/token", data=form)
    assert fresh.status_code == 200
    assert fresh.json()["token_type"] == "Bearer"
    sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    dead = sandbox.admin.post("/token", data=form)
    assert dead.status_code == 400
    assert dead.json()["error"] == "invalid_grant"


def test_faults_are_consumed_and_logged(sandbox: Sandbox) -> None:
    sandbox.admin.post(
        "/_sandbox/faults", json={"match": "^POST /token$", "status": 503, "times": 2}
    ).raise_for_status()
    statuses = [sandbox.admin.post("/token", data={}).status_code for _ in range(3)]
    assert statuses == [503, 503, 401]
    logged = [(r["method"], r["path"], r["status"]) for r in sandbox.requests()]
    assert logged == [("POST", "/token", 503), ("POST", "/token", 503), ("POST", "/token", 401)]


def test_bad_fault_regex_is_a_clear_400(sandbox: Sandbox) -> None:
    answer = sandbox.admin.post("/_sandbox/faults", json={"match": "(", "status": 500})
    assert answer.status_code == 400
    assert "regular expression" in answer.json()["error"]["message"]


@pytest.mark.parametrize("api", ["calendar", "gmail"])
def test_api_rejects_missing_or_expired_token(sandbox: Sandbox, api: str) -> None:
    path = (
        "/calendar/v3/users/me/calendarList" if api == "calendar" else "/gmail/v1/users/me/profile"
    )
    assert sandbox.admin.get(path).status_code == 401
    creds = sandbox.credentials(expires_in=-10)
    assert (
        sandbox.admin.get(path, headers={"Authorization": f"Bearer {creds.token}"}).status_code
        == 401
    )


def test_real_client_refresh_with_revoked_grant_raises_invalid_grant(sandbox: Sandbox) -> None:
    creds = sandbox.credentials(expires_in=-10)
    sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    with pytest.raises(RefreshError, match="invalid_grant"):
        sandbox.gmail(creds).users().getProfile(userId="me").execute()
