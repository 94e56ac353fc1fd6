"""`/api/v1/followups` and `/api/v1/profile` over HTTP, on a real lifecycle (sandbox + SQLite,
or PostgreSQL under `make test-pg`)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from followup.models import FollowUpKind, FollowUpState
from tests.test_lifecycle import DANA, OMAR, PRIYA, start_interview, thank_yous_drafted
from tests.world import EPOCH, World, interview_event, world

__all__ = ["world"]


def items(world: World, **params: str) -> list[dict[str, Any]]:
    answer = world.api.get("/api/v1/followups", params=params)
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()["items"]
    return found


def by_recipient(world: World, **params: str) -> dict[str, dict[str, Any]]:
    return {i["recipient"]["email"]: i for i in items(world, **params) if i["recipient"]}


def test_the_list_has_the_contracted_shape(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    listed = by_recipient(world, kind="thank_you")
    dana = listed[DANA]
    assert set(dana) >= {
        "id", "kind", "status", "due_at", "late", "title", "recipient", "interview", "draft",
        "flags",
    }  # fmt: skip
    assert dana["kind"] == "thank_you" and dana["status"] == "drafted"
    assert dana["late"] is False and dana["needs_you"] is True
    assert dana["title"] == "Thank-you to Dana Li"
    assert dana["recipient"] == {"name": "Dana Li", "email": DANA}
    assert dana["interview"]["company"] == "Quillfeather"
    assert dana["interview"]["title"] == "Technical interview – Quillfeather"
    assert datetime.fromisoformat(dana["interview"]["start"]) == EPOCH
    draft = dana["draft"]
    assert draft["id"] in {d.id for d in world.drafts()}
    assert draft["gmail_url"].startswith("https://mail.google.com/mail/")
    assert "no_notes" in dana["flags"]
    assert datetime.fromisoformat(dana["due_at"]) == EPOCH + timedelta(minutes=105)


def test_filters_take_lists_and_refuse_unknown_values(world: World) -> None:
    start_interview(world)
    assert {i["status"] for i in items(world, status="scheduled,drafted")} == {"scheduled"}
    assert items(world, status="sent") == []
    assert items(world, kind="nudge") == []
    bad = world.api.get("/api/v1/followups", params={"status": "waiting"})
    assert bad.status_code == 422 and "scheduled" in bad.text


def test_the_list_comes_in_pages_sorted_in_the_database(world: World) -> None:
    start_interview(world)
    for days, company in ((3, "Bramble"), (1, "Fernway")):
        world.add_event(
            **interview_event(EPOCH + timedelta(days=days), title=f"Interview – {company}")
        )
    thank_yous_drafted(world)
    everything = world.api.get("/api/v1/followups").json()
    assert everything["next_offset"] is None
    total = everything["total"]
    assert total == len(everything["items"]) >= 4
    dues = [(i["due_at"], i["id"]) for i in everything["items"]]
    assert dues == sorted(dues)
    seen: list[int] = []
    offset: int | None = 0
    while offset is not None:
        page = world.api.get("/api/v1/followups", params={"limit": 3, "offset": offset}).json()
        assert page["total"] == total and len(page["items"]) <= 3
        seen += [i["id"] for i in page["items"]]
        offset = page["next_offset"]
    assert seen == [i["id"] for i in everything["items"]]
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"order": "random"}):
        answer = world.api.get("/api/v1/followups", params=bad)
        assert answer.status_code == 422, bad


def test_recent_order_puts_the_latest_finished_first(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    dana, omar = by_recipient(world)[DANA], by_recipient(world)[OMAR]
    world.api.post(f"/api/v1/followups/{omar['id']}/mark-sent").raise_for_status()
    world.advance(minutes=10)
    world.api.post(f"/api/v1/followups/{dana['id']}/mark-sent").raise_for_status()
    recent = items(world, status="sent", order="recent")
    assert [i["id"] for i in recent] == [dana["id"], omar["id"]]
    (latest,) = items(world, status="sent", order="recent", limit="1")
    assert latest["id"] == dana["id"]


def commit_elsewhere(engine: sa.Engine, sql: str, *params: Any) -> None:
    """Run one statement and commit on a connection of its own, outside SQLAlchemy, as another
    process would (SQLite or PostgreSQL, whichever the engine's is; `?` placeholders)."""
    if engine.dialect.name == "sqlite":
        with closing(sqlite3.connect(engine.url.database or "")) as other:
            other.execute(sql, params)
            other.commit()
        return
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    with closing(engine.dialect.loaded_dbapi.connect(*args, **kwargs)) as connection:
        connection.cursor().execute(sql.replace("?", "%s"), params)
        connection.commit()


def test_a_served_page_is_reused_only_while_nothing_changed(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    engine = world.ctx.engine
    queries: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
    first = items(world, kind="thank_you")
    assert queries  # computed
    queries.clear()
    assert items(world, kind="thank_you") == first
    assert queries == []  # served again: not a single query
    assert items(world, kind="thank_you", limit="1") == first[:1]  # another page: computed
    assert queries
    # Another process writes (its own connection, no SQLAlchemy): the next answer shows it.
    commit_elsewhere(engine, "UPDATE followup SET note = 'met at the meetup' WHERE id = ?",
                     first[0]["id"])  # fmt: skip
    assert items(world, kind="thank_you")[0]["note"] == "met at the meetup"
    # Time alone: at the late moment the same rows read differently, with no write at all.
    assert not any(i["late"] for i in items(world, kind="thank_you"))
    world.set_clock(EPOCH + timedelta(minutes=45, hours=48, seconds=1))
    assert all(i["late"] for i in items(world, kind="thank_you"))


def test_late_is_reported_after_48_hours(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    world.set_clock(EPOCH + timedelta(minutes=45, hours=48, seconds=1))
    dana = by_recipient(world, kind="thank_you")[DANA]
    assert dana["late"] is True and "late" in dana["flags"] and dana["needs_you"] is True
    snoozed = world.api.post(f"/api/v1/followups/{dana['id']}/snooze", json={"hours": 3})
    assert snoozed.json()["late"] is False and snoozed.json()["needs_you"] is False
    world.advance(hours=3, seconds=1)
    assert by_recipient(world, kind="thank_you")[DANA]["late"] is True


def test_snooze_moves_the_due_time_and_refuses_the_past(world: World) -> None:
    start_interview(world)
    dana = by_recipient(world)[DANA]
    answer = world.api.post(f"/api/v1/followups/{dana['id']}/snooze", json={"hours": 24})
    assert answer.status_code == 200, answer.text
    snoozed = answer.json()
    assert datetime.fromisoformat(snoozed["due_at"]) >= world.now() + timedelta(hours=23)
    assert "snoozed" in snoozed["flags"]
    # Not drafted at the usual time: it waits for the snooze.
    thank_yous_drafted(world)
    assert {i["recipient"]["email"] for i in items(world, status="drafted")} == {OMAR}
    past = world.api.post(
        f"/api/v1/followups/{dana['id']}/snooze", json={"until": "2020-01-01T00:00:00Z"}
    )
    assert past.status_code == 409 and "future" in past.json()["detail"]
    both = world.api.post(f"/api/v1/followups/{dana['id']}/snooze", json={})
    assert both.status_code == 422


def test_skip_deletes_our_draft_and_mark_sent_plans_the_check_in(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    listed = by_recipient(world, kind="thank_you")
    skipped = world.api.post(f"/api/v1/followups/{listed[OMAR]['id']}/skip")
    assert skipped.status_code == 200, skipped.text
    assert skipped.json()["status"] == "skipped" and skipped.json()["draft"] is None
    assert [d.id for d in world.drafts()] == [drafted[DANA]]

    sent = world.api.post(f"/api/v1/followups/{listed[DANA]['id']}/mark-sent")
    assert sent.status_code == 200 and sent.json()["status"] == "sent"
    again = world.api.post(f"/api/v1/followups/{listed[DANA]['id']}/mark-sent")
    assert again.status_code == 409 and "already sent" in again.json()["detail"]
    world.tick()
    (check_in,) = items(world, kind="check_in")
    assert check_in["recipient"]["email"] == PRIYA and check_in["status"] == "scheduled"


def test_regenerate_rewrites_our_draft_in_place_but_not_an_edited_one(world: World) -> None:
    event_id = start_interview(world)
    thank_yous_drafted(world)
    interview_id = world.interview(event_id).id
    patched = world.api.patch(
        f"/api/v1/interviews/{interview_id}",
        json={"notes": "We discussed the move from cron jobs to an event-driven billing pipeline."},
    )
    assert patched.status_code == 200
    listed = by_recipient(world, kind="thank_you")
    answer = world.api.post(f"/api/v1/followups/{listed[DANA]['id']}/regenerate")
    assert answer.status_code == 200, answer.text
    assert answer.json()["draft"]["id"] == listed[DANA]["draft"]["id"]  # the same draft, updated
    dana = next(d for d in world.drafts() if DANA in d.header("To"))
    assert "event-driven billing pipeline" in dana.body
    assert len(world.drafts()) == 2

    omar = next(d for d in world.drafts() if OMAR in d.header("To"))
    world.edit_draft(omar, "Omar, my own words.")
    refused = world.api.post(f"/api/v1/followups/{listed[OMAR]['id']}/regenerate")
    assert refused.status_code == 409 and "edited" in refused.json()["detail"]
    omar_after = next(d for d in world.drafts() if OMAR in d.header("To"))
    assert "my own words" in omar_after.body
    assert "draft_edited" in by_recipient(world, kind="thank_you")[OMAR]["flags"]


def test_an_outcome_set_by_hand_plans_a_feedback_request(world: World) -> None:
    event_id = start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.tick()
    interview_id = world.interview(event_id).id
    world.advance(days=2)
    answer = world.api.patch(f"/api/v1/interviews/{interview_id}", json={"outcome": "rejected"})
    assert answer.status_code == 200
    synced = world.api.post("/api/v1/sync")
    assert synced.status_code == 200, synced.text
    (feedback,) = items(world, kind="feedback_request")
    assert feedback["status"] == "drafted"
    nudge_titles = {i["title"] for i in items(world, kind="nudge")}
    assert "Look for Quillfeather's networking events" in nudge_titles


def test_nudges_are_done_not_sent_and_carry_a_link(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.tick()
    nudges = {i["title"]: i for i in items(world, kind="nudge")}
    connect = nudges["Connect with Dana Li on LinkedIn"]
    assert connect["link"].startswith("https://www.linkedin.com/search/results/people/")
    assert "Dana%20Li" in connect["link"]
    refused = world.api.post(f"/api/v1/followups/{connect['id']}/mark-sent")
    assert refused.status_code == 409
    ok = world.api.post(f"/api/v1/followups/{connect['id']}/done")
    assert ok.status_code == 200 and ok.json()["status"] == "done"
    thank_you = by_recipient(world, kind="thank_you")[OMAR]
    not_a_nudge = world.api.post(f"/api/v1/followups/{thank_you['id']}/done")
    assert not_a_nudge.status_code == 409


@pytest.mark.parametrize("row_id", [999, 0, -3, 2**31, 7613816686099])
def test_unknown_follow_up_is_404(world: World, row_id: int) -> None:
    # Ids no INTEGER column can hold are "not found" too: PostgreSQL refuses them in a
    # query (the fuzz suite found the 500 there), SQLite only finds nothing.
    for action in ("snooze", "skip", "mark-sent", "done", "regenerate", "undo"):
        answer = world.api.post(f"/api/v1/followups/{row_id}/{action}", json={"hours": 1})
        assert answer.status_code == 404, action
        assert str(row_id) in answer.json()["detail"]
    assert world.api.get(f"/api/v1/interviews/{row_id}").status_code == 404


def test_profile_round_trips_and_signs_the_drafts(world: World) -> None:
    assert world.api.get("/api/v1/profile").json()["full_name"] == ""
    profile = {
        "full_name": "Casey Candidate",
        "qualifications": "Eight years building payment systems in Python and Go.",
        "signature": "Casey Candidate\n+1 555 0100",
        "send_updates": True,
        "updates_after_rejection": False,
    }
    put = world.api.put("/api/v1/profile", json=profile)
    assert put.status_code == 200 and put.json() == profile
    assert world.api.get("/api/v1/profile").json() == profile
    too_long = world.api.put("/api/v1/profile", json={**profile, "signature": "x" * 5000})
    assert too_long.status_code == 422
    start_interview(world)
    thank_yous_drafted(world)
    dana = next(d for d in world.drafts() if DANA in d.header("To"))
    assert dana.body.rstrip().endswith("+1 555 0100")
    assert "payment systems" in dana.body
    assert dana.header("From") == "Casey Candidate <candidate@example.com>"


def test_state_names_match_the_models() -> None:
    assert {s.value for s in FollowUpState} == {
        "scheduled", "drafted", "sent", "done", "skipped", "cancelled",
    }  # fmt: skip
    assert {k.value for k in FollowUpKind} == {
        "thank_you", "check_in", "update", "feedback_request", "nudge",
    }  # fmt: skip


# Expired Google access, undo ---------------------------------------------------------------


def test_skip_and_redraft_answer_424_when_google_access_died(world: World) -> None:
    """The access token is refused (401) and the refresh token revoked: Google's client
    refreshes by itself in the middle of the call and is refused (a RefreshError). That is the
    documented 424 with "re-authorise", in plain words, and the account is flagged."""
    start_interview(world)
    thank_yous_drafted(world)
    listed = by_recipient(world, kind="thank_you")
    world.sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    world.sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()
    for action in ("skip", "regenerate"):
        answer = world.api.post(f"/api/v1/followups/{listed[DANA]['id']}/{action}")
        assert answer.status_code == 424, (action, answer.text)
        detail = answer.json()["detail"]
        assert "re-authorise" in detail and "invalid_grant" not in detail
    assert by_recipient(world, kind="thank_you")[DANA]["status"] == "drafted"  # nothing changed
    account = world.api.get("/api/v1/status").json()["accounts"][0]
    assert account["needs_reauth"] is True


def test_undo_of_skip_puts_the_same_draft_back_in_gmail(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    omar = by_recipient(world, kind="thank_you")[OMAR]
    before = next(d for d in world.drafts() if d.id == drafted[OMAR])
    world.api.post(f"/api/v1/followups/{omar['id']}/skip").raise_for_status()
    assert drafted[OMAR] not in {d.id for d in world.drafts()}

    undone = world.api.post(f"/api/v1/followups/{omar['id']}/undo")
    assert undone.status_code == 200, undone.text
    assert undone.json()["status"] == "drafted" and undone.json()["note"] == ""
    again = next(d for d in world.drafts() if OMAR in d.header("To"))
    assert again.header("Message-ID") == before.header("Message-ID")  # never twice
    assert again.body == before.body and again.header("Subject") == before.header("Subject")
    assert undone.json()["draft"]["id"] == again.id
    assert len(world.drafts()) == 2
    world.tick()  # a sync adopts it: still one draft each
    assert len(world.drafts()) == 2

    twice = world.api.post(f"/api/v1/followups/{omar['id']}/undo")
    assert twice.status_code == 409 and "Nothing to undo" in twice.json()["detail"]


def test_undo_of_mark_sent_and_done_restores_them_and_drops_what_they_set_off(
    world: World,
) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    dana = by_recipient(world, kind="thank_you")[DANA]
    world.api.post(f"/api/v1/followups/{dana['id']}/mark-sent").raise_for_status()
    world.tick()  # plans what follows a sent thank-you: nudges, a check-in
    assert items(world, kind="nudge")
    undone = world.api.post(f"/api/v1/followups/{dana['id']}/undo")
    assert undone.status_code == 200, undone.text
    restored = undone.json()
    assert restored["status"] == "drafted" and restored["sent_at"] is None
    assert restored["draft"]["id"] == dana["draft"]["id"]
    assert items(world, kind="nudge") == [] and items(world, kind="check_in") == []

    world.api.post(f"/api/v1/followups/{dana['id']}/mark-sent").raise_for_status()
    world.tick()
    nudge = items(world, kind="nudge")[0]
    world.api.post(f"/api/v1/followups/{nudge['id']}/done").raise_for_status()
    back = world.api.post(f"/api/v1/followups/{nudge['id']}/undo")
    assert back.status_code == 200 and back.json()["status"] == "scheduled"

    # Only for a while.
    world.api.post(f"/api/v1/followups/{nudge['id']}/skip").raise_for_status()
    world.advance(minutes=2)
    late = world.api.post(f"/api/v1/followups/{nudge['id']}/undo")
    assert late.status_code == 409


def test_undo_of_not_an_interview_brings_its_follow_ups_and_drafts_back(world: World) -> None:
    event_id = start_interview(world)
    thank_yous_drafted(world)
    dana = by_recipient(world, kind="thank_you")[DANA]
    answer = world.api.post(f"/api/v1/followups/{dana['id']}/not-an-interview")
    assert answer.status_code == 200, answer.text
    world.tick()
    assert {i["status"] for i in items(world, kind="thank_you")} == {"cancelled"}
    assert world.drafts() == []
    assert world.interview(event_id).user_decision is False

    undone = world.api.post(f"/api/v1/followups/{dana['id']}/undo")
    assert undone.status_code == 200, undone.text
    assert world.interview(event_id).user_decision is None  # the detector's verdict again
    world.tick()
    assert {i["status"] for i in items(world, kind="thank_you")} == {"drafted"}
    assert sorted(d.header("To") for d in world.drafts()) == sorted(
        [f"Dana Li <{DANA}>", f"Omar Haddad <{OMAR}>"]
    )


def test_actions_refused_for_the_sign_ins_scopes_answer_424(world: World) -> None:
    """A grant that also carries gmail.metadata (an older grant riding along) makes Gmail
    refuse searches and full formats with 403: an action meeting one says "re-authorise",
    not "try again", and the account is flagged."""
    from followup import db
    from followup.config import SCOPES
    from followup.google.auth import save_credentials
    from followup.models import Account
    from followup.sandbox.scopes import GMAIL_METADATA

    start_interview(world)
    thank_yous_drafted(world)
    listed = by_recipient(world, kind="thank_you")
    with db.session_scope(world.ctx.engine) as session:
        account = session.get(Account, world.account_id)
        assert account is not None
        credentials = world.sandbox.credentials(scope=" ".join([*SCOPES, GMAIL_METADATA]))
        save_credentials(account, credentials, world.ctx.cipher)
        session.add(account)
    # Skip reads the draft's raw message first (for undo): a full format, refused.
    answer = world.api.post(f"/api/v1/followups/{listed[DANA]['id']}/skip")
    assert answer.status_code == 424, answer.text
    assert "re-authorise" in answer.json()["detail"]
    assert by_recipient(world, kind="thank_you")[DANA]["status"] == "drafted"
    account_status = world.api.get("/api/v1/status").json()["accounts"][0]
    assert account_status["needs_reauth"] is True
