"""The foundation's "done when", end to end: the real Google client against the sandbox
over HTTP, the sandbox's saved state, and `followup demo` as a person starts it."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import httpx

from followup.sandbox import SandboxState, create_sandbox_app
from tests.conftest import Sandbox
from tests.support import serve_in_thread


def _event(n: int, start: datetime) -> dict[str, object]:
    return {
        "summary": f"Event {n}",
        "start": {"dateTime": (start + timedelta(hours=n)).isoformat()},
        "end": {"dateTime": (start + timedelta(hours=n, minutes=30)).isoformat()},
    }


def test_real_client_pages_events_drafts_and_refreshes(sandbox: Sandbox) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    items = [_event(n, start) for n in range(12)]
    sandbox.admin.post("/_sandbox/calendar/events:batch", json={"items": items}).raise_for_status()

    # An access token that has already expired: the client must refresh it at /token first.
    credentials = sandbox.credentials(expires_in=-60)
    old_token = credentials.token
    calendar = sandbox.calendar(credentials)

    seen, pages = [], 0
    request = calendar.events().list(calendarId="primary", maxResults=5, singleEvents=True)
    while request is not None:
        page = request.execute()
        pages += 1
        seen += [item["summary"] for item in page["items"]]
        request = calendar.events().list_next(request, page)
    assert pages == 3
    assert sorted(seen) == sorted(f"Event {n}" for n in range(12))
    assert credentials.token != old_token
    token_calls = [r for r in sandbox.requests() if r["path"] == "/token"]
    assert [r["status"] for r in token_calls] == [200]

    message = EmailMessage()
    message["To"] = "ana@acme.example"
    message["Subject"] = "Thank you"
    message["Message-ID"] = "<followup-test-1@followup.local>"
    message.set_content("Thanks for today.")
    raw = base64.urlsafe_b64encode(message.as_bytes()).decode()
    gmail = sandbox.gmail(credentials)
    draft = gmail.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
    found = (
        gmail.users()
        .messages()
        .list(userId="me", q="rfc822msgid:<followup-test-1@followup.local> in:drafts")
        .execute()
    )
    assert [m["id"] for m in found["messages"]] == [draft["message"]["id"]]


def test_sandbox_state_file_survives_a_restart(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.json"
    with serve_in_thread(create_sandbox_app(state_file=state_file)) as url:
        start = datetime(2026, 12, 1, 15, tzinfo=UTC)
        created = httpx.post(f"{url}_sandbox/calendar/events", json=_event(1, start)).json()
    reloaded = SandboxState.from_file(state_file)
    assert [e["id"] for e in reloaded.calendar.all_events()] == [created["id"]]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_demo_serves_a_seeded_sandbox_and_a_signed_in_server(tmp_path: Path) -> None:
    port, sandbox_port = _free_port(), _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "followup", "demo", "--port", str(port),
         "--sandbox-port", str(sandbox_port), "--data-dir", str(tmp_path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        banner = ""
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        while "Press Ctrl-C" not in banner:
            line = process.stdout.readline()
            assert line or process.poll() is None, banner
            assert time.monotonic() < deadline, banner
            banner += line
        token = (tmp_path / "api-token").read_text()
        assert f"http://127.0.0.1:{port}" in banner
        assert f"http://127.0.0.1:{sandbox_port}/_sandbox/" in banner
        assert token in banner
        for _ in range(100):
            try:
                status = httpx.get(
                    f"http://127.0.0.1:{port}/api/v1/status",
                    headers={"Authorization": f"Bearer {token}"},
                )
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert status.json()["accounts"][0]["email"] == "candidate@example.com"
        events = httpx.get(f"http://127.0.0.1:{sandbox_port}/_sandbox/calendar/events").json()
        assert len(events["items"]) >= 10
        now = datetime.now(UTC).isoformat()
        starts = [e["start"].get("dateTime") or e["start"]["date"] for e in events["items"]]
        assert any(s < now for s in starts) and any(s > now for s in starts)
        # followup's files hold no token in the clear (sandbox.json is Google's side).
        for path in tmp_path.iterdir():
            if path.is_file() and path.name != "sandbox.json":
                data = path.read_bytes()
                assert b"ya29." not in data and b"1//sandbox-" not in data, path.name
    finally:
        process.terminate()
        process.wait(timeout=15)
