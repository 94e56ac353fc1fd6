"""An end-to-end world for lifecycle tests: the real server pieces on a real SQLite file, the
real Google client over HTTP to the sandbox, and one clock shared by both (the sandbox's)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from followup import db
from followup.app import create_app
from followup.config import Settings
from followup.context import Context
from followup.google.auth import upsert_account
from followup.models import FollowUp, Interview
from followup.tick import run_tick
from tests.conftest import Sandbox

ME = "candidate@example.com"
# A fixed, recent-looking start: a Tuesday, 10:00 UTC, in the sandbox's future or past as needed.
EPOCH = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


@dataclass
class Draft:
    id: str
    message_id: str
    thread_id: str
    message: EmailMessage

    def header(self, name: str) -> str:
        return str(self.message.get(name, ""))

    @property
    def body(self) -> str:
        part = self.message.get_body(("plain",))
        assert part is not None
        return str(part.get_content())


class World:
    def __init__(self, sandbox: Sandbox, ctx: Context, account_id: int, api: TestClient) -> None:
        self.sandbox = sandbox
        self.account_id = account_id
        self.api = api
        self.ctx = replace(ctx, clock=self.now)
        self.gmail = sandbox.gmail()

    # The clock ------------------------------------------------------------------------------

    def now(self) -> datetime:
        answer = self.sandbox.admin.get("/_sandbox/clock").raise_for_status().json()
        return datetime.fromisoformat(answer["now"])

    def set_clock(self, moment: datetime) -> None:
        offset = (moment - datetime.now(UTC)).total_seconds()
        self.sandbox.admin.post("/_sandbox/clock", json={"offset_seconds": offset})

    def advance(self, **delta: float) -> None:
        seconds = timedelta(**delta).total_seconds()
        self.sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": seconds})

    # followup -------------------------------------------------------------------------------

    def tick(self) -> Any:
        return run_tick(self.ctx, self.account_id)

    def followups(self, **where: Any) -> list[FollowUp]:
        with Session(self.ctx.engine) as session:
            rows = session.exec(select(FollowUp).order_by(FollowUp.id)).all()  # type: ignore[arg-type]
        return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]

    def interview(self, event_id: str) -> Interview:
        with Session(self.ctx.engine) as session:
            return session.exec(select(Interview).where(Interview.event_id == event_id)).one()

    def forget_requests(self) -> None:
        self.sandbox.admin.delete("/_sandbox/requests").raise_for_status()

    def google_requests(self) -> list[str]:
        return [f"{r['method']} {r['path']}" for r in self.sandbox.requests()]

    # Calendar -------------------------------------------------------------------------------

    def add_event(self, **event: Any) -> str:
        answer = self.sandbox.admin.post("/_sandbox/calendar/events", json=event)
        answer.raise_for_status()
        return str(answer.json()["id"])

    def move_event(self, event_id: str, start: datetime, minutes: int = 45) -> None:
        self.sandbox.admin.patch(
            f"/_sandbox/calendar/events/{event_id}",
            json={"start": when(start), "end": when(start + timedelta(minutes=minutes))},
        ).raise_for_status()

    def cancel_event(self, event_id: str) -> None:
        self.sandbox.admin.delete(f"/_sandbox/calendar/events/{event_id}").raise_for_status()

    # Gmail ----------------------------------------------------------------------------------

    def drafts(self) -> list[Draft]:
        users = self.gmail.users()
        listed = users.drafts().list(userId="me").execute().get("drafts", [])
        found = []
        for item in listed:
            full = users.drafts().get(userId="me", id=item["id"], format="raw").execute()
            raw = base64.urlsafe_b64decode(full["message"]["raw"] + "==")
            message = BytesParser(policy=policy.default).parsebytes(raw)
            assert isinstance(message, EmailMessage)
            found.append(
                Draft(full["id"], full["message"]["id"], full["message"]["threadId"], message)
            )
        return found

    def send_draft(self, draft_id: str) -> dict[str, Any]:
        sent: dict[str, Any] = (
            self.gmail.users().drafts().send(userId="me", body={"id": draft_id}).execute()
        )
        return sent

    def edit_draft(self, draft: Draft, text: str) -> None:
        message = EmailMessage()
        for name in ("From", "To", "Subject", "In-Reply-To", "References"):
            if draft.header(name):
                message[name] = draft.header(name)
        message.set_content(text)
        raw = base64.urlsafe_b64encode(message.as_bytes()).decode()
        self.gmail.users().drafts().update(
            userId="me",
            id=draft.id,
            body={"message": {"raw": raw, "threadId": draft.thread_id}},
        ).execute()

    def deliver(
        self,
        sender: str,
        subject: str,
        body: str,
        *,
        to: str = ME,
        thread_id: str | None = None,
        labels: list[str] | None = None,
        at: datetime | None = None,
        in_reply_to: str | None = None,
        html: str | None = None,
    ) -> dict[str, Any]:
        """Mail arrives (or, with labels=["SENT"], the user sent it)."""
        message = EmailMessage()
        message["From"] = sender
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = format_datetime(at or self.now())
        message["Message-ID"] = make_msgid(domain="mail.example")
        if in_reply_to:
            message["In-Reply-To"] = in_reply_to
            message["References"] = in_reply_to
        message.set_content(body)
        if html:
            message.add_alternative(html, subtype="html")
        payload: dict[str, Any] = {
            "raw": base64.urlsafe_b64encode(message.as_bytes()).decode(),
        }
        if thread_id:
            payload["threadId"] = thread_id
        if labels is not None:
            payload["labelIds"] = labels
        if at is not None:
            payload["internalDate"] = str(int(at.timestamp() * 1000))
        answer = self.sandbox.admin.post("/_sandbox/gmail/messages", json=payload)
        answer.raise_for_status()
        stored: dict[str, Any] = answer.json()
        return stored


def when(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.isoformat(), "timeZone": "UTC"}


def interview_event(
    start: datetime,
    *,
    title: str = "Technical interview – Quillfeather",
    interviewers: tuple[tuple[str, str], ...] = (
        ("Dana Li", "dana.li@quillfeather.io"),
        ("Omar Haddad", "omar.haddad@quillfeather.io"),
    ),
    recruiter: tuple[str, str] = ("Priya Raman", "priya.raman@quillfeather.io"),
    minutes: int = 45,
    **extra: Any,
) -> dict[str, Any]:
    attendees = [{"email": ME, "self": True, "responseStatus": "accepted"}]
    attendees += [{"email": email, "displayName": name} for name, email in interviewers]
    return {
        "summary": title,
        "description": "Senior Backend Engineer loop. Scheduled via Greenhouse.",
        "start": when(start),
        "end": when(start + timedelta(minutes=minutes)),
        "organizer": {"email": recruiter[1], "displayName": recruiter[0]},
        "attendees": attendees,
        **extra,
    }


@pytest.fixture
def world(sandbox: Sandbox, tmp_path: Path) -> Iterator[World]:
    settings = Settings(
        data_dir=tmp_path,
        google_endpoint=sandbox.url,
        background_sync=False,
        google_backoff_seconds=0.01,  # retries without the real waits
    )
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1:8765") as api:
        api.headers["Authorization"] = f"Bearer {app.state.api_token}"
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
        world = World(sandbox, app.state.tick_context, account_id, api)
        app.state.tick_context = world.ctx  # "sync now" uses the shared clock too
        yield world
