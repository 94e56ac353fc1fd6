"""The retry layer under Google's client (google/services.py): what is retried, how long it
waits, and what is never repeated. Faults come from the sandbox over real HTTP, or from a
loopback socket that answers badly on purpose."""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import httplib2
import pytest
from googleapiclient.errors import HttpError

from followup.google.services import RetryingHttp, RetryPolicy, build_gmail, retry_after
from tests.conftest import Sandbox


class Sleeps:
    """Records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def gmail(sandbox: Sandbox, sleeps: Sleeps, **policy: Any) -> Any:
    return build_gmail(sandbox.credentials(), sandbox.url, RetryPolicy(sleep=sleeps, **policy))


def fault(sandbox: Sandbox, match: str, status: int, times: int = 1, **extra: Any) -> None:
    body = {"match": match, "status": status, "times": times, **extra}
    sandbox.admin.post("/_sandbox/faults", json=body).raise_for_status()


def hits(sandbox: Sandbox, line: str) -> int:
    return sum(f"{r['method']} {r['path']}" == line for r in sandbox.requests())


def draft_body() -> dict[str, Any]:
    message = EmailMessage()
    message["To"] = "dana.li@quillfeather.io"
    message["Subject"] = "Thank you"
    message.set_content("Thank you for your time today.")
    return {"message": {"raw": base64.urlsafe_b64encode(message.as_bytes()).decode()}}


PROFILE = "GET /gmail/v1/users/me/profile"
CREATE = "POST /gmail/v1/users/me/drafts"


def test_a_429_read_waits_what_retry_after_says(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 429, times=2, retry_after=1.5)
    profile = gmail(sandbox, sleeps).users().getProfile(userId="me").execute()
    assert profile["emailAddress"]
    assert sleeps.waits == [1.5, 1.5]
    assert hits(sandbox, PROFILE) == 3


def test_a_retry_after_longer_than_the_limit_is_left_to_the_next_tick(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 429, retry_after=600)
    service = gmail(sandbox, sleeps, max_retry_after_seconds=60)
    with pytest.raises(HttpError) as caught:
        service.users().getProfile(userId="me").execute()
    assert caught.value.resp.status == 429
    assert sleeps.waits == []
    assert hits(sandbox, PROFILE) == 1


def test_5xx_reads_back_off_exponentially_then_give_up(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 503, times=10)
    with pytest.raises(HttpError) as caught:
        gmail(sandbox, sleeps, retries=3).users().getProfile(userId="me").execute()
    assert caught.value.resp.status == 503
    assert hits(sandbox, PROFILE) == 4  # the first try and 3 retries
    # Each wait lies in [half, all] of 1, 2, 4 seconds.
    assert len(sleeps.waits) == 3
    for wait, ceiling in zip(sleeps.waits, (1, 2, 4), strict=True):
        assert ceiling / 2 <= wait <= ceiling


def test_a_write_is_not_repeated_after_a_5xx(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^POST /gmail/v1/users/me/drafts$", 503, after_effect=True)
    service = gmail(sandbox, sleeps)
    with pytest.raises(HttpError):
        service.users().drafts().create(userId="me", body=draft_body()).execute()
    assert hits(sandbox, CREATE) == 1
    assert len(service.users().drafts().list(userId="me").execute()["drafts"]) == 1
    assert sleeps.waits == []


def test_a_write_refused_with_429_is_retried_once_and_made_once(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^POST /gmail/v1/users/me/drafts$", 429, retry_after=0)
    service = gmail(sandbox, sleeps)
    service.users().drafts().create(userId="me", body=draft_body()).execute()
    assert hits(sandbox, CREATE) == 2
    assert len(service.users().drafts().list(userId="me").execute()["drafts"]) == 1
    assert sleeps.waits == [0.0]


def test_no_retries_when_switched_off(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 500)
    with pytest.raises(HttpError):
        gmail(sandbox, sleeps, retries=0).users().getProfile(userId="me").execute()
    assert hits(sandbox, PROFILE) == 1


@pytest.mark.parametrize("reason", ["rateLimitExceeded", "userRateLimitExceeded"])
def test_a_403_rate_limit_is_retried_like_a_429_for_reads_and_writes(
    sandbox: Sandbox, reason: str
) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 403, reason=reason)
    fault(sandbox, "^POST /gmail/v1/users/me/drafts$", 403, reason=reason)
    service = gmail(sandbox, sleeps)
    assert service.users().getProfile(userId="me").execute()["emailAddress"]
    service.users().drafts().create(userId="me", body=draft_body()).execute()
    assert hits(sandbox, PROFILE) == 2
    assert hits(sandbox, CREATE) == 2
    assert len(service.users().drafts().list(userId="me").execute()["drafts"]) == 1
    assert len(sleeps.waits) == 2


def test_any_other_403_is_final(sandbox: Sandbox) -> None:
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/profile$", 403, reason="insufficientPermissions")
    with pytest.raises(HttpError) as caught:
        gmail(sandbox, sleeps).users().getProfile(userId="me").execute()
    assert caught.value.resp.status == 403
    assert hits(sandbox, PROFILE) == 1
    assert sleeps.waits == []


def long_search(service: Any) -> Any:
    """A search whose URL passes 2,048 characters: Google's client sends it as a POST with
    `X-HTTP-Method-Override: GET` and the query in a form-encoded body."""
    terms = " ".join(f"from:someone{n:03}@example.org" for n in range(80))
    return service.users().messages().list(userId="me", q=f"{{{terms} Quillfeather}}")


def test_a_long_search_is_a_read_the_sandbox_serves_and_logs_as_a_get(sandbox: Sandbox) -> None:
    message = EmailMessage()
    message["From"] = "someone079@example.org"
    message["To"] = "me@example.com"
    message["Subject"] = "Hello"
    message.set_content("Hello")
    raw = base64.urlsafe_b64encode(message.as_bytes()).decode()
    sandbox.admin.post("/_sandbox/gmail/messages", json={"raw": raw}).raise_for_status()
    sleeps = Sleeps()
    fault(sandbox, "^GET /gmail/v1/users/me/messages$", 503)  # seen as the GET it stands for
    request = long_search(gmail(sandbox, sleeps))
    assert request.method == "GET" and len(request.uri) > 2048  # the client will send a POST
    found = request.execute()
    assert request.method == "POST"
    assert len(found["messages"]) == 1
    (first, second) = [r for r in sandbox.requests() if r["path"] == "/gmail/v1/users/me/messages"]
    assert (first["method"], first["status"]) == ("GET", 503)
    assert (second["method"], second["status"]) == ("GET", 200)
    assert "someone079%40example.org" in second["query"]  # the body became the query again
    assert len(sleeps.waits) == 1  # retried: a read, though it travelled as a POST


def test_a_method_override_the_sandbox_does_not_know_is_refused(sandbox: Sandbox) -> None:
    answer = sandbox.admin.post(
        "/gmail/v1/users/me/profile",
        headers={"X-HTTP-Method-Override": "TRACE", "Authorization": "Bearer x"},
    )
    assert answer.status_code == 400
    assert "X-HTTP-Method-Override" in answer.json()["error"]["message"]


def test_an_override_to_delete_deletes(sandbox: Sandbox) -> None:
    service = gmail(sandbox, Sleeps())
    draft = service.users().drafts().create(userId="me", body=draft_body()).execute()
    token = sandbox.credentials().token
    answer = sandbox.admin.post(
        f"/gmail/v1/users/me/drafts/{draft['id']}",
        headers={"X-HTTP-Method-Override": "DELETE", "Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 204, answer.text
    assert service.users().drafts().list(userId="me").execute().get("drafts", []) == []
    assert hits(sandbox, f"DELETE /gmail/v1/users/me/drafts/{draft['id']}") == 1


@contextmanager
def bad_server(behaviour: str) -> Iterator[tuple[str, list[int]]]:
    """A loopback server that reads each request, then hangs ("silent") or hangs up ("drop")."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    accepted: list[int] = []
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(1)
            conn.recv(65536)
            if behaviour == "drop":
                conn.close()
            else:
                held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/", accepted
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


@pytest.mark.parametrize("behaviour", ["silent", "drop"])
def test_timeouts_and_dropped_connections_retry_reads_only(behaviour: str) -> None:
    sleeps = Sleeps()
    policy = RetryPolicy(retries=2, timeout_seconds=0.3, sleep=sleeps)
    with bad_server(behaviour) as (url, accepted):
        http = RetryingHttp(httplib2.Http(timeout=policy.timeout_seconds), policy)
        with pytest.raises((OSError, httplib2.HttpLib2Error)):
            http.request(url, "GET")
        reads = len(accepted)
        with pytest.raises((OSError, httplib2.HttpLib2Error)):
            http.request(url, "POST", body="{}")
        writes = len(accepted) - reads
    # httplib2 itself may reconnect once after a dropped connection, so count per try.
    assert reads >= 3 and reads % 3 == 0, reads
    assert writes == reads // 3, (reads, writes)
    assert len(sleeps.waits) == 2


def test_retry_after_reads_seconds_and_dates() -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert retry_after({"retry-after": "3"}, now) == 3.0
    assert retry_after({"retry-after": "0.5"}, now) == 0.5
    assert retry_after({"retry-after": "-4"}, now) == 0.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after({"retry-after": later}, now) == 90.0
    assert retry_after({"retry-after": "soon, maybe"}, now) is None
    assert retry_after({}, now) is None
