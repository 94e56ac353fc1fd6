"""Calendar sync with the real Google client against the sandbox over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
from followup.google.calendar import GoogleCalendar
from followup.models import Account, Interview
from followup.sync import SyncBusy, acquire_lease, lease_owner, release_lease, sync_account
from followup.tick import run_tick
from tests.conftest import Sandbox

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class World:
    sandbox: Sandbox
    ctx: Context
    account_id: int
    api: TestClient

    def sync(self, page_size: int | None = None) -> Any:
        if page_size is None:
            return run_tick(self.ctx, self.account_id)
        client = GoogleCalendar(self.sandbox.calendar(), page_size=page_size)
        return sync_account(self.ctx.engine, self.account_id, client, self.ctx.settings, NOW)

    def add(self, **event: Any) -> dict[str, Any]:
        answer = self.sandbox.admin.post("/_sandbox/calendar/events", json=event)
        answer.raise_for_status()
        created: dict[str, Any] = answer.json()
        return created

    def interviews(self) -> dict[str, Interview]:
        with Session(self.ctx.engine) as session:
            return {row.event_id: row for row in session.exec(select(Interview))}

    def calendar_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.sandbox.requests() if r["path"].startswith("/calendar/")]


@pytest.fixture
def world(sandbox: Sandbox, tmp_path: Path) -> Iterator[World]:
    settings = Settings(data_dir=tmp_path, google_endpoint=sandbox.url, background_sync=False)
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1:8765") as api:
        api.headers["Authorization"] = f"Bearer {app.state.api_token}"
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
        yield World(sandbox, app.state.tick_context, account_id, api)


def interview(
    title: str, start: datetime, company: str = "acmerobotics.com", **extra: Any
) -> dict[str, Any]:
    return {
        "summary": title,
        "description": "Scheduled via Greenhouse. Join Zoom: https://acme.zoom.us/j/123",
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(minutes=45)).isoformat(), "timeZone": "UTC"},
        "organizer": {"email": f"recruiting@{company}", "displayName": "Acme Recruiting"},
        "attendees": [
            {"email": "candidate@example.com", "self": True, "responseStatus": "accepted"},
            {"email": f"dana.lee@{company}", "displayName": "Dana Lee"},
        ],
        **extra,
    }


def ordinary(title: str, start: datetime) -> dict[str, Any]:
    return {
        "summary": title,
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
    }


def test_first_sync_pages_to_the_end_and_finds_interviews(world: World) -> None:
    for n in range(11):
        world.add(**ordinary(f"Dentist {n}", NOW + timedelta(days=n, hours=2)))
    world.add(**interview("Phone screen – Acme Robotics", NOW - timedelta(days=2)))
    world.add(**interview("Technical interview: Acme Robotics", NOW + timedelta(days=3)))
    summary = world.sync(page_size=4)
    assert summary.events_read == 13
    assert summary.full_syncs == 1
    assert len(world.calendar_requests()) == 4  # 13 events in pages of 4
    found = [row for row in world.interviews().values() if row.is_interview]
    assert len(found) == 2
    assert {row.company for row in found} == {"Acme Robotics"}
    assert summary.interviews_found == 2


def test_quiet_sync_costs_exactly_one_calendar_request(world: World) -> None:
    world.add(**interview("Interview with Acme Robotics", NOW + timedelta(days=1)))
    world.sync()
    world.sandbox.admin.delete("/_sandbox/requests").raise_for_status()
    summary = world.sync()
    assert summary.changes == 0
    assert len(world.calendar_requests()) == 1
    assert "syncToken=" in world.calendar_requests()[0]["query"]


def test_add_move_and_cancel_arrive_incrementally(world: World) -> None:
    world.sync()
    first = world.add(**interview("Interview with Acme Robotics", NOW + timedelta(days=1)))
    assert world.sync().created == 1
    later = NOW + timedelta(days=2)
    world.sandbox.admin.patch(
        f"/_sandbox/calendar/events/{first['id']}",
        json={
            "start": {"dateTime": later.isoformat()},
            "end": {"dateTime": (later + timedelta(hours=1)).isoformat()},
        },
    ).raise_for_status()
    assert world.sync().updated == 1
    assert world.interviews()[first["id"]].starts_at == later
    world.sandbox.admin.delete(f"/_sandbox/calendar/events/{first['id']}").raise_for_status()
    assert world.sync().cancelled == 1
    assert world.interviews()[first["id"]].cancelled


def test_410_full_resync_keeps_user_decisions(world: World) -> None:
    kept = world.add(**interview("Interview with Acme Robotics", NOW - timedelta(days=1)))
    dismissed = world.add(**interview("Onsite interview – Acme Robotics", NOW + timedelta(days=4)))
    world.sync()
    rows = world.interviews()
    world.api.patch(
        f"/api/v1/interviews/{rows[kept['id']].id}",
        json={"notes": "Talked about robots", "outcome": "rejected"},
    ).raise_for_status()
    world.api.patch(f"/api/v1/interviews/{rows[dismissed['id']].id}", json={"is_interview": False})
    world.sandbox.admin.post("/_sandbox/calendar/expire-sync-tokens").raise_for_status()
    summary = world.sync()
    assert summary.full_syncs == 1
    statuses = [r["status"] for r in world.calendar_requests()]
    assert 410 in statuses
    rows = world.interviews()
    assert rows[kept["id"]].talking_points == "Talked about robots"
    assert rows[kept["id"]].outcome == "rejected"
    assert rows[dismissed["id"]].user_decision is False
    assert not rows[dismissed["id"]].is_interview
    listed = world.api.get("/api/v1/interviews").json()
    assert [item["title"] for item in listed] == ["Interview with Acme Robotics"]
    assert world.api.get("/api/v1/status").json()["counts"]["interviews"] == 1


def test_recurring_all_day_and_declined_events(world: World) -> None:
    weekly = interview("Weekly interview loop – Acme Robotics", NOW + timedelta(days=1))
    weekly["recurrence"] = ["RRULE:FREQ=WEEKLY;COUNT=3"]
    world.add(**weekly)
    world.add(
        summary="Onsite interview at Acme Robotics",
        start={"date": (NOW + timedelta(days=9)).date().isoformat()},
        end={"date": (NOW + timedelta(days=10)).date().isoformat()},
        organizer={"email": "recruiting@acmerobotics.com"},
        attendees=[{"email": "candidate@example.com", "self": True}],
    )
    declined = interview("Final round interview - Acme Robotics", NOW + timedelta(days=5))
    declined["attendees"][0]["responseStatus"] = "declined"
    world.add(**declined)
    world.sync()
    rows = list(world.interviews().values())
    instances = [r for r in rows if r.title.startswith("Weekly")]
    assert len(instances) == 3
    assert all("_" in r.event_id for r in instances)
    all_day = [r for r in rows if r.all_day]
    assert len(all_day) == 1
    assert [r.declined for r in rows if r.title.startswith("Final")] == [True]


def test_two_syncs_never_run_at_once(world: World) -> None:
    assert acquire_lease(world.ctx.engine, world.account_id, "someone-else", world.ctx.clock())
    with pytest.raises(SyncBusy):
        world.sync()
    answer = world.api.post("/api/v1/sync")
    assert answer.status_code == 409


def test_a_lease_left_by_a_dead_process_is_taken_over_at_once(world: World) -> None:
    engine, account = world.ctx.engine, world.account_id
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # reaped: its pid names no process now
    host = socket.gethostname()[:40]
    # Held by a live process of this host (the test runner's parent), or by another host:
    # busy until the lease expires.
    for holder in (f"{host}:{os.getppid()}:a", f"elsewhere.example:{dead.pid}:b"):
        assert acquire_lease(engine, account, holder, NOW)
        assert not acquire_lease(engine, account, lease_owner(), NOW)
        release_lease(engine, account, holder)
    # Held by a process of this host that has died: taken over at once.
    assert acquire_lease(engine, account, f"{host}:{dead.pid}:c", NOW)
    mine = lease_owner()
    assert acquire_lease(engine, account, mine, NOW)
    assert not acquire_lease(engine, account, lease_owner(), NOW)  # now held by a live one
    release_lease(engine, account, mine)


def _race_for_the_lease(world: World, contenders: int) -> list[bool]:
    """`contenders` connections of their own (as separate processes would have: SQLite's write
    lock, PostgreSQL's READ COMMITTED) try to take the lease at the same instant."""
    url = world.ctx.engine.url.render_as_string(hide_password=False)
    engines = [db.make_engine(url) for _ in range(contenders)]
    start = threading.Barrier(contenders)
    won: list[bool] = []

    def contend(engine: Any) -> None:
        start.wait()
        won.append(acquire_lease(engine, world.account_id, lease_owner(), NOW))

    threads = [threading.Thread(target=contend, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for engine in engines:
        engine.dispose()
    return won


def test_of_many_at_once_one_takes_the_lease(world: World) -> None:
    for _ in range(5):
        won = _race_for_the_lease(world, 8)
        assert sorted(won) == [False] * 7 + [True]
        with Session(world.ctx.engine) as session:
            holder = session.exec(select(Account.sync_lock_owner)).one()
        assert holder is not None
        release_lease(world.ctx.engine, world.account_id, holder)


def test_of_many_successors_of_a_dead_holder_one_takes_the_lease(world: World) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = socket.gethostname()[:40]
    for n in range(5):
        assert acquire_lease(world.ctx.engine, world.account_id, f"{host}:{dead.pid}:{n}", NOW)
        won = _race_for_the_lease(world, 8)
        assert sorted(won) == [False] * 7 + [True]
        with Session(world.ctx.engine) as session:
            holder = session.exec(select(Account.sync_lock_owner)).one()
        assert holder is not None and f":{dead.pid}:" not in holder
        release_lease(world.ctx.engine, world.account_id, holder)


def test_sync_now_endpoint_and_interview_api(world: World) -> None:
    world.add(**interview("Interview with Acme Robotics", NOW + timedelta(days=2)))
    world.add(**interview("Phone screen – Acme Robotics", NOW - timedelta(days=2)))
    result = world.api.post("/api/v1/sync")
    assert result.status_code == 200, result.text
    assert result.json()["created"] == 2
    upcoming = world.api.get("/api/v1/interviews", params={"when": "upcoming"}).json()
    past = world.api.get("/api/v1/interviews", params={"when": "past"}).json()
    assert [i["title"] for i in upcoming] == ["Interview with Acme Robotics"]
    assert [i["title"] for i in past] == ["Phone screen – Acme Robotics"]
    one = world.api.get(f"/api/v1/interviews/{upcoming[0]['id']}").json()
    assert one["interviewers"] == [{"name": "Dana Lee", "email": "dana.lee@acmerobotics.com"}]
    assert one["reason"]
    assert world.api.get("/api/v1/interviews/999999").status_code == 404
    bad = world.api.patch(f"/api/v1/interviews/{one['id']}", json={"outcome": "maybe"})
    assert bad.status_code == 422


def test_a_revoked_grant_mid_sync_marks_the_account_for_reauth(world: World) -> None:
    world.sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    answer = world.api.post("/api/v1/sync")
    assert answer.status_code == 424
    assert "re-authorise" in answer.json()["detail"]
    account = world.api.get("/api/v1/status").json()["accounts"][0]
    assert account["needs_reauth"] is True
    assert "invalid_grant" in account["reauth_reason"]


def test_followup_sync_command_prints_a_summary(world: World) -> None:
    world.add(**interview("Interview with Acme Robotics", NOW + timedelta(days=2)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env["FOLLOWUP_DATA_DIR"] = str(world.ctx.settings.data_dir)
    env["FOLLOWUP_GOOGLE_ENDPOINT"] = world.sandbox.url
    if world.ctx.settings.database_url:  # the suite on PostgreSQL: the test's database
        env["FOLLOWUP_DATABASE_URL"] = world.ctx.settings.database_url
    command = [sys.executable, "-m", "followup", "sync"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert "Synced (full): 1 events read, 1 interviews, 1 new" in first.stdout
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert "Synced (incremental): 0 events read, 1 interviews, 0 new" in again.stdout


def test_crowded_events_and_foreign_time_zones(world: World) -> None:
    crowded = interview("Panel interview – Acme Robotics", NOW + timedelta(days=6))
    crowded["attendees"] += [
        {"email": f"person{n}@acmerobotics.com", "displayName": f"Person {n}"} for n in range(300)
    ]
    crowded["attendees"].append({"email": "Dana.Lee@acmerobotics.com"})  # listed twice
    world.add(**crowded)
    day = (NOW + timedelta(days=2)).date()
    tokyo = datetime(day.year, day.month, day.day, 10, 0)  # 10:00 in Tokyo is 01:00 UTC
    in_tokyo = interview("Interview with Acme Robotics", NOW)
    in_tokyo["start"] = {"dateTime": tokyo.isoformat(), "timeZone": "Asia/Tokyo"}
    in_tokyo["end"] = {"dateTime": tokyo.replace(hour=11).isoformat(), "timeZone": "Asia/Tokyo"}
    world.add(**in_tokyo)
    world.sync()
    rows = {row.title: row for row in world.interviews().values()}
    assert rows["Interview with Acme Robotics"].starts_at == tokyo.replace(hour=1, tzinfo=UTC)
    assert rows["Interview with Acme Robotics"].time_zone == "Asia/Tokyo"
    one = world.api.get(f"/api/v1/interviews/{rows['Panel interview – Acme Robotics'].id}").json()
    assert len(one["interviewers"]) == 301


def test_a_nul_character_from_google_or_from_a_person_loses_nothing_else(world: World) -> None:
    # PostgreSQL's text refuses NUL (the whole statement fails); SQLite keeps it. On both, the
    # event is read (names and titles lose their control characters), and a note is saved.
    event = interview("Onsite interview – Acme\x00 Robotics", NOW + timedelta(days=3))
    event["description"] = "Agenda\x00: system design, then lunch."
    event["attendees"].append({"email": "nul@acmerobotics.com", "displayName": "Nu\x00l Person"})
    world.add(**event)
    world.sync()
    (row,) = world.interviews().values()
    assert row.title.replace("\ufffd", "").replace("\x00", "") == "Onsite interview – Acme Robotics"
    patched = world.api.patch(f"/api/v1/interviews/{row.id}", json={"private_notes": "a\x00b"})
    assert patched.status_code == 200, patched.text
    again = world.api.get(f"/api/v1/interviews/{row.id}").json()
    assert again["private_notes"] in ("a\x00b", "a\ufffdb")
    assert "Nul Person" in {person["name"] for person in again["interviewers"]}


def test_the_next_page_is_fetched_while_one_is_read(world: World) -> None:
    for n in range(7):
        world.add(**ordinary(f"Dentist {n}", NOW + timedelta(days=n, hours=2)))
    client = GoogleCalendar(world.sandbox.calendar(), page_size=3)
    pages = client.list_events("primary", time_min=NOW - timedelta(days=1))
    first = next(pages)
    # The consumer holds page 1; the second request goes out without being asked for.
    deadline = time.monotonic() + 10
    while len(world.calendar_requests()) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(world.calendar_requests()) == 2
    rest = list(pages)
    assert [len(page.events) for page in (first, *rest)] == [3, 3, 1]
    assert len({event.id for page in (first, *rest) for event in page.events}) == 7
    assert len(world.calendar_requests()) == 3  # and nothing after the last page
    assert rest[-1].next_sync_token and first.next_sync_token is None


def test_a_reader_that_stops_early_leaves_no_fetch_running(world: World) -> None:
    for n in range(7):
        world.add(**ordinary(f"Dentist {n}", NOW + timedelta(days=n, hours=2)))
    client = GoogleCalendar(world.sandbox.calendar(), page_size=3)
    pages = client.list_events("primary", time_min=NOW - timedelta(days=1))
    next(pages)
    pages.close()  # as when storing a page fails mid-sync
    assert not [t for t in threading.enumerate() if t.name.startswith("calendar-pages")]
    assert len(world.calendar_requests()) <= 2


def test_ordinary_events_are_counted_but_never_parsed(world: World) -> None:
    for n in range(5):
        world.add(**ordinary(f"Dentist {n}", NOW + timedelta(days=n, hours=2)))
    world.add(**interview("Technical interview: Acme Robotics", NOW + timedelta(days=3)))
    client = GoogleCalendar(world.sandbox.calendar(), page_size=4)
    seen: list[str] = []

    def wanted(resource: Any) -> bool:
        seen.append(resource["summary"])
        return "interview" in resource["summary"]

    pages = list(client.list_events("primary", time_min=NOW - timedelta(days=1), wanted=wanted))
    assert len(seen) == 6
    assert sum(page.passed for page in pages) == 5
    assert [event.summary for page in pages for event in page.events] == [
        "Technical interview: Acme Robotics"
    ]
    summary = world.sync(page_size=4)
    assert (summary.events_read, summary.created) == (6, 1)


def test_a_stored_event_is_read_again_even_when_it_no_longer_looks_like_one(
    world: World,
) -> None:
    """The sync passes over new events that cannot be interviews, never over stored ones: an
    interview retitled into something plain is updated (and doubted), not left as it was."""
    event = world.add(**interview("Technical interview: Acme Robotics", NOW + timedelta(days=3)))
    world.sync()
    assert world.interviews()[event["id"]].is_interview
    world.sandbox.admin.patch(
        f"/_sandbox/calendar/events/{event['id']}",
        json={"summary": "Lunch", "description": "", "organizer": {"email": "me@example.com"},
              "attendees": [{"email": "candidate@example.com", "self": True}]},
    ).raise_for_status()  # fmt: skip
    assert world.sync().updated == 1
    row = world.interviews()[event["id"]]
    assert row.title == "Lunch" and not row.detected
