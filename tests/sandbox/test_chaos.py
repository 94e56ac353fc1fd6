"""Chaos: seeded random faults on a share of Google API requests (`/_sandbox/chaos`)."""

from __future__ import annotations

import base64
import http.client
import time
from email.message import EmailMessage
from typing import Any

import httpx
import pytest
from googleapiclient.errors import HttpError

from followup.google.services import RetryPolicy, build_gmail
from tests.conftest import Sandbox

PROFILE = "/gmail/v1/users/me/profile"
DRAFTS = "/gmail/v1/users/me/drafts"


def chaos(sandbox: Sandbox, **body: Any) -> dict[str, Any]:
    answer = sandbox.admin.post("/_sandbox/chaos", json=body)
    answer.raise_for_status()
    data: dict[str, Any] = answer.json()
    return data


def bearer(sandbox: Sandbox) -> dict[str, str]:
    return {"Authorization": f"Bearer {sandbox.credentials().token}"}


def raw_draft(subject: str) -> dict[str, Any]:
    message = EmailMessage()
    message["From"] = "candidate@example.com"
    message["To"] = "dana.li@quillfeather.io"
    message["Subject"] = subject
    message.set_content("Thank you for your time today.")
    return {"message": {"raw": base64.urlsafe_b64encode(message.as_bytes()).decode()}}


def draft_subjects(sandbox: Sandbox) -> list[str]:
    mailbox = sandbox.admin.get("/_sandbox/gmail/mailbox").json()
    return sorted(draft["message"]["subject"] for draft in mailbox["drafts"])


def statuses(sandbox: Sandbox, headers: dict[str, str], count: int) -> list[tuple[int, str]]:
    """`count` profile reads with only the fast kinds armed: (status, chaos kind or "")."""
    for _ in range(count):
        sandbox.admin.get(PROFILE, headers=headers)
    return [(r["status"], r["chaos"] or "") for r in sandbox.requests()]


def test_the_same_seed_gives_the_same_faults_and_counts_them(sandbox: Sandbox) -> None:
    headers = bearer(sandbox)
    fast = ["429", "500", "503", "lost"]
    runs = []
    for seed in (7, 7, 8):
        sandbox.admin.delete("/_sandbox/requests")
        chaos(sandbox, rate=0.3, seed=seed, kinds=fast)
        runs.append(statuses(sandbox, headers, 200))
        report = sandbox.admin.get("/_sandbox/chaos").json()
        kinds = [kind for _, kind in runs[-1] if kind]
        assert report["requests"] == 200
        assert report["injected"] == {k: kinds.count(k) for k in fast}
        assert report["faults"] == len(kinds)
        assert 40 <= len(kinds) <= 80  # about 30 %
        assert {k for k in fast if report["injected"][k]} == set(fast)  # every kind drawn
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    for status, kind in runs[0]:
        assert status == (int(kind) if kind in ("429", "500") else 503 if kind else 200)


def test_errors_are_google_shaped_and_429_asks_for_a_short_wait(sandbox: Sandbox) -> None:
    headers = bearer(sandbox)
    chaos(sandbox, rate=1, seed=3, kinds=["429"], retry_after_max=0.8)
    waits = []
    for _ in range(20):
        answer = sandbox.admin.get(PROFILE, headers=headers)
        assert answer.status_code == 429
        assert answer.json()["error"]["errors"][0]["reason"] == "rateLimitExceeded"
        waits.append(float(answer.headers["Retry-After"]))
    assert all(0 <= w <= 0.8 for w in waits) and len(set(waits)) > 5
    chaos(sandbox, rate=1, kinds=["500"])
    assert sandbox.admin.get(PROFILE, headers=headers).json()["error"]["status"] == "INTERNAL"


def test_admin_requests_never_meet_chaos(sandbox: Sandbox) -> None:
    chaos(sandbox, rate=1, seed=1)
    for path in ("/_sandbox/clock", "/_sandbox/requests", "/_sandbox/user", "/_sandbox/"):
        assert sandbox.admin.get(path).status_code == 200
    assert sandbox.admin.post("/_sandbox/oauth/tokens", json={}).status_code == 200
    assert sandbox.admin.get("/_sandbox/chaos").json()["requests"] == 0
    assert sandbox.requests() == []


def test_match_limits_chaos_to_some_requests(sandbox: Sandbox) -> None:
    headers = bearer(sandbox)
    chaos(sandbox, rate=1, kinds=["503"], match="^POST /gmail/")
    assert sandbox.admin.get(PROFILE, headers=headers).status_code == 200
    assert sandbox.admin.post(DRAFTS, headers=headers, json=raw_draft("x")).status_code == 503
    assert sandbox.admin.get("/_sandbox/chaos").json()["requests"] == 1


def test_lost_does_the_work_then_answers_503(sandbox: Sandbox) -> None:
    headers = bearer(sandbox)
    chaos(sandbox, rate=1, kinds=["lost"])
    answer = sandbox.admin.post(DRAFTS, headers=headers, json=raw_draft("Thank you, Dana"))
    assert answer.status_code == 503
    assert draft_subjects(sandbox) == ["Thank you, Dana"]


def test_timeout_does_the_work_and_answers_too_late(sandbox: Sandbox) -> None:
    headers = bearer(sandbox)
    chaos(sandbox, rate=1, kinds=["timeout"], timeout_seconds=1.0)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        sandbox.admin.post(DRAFTS, headers=headers, json=raw_draft("Slow"), timeout=0.3)
    assert time.monotonic() - started < 0.9
    assert draft_subjects(sandbox) == ["Slow"]  # made at once; only the answer is late
    # A patient client does get the answer, after the delay.
    answer = sandbox.admin.get(PROFILE, headers=headers, timeout=5)
    assert answer.status_code == 200 and time.monotonic() - started >= 1.0
    assert [r["chaos"] for r in sandbox.requests()] == ["timeout", "timeout"]


def test_the_real_client_times_out(sandbox: Sandbox) -> None:
    policy = RetryPolicy(retries=0, timeout_seconds=0.3)
    gmail = build_gmail(sandbox.credentials(), sandbox.url, policy)
    chaos(sandbox, rate=1, kinds=["timeout"], timeout_seconds=1.0)
    with pytest.raises(TimeoutError):
        gmail.users().getProfile(userId="me").execute()


@pytest.mark.parametrize("method", ["create", "delete"])
def test_drop_cuts_the_answer_short(sandbox: Sandbox, method: str) -> None:
    headers = bearer(sandbox)
    made = sandbox.admin.post(DRAFTS, headers=headers, json=raw_draft("Cut")).json()
    chaos(sandbox, rate=1, kinds=["drop"])
    with pytest.raises(httpx.RemoteProtocolError):
        if method == "create":
            sandbox.admin.post(DRAFTS, headers=headers, json=raw_draft("Cut"))
        else:  # a 204 has no body to cut: the answer promises one and stops
            sandbox.admin.delete(f"{DRAFTS}/{made['id']}", headers=headers)
    sandbox.admin.delete("/_sandbox/chaos")
    assert draft_subjects(sandbox) == (["Cut", "Cut"] if method == "create" else [])
    assert sandbox.requests()[-1]["chaos"] == "drop"


def test_the_real_client_sees_a_dropped_answer_as_incomplete(sandbox: Sandbox) -> None:
    gmail = build_gmail(sandbox.credentials(), sandbox.url, RetryPolicy(retries=0))
    chaos(sandbox, rate=1, kinds=["drop"])
    with pytest.raises(http.client.IncompleteRead):
        gmail.users().drafts().create(userId="me", body=raw_draft("Cut")).execute()
    sandbox.admin.delete("/_sandbox/chaos")
    assert draft_subjects(sandbox) == ["Cut"]


def test_401_kills_the_token_so_the_client_must_refresh(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    headers = {"Authorization": f"Bearer {credentials.token}"}
    chaos(sandbox, rate=1, kinds=["401"], match="profile")
    answer = sandbox.admin.get(PROFILE, headers=headers)
    assert answer.status_code == 401
    assert "WWW-Authenticate" in answer.headers
    sandbox.admin.delete("/_sandbox/chaos")
    assert sandbox.admin.get(PROFILE, headers=headers).status_code == 401  # still dead
    # The real client refreshes at /token and repeats the request (google-auth-httplib2 tries
    # twice before it gives up).
    chaos(sandbox, rate=1, seed=2, kinds=["401"], match="^GET /gmail/v1/users/me/profile$")
    sandbox.admin.delete("/_sandbox/requests")
    with pytest.raises(HttpError) as raised:
        sandbox.gmail(credentials).users().getProfile(userId="me").execute()
    assert raised.value.resp.status == 401
    logged = [(r["method"], r["path"], r["status"]) for r in sandbox.requests()]
    refresh = [("POST", "/token", 200), ("GET", PROFILE, 401)]
    assert logged == [("GET", PROFILE, 401), *refresh, *refresh]
    sandbox.admin.delete("/_sandbox/chaos")
    assert sandbox.gmail(credentials).users().getProfile(userId="me").execute()["emailAddress"]


def test_the_token_endpoint_never_gets_a_401(sandbox: Sandbox) -> None:
    chaos(sandbox, rate=1, seed=5, kinds=["401", "500"], match="^POST /token$")
    codes = {sandbox.admin.post("/token", data={}).status_code for _ in range(10)}
    assert codes == {500}


def test_stop_keeps_the_counts_and_reset_forgets_chaos(sandbox: Sandbox) -> None:
    assert sandbox.admin.get("/_sandbox/chaos").json()["active"] is False
    started = chaos(sandbox, rate=0.5, seed=11, kinds=["503"])
    assert started["active"] and started["requests"] == 0 and started["injected"] == {"503": 0}
    headers = bearer(sandbox)
    for _ in range(10):
        sandbox.admin.get(PROFILE, headers=headers)
    stopped = sandbox.admin.delete("/_sandbox/chaos").json()
    assert stopped["active"] is False and stopped["requests"] == 10
    assert sandbox.admin.get(PROFILE, headers=headers).status_code == 200
    assert sandbox.admin.get("/_sandbox/chaos").json() == stopped
    sandbox.admin.post("/_sandbox/reset")
    assert sandbox.admin.get("/_sandbox/chaos").json()["active"] is False
    assert sandbox.admin.get("/_sandbox/chaos").json()["requests"] == 0


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"rate": 1.5}, "rate"),
        ({"rate": 0.3, "kinds": ["418"]}, "kinds"),
        ({"rate": 0.3, "kinds": []}, "kinds"),
        ({"rate": 0.3, "match": "("}, "regular expression"),
    ],
)
def test_bad_chaos_is_a_clear_400(sandbox: Sandbox, body: dict[str, Any], words: str) -> None:
    answer = sandbox.admin.post("/_sandbox/chaos", json=body)
    assert answer.status_code == 400
    assert words in answer.json()["error"]["message"]
