"""`followup demo` tells the story: after its first ticks, the sample week shows every kind of
follow-up. The demo's own seeding (`serving.seed_demo`: the week, the profile, the first tick,
then the mail that arrives later) runs in-process against the sandbox, then one more tick plays
the server's first background sync."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from markupsafe import escape
from sqlmodel import Session, select

from followup import db
from followup.app import create_app
from followup.config import Settings
from followup.context import Context
from followup.google.auth import upsert_account
from followup.models import FollowUp, FollowUpKind, FollowUpState, Interview, Outcome, Profile
from followup.sandbox.seed import SampleWeek, SeedSummary, sample_week
from followup.serving import DEMO_NAME, seed_demo, seed_profile
from followup.tick import run_tick
from tests.conftest import Sandbox
from tests.world import Draft

MARCUS = "marcus.oyelaran@haldenrobotics.com"
WEN = "wen.zhao@haldenrobotics.com"
NADIA = "nadia.ferreira@brambleanalytics.com"
OWEN = "owen.gallagher@brambleanalytics.com"
ELENA = "elena.petrova@fernway.com"


@dataclass
class Demo:
    sandbox: Sandbox
    ctx: Context
    account_id: int
    summary: SeedSummary

    @property
    def week(self) -> SampleWeek:
        return sample_week(self.summary.now, self.summary.user_email, self.summary.user_name)

    def message_id(self, key: str) -> str:
        return self.week.message(key).message_id

    def interview(self, key: str) -> Interview:
        event_id = self.summary.event_ids[key]
        with Session(self.ctx.engine) as session:
            return session.exec(select(Interview).where(Interview.event_id == event_id)).one()

    def followups(self, key: str, kind: FollowUpKind | None = None) -> list[FollowUp]:
        interview_id = self.interview(key).id
        with Session(self.ctx.engine) as session:
            rows = session.exec(select(FollowUp).where(FollowUp.interview_id == interview_id)).all()
        return [row for row in rows if kind is None or row.kind is kind]

    def drafts(self) -> list[Draft]:
        users = self.sandbox.gmail().users()
        found = []
        for item in users.drafts().list(userId="me").execute().get("drafts", []):
            full = users.drafts().get(userId="me", id=item["id"], format="raw").execute()
            raw = base64.urlsafe_b64decode(full["message"]["raw"] + "==")
            message = BytesParser(policy=policy.default).parsebytes(raw)
            assert isinstance(message, EmailMessage)
            found.append(
                Draft(full["id"], full["message"]["id"], full["message"]["threadId"], message)
            )
        return found

    def draft_to(self, email: str) -> Draft:
        (draft,) = [d for d in self.drafts() if f"<{email}>" in d.header("To")]
        return draft


@pytest.fixture
def demo(sandbox: Sandbox, tmp_path: Path) -> Demo:
    settings = Settings(data_dir=tmp_path, google_endpoint=sandbox.url, background_sync=False)
    app = create_app(settings)
    db.upgrade(app.state.engine)
    with db.session_scope(app.state.engine) as session:
        account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
        assert account.id is not None
        account_id = account.id
    ctx: Context = app.state.tick_context
    summary = seed_demo(sandbox.admin, ctx, account_id)  # what run_demo does before serving
    run_tick(ctx, account_id)  # the server's first background tick
    return Demo(sandbox, ctx, account_id, summary)


def states(rows: list[FollowUp]) -> dict[str, FollowUpState]:
    return {row.slot: row.state for row in rows}


def test_the_week_yields_exactly_four_drafts(demo: Demo) -> None:
    drafts = demo.drafts()
    assert sorted(d.header("To") for d in drafts) == sorted(
        [
            f"Marcus Oyelaran <{MARCUS}>",
            f"Wen Zhao <{WEN}>",
            f"Nadia Ferreira <{NADIA}>",
            f"Elena Petrova <{ELENA}>",
        ]
    )
    for draft in drafts:
        assert draft.header("From") == f"{DEMO_NAME} <{demo.summary.user_email}>"
        assert "Casey Candidate" in draft.body  # the profile's signature
        assert "seven years building backend services" in draft.body or "feedback" in draft.body


def test_the_interview_that_just_ended_gets_a_thank_you_per_interviewer(demo: Demo) -> None:
    screen = demo.interview("halden-phone-screen")
    ago = demo.summary.now - screen.ends_at
    assert screen.company == "Halden Robotics"
    assert ago.total_seconds() >= 3600 and ago.days == 0
    rows = demo.followups("halden-phone-screen", FollowUpKind.thank_you)
    assert states(rows) == {MARCUS: FollowUpState.drafted, WEN: FollowUpState.drafted}

    # Marcus: a reply in his own thread with the user (he wrote, the user answered).
    marcus = demo.draft_to(MARCUS)
    answered = demo.message_id("halden-marcus-reply")
    assert marcus.thread_id == demo.summary.thread_ids["halden-marcus-note"]
    assert marcus.header("Subject") == "Re: Before our call: how we move telemetry off the robots"
    assert marcus.header("In-Reply-To") == answered
    assert marcus.header("References").split() == [
        demo.message_id("halden-marcus-note"),
        answered,
    ]
    assert marcus.body.startswith("Hi Marcus,")
    assert "Halden Robotics" in marcus.body

    # Wen: no earlier conversation, so a new one with a good subject.
    wen = demo.draft_to(WEN)
    assert wen.header("Subject") == "Thank you — Senior Backend Engineer interview"
    assert wen.header("In-Reply-To") == "" and wen.header("References") == ""
    assert wen.thread_id not in demo.summary.thread_ids.values()
    assert wen.body.startswith("Hi Wen,")
    # The recruiter who organised it is thanked through the interviewers, not drafted to.
    assert not [d for d in demo.drafts() if "priya.raman@" in d.header("To")]


def test_upcoming_interviews_have_thank_yous_scheduled_and_nothing_drafted(demo: Demo) -> None:
    for key, expected in (
        (
            "tidewater-onsite",
            {"aisha.mensah@tidewaterhealth.com", "luis.ortega@tidewaterhealth.com"},
        ),
        ("kranich-interview", {"juergen.weiss@kranich-logistik.de"}),
        (
            "quill-final-round",
            {"olivia.brandt@quillfeather.io", "rafael.dominguez@quillfeather.io"},
        ),
    ):
        interview = demo.interview(key)
        assert interview.starts_at > demo.summary.now, key
        rows = demo.followups(key)
        assert {row.kind for row in rows} == {FollowUpKind.thank_you}, key
        assert states(rows) == dict.fromkeys(expected, FollowUpState.scheduled), key
        assert all(row.due_at > demo.summary.now and row.draft_id is None for row in rows)
    recipients = " ".join(d.header("To") for d in demo.drafts())
    for domain in ("tidewaterhealth.com", "kranich-logistik.de", "quillfeather.io"):
        assert domain not in recipients


def test_a_week_old_thank_you_counts_as_done_and_a_check_in_is_drafted(demo: Demo) -> None:
    thanks = demo.week.message("bramble-thank-you")
    assert 7 <= (demo.summary.now - thanks.sent_at).total_seconds() / 86400 < 8
    (thank_you,) = demo.followups("bramble-hiring-manager", FollowUpKind.thank_you)
    assert thank_you.slot == OWEN and thank_you.state is FollowUpState.done
    assert "already written" in thank_you.note and thank_you.draft_id is None
    assert thank_you.thread_id == demo.summary.thread_ids["bramble-thank-you"]

    (check_in,) = demo.followups("bramble-hiring-manager", FollowUpKind.check_in)
    assert check_in.state is FollowUpState.drafted
    assert check_in.recipient_email == NADIA  # the recruiter, in the thank-you's thread
    draft = demo.draft_to(NADIA)
    assert draft.id == check_in.draft_id
    assert draft.thread_id == demo.summary.thread_ids["bramble-thank-you"]
    assert draft.header("Subject") == "Re: Thank you — Data Platform Engineer interview"
    assert draft.header("In-Reply-To") == thanks.message_id
    assert draft.body.startswith("Hi Nadia,")
    assert "Bramble Analytics" in draft.body
    # The next steps are planned, not drafted: an update later, nudges to do.
    kinds = {row.kind: row.state for row in demo.followups("bramble-hiring-manager")}
    assert kinds[FollowUpKind.update] is FollowUpState.scheduled
    assert kinds[FollowUpKind.nudge] is FollowUpState.scheduled


def test_a_rejection_in_the_inbox_gets_a_feedback_request_in_its_thread(demo: Demo) -> None:
    interview = demo.interview("fernway-technical")
    assert interview.company == "Fernway"
    assert interview.outcome is Outcome.rejected and interview.outcome_detected
    assert interview.outcome_thread_id == demo.summary.thread_ids["fernway-rejection"]

    rows = demo.followups("fernway-technical")
    by_kind = {(row.kind, row.slot): row for row in rows}
    # Read on followup's first look, before anything was planned: the "no" came first, so
    # no thank-you or check-in is planned, only what fits after a rejection.
    assert {row.kind for row in rows} == {FollowUpKind.feedback_request, FollowUpKind.nudge}
    assert by_kind[(FollowUpKind.nudge, "networking_events")].state is FollowUpState.scheduled

    (feedback,) = [row for row in rows if row.kind is FollowUpKind.feedback_request]
    assert feedback.state is FollowUpState.drafted
    (draft,) = [d for d in demo.drafts() if d.id == feedback.draft_id]
    assert draft.thread_id == demo.summary.thread_ids["fernway-rejection"]
    assert draft.header("Subject") == "Re: Your application to Fernway"
    assert draft.header("In-Reply-To") == demo.message_id("fernway-rejection")
    assert "feedback" in draft.body


def test_the_feedback_request_goes_to_a_person(demo: Demo) -> None:
    (feedback,) = demo.followups("fernway-technical", FollowUpKind.feedback_request)
    assert feedback.recipient_email == ELENA


def test_thanks_already_sent_before_a_later_round_plan_no_check_in(demo: Demo) -> None:
    rows = demo.followups("quill-technical-panel")
    thank_yous = [row for row in rows if row.kind is FollowUpKind.thank_you]
    assert {row.state for row in thank_yous} == {FollowUpState.done}
    assert len(thank_yous) == 2
    assert not [row for row in rows if row.kind is FollowUpKind.check_in]


def test_the_sandbox_page_lists_the_drafts_escaped(demo: Demo) -> None:
    html = demo.sandbox.admin.get("/_sandbox/").raise_for_status().text
    drafts = demo.drafts()
    mailbox, _, threads = html.partition("<h3>Threads (")
    assert "<h3>Drafts (4)</h3>" in mailbox
    for draft in drafts:
        assert str(escape(draft.header("Subject"))) in mailbox
        assert str(escape(draft.header("To"))) in mailbox
    assert f"&lt;{MARCUS}&gt;" in mailbox and f"<{MARCUS}>" not in html
    assert str(escape("Your application to Fernway")) in threads


def test_the_demo_profile_is_added_once_and_then_left_alone(demo: Demo) -> None:
    with db.session_scope(demo.ctx.engine) as session:
        profile = session.exec(select(Profile)).one()
        assert profile.full_name == DEMO_NAME
        assert profile.qualifications.count(". ") == 1 and profile.signature
        profile.full_name = "Casey C."
        session.add(profile)
    with db.session_scope(demo.ctx.engine) as session:
        assert seed_profile(session, demo.account_id) is False
    with Session(demo.ctx.engine) as session:
        assert session.exec(select(Profile)).one().full_name == "Casey C."


def test_another_tick_changes_nothing(demo: Demo) -> None:
    before = [(d.id, d.message_id) for d in demo.drafts()]
    run_tick(demo.ctx, demo.account_id)
    assert [(d.id, d.message_id) for d in demo.drafts()] == before
