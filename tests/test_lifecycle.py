"""The follow-up lifecycle end to end: calendar → plan → Gmail drafts → watching Gmail, with
the real Google client against the sandbox and one controlled clock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from googleapiclient.errors import HttpError

from followup.models import FollowUpKind, FollowUpState, Outcome
from followup.sync import SyncBusy
from tests.world import EPOCH, ME, World, interview_event, world

__all__ = ["world"]

DANA = "dana.li@quillfeather.io"
OMAR = "omar.haddad@quillfeather.io"
PRIYA = "priya.raman@quillfeather.io"


def start_interview(world: World, **extra: object) -> str:
    """An interview that ends at EPOCH + 45 min; the clock at its start."""
    world.set_clock(EPOCH)
    event_id = world.add_event(**interview_event(EPOCH, **extra))  # type: ignore[arg-type]
    world.tick()
    return event_id


def thank_yous_drafted(world: World) -> dict[str, str]:
    """Past the thank-you time: tick; {recipient: draft id}."""
    world.set_clock(EPOCH + timedelta(minutes=45, hours=1, seconds=1))
    world.tick()
    return {
        row.recipient_email or "": row.draft_id or ""
        for row in world.followups(kind=FollowUpKind.thank_you, state=FollowUpState.drafted)
    }


def test_no_draft_before_end_plus_delay_then_one_per_interviewer(world: World) -> None:
    start_interview(world)
    rows = world.followups(kind=FollowUpKind.thank_you)
    assert {r.recipient_email for r in rows} == {DANA, OMAR}
    assert all(r.state is FollowUpState.scheduled for r in rows)
    assert {r.due_at for r in rows} == {EPOCH + timedelta(minutes=45, hours=1)}
    assert {r.late_at for r in rows} == {EPOCH + timedelta(minutes=45, hours=48)}

    world.set_clock(EPOCH + timedelta(minutes=45, hours=1) - timedelta(seconds=5))
    world.tick()
    assert world.drafts() == []  # the interview ended, but not an hour ago

    drafted = thank_yous_drafted(world)
    assert set(drafted) == {DANA, OMAR}
    drafts = world.drafts()
    assert len(drafts) == 2
    by_to = {d.header("To"): d for d in drafts}
    dana = by_to["Dana Li <dana.li@quillfeather.io>"]
    assert dana.header("From").endswith(f"<{ME}>") or dana.header("From") == ME
    assert dana.header("Subject").startswith("Thank you")
    assert "Hi Dana" in dana.body or "Dear Dana" in dana.body or "Dana," in dana.body
    assert dana.header("In-Reply-To") == ""  # no earlier conversation with Dana
    assert dana.message_id in {d.message_id for d in drafts}
    assert "Omar Haddad <omar.haddad@quillfeather.io>" in by_to


def test_a_thank_you_replies_in_the_latest_thread_with_that_person(world: World) -> None:
    world.set_clock(EPOCH - timedelta(days=3))
    first = world.deliver(
        f"Dana Li <{DANA}>", "Prep notes for Tuesday", "Looking forward to it.",
        at=EPOCH - timedelta(days=3),
    )  # fmt: skip
    answer = world.deliver(
        f"Casey Candidate <{ME}>", "Re: Prep notes for Tuesday", "Thanks, see you then.",
        to=DANA, labels=["SENT"], thread_id=first["threadId"],
        at=EPOCH - timedelta(days=2),
    )  # fmt: skip
    start_interview(world)
    thank_yous_drafted(world)
    dana = next(d for d in world.drafts() if DANA in d.header("To"))
    stored = world.gmail.users().messages().get(userId="me", id=answer["id"]).execute()
    answer_id = next(h["value"] for h in stored["payload"]["headers"] if h["name"] == "Message-ID")
    assert dana.thread_id == first["threadId"]
    assert dana.header("Subject") == "Re: Prep notes for Tuesday"
    assert dana.header("In-Reply-To") == answer_id
    assert dana.header("References").split()[-1] == answer_id
    omar = next(d for d in world.drafts() if OMAR in d.header("To"))
    assert omar.thread_id != first["threadId"] and omar.header("In-Reply-To") == ""


@pytest.mark.parametrize(
    "subject",
    ["", "Prep notes: " + "a long agenda " * 22],
    ids=["no subject", "over 300 characters"],
)
def test_a_thread_whose_subject_cannot_be_repeated_gets_a_new_conversation(
    world: World, subject: str
) -> None:
    """Gmail threads a reply only with threadId, a reference and a matching subject (the
    sandbox holds to that). A thread with no subject, or one longer than our subject header
    (250 characters), cannot be answered with its own subject: the thank-you starts a new
    conversation, rather than claim to be a reply that Gmail leaves on its own."""
    world.set_clock(EPOCH - timedelta(days=3))
    first = world.deliver(
        f"Dana Li <{DANA}>", subject, "Looking forward to it.", at=EPOCH - timedelta(days=3)
    )
    start_interview(world)
    thank_yous_drafted(world)
    dana = next(d for d in world.drafts() if DANA in d.header("To"))
    assert dana.thread_id != first["threadId"] and dana.thread_id == dana.message_id
    assert dana.header("Subject") == "Thank you — Quillfeather interview"
    assert dana.header("In-Reply-To") == "" and dana.header("References") == ""


def test_ticks_again_and_again_make_no_second_draft(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    for _ in range(3):
        world.advance(minutes=5)
        world.tick()
    assert len(world.drafts()) == 2
    assert len(world.followups(kind=FollowUpKind.thank_you)) == 2


@pytest.mark.parametrize("gmail", ["as documented", "harsh"])
def test_a_lost_create_response_is_adopted_not_repeated(world: World, gmail: str) -> None:
    """The create's answer is lost; the next tick comes at once. Under harsh Gmail, our
    Message-ID was replaced and search does not see the draft yet: history does."""
    if gmail == "harsh":
        gmail_behaves(world, replace_message_id="both", search_lag_seconds=5)
    start_interview(world)
    world.sandbox.admin.post(
        "/_sandbox/faults",
        json={"match": "^POST /gmail/v1/users/me/drafts$", "status": 503, "times": 1,
              "after_effect": True},
    ).raise_for_status()  # fmt: skip
    world.set_clock(EPOCH + timedelta(hours=2))
    with pytest.raises(Exception, match="503"):
        world.tick()
    assert len(world.drafts()) == 2  # both made, one answer lost
    states = sorted(r.state.value for r in world.followups(kind=FollowUpKind.thank_you))
    assert states == ["drafted", "scheduled"]
    world.tick()
    drafts = world.drafts()
    assert len(drafts) == 2
    rows = world.followups(kind=FollowUpKind.thank_you)
    assert {r.state for r in rows} == {FollowUpState.drafted}
    assert {r.draft_id for r in rows} == {d.id for d in drafts}
    if gmail == "harsh":
        assert all(d.header("Message-ID") != r.message_id_header for d in drafts for r in rows)
        gmail_behaves(world, replace_message_id="keep", search_lag_seconds=0)


def test_two_ticks_at_once_make_one_draft_each(world: World) -> None:
    start_interview(world)
    world.set_clock(EPOCH + timedelta(hours=2))
    errors: list[BaseException] = []

    def tick() -> None:
        try:
            world.tick()
        except SyncBusy as exc:
            errors.append(exc)

    threads = [threading.Thread(target=tick) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    world.tick()
    assert len(world.drafts()) == 2
    assert len(errors) <= 1


def test_already_written_counts_as_done(world: World) -> None:
    start_interview(world)
    world.set_clock(EPOCH + timedelta(minutes=50))
    world.deliver(
        f"Casey Candidate <{ME}>", "Thanks for today", "Thank you for your time, Dana!",
        to=DANA, labels=["SENT"],
    )  # fmt: skip
    drafted = thank_yous_drafted(world)
    assert set(drafted) == {OMAR}
    (dana,) = world.followups(recipient_email=DANA, kind=FollowUpKind.thank_you)
    assert dana.state is FollowUpState.done and dana.draft_id is None
    assert "already written" in dana.note


def test_sent_thank_you_plans_a_check_in_seven_days_later(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.advance(hours=2)
    world.send_draft(drafted[DANA])
    sent_at = world.now()
    world.tick()
    (dana,) = world.followups(recipient_email=DANA, kind=FollowUpKind.thank_you)
    assert dana.state is FollowUpState.sent
    assert abs((dana.sent_at or sent_at) - sent_at) < timedelta(seconds=5)
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.scheduled
    assert check_in.recipient_email == PRIYA
    assert abs(check_in.due_at - (sent_at + timedelta(days=7))) < timedelta(seconds=5)

    world.advance(days=7, minutes=1)
    world.tick()
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.drafted
    draft = next(d for d in world.drafts() if d.id == check_in.draft_id)
    assert PRIYA in draft.header("To")


def test_a_reply_from_the_company_ends_the_check_ins(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.tick()
    assert world.followups(kind=FollowUpKind.check_in, state=FollowUpState.scheduled)
    world.advance(days=2)
    world.deliver(
        f"Priya Raman <{PRIYA}>", "Next steps",
        "Hi Casey, thanks for your patience. The team is meeting on Friday; I will be in "
        "touch early next week.",
    )  # fmt: skip
    world.tick()
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.cancelled
    assert "replied" in check_in.note
    world.advance(days=8)
    world.tick()
    assert len(world.followups(kind=FollowUpKind.check_in)) == 1


def test_a_rejection_plans_a_feedback_request_in_its_thread(world: World) -> None:
    event_id = start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.tick()
    world.advance(days=3)
    rejection = world.deliver(
        "Quillfeather Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Quillfeather",
        "Hi Casey,\n\nThank you for taking the time to interview for the Senior Backend Engineer "
        "role. After careful consideration, we have decided not to move forward with your "
        "candidacy at this time.\n\nWe wish you the best in your search.\n\nQuillfeather Talent",
    )
    world.tick()
    row = world.interview(event_id)
    assert row.outcome is Outcome.rejected and row.outcome_detected
    (feedback,) = world.followups(kind=FollowUpKind.feedback_request)
    assert feedback.state is FollowUpState.drafted
    draft = next(d for d in world.drafts() if d.id == feedback.draft_id)
    assert draft.thread_id == rejection["threadId"]
    assert draft.header("Subject") == "Re: Your application to Quillfeather"
    assert not world.followups(kind=FollowUpKind.check_in, state=FollowUpState.scheduled)
    nudges = world.followups(kind=FollowUpKind.nudge)
    assert any(n.slot == "networking_events" for n in nudges)


def test_a_moved_interview_moves_its_plan(world: World) -> None:
    event_id = start_interview(world)
    later = EPOCH + timedelta(days=2)
    world.move_event(event_id, later)
    world.tick()
    rows = world.followups(kind=FollowUpKind.thank_you)
    assert {r.due_at for r in rows} == {later + timedelta(minutes=45, hours=1)}
    world.set_clock(EPOCH + timedelta(hours=3))
    world.tick()
    assert world.drafts() == []


def test_a_cancelled_interview_deletes_our_drafts_but_keeps_an_edited_one(world: World) -> None:
    event_id = start_interview(world)
    drafted = thank_yous_drafted(world)
    dana = next(d for d in world.drafts() if d.id == drafted[DANA])
    world.edit_draft(dana, "Hi Dana, thanks so much for today (my own words).")
    world.cancel_event(event_id)
    world.advance(minutes=5)
    world.tick()
    remaining = world.drafts()
    assert [d.id for d in remaining] == [drafted[DANA]]
    rows = {r.recipient_email: r for r in world.followups(kind=FollowUpKind.thank_you)}
    assert rows[DANA].state is FollowUpState.cancelled and rows[DANA].draft_edited
    assert "edited draft was kept" in rows[DANA].note
    assert rows[OMAR].state is FollowUpState.cancelled and rows[OMAR].draft_id is None


def test_header_injection_in_names_and_titles_adds_no_header(world: World) -> None:
    start_interview(
        world,
        title="Interview – Quillfeather\r\nBcc: thief@evil.example",
        interviewers=(("Dana\r\nBcc: thief@evil.example", DANA),),
    )
    thank_yous_drafted(world)
    (draft,) = world.drafts()
    assert "thief@evil.example" not in str(draft.message.get("Bcc", ""))
    assert draft.message.get_all("Bcc") is None
    assert all("evil" not in value for name, value in draft.message.items() if name != "To")


def test_a_quiet_tick_costs_one_calendar_and_one_gmail_request(world: World) -> None:
    start_interview(world)
    thank_yous_drafted(world)
    world.tick()
    world.forget_requests()
    world.tick()
    requests = world.google_requests()
    assert len(requests) == 2, requests
    assert requests[0].startswith("GET /calendar/v3/calendars/primary/events")
    assert requests[1] == "GET /gmail/v1/users/me/history"


def test_a_draft_deleted_in_gmail_is_skipped(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.gmail.users().drafts().delete(userId="me", id=drafted[OMAR]).execute()
    world.tick()
    (omar,) = world.followups(recipient_email=OMAR, kind=FollowUpKind.thank_you)
    assert omar.state is FollowUpState.skipped and "deleted in Gmail" in omar.note
    assert not world.followups(kind=FollowUpKind.check_in)


def test_an_edited_draft_that_was_sent_counts_as_sent(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    dana = next(d for d in world.drafts() if d.id == drafted[DANA])
    world.edit_draft(dana, "Dana, thank you! (rewritten by me)")
    world.tick()
    (row,) = world.followups(recipient_email=DANA, kind=FollowUpKind.thank_you)
    assert row.state is FollowUpState.drafted and row.draft_edited
    world.advance(minutes=10)
    world.send_draft(drafted[DANA])
    world.tick()
    (row,) = world.followups(recipient_email=DANA, kind=FollowUpKind.thank_you)
    assert row.state is FollowUpState.sent


def test_expired_gmail_history_falls_back_to_a_full_check(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.sandbox.admin.post("/_sandbox/gmail/expire-history").raise_for_status()
    world.forget_requests()
    world.tick()
    assert "GET /gmail/v1/users/me/history" in world.google_requests()
    (row,) = world.followups(recipient_email=DANA, kind=FollowUpKind.thank_you)
    assert row.state is FollowUpState.sent
    world.forget_requests()
    world.tick()  # and the next tick is quiet again
    assert len(world.google_requests()) == 2


def test_an_application_acknowledgement_is_no_reply(world: World) -> None:
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.send_draft(drafted[DANA])
    world.tick()
    world.advance(days=1)
    world.deliver(
        "Quillfeather Careers <no-reply@quillfeather.io>",
        "We received your application",
        "Thank you for applying to the Staff Engineer role at Quillfeather. We have received "
        "your application and our team will review it shortly.",
    )
    world.tick()
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.scheduled


def test_a_rejection_already_in_the_inbox_is_read_on_the_first_look(world: World) -> None:
    world.set_clock(EPOCH - timedelta(days=1))
    world.add_event(**interview_event(EPOCH))
    world.deliver(
        "Quillfeather via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Update on your Quillfeather application",
        "Dear Casey, thank you for your interest in Quillfeather. Unfortunately we will not be "
        "moving forward with your application. We appreciate the time you invested.",
        at=EPOCH + timedelta(days=2),
    )
    world.set_clock(EPOCH + timedelta(days=3))
    world.tick()  # followup's very first tick
    (feedback,) = world.followups(kind=FollowUpKind.feedback_request)
    assert feedback.state is FollowUpState.drafted
    assert not world.followups(kind=FollowUpKind.thank_you, state=FollowUpState.drafted)


REJECTION = (
    "Quillfeather via Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Update on your Quillfeather application",
    "Dear Casey, thank you for your interest in Quillfeather. Unfortunately we will not be "
    "moving forward with your application. We appreciate the time you invested.",
)


def test_a_rejection_read_before_its_interview_was_stored_is_still_found(world: World) -> None:
    """Gmail's history passes the rejection while followup knows no such company (the past
    interview is added to the calendar later, or lands in the same moment as the mail): the
    interview, stored after it ended, has its company's mail read back from its end."""
    world.set_clock(EPOCH - timedelta(days=1))
    world.tick()  # the first look: nothing yet
    world.deliver(*REJECTION, at=EPOCH + timedelta(days=2))
    world.set_clock(EPOCH + timedelta(days=2, hours=1))
    world.tick()  # history brings the rejection; no interview to match it to
    event_id = world.add_event(**interview_event(EPOCH))
    world.forget_requests()
    world.tick()
    row = world.interview(event_id)
    assert row.outcome is Outcome.rejected and row.outcome_detected
    (feedback,) = world.followups(kind=FollowUpKind.feedback_request)
    assert feedback.state is FollowUpState.drafted
    assert not world.followups(kind=FollowUpKind.thank_you, state=FollowUpState.drafted)
    assert not world.interview(event_id).check_past_mail  # read back once, not every tick
    world.forget_requests()
    world.tick()
    assert world.google_requests() == [
        "GET /calendar/v3/calendars/primary/events",
        "GET /gmail/v1/users/me/history",
    ]


def test_an_event_confirmed_as_an_interview_after_the_fact_has_its_mail_read(
    world: World,
) -> None:
    """The detector passed over the event ("Chat with Dana"); the rejection came; the user
    then says it was an interview."""
    world.set_clock(EPOCH - timedelta(days=1))
    event_id = world.add_event(**interview_event(EPOCH, title="Chat"))  # stored, not detected
    world.tick()
    world.deliver(*REJECTION, at=EPOCH + timedelta(days=2))
    world.set_clock(EPOCH + timedelta(days=2, hours=1))
    world.tick()
    row = world.interview(event_id)
    assert not row.is_interview and row.outcome is Outcome.pending
    answer = world.api.patch(f"/api/v1/interviews/{row.id}", json={"is_interview": True})
    assert answer.status_code == 200, answer.text
    world.tick()
    assert world.interview(event_id).outcome is Outcome.rejected


def test_an_interview_moved_earlier_has_its_mail_read_from_its_new_end(world: World) -> None:
    """The rejection came before the stored end, so it was not about that interview; the
    calendar then says the interview was earlier."""
    world.set_clock(EPOCH - timedelta(days=1))
    event_id = world.add_event(**interview_event(EPOCH + timedelta(days=5)))
    world.tick()
    world.deliver(*REJECTION, at=EPOCH + timedelta(days=2))
    world.set_clock(EPOCH + timedelta(days=2, hours=1))
    world.tick()
    assert world.interview(event_id).outcome is Outcome.pending
    world.move_event(event_id, EPOCH)
    world.tick()
    assert world.interview(event_id).outcome is Outcome.rejected


def test_failed_requests_are_retried_or_picked_up_next_tick(world: World) -> None:
    start_interview(world)
    faults = [
        # Reads: the client retries them within the tick.
        {"match": "^GET /gmail/v1/users/me/messages$", "status": 503, "times": 1},
        # A create refused outright (nothing made): the next tick makes it.
        {"match": "^POST /gmail/v1/users/me/drafts$", "status": 500, "times": 1},
    ]
    for fault in faults:
        world.sandbox.admin.post("/_sandbox/faults", json=fault).raise_for_status()
    world.set_clock(EPOCH + timedelta(hours=2))
    with pytest.raises(Exception, match="500"):
        world.tick()
    assert len(world.drafts()) == 1  # the other one was still made
    world.tick()
    assert len(world.drafts()) == 2
    assert {r.state for r in world.followups(kind=FollowUpKind.thank_you)} == {
        FollowUpState.drafted
    }


def test_ticks_log_no_addresses_or_message_text(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    test_a_rejection_plans_a_feedback_request_in_its_thread(world)
    logged = "\n".join(record.getMessage() for record in caplog.records if record.levelno >= 20)
    assert "rejection e-mail was read" in logged  # the logs did run
    for secret in ("@", "quillfeather.io", "move forward", "Senior Backend", "Dana"):
        assert secret not in logged, secret


def test_a_token_refreshed_mid_tick_is_saved(world: World) -> None:
    start_interview(world)
    world.sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()
    world.forget_requests()
    world.tick()  # 401, refresh, retry: the new token must not be lost
    assert world.google_requests().count("POST /token") == 1
    world.forget_requests()
    world.tick()
    assert "POST /token" not in world.google_requests()


def test_a_company_of_500_known_people_is_searched_in_a_few_short_requests(world: World) -> None:
    """A person at one of the company's domains adds no search term of their own (the domain
    finds them). People who write from personal addresses must each be named: 500 of them
    make a long OR list, split into searches short enough to stay plain GETs (Google's
    client sends a URL over 2 KB as a POST). A rejection from the last of them is found."""
    people = tuple((f"Person {n}", f"person{n:03}.quill@gmail.com") for n in range(500))
    world.set_clock(EPOCH - timedelta(days=1))
    world.tick()  # the first look: nothing yet
    world.deliver(
        f"Person 499 <{people[-1][1]}>",
        "Your application",
        "Hello Casey, unfortunately we will not be moving forward with your application. "
        "We wish you all the best.",
        at=EPOCH + timedelta(days=2),
    )
    world.set_clock(EPOCH + timedelta(days=2, hours=1))
    world.tick()  # history brings the mail while no interview matches it
    event = interview_event(
        EPOCH, interviewers=people, recruiter=("Priya Raman", "priya.quill@gmail.com")
    )
    event_id = world.add_event(**event)
    world.forget_requests()
    world.tick()  # the interview is stored after it ended: its company's mail is searched
    assert world.interview(event_id).outcome is Outcome.rejected
    searches = [r for r in world.sandbox.requests() if r["path"] == "/gmail/v1/users/me/messages"]
    # 500 addresses and the name in 11 searches (one search finds the company's own domain)
    assert 2 <= len(searches) <= 12
    assert all(r["method"] == "GET" and len(r["query"]) < 1950 for r in searches)
    (feedback,) = world.followups(kind=FollowUpKind.feedback_request)
    assert feedback.state is FollowUpState.drafted


def gmail_behaves(world: World, **switches: object) -> None:
    answer = world.sandbox.admin.post("/_sandbox/gmail/behaviour", json=switches)
    answer.raise_for_status()


@pytest.fixture
def harsh_gmail(world: World) -> Iterator[World]:
    """Every switch on at once: Message-IDs replaced on create and on send, search 5 s behind
    writes, an edited subject moving the draft to a new thread."""
    gmail_behaves(
        world, replace_message_id="both", search_lag_seconds=5, rethread_on_subject_edit=True
    )
    try:
        yield world
    finally:
        gmail_behaves(
            world, replace_message_id="keep", search_lag_seconds=0, rethread_on_subject_edit=False
        )


def test_a_thank_you_edited_and_sent_from_gmail_is_seen_as_sent(harsh_gmail: World) -> None:
    """The person edits the subject of the thank-you in Gmail's web UI and sends it: a new
    message id, a new thread, a new Message-ID. It is seen as sent within one tick, and the
    check-in is planned in the thread where it really went."""
    world = harsh_gmail
    start_interview(world)
    drafted = thank_yous_drafted(world)
    before = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)[0]
    edit = {"subject": "Thank you, Dana!", "text": "Hi Dana, thank you for today (my words)."}
    world.sandbox.admin.post(
        f"/_sandbox/gmail/drafts/{drafted[DANA]}/edit", json=edit
    ).raise_for_status()
    world.advance(minutes=10)
    sent = world.sandbox.admin.post(f"/_sandbox/gmail/drafts/{drafted[DANA]}/send")
    sent.raise_for_status()
    assert sent.json()["threadId"] != before.thread_id
    world.tick()
    (after,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)
    assert after.state is FollowUpState.sent
    assert after.thread_id == sent.json()["threadId"]
    assert after.sent_at is not None and abs(after.sent_at - world.now()) < timedelta(minutes=1)
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.scheduled
    # Omar's draft, untouched, is still ours and open; a second tick changes nothing.
    (omar,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=OMAR)
    assert omar.state is FollowUpState.drafted
    world.tick()
    assert len(world.drafts()) == 1


def test_a_check_in_replies_where_the_person_wrote_seconds_ago(harsh_gmail: World) -> None:
    """The person thanked Dana themselves, from Gmail, seconds before a tick that drafts the
    check-in to Priya: search does not see that mail yet (5 s behind), history does. The
    check-in joins the newest conversation with the company, as it would once search caught up,
    not a new one."""
    world = harsh_gmail
    start_interview(world)
    written = EPOCH + timedelta(hours=3)
    world.set_clock(written + timedelta(minutes=1))
    world.deliver(ME, "Thank you – Quillfeather", "Hi Dana, thank you for today.", to=DANA,
                  labels=["SENT"], at=written)  # fmt: skip
    world.tick()  # the thank-you to Dana is done; the check-in to Priya is planned
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    world.set_clock(check_in.due_at + timedelta(minutes=1))
    world.deliver(ME, "Thank you again – Quillfeather", "Hi Dana, one more thing.", to=DANA,
                  labels=["SENT"], at=check_in.due_at)  # fmt: skip
    world.tick()
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.drafted
    draft = next(d for d in world.drafts() if d.id == check_in.draft_id)
    assert PRIYA in draft.header("To")
    assert draft.header("Subject") == "Re: Thank you again – Quillfeather"


def test_a_draft_scheduled_in_gmail_is_not_called_deleted(harsh_gmail: World) -> None:
    world = harsh_gmail
    start_interview(world)
    drafted = thank_yous_drafted(world)
    send_at = world.now() + timedelta(hours=12)
    world.sandbox.admin.post(
        f"/_sandbox/gmail/drafts/{drafted[DANA]}/schedule", json={"send_at": send_at.isoformat()}
    ).raise_for_status()
    world.tick()
    (dana,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)
    assert dana.state is FollowUpState.drafted and "Scheduled" in dana.note
    world.forget_requests()
    world.tick()  # nothing changed: a quiet tick
    assert world.google_requests() == [
        "GET /calendar/v3/calendars/primary/events",
        "GET /gmail/v1/users/me/history",
    ]
    world.set_clock(send_at + timedelta(minutes=1))
    world.tick()
    (dana,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)
    assert dana.state is FollowUpState.sent
    assert world.followups(kind=FollowUpKind.check_in)


def test_a_draft_deleted_while_history_was_lost_is_called_deleted_only_after_a_grace(
    harsh_gmail: World,
) -> None:
    world = harsh_gmail
    start_interview(world)
    drafted = thank_yous_drafted(world)
    world.gmail.users().drafts().delete(userId="me", id=drafted[DANA]).execute()
    world.sandbox.admin.post("/_sandbox/gmail/expire-history").raise_for_status()
    world.tick()  # no history to say where it went: not called deleted yet
    (dana,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)
    assert dana.state is FollowUpState.drafted and dana.draft_id is None
    world.advance(minutes=20)
    world.tick()
    (dana,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=DANA)
    assert dana.state is FollowUpState.skipped and "deleted" in dana.note


def test_a_failing_calendar_does_not_hold_up_the_gmail_work(world: World) -> None:
    """One calendar answering 404 every tick (a calendar in FOLLOWUP_CALENDARS that was
    deleted, say): the thank-yous due are still drafted, and the tick still reports the
    failure."""
    start_interview(world)
    world.set_clock(EPOCH + timedelta(minutes=45, hours=1, seconds=1))
    fault = {"match": "^GET /calendar/v3/calendars/primary/events$", "status": 404, "times": 5}
    world.sandbox.admin.post("/_sandbox/faults", json=fault).raise_for_status()
    try:
        with pytest.raises(HttpError) as caught:
            world.tick()
    finally:
        world.sandbox.admin.delete("/_sandbox/faults").raise_for_status()
    assert caught.value.resp.status == 404
    drafted = world.followups(kind=FollowUpKind.thank_you, state=FollowUpState.drafted)
    assert {row.recipient_email for row in drafted} == {DANA, OMAR}
