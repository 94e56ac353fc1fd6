"""Bad input end to end, property-based: odd Calendar events and odd Gmail messages reach a
real tick (the real Google client over HTTP to the sandbox, a real SQLite file) next to one
normal interview. The tick never crashes, the normal interview is still found and its
thank-yous drafted once each, and a bad event never blocks the others.

The sandbox's admin API validates events the way Google's insert does, so an odd event is
written in two steps: a valid placeholder is inserted (it places the event in the synced window)
and then its stored resource is replaced by the odd one, which `events.list` serves as it is.
The pure parts (parsing, detection, planning, composing, classifying) are fuzzed much harder in
`tests/core/test_fuzz_*.py`; here the number of examples is kept small (each is a fresh world).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from followup import db
from followup.app import create_app
from followup.config import Settings
from followup.google.auth import upsert_account
from followup.google.calendar import GoogleCalendar
from followup.models import FollowUpKind, FollowUpState, Interview
from followup.sync import sync_calendars
from tests.conftest import Sandbox
from tests.core.test_fuzz_classify import raw_message
from tests.fuzz import fuzz, interview_resource, odd_event, report
from tests.world import EPOCH, ME, World, interview_event

DANA = "dana.li@quillfeather.io"
OMAR = "omar.haddad@quillfeather.io"
# The normal interview: over two hours before EPOCH, so its thank-yous are due at EPOCH.
INTERVIEW_START = EPOCH - timedelta(hours=3)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@contextmanager
def fresh_world(sandbox: Sandbox, data_dir: Path) -> Iterator[World]:
    """What the `world` fixture makes, once per example: an empty sandbox, a new database."""
    sandbox.admin.post("/_sandbox/reset").raise_for_status()
    sandbox.admin.delete("/_sandbox/faults").raise_for_status()
    settings = Settings(data_dir=data_dir, google_endpoint=sandbox.url, background_sync=False)
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1:8765") as api:
        api.headers["Authorization"] = f"Bearer {app.state.api_token}"
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
        world = World(sandbox, app.state.tick_context, account_id, api)
        app.state.tick_context = world.ctx
        world.set_clock(EPOCH)
        yield world
    app.state.engine.dispose()


def _servable(value: Any) -> Any:
    """`value` with lone surrogates replaced: the sandbox, like Google, answers UTF-8 JSON,
    which cannot carry them (they are fuzzed without HTTP below and in tests/core)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_servable(item) for item in value]
    if isinstance(value, dict):
        return {_servable(key): _servable(item) for key, item in value.items()}
    return value


def put_odd_event(world: World, odd: dict[str, Any], number: int) -> None:
    """An odd event in the sandbox's calendar, listed by the next `events.list`."""
    placeholder = {
        "summary": f"placeholder {number}",
        "start": {"dateTime": (EPOCH - timedelta(hours=number + 1)).isoformat()},
        "end": {"dateTime": (EPOCH - timedelta(hours=number)).isoformat()},
    }
    event_id = world.add_event(**placeholder)
    record = world.sandbox.state.calendar.events[event_id]
    resource = {key: value for key, value in record.resource.items() if key in ("kind", "etag")}
    resource["id"] = event_id
    resource.update(_servable(odd))
    if resource.get("id") is None or isinstance(resource["id"], (dict, list)):
        resource["id"] = event_id  # the store keys events by id; odd ids are still strings
    record.resource = resource


def normal_interview_went_through(world: World) -> None:
    with Session(world.ctx.engine) as session:
        rows = session.exec(select(Interview).where(Interview.company == "Quillfeather")).all()
    interviews = [row for row in rows if row.is_interview and not row.cancelled]
    assert interviews, "the normal interview was not stored"
    thanks = world.followups(kind=FollowUpKind.thank_you, interview_id=interviews[0].id)
    drafted = {row.recipient_email for row in thanks if row.state is FollowUpState.drafted}
    assert drafted == {DANA, OMAR}, [(row.recipient_email, row.state, row.flags) for row in thanks]
    recipients = [draft.header("To") for draft in world.drafts()]
    for address in (DANA, OMAR):
        assert sum(address in to for to in recipients) == 1, recipients  # once each


def test_odd_calendar_events_never_break_the_tick(
    sandbox: Sandbox,
    tmp_path_factory: pytest.TempPathFactory,
    record_property: Callable[[str, object], None],
) -> None:
    ran = odd_events = 0

    @fuzz(25)
    @given(odd=st.lists(odd_event, min_size=1, max_size=3))
    def prop(odd: list[dict[str, Any]]) -> None:
        nonlocal ran, odd_events
        ran += 1
        with fresh_world(sandbox, tmp_path_factory.mktemp("odd-calendar")) as world:
            world.add_event(**interview_event(INTERVIEW_START))
            for number, event in enumerate(odd):
                put_odd_event(world, event, number)
                odd_events += 1
            world.tick()  # a full sync
            normal_interview_went_through(world)
            world.advance(hours=2)
            world.tick()  # incremental: nothing new, nothing breaks, nothing twice
            normal_interview_went_through(world)

    prop()
    report(record_property, "tick with odd events", ran, minimum=25)
    record_property("odd events served", odd_events)
    print(f"[fuzz] odd calendar events served through the sandbox: {odd_events}")


@pytest.mark.parametrize(
    "odd",
    [
        pytest.param(
            {
                "start": {"dateTime": "9999-12-31T23:00:00+14:00"},
                "end": {"dateTime": "9999-12-31T23:59:59-12:00"},
            },
            id="year-9999",
        ),
        pytest.param(
            {
                "start": {"dateTime": "0001-01-01T00:00:00+14:00"},
                "end": {"dateTime": "0001-01-01T01:00:00+14:00"},
            },
            id="year-1",
        ),
        pytest.param(
            {
                "start": {"date": "9999-12-31", "timeZone": "Pacific/Kiritimati"},
                "end": {"date": "9999-12-31"},
            },
            id="all-day-9999",
        ),
        pytest.param({"updated": "2026-03-10T08:00:00"}, id="naive-updated"),
        pytest.param({"updated": "0001-01-01T00:00:00+05:00"}, id="updated-before-year-1"),
    ],
)
def test_interviews_at_the_ends_of_time_are_skipped_not_fatal(
    sandbox: Sandbox, tmp_path: Path, odd: dict[str, Any]
) -> None:
    """Found by the property above: such an interview made every tick fail (OverflowError
    placing it in UTC, or a naive `updated` the database refuses)."""
    with fresh_world(sandbox, tmp_path) as world:
        world.add_event(**interview_event(INTERVIEW_START))
        interview = interview_resource("x", EPOCH - timedelta(hours=5))
        interview.pop("id")
        interview["attendees"][1:] = [{"email": "lee@acme-robotics.com", "displayName": "Lee"}]
        interview["organizer"] = {"email": "hr@acme-robotics.com"}
        put_odd_event(world, interview | odd, 0)
        world.tick()
        normal_interview_went_through(world)


def test_lone_surrogates_from_google_json_are_stored_safely(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """JSON may spell a lone surrogate ("\\ud800"); Python's json decodes it into a str that
    no UTF-8 database stores. The sandbox cannot serve one (it answers UTF-8), so the page is
    written as Google's bytes would be, and parsed by the real client code path."""
    with fresh_world(sandbox, tmp_path) as world:
        normal = interview_resource("normal1", INTERVIEW_START)
        odd = interview_resource("surrogate1", INTERVIEW_START - timedelta(hours=1))
        odd["summary"] = "Interview \ud83d with \udfff Acme"
        odd["attendees"][1] = {"email": "lee\ud800@acme-robotics.com", "displayName": "Lee \udc00"}
        odd["organizer"] = {"email": "hr@acme-robotics.com", "displayName": "\ud800"}
        body = json.dumps({"items": [odd, normal], "nextSyncToken": "t1"})  # ASCII, escaped
        assert "\\ud83d" in body

        class Escaped:
            """The service's `events()` answering that body, as googleapiclient would."""

            def list(self, **_: Any) -> Any:
                return self

            def execute(self, num_retries: int = 0) -> Any:
                return json.loads(body)

            def list_next(self, *_: Any) -> None:
                return None

        class Service:
            def events(self) -> Escaped:
                return Escaped()

        summary = sync_calendars(
            world.ctx.engine,
            world.account_id,
            GoogleCalendar(Service()),
            world.ctx.settings,
            world.now(),
        )
        assert summary.created >= 1
        with Session(world.ctx.engine) as session:
            titles = {row.event_id: row.title for row in session.exec(select(Interview))}
        assert "normal1" in titles
        assert all(not _SURROGATE.search(title) for title in titles.values())


def _deliver_raw(world: World, raw: bytes, thread_id: str | None = None) -> bool:
    payload: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode()}
    if thread_id:
        payload["threadId"] = thread_id
    answer = world.sandbox.admin.post("/_sandbox/gmail/messages", json=payload)
    if answer.status_code == 400:  # no header block at all: Gmail refuses it too
        return False
    answer.raise_for_status()
    return True


# The generated From lines: replaced, so that the watcher reads the message as the company's.
# Every other header (odd To, Cc, Message-ID and all) is delivered as generated.
_FROM = re.compile(rb"(?im)^from[ \t]*:.*$")


def _from_the_company(raw: bytes, sender: str) -> bytes:
    """Make the watcher read it: a From at the company's domain, in place of any it had."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    head = _FROM.sub(b"X-Was-From: removed", head)
    return f"From: {sender}\r\n".encode() + head + sep + body


def test_odd_gmail_messages_never_break_the_tick(
    sandbox: Sandbox,
    tmp_path_factory: pytest.TempPathFactory,
    record_property: Callable[[str, object], None],
) -> None:
    ran = delivered = 0

    @fuzz(25)
    @given(
        messages=st.lists(raw_message(), min_size=1, max_size=4),
        sender=st.sampled_from(
            (
                DANA,
                "Priya <priya.raman@quillfeather.io>",
                "no-reply@greenhouse.io",
                "garbage <@quillfeather.io>",
            )
        ),
    )
    def prop(messages: list[bytes], sender: str) -> None:
        nonlocal ran, delivered
        ran += 1
        with fresh_world(sandbox, tmp_path_factory.mktemp("odd-gmail")) as world:
            world.add_event(**interview_event(INTERVIEW_START))
            world.tick()  # thank-yous drafted; Gmail's history position remembered
            normal_interview_went_through(world)
            thread = world.drafts()[0].thread_id
            for number, raw in enumerate(messages):
                raw = _from_the_company(raw, sender)
                # Every other one lands in the thread of one of our drafts.
                delivered += _deliver_raw(world, raw, thread if number % 2 else None)
            world.advance(minutes=10)
            world.tick()  # reads every new message from the company
            world.advance(minutes=10)
            world.tick()
            with Session(world.ctx.engine) as session:
                assert session.exec(select(Interview)).first() is not None
            recipients = [draft.header("To") for draft in world.drafts()]
            assert all(sum(a in to for to in recipients) <= 1 for a in (DANA, OMAR)), recipients

    prop()
    report(record_property, "tick with odd mail", ran, minimum=25)
    record_property("odd messages delivered", delivered)
    print(f"[fuzz] odd Gmail messages delivered through the sandbox: {delivered}")


ENCODED_INJECTION = "=?utf-8?q?Dana=0D=0ABcc:_evil@x.example?="


def test_an_encoded_word_in_an_interviewer_name_neither_injects_nor_breaks_the_tick(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Found by tests/core/test_fuzz_compose.py: the `email` package decodes an RFC 2047
    encoded word in a display name or subject when it is set, so this name became a line break
    and a Bcc header (or an IndexError that failed every tick). Anyone can send an invitation
    with such a name."""
    with fresh_world(sandbox, tmp_path) as world:
        event = interview_event(
            INTERVIEW_START,
            title=f"Interview – Quillfeather {ENCODED_INJECTION}",
            interviewers=((ENCODED_INJECTION, DANA), ("Omar Haddad", OMAR)),
        )
        world.add_event(**event)
        world.tick()
        normal_interview_went_through(world)
        for draft in world.drafts():
            assert draft.message.get_all("bcc") is None and draft.message.get_all("cc") is None
            assert len(draft.message["to"].addresses) == 1


def test_a_mail_in_a_codec_that_refuses_replace_is_read(sandbox: Sandbox, tmp_path: Path) -> None:
    """Found by tests/core/test_fuzz_classify.py: `charset=idna` made decoding raise
    UnicodeError (not LookupError), and every tick failed while the mail was new."""
    with fresh_world(sandbox, tmp_path) as world:
        world.add_event(**interview_event(INTERVIEW_START))
        world.tick()
        raw = (
            b"From: Priya Raman <priya.raman@quillfeather.io>\r\nTo: "
            + ME.encode()
            + b"\r\nSubject: Your interview\r\nContent-Type: text/plain; charset=idna\r\n\r\n"
            + b"Unfortunately we will not be moving forward.\r\n"
        )
        assert _deliver_raw(world, raw)
        world.advance(minutes=10)
        world.tick()
        normal_interview_went_through(world)


@pytest.mark.parametrize(
    ("header", "value"),
    [
        pytest.param("From", ENCODED_INJECTION + " <priya.raman@quillfeather.io>", id="from"),
        pytest.param("Message-ID", "<>", id="message-id"),
    ],
)
def test_a_malformed_address_header_does_not_break_watching(
    sandbox: Sandbox, tmp_path: Path, header: str, value: str
) -> None:
    with fresh_world(sandbox, tmp_path) as world:
        world.add_event(**interview_event(INTERVIEW_START))
        world.tick()
        head = f"{header}: {value}\r\n"
        if header != "From":
            head += "From: Priya Raman <priya.raman@quillfeather.io>\r\n"
        raw = (head + "Subject: Your interview\r\n\r\nWe will not move forward.\r\n").encode()
        assert _deliver_raw(world, raw)
        world.advance(minutes=10)
        world.tick()
        normal_interview_went_through(world)
