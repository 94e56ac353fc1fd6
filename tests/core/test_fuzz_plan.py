"""Bad input to the planner, property-based: odd names and addresses, end before start,
interviews and clocks centuries apart. `plan` always answers, its changes keep the
invariants of `tests/core/test_plan.py` (idempotent, deterministic, nothing terminal touched)
and every title is one clean line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from followup.core.plan import (
    Contact,
    Create,
    Existing,
    InterviewFacts,
    Key,
    PlanRules,
    linkedin_search_url,
    title_for,
)
from tests.core.test_plan import planned
from tests.fuzz import email_text, fuzz, odd_text, report

# What `CalendarEvent.from_api` lets through (events.py): years 100 to 9899.
EARLIEST = datetime(100, 1, 1, tzinfo=UTC)
LATEST = datetime(9899, 12, 31, tzinfo=UTC)
NEAR = datetime(2026, 3, 10, 14, tzinfo=UTC)

moments = st.one_of(
    st.datetimes(
        min_value=datetime(100, 1, 1), max_value=datetime(9899, 12, 31), timezones=st.just(UTC)
    ),
    st.sampled_from((EARLIEST, LATEST, NEAR)),
    st.integers(min_value=-400 * 24, max_value=400 * 24).map(lambda h: NEAR + timedelta(hours=h)),
)
durations = st.one_of(
    st.sampled_from((timedelta(0), timedelta(minutes=45), timedelta(days=1))),
    st.integers(min_value=-3 * 24 * 60, max_value=60 * 24 * 60).map(
        lambda m: timedelta(minutes=m)
    ),  # end before start included
)
names = st.one_of(st.none(), odd_text)
roles = st.sampled_from(("interviewer", "recruiter", "organizer"))
contacts = st.builds(Contact, email=email_text, name=names, role=roles)
kinds = st.sampled_from(("thank_you", "check_in", "update", "feedback_request", "nudge"))
states = st.sampled_from(("scheduled", "drafted", "sent", "done", "skipped", "cancelled"))


@st.composite
def facts_and_now(draw: Any) -> tuple[InterviewFacts, datetime]:
    start = draw(moments)
    end = start + draw(durations)
    if not EARLIEST <= end <= LATEST:
        end = start
    people = draw(st.lists(contacts, max_size=5))
    keys: dict[Key, None] = {}
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(kinds)
        if kind == "nudge":
            slot = draw(st.sampled_from(("follow_company", "networking_events")))
        else:
            slot = draw(
                st.one_of(st.sampled_from([p.email for p in people] or ["x@y.io"]), email_text)
            )
        keys[Key(kind, slot, draw(st.integers(1, 3)))] = None
    existing = tuple(
        Existing(
            key,
            draw(states),
            draw(moments),
            late_at=draw(st.one_of(st.none(), moments)),
            sent_at=draw(st.one_of(st.none(), moments)),
            snoozed=draw(st.booleans()),
        )
        for key in keys
    )
    facts = InterviewFacts(
        start=start,
        end=end,
        company=draw(names),
        active=draw(st.sampled_from((True, True, True, False))),
        inactive_reason=draw(st.sampled_from(("", "the interview was cancelled"))),
        outcome=draw(st.sampled_from(("pending", "offer", "rejected", "withdrawn"))),
        outcome_at=draw(st.one_of(st.none(), moments)),
        outcome_from=draw(st.one_of(st.none(), email_text)),
        contacts=tuple(people),
        followups=existing,
        company_replied_at=draw(st.one_of(st.none(), moments)),
        later_round=draw(st.booleans()),
        send_updates=draw(st.booleans()),
        updates_after_rejection=draw(st.booleans()),
    )
    hours = draw(st.one_of(st.none(), st.integers(min_value=-30 * 24, max_value=200 * 24)))
    now = draw(moments) if hours is None else end + timedelta(hours=hours)
    return facts, now if EARLIEST <= now <= LATEST else end


def _one_line(text: str) -> bool:
    return not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in text)


def test_plan_answers_for_any_odd_interview(
    record_property: Callable[[str, object], None],
) -> None:
    ran = created = 0

    @fuzz(500)
    @given(case=facts_and_now(), rules=st.sampled_from((PlanRules(), PlanRules(updates_max=0))))
    def prop(case: tuple[InterviewFacts, datetime], rules: PlanRules) -> None:
        nonlocal ran, created
        ran += 1
        facts, now = case
        changes = planned(facts, now, rules)  # invariants, idempotent, deterministic
        for change in changes:
            if isinstance(change, Create):
                created += 1
                assert _one_line(change.title) and len(change.title) <= 200, change.title
                if change.recipient is not None:
                    email = change.recipient.email
                    assert "@" in email and not any(c.isspace() for c in email)
                    assert email == email.lower()

    prop()
    report(record_property, "plan", ran, minimum=500)
    assert created > 50, "the generator should reach cases that create follow-ups"


def test_titles_and_linkedin_links_are_clean_for_any_name(
    record_property: Callable[[str, object], None],
) -> None:
    ran = 0

    @fuzz(300)
    @given(kind=kinds, name=names, email=email_text, company=names)
    def prop(kind: str, name: str | None, email: str, company: str | None) -> None:
        nonlocal ran
        ran += 1
        slot = f"linkedin:{email}" if kind == "nudge" else email
        title = title_for(Key(kind, slot), Contact(email, name, "interviewer"), company)  # type: ignore[arg-type]
        assert title and _one_line(title) and len(title) <= 200
        url = linkedin_search_url(name, company)
        if url is not None:
            assert url.isascii() and url.isprintable() and " " not in url

    prop()
    report(record_property, "titles", ran, minimum=300)
