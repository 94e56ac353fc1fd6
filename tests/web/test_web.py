"""The web app over HTTP, as a browser uses it (signed in by the printed link, forms with the
CSRF token, this site's Origin), against a real server on a real SQLite file and the sandbox."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx

from followup.models import FollowUpKind, FollowUpState
from tests.web.conftest import Site, csrf_of
from tests.world import interview_event

PRIVATE = "the manager seemed unimpressed"
SHARED = "I enjoyed hearing how the team moved billing to event sourcing"
FOR_DANA = "Thank you for walking me through the on-call rotation"


def post(client: httpx.Client, path: str, **form: str) -> httpx.Response:
    page = client.get("/")
    answer = client.post(path, data={"csrf": csrf_of(page.text), **form})
    assert answer.status_code == 303, answer.text
    return answer


def _upcoming(site: Site) -> int:
    """Quillfeather, ending in 45 minutes: planned, nothing drafted yet."""
    world = site.world
    event = world.add_event(**interview_event(world.now() - timedelta(minutes=30)))
    world.tick()
    interview_id = world.interview(event).id
    assert interview_id is not None
    return interview_id


def test_private_notes_never_reach_a_draft_and_talking_points_do(site: Site) -> None:
    world = site.world
    interview_id = _upcoming(site)
    client = site.browser_client()
    page = client.get(f"/interviews/{interview_id}").text
    links = [part.split('"')[0] for part in page.split('name="points_')[1:]]
    assert len(links) == 2, links  # one field per interviewer (Dana, Omar)
    post(
        client,
        f"/interviews/{interview_id}/notes",
        talking_points=SHARED,
        private_notes=PRIVATE,
        **{f"points_{links[0]}": FOR_DANA, f"points_{links[1]}": ""},
    )
    # The preview before the draft is made says what will be sent, and nothing private.
    preview = client.get(f"/interviews/{interview_id}").text
    assert "This goes into the e-mail" in preview and "Never in any e-mail" in preview
    assert preview.count(SHARED) >= 2  # the textarea and the previews
    shown = preview.split('id="h-drafts"')[1].split('id="h-edit"')[0]
    assert PRIVATE not in shown

    world.advance(hours=2)
    world.tick()
    drafts = {d.header("To"): d.body for d in world.drafts()}
    assert len(drafts) == 2, drafts
    dana = next(body for to, body in drafts.items() if "dana" in to)
    omar = next(body for to, body in drafts.items() if "omar" in to)
    assert SHARED in dana and SHARED in omar
    assert FOR_DANA in dana and FOR_DANA not in omar
    # Two people of one interview never get the same note, even apart from the greeting.
    assert dana.replace("Dana", "X") != omar.replace("Omar", "X")

    # Re-drafted after a new private note: still nowhere, and the page shows what changed.
    post(client, f"/interviews/{interview_id}/notes", talking_points=SHARED + " Also: robots.",
         private_notes=PRIVATE + " (and a typo in my slides)")  # fmt: skip
    dana_row = next(f for f in world.followups(kind=FollowUpKind.thank_you) if f.recipient_email
                    and "dana" in f.recipient_email)  # fmt: skip
    post(client, f"/followups/{dana_row.id}/regenerate", back=f"/interviews/{interview_id}")
    after = client.get(f"/interviews/{interview_id}").text
    assert "What the re-draft changed" in after and "Also: robots." in after
    for draft in world.drafts():
        assert "unimpressed" not in draft.body and "typo" not in draft.body
        assert "unimpressed" not in draft.header("Subject")


def test_the_apis_notes_are_the_talking_points(site: Site) -> None:
    interview_id = _upcoming(site)
    api = site.world.api
    api.patch(f"/api/v1/interviews/{interview_id}", json={"notes": SHARED}).raise_for_status()
    api.patch(
        f"/api/v1/interviews/{interview_id}", json={"private_notes": PRIVATE}
    ).raise_for_status()
    shown = api.get(f"/api/v1/interviews/{interview_id}").json()
    assert shown["notes"] == shown["talking_points"] == SHARED
    assert shown["private_notes"] == PRIVATE


def test_rejection_marked_on_the_web_plans_exactly_one_feedback_request(
    site: Site, seeded: dict[str, str]
) -> None:
    world = site.world
    interview_id = world.interview(seeded["brightwave"]).id
    client = site.browser_client()
    post(client, f"/interviews/{interview_id}/outcome", outcome="rejected")
    assert "A reply asking for feedback is planned" in client.get("/").text
    for _ in range(3):  # however often it syncs
        world.tick()
    requests = world.followups(kind=FollowUpKind.feedback_request)
    assert len(requests) == 1 and requests[0].state is FollowUpState.drafted
    drafts = [d for d in world.drafts() if d.id == requests[0].draft_id]
    assert len(drafts) == 1
    today = client.get("/").text
    assert "Asking for feedback" in today, today


def test_corrections_survive_the_next_sync(site: Site, seeded: dict[str, str]) -> None:
    world = site.world
    interview = world.interview(seeded["lumen"])
    client = site.browser_client()
    post(
        client,
        f"/interviews/{interview.id}/edit",
        company="Lumen Laboratories",
        role="Staff Engineer",
        name="Ana Costa",
        email="ana.costa@lumenlabs.io",
    )
    client.post(
        f"/interviews/{interview.id}/edit",
        data={"csrf": csrf_of(client.get("/").text), "company": "X", "role": "",
              "name": ["Bad", ""], "email": ["not an address", ""]},
    )  # fmt: skip
    assert "is not an e-mail address" in client.get(f"/interviews/{interview.id}").text
    world.move_event(seeded["lumen"], interview.starts_at + timedelta(hours=1))
    world.tick()
    again = world.interview(seeded["lumen"])
    assert (again.company, again.role) == ("Lumen Laboratories", "Staff Engineer")
    page = client.get("/interviews").text
    assert "Lumen Laboratories" in page and "Staff Engineer" in page


def test_one_click_actions_and_their_undo(site: Site, seeded: dict[str, str]) -> None:
    world = site.world
    client = site.browser_client()
    dana = next(f for f in world.followups(kind=FollowUpKind.thank_you)
                if f.recipient_email and f.recipient_email.startswith("dana"))  # fmt: skip
    post(client, f"/followups/{dana.id}/mark-sent", back="/")
    today = client.get("/").text
    assert "Marked as sent" in today and f'action="/followups/{dana.id}/undo"' in today
    post(client, f"/followups/{dana.id}/undo", back="/")
    assert world.followups(id=dana.id)[0].state is FollowUpState.drafted
    post(client, f"/followups/{dana.id}/skip", back="/")
    assert world.followups(id=dana.id)[0].state is FollowUpState.skipped
    assert dana.draft_id not in {d.id for d in world.drafts()}
    post(client, f"/followups/{dana.id}/skip", back="/")  # refused, in words
    assert "already skipped" in client.get("/").text
    omar = next(f for f in world.followups(kind=FollowUpKind.thank_you)
                if f.recipient_email and f.recipient_email.startswith("omar"))  # fmt: skip
    post(client, f"/followups/{omar.id}/snooze", hours="72", back="/")
    snoozed = world.followups(id=omar.id)[0]
    assert snoozed.snoozed_until is not None
    assert abs((snoozed.snoozed_until - world.now()).total_seconds() - 72 * 3600) < 120
    assert "Snoozed for 72 hours" in client.get("/").text
    post(client, f"/followups/{omar.id}/not-an-interview", back="/")
    assert world.interview(seeded["quillfeather"]).user_decision is False


def test_profile_changes_the_next_draft(site: Site) -> None:
    world = site.world
    interview_id = _upcoming(site)
    client = site.browser_client()
    post(client, "/profile", full_name="Casey Candidate",
         qualifications="I have built payment systems for eight years",
         signature="Casey Candidate\ncasey.example", send_updates="on")  # fmt: skip
    assert "I have built payment systems" in client.get(f"/interviews/{interview_id}").text
    world.advance(hours=2)
    world.tick()
    for draft in world.drafts():
        assert "I have built payment systems for eight years." in draft.body
        assert draft.body.rstrip().endswith("casey.example")


def test_an_interview_that_is_not_there_is_a_page_that_says_so(site: Site) -> None:
    client = site.browser_client()
    for row_id in (999, 2**31, 7613816686099):  # also ids no INTEGER column can hold
        page = client.get(f"/interviews/{row_id}")
        assert page.status_code == 404 and f"no interview {row_id}" in page.text, page.text


def test_export_as_csv_json_and_from_the_command_line(
    site: Site, seeded: dict[str, str], tmp_path: Path
) -> None:
    client = site.browser_client()
    data = client.get("/export/followup.json")
    assert data.headers["content-disposition"] == 'attachment; filename="followup.json"'
    tables = data.json()
    assert set(tables) == {"interviews", "people", "followups", "outcomes"}
    assert {row["company"] for row in tables["interviews"]} >= {"Quillfeather", "Brightwave"}
    people = list(csv.DictReader(io.StringIO(client.get("/export/people.csv").text)))
    assert any(row["email"] == "dana.li@quillfeather.io" for row in people)
    assert client.get("/export/nothing.csv").status_code == 404
    settings = site.app.state.settings
    cli = [sys.executable, "-m", "followup", "export", "--data-dir", str(settings.data_dir)]
    out = subprocess.run(cli, capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(out.stdout)["followups"] == tables["followups"]
    folder = tmp_path / "csv"
    subprocess.run([*cli, "--format", "csv", "--out", str(folder)], check=True, timeout=60)
    assert sorted(p.name for p in folder.iterdir()) == [
        "followup-followups.csv", "followup-interviews.csv",
        "followup-outcomes.csv", "followup-people.csv",
    ]  # fmt: skip


def test_review_lists_the_unsure_and_marks_any_kept_event_as_an_interview(site: Site) -> None:
    world = site.world
    now = world.now()
    event = world.add_event(
        summary="Coffee with Priya",
        description="Senior Backend Engineer role",
        start={"dateTime": (now - timedelta(hours=3)).isoformat(), "timeZone": "UTC"},
        end={"dateTime": (now - timedelta(hours=2)).isoformat(), "timeZone": "UTC"},
        attendees=[{"email": "candidate@example.com", "self": True},
                   {"email": "priya.raman@quillfeather.io", "displayName": "Priya Raman"}],
    )  # fmt: skip
    world.tick()
    client = site.browser_client()
    review = client.get("/review").text
    assert "Coffee with Priya" in review, review  # kept, not acted on: too weak
    row = world.interview(event)
    post(client, f"/interviews/{row.id}/decide", is_interview="yes", back="/review")
    world.tick()
    assert world.interview(event).is_interview
    assert world.followups(interview_id=row.id, kind=FollowUpKind.thank_you)


def test_templates_preview_refuse_a_broken_one_with_its_line_and_change_the_next_draft(
    site: Site,
) -> None:
    world = site.world
    interview_id = _upcoming(site)
    client = site.browser_client()
    page = client.get(f"/templates/thank_you?interview={interview_id}").text
    assert "The bundled default" in page and "Thank you for" in page  # previewed on it
    token = csrf_of(page)
    broken = "Subject: Thanks\n\nHi {{ first_name }},\n\n{{ interviewer_title }}\nBest,\n"
    form = {"csrf": token, "action": "save", "text": broken, "interview": str(interview_id)}
    answer = client.post("/templates/thank_you", data=form)
    assert answer.status_code == 200
    assert "Not saved" in answer.text
    assert (
        "thank_you.j2 uses an unknown value: &#39;interviewer_title&#39; is undefined (line 5)"
        in answer.text
    )
    assert "followup-template-" not in answer.text  # the scratch folder is not shown
    unclosed = "Subject: x\n\n{% if role %}\nHi\n"
    syntax = client.post(
        "/templates/thank_you", data={**form, "action": "preview", "text": unclosed}
    )
    assert syntax.status_code == 200 and "thank_you.j2, line 3: Unexpected end" in syntax.text
    assert not (site.app.state.settings.templates_dir(0) / "thank_you.j2").exists()

    mine = (
        "Subject: Many thanks\n\nDear {{ first_name }},\n\n"
        "A custom note for {{ company }}.\n\nCheers,\n"
    )
    post(client, "/templates/thank_you", action="save", text=mine, interview=str(interview_id))
    assert "Your own version" in client.get("/templates/thank_you").text
    world.advance(hours=2)
    world.tick()
    drafts = world.drafts()
    assert len(drafts) == 2
    assert all("A custom note for Quillfeather." in d.body for d in drafts)
    post(client, "/templates/thank_you", action="reset")
    assert "The bundled default" in client.get("/templates/thank_you").text


def test_any_event_in_the_sync_window_can_be_marked_as_an_interview(site: Site) -> None:
    """Even one the detector scored far below the floor, and so never stored."""
    world = site.world
    now = world.now()
    event = world.add_event(
        summary="Catch-up with Jo",
        start={"dateTime": (now - timedelta(hours=3)).isoformat(), "timeZone": "UTC"},
        end={"dateTime": (now - timedelta(hours=2)).isoformat(), "timeZone": "UTC"},
        attendees=[{"email": "candidate@example.com", "self": True},
                   {"email": "jo.baker@northwind.dev", "displayName": "Jo Baker"}],
    )  # fmt: skip
    world.tick()
    client = site.browser_client()
    assert "Catch-up with Jo" not in client.get("/review").text  # not kept
    everything = client.get("/review?everything=1").text
    assert "Catch-up with Jo" in everything
    answer = client.post("/review/adopt", data={
        "csrf": csrf_of(everything), "calendar_id": "primary", "event_id": event})  # fmt: skip
    assert answer.status_code == 303 and answer.headers["location"].startswith("/interviews/")
    row = world.interview(event)
    assert row.is_interview and row.user_decision is True  # (company: as detect reads it)
    world.tick()
    thanks = world.followups(interview_id=row.id, kind=FollowUpKind.thank_you)
    assert [f.recipient_email for f in thanks] == ["jo.baker@northwind.dev"]
    assert thanks[0].state is FollowUpState.drafted
    gone = client.post("/review/adopt", data={
        "csrf": csrf_of(everything), "calendar_id": "primary", "event_id": "nope"})  # fmt: skip
    assert gone.status_code == 303
    assert "no longer in your calendar" in client.get("/review").text


def test_a_rejection_confirmed_from_review_drafts_one_feedback_request_in_its_thread(
    site: Site, seeded: dict[str, str]
) -> None:
    """Mail the classifier would not act on alone (only good wishes, no decision) waits on
    Review; "A rejection" makes it the outcome, and the feedback request replies in that
    mail's thread, once, however often followup syncs. "Not a rejection" changes nothing."""
    world = site.world
    quill = world.interview(seeded["quillfeather"])
    client = site.browser_client()
    world.deliver(
        "Priya Raman <priya.raman@quillfeather.io>",
        "Thanks again",
        "Hi Casey, thanks so much for your application. All the best.",
    )
    world.tick()
    page = client.get("/review")
    (first,) = re.findall(r'action="(/review/mail/\d+)"', page.text)[:1]
    client.post(first, data={"csrf": csrf_of(page.text), "answer": "not_rejection"})
    assert "Thanks again" not in client.get("/review").text
    assert world.interview(seeded["quillfeather"]).outcome.value == "pending"
    unsure = world.deliver(
        "Priya Raman <priya.raman@quillfeather.io>",
        "Your Quillfeather interviews",
        "Hello Casey, thank you for the conversations with our team this week. "
        "We wish you every success in your search.",
    )
    world.tick()
    review = client.get("/review").text
    assert "Mail that may be a rejection" in review and "Your Quillfeather interviews" in review
    assert world.interview(seeded["quillfeather"]).outcome.value == "pending"  # not acted on
    page = client.get("/review")
    forms = re.findall(r'action="(/review/mail/\d+)"', page.text)
    assert forms, page.text
    answer = client.post(forms[0], data={"csrf": csrf_of(page.text), "answer": "rejection"})
    assert answer.status_code == 303, answer.text
    assert "a reply asking for feedback is planned" in client.get("/review").text
    for _ in range(3):  # however often it syncs
        world.tick()
    row = world.interview(seeded["quillfeather"])
    assert row.outcome.value == "rejected" and row.outcome_thread_id == unsure["threadId"]
    (feedback,) = world.followups(kind=FollowUpKind.feedback_request, interview_id=quill.id)
    assert feedback.state is FollowUpState.drafted
    (draft,) = [d for d in world.drafts() if d.id == feedback.draft_id]
    assert draft.thread_id == unsure["threadId"]
    assert "Mail that may be a rejection" in client.get("/review").text
    assert "Your Quillfeather interviews" not in client.get("/review").text  # answered
