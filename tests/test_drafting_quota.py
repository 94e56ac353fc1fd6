"""What drafting costs in Gmail requests, and that costing less kept every guarantee.

Before a draft is made, one search answers three questions at once (`drafting._look`): is
our draft already there (an earlier attempt whose answer was lost, or that crashed before
its commit), did the user already write to the interviewer after the interview, and which
conversation the draft replies in. These tests count the sandbox's request log, so the cut
cannot silently regress, and play the cases where one search is not enough to decide.
"""

from __future__ import annotations

import base64
import re
from collections import Counter
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any
from urllib.parse import parse_qs

import pytest
from googleapiclient.errors import HttpError

from followup import drafting
from followup.models import FollowUpKind, FollowUpState
from tests.world import EPOCH, ME, World, interview_event, world

__all__ = ["world"]

DANA = "dana.li@quillfeather.io"
OMAR = "omar.haddad@quillfeather.io"
PRIYA = "priya.raman@quillfeather.io"
ENDS = EPOCH + timedelta(minutes=45)
DUE = ENDS + timedelta(hours=1)

_METHODS = (
    ("GET", r"/messages", "messages.list"),
    ("GET", r"/messages/[^/]+", "messages.get"),
    ("GET", r"/threads/[^/]+", "threads.get"),
    ("GET", r"/drafts", "drafts.list"),
    ("GET", r"/drafts/[^/]+", "drafts.get"),
    ("POST", r"/drafts", "drafts.create"),
    ("DELETE", r"/drafts/[^/]+", "drafts.delete"),
    ("GET", r"/history", "history.list"),
    ("GET", r"/profile", "getProfile"),
)


def gmail_calls(world: World) -> Counter[str]:
    """The Gmail API methods called since the request log was last cleared."""
    calls = Counter[str]()
    for request in world.sandbox.requests():
        path = str(request["path"])
        if not path.startswith("/gmail/v1/users/me"):
            continue
        rest = path.removeprefix("/gmail/v1/users/me")
        name = next(
            (n for m, p, n in _METHODS if request["method"] == m and re.fullmatch(p, rest)),
            f"{request['method']} {rest}",
        )
        calls[name] += 1
    return calls


def searches(world: World) -> list[str]:
    """The `q` of every messages.list since the log was cleared, in order."""
    found = []
    for request in world.sandbox.requests():
        if request["method"] == "GET" and request["path"] == "/gmail/v1/users/me/messages":
            found.append(parse_qs(str(request["query"]))["q"][0])
    return found


def plan_interview(world: World) -> None:
    """The interview (Dana and Omar interview; Priya organises) is seen and planned."""
    world.set_clock(EPOCH)
    world.add_event(**interview_event(EPOCH))
    world.tick()


def thank_you(world: World, email: str) -> Any:
    (row,) = world.followups(kind=FollowUpKind.thank_you, recipient_email=email)
    return row


# What it costs --------------------------------------------------------------------------


def test_a_first_thank_you_costs_one_search_and_the_create(world: World) -> None:
    plan_interview(world)
    world.set_clock(DUE + timedelta(seconds=1))
    world.forget_requests()
    world.tick()
    assert gmail_calls(world) == {"history.list": 1, "messages.list": 2, "drafts.create": 2}
    (dana_search, omar_search) = searches(world)
    assert dana_search.startswith("rfc822msgid:") and f"from:{DANA}" in dana_search
    assert omar_search.startswith("rfc822msgid:") and f"from:{OMAR}" in omar_search
    assert len(world.drafts()) == 2


def test_a_thank_you_in_an_earlier_conversation_reads_only_its_newest_message(
    world: World,
) -> None:
    first = world.deliver(
        f"Dana Li <{DANA}>", "Prep notes for Tuesday", "Looking forward to it.",
        at=EPOCH - timedelta(days=3),
    )  # fmt: skip
    plan_interview(world)
    world.set_clock(DUE + timedelta(seconds=1))
    world.forget_requests()
    world.tick()
    # Dana: one search, the newest hit read; Omar: one search, no hit.
    assert gmail_calls(world) == {
        "history.list": 1,
        "messages.list": 2,
        "messages.get": 1,
        "drafts.create": 2,
    }
    dana = next(d for d in world.drafts() if DANA in d.header("To"))
    assert dana.thread_id == first["threadId"]
    assert dana.header("Subject") == "Re: Prep notes for Tuesday"


def test_a_sent_draft_and_the_check_in_after_it_cost_what_they_must(world: World) -> None:
    plan_interview(world)
    world.set_clock(DUE + timedelta(seconds=1))
    world.tick()
    world.advance(hours=2)
    world.send_draft(thank_you(world, DANA).draft_id)
    world.forget_requests()
    world.tick()
    # History says the draft's message was sent; that message says when. The draft itself
    # is not asked for: sending a draft deletes it.
    assert gmail_calls(world) == {"history.list": 1, "messages.get": 1}
    sent = thank_you(world, DANA)
    assert sent.state is FollowUpState.sent and sent.sent_at is not None
    assert abs(sent.sent_at - world.now()) < timedelta(seconds=5)
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.recipient_email == PRIYA

    world.advance(days=7, minutes=1)
    world.forget_requests()
    world.tick()
    # Priya: one search (nothing of ours, no mail with her), then the company's newest
    # (the sent thank-you), read, and the create.
    assert gmail_calls(world) == {
        "history.list": 1,
        "messages.list": 2,
        "messages.get": 1,
        "drafts.create": 1,
    }
    (check_in,) = world.followups(kind=FollowUpKind.check_in)
    assert check_in.state is FollowUpState.drafted
    assert check_in.thread_id == sent.thread_id  # replies in the thank-you's conversation


# Never twice ----------------------------------------------------------------------------


def _lose_the_first_create(world: World) -> None:
    world.sandbox.admin.post(
        "/_sandbox/faults",
        json={"match": "^POST /gmail/v1/users/me/drafts$", "status": 503, "after_effect": True},
    ).raise_for_status()
    with pytest.raises(HttpError):
        world.tick()


def _crash_after_the_first_create(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies between `drafts.create` and the commit: nothing of it is saved."""
    record = drafting._record_draft

    def crash(*args: Any, **kwargs: Any) -> None:
        monkeypatch.setattr(drafting, "_record_draft", record)
        raise RuntimeError("killed")

    monkeypatch.setattr(drafting, "_record_draft", crash)
    with pytest.raises(RuntimeError, match="killed"):
        world.tick()


@pytest.mark.parametrize("failure", ["lost answer", "crash before the commit"])
@pytest.mark.parametrize("mail", ["none", "earlier conversation", "they wrote since"])
def test_a_draft_made_by_a_failed_first_attempt_is_adopted(
    world: World, monkeypatch: pytest.MonkeyPatch, failure: str, mail: str
) -> None:
    """The first attempt's draft exists, its row is still scheduled. However the newest mail
    with Dana stands to our draft, the next tick adopts it."""
    if mail == "earlier conversation":
        world.deliver(
            f"Dana Li <{DANA}>", "Prep notes", "See you Tuesday.", at=EPOCH - timedelta(days=2)
        )
    plan_interview(world)
    world.set_clock(DUE + timedelta(minutes=5))
    if failure == "lost answer":
        _lose_the_first_create(world)
    else:
        _crash_after_the_first_create(world, monkeypatch)
    assert len(world.drafts()) >= 1
    assert thank_you(world, DANA).state is FollowUpState.scheduled  # Dana's came first
    if mail == "they wrote since":
        world.advance(minutes=10)
        world.deliver(f"Dana Li <{DANA}>", "Thanks for coming in", "Great to meet you!")
    world.advance(minutes=5)
    world.tick()
    world.tick()
    drafts = world.drafts()
    assert sorted(DANA in d.header("To") for d in drafts) == [False, True]
    rows = world.followups(kind=FollowUpKind.thank_you)
    assert {r.state for r in rows} == {FollowUpState.drafted}
    assert {r.draft_id for r in rows} == {d.id for d in drafts}


def test_our_draft_sent_before_its_row_was_saved_is_sent_not_done(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Crash after the create, then the user sends that draft: it is ours, sent (not "you
    had already written"), and no second draft is made."""
    plan_interview(world)
    world.set_clock(DUE + timedelta(minutes=5))
    _crash_after_the_first_create(world, monkeypatch)
    (ours,) = world.drafts()
    world.advance(minutes=10)
    world.send_draft(ours.id)
    world.tick()
    dana = thank_you(world, DANA)
    assert dana.state is FollowUpState.sent
    assert dana.message_id_header and ours.header("Message-ID").strip("<>") in (
        dana.message_id_header
    )
    assert [DANA in d.header("To") for d in world.drafts()] == [False]


# Already written ------------------------------------------------------------------------


def _written_to_dana(world: World, *, at: Any) -> dict[str, Any]:
    world.set_clock(at)
    return world.deliver(
        f"Casey Candidate <{ME}>",
        "Thanks for today",
        "Thank you for your time, Dana!",
        to=DANA,
        labels=["SENT"],
        at=at,
    )


def test_already_written_is_one_search_and_one_read(world: World) -> None:
    plan_interview(world)
    _written_to_dana(world, at=ENDS + timedelta(minutes=5))
    world.set_clock(DUE + timedelta(seconds=1))
    world.forget_requests()
    world.tick()
    dana = thank_you(world, DANA)
    assert dana.state is FollowUpState.done and "already written" in dana.note
    assert dana.draft_id is None
    # Dana: history brought what I wrote since the last tick (one read, no search: search
    # lags writes); Omar: a search and the create.
    assert gmail_calls(world) == {
        "history.list": 1,
        "messages.list": 1,
        "messages.get": 1,
        "drafts.create": 1,
    }


def test_already_written_is_found_when_they_replied_after_it(world: World) -> None:
    """The newest mail with Dana is her answer to my own thank-you: that alone cannot say
    whether I wrote, so the explicit search for what I sent her is made, and finds it."""
    plan_interview(world)
    mine = _written_to_dana(world, at=ENDS + timedelta(minutes=5))
    world.set_clock(ENDS + timedelta(minutes=30))
    world.deliver(
        f"Dana Li <{DANA}>", "Re: Thanks for today", "Likewise, talk soon.",
        thread_id=mine["threadId"], at=ENDS + timedelta(minutes=30),
    )  # fmt: skip
    world.tick()  # history passes both now, before the thank-you is due: a search finds them
    world.set_clock(DUE + timedelta(seconds=1))
    world.forget_requests()
    world.tick()
    dana = thank_you(world, DANA)
    assert dana.state is FollowUpState.done and "already written" in dana.note
    assert dana.thread_id == mine["threadId"]
    assert [DANA in d.header("To") for d in world.drafts()] == [False]  # Omar's only
    assert any(f"in:sent to:{DANA}" in q for q in searches(world))


def test_mail_before_the_interview_is_not_already_written(world: World) -> None:
    """My last mail to Dana was before the interview: nothing written after it, so a
    thank-you is drafted, in that conversation, from one search."""
    world.set_clock(EPOCH - timedelta(days=1))
    before = world.deliver(
        f"Casey Candidate <{ME}>", "See you tomorrow", "Looking forward to it.",
        to=DANA, labels=["SENT"], at=EPOCH - timedelta(days=1),
    )  # fmt: skip
    plan_interview(world)
    world.set_clock(DUE + timedelta(seconds=1))
    world.forget_requests()
    world.tick()
    dana = thank_you(world, DANA)
    assert dana.state is FollowUpState.drafted
    assert dana.thread_id == before["threadId"]
    assert not any("in:sent" in q for q in searches(world))


def test_mail_just_before_the_plan_is_checked_the_long_way(world: World) -> None:
    """The interview was added to the calendar after it ended, and Dana wrote minutes
    before: too close to when a draft of ours could be dated to decide from it alone, so
    the explicit search is made (and finds nothing of ours); the draft still replies to her."""
    world.set_clock(DUE + timedelta(minutes=10))
    hers = world.deliver(f"Dana Li <{DANA}>", "Your interview", "How did it go?")
    world.advance(minutes=10)
    world.add_event(**interview_event(EPOCH))
    world.forget_requests()
    world.tick()
    dana = thank_you(world, DANA)
    assert dana.state is FollowUpState.drafted
    assert dana.thread_id == hers["threadId"]
    assert any(q.startswith("rfc822msgid:") and "in:sent" in q for q in searches(world))
    assert len(world.drafts()) == 2


def test_writing_to_them_in_cc_after_the_interview_counts(world: World) -> None:
    """One mail to Omar with Dana in Cc, after the interview: both were written to (Gmail's
    own `to:` matches Cc as well)."""
    plan_interview(world)
    world.set_clock(ENDS + timedelta(minutes=5))
    message = EmailMessage()
    message["From"] = f"Casey Candidate <{ME}>"
    message["To"] = f"Omar Haddad <{OMAR}>"
    message["Cc"] = f"Dana Li <{DANA}>"
    message["Subject"] = "Thanks for today"
    message["Message-ID"] = make_msgid(domain="mail.example")
    message.set_content("Thank you both!")
    raw = base64.urlsafe_b64encode(message.as_bytes()).decode()
    world.sandbox.admin.post(
        "/_sandbox/gmail/messages", json={"raw": raw, "labelIds": ["SENT"]}
    ).raise_for_status()
    world.set_clock(DUE + timedelta(seconds=1))
    world.tick()
    assert {r.state for r in world.followups(kind=FollowUpKind.thank_you)} == {FollowUpState.done}
    assert world.drafts() == []
