"""The follow-up planner: which follow-ups an interview should have, to whom, and when.

Pure and deterministic. `plan` reads one interview (its times, people, outcome and the
follow-ups already stored for it), the user's timing settings and `now`, and returns only the
*changes* to make: follow-ups to create, scheduled ones to move, premature drafts to retract and
pending ones to end. It never touches a terminal follow-up (sent, done, skipped, cancelled) and
it is idempotent: once its changes are applied, planning again returns nothing.

The rules carry out PRODUCT.md ("The follow-up plan") and the guide beside it:

- thank-you: one per interviewer (else the recruiter, else the organizer), due an hour after
  the interview ends, late after 48 h; none for an interview that ended over a week before it
  was first planned;
- check-in: 7 days after the last thank-you was sent, again 7 days after the previous check-in
  was sent, at most 2; ends with any reply from the company;
- update ("stay top of mind"): every 6 weeks after the latest mail sent while the outcome is
  pending, at most 3, one pending at a time; after a rejection only if the user opted in;
- feedback request: after a rejection, to whoever sent it;
- nudges (tasks, not mail): connect on LinkedIn, follow the company, look for its events.

A follow-up marked `done` counts as sent (the user wrote it themselves: "already done counts").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, TypeAlias
from urllib.parse import quote

from followup.core.companies import is_robot_address

__all__ = [
    "MAIL_KINDS",
    "PENDING",
    "TERMINAL",
    "Change",
    "Contact",
    "Create",
    "End",
    "Existing",
    "InterviewFacts",
    "Key",
    "Kind",
    "Move",
    "PlanRules",
    "Retract",
    "State",
    "linkedin_search_url",
    "plan",
    "title_for",
]

Kind = Literal["thank_you", "check_in", "update", "feedback_request", "nudge"]
State = Literal["scheduled", "drafted", "sent", "done", "skipped", "cancelled"]
Role = Literal["interviewer", "recruiter", "organizer"]
Outcome = Literal["pending", "offer", "rejected", "withdrawn"]

PENDING: frozenset[str] = frozenset({"scheduled", "drafted"})
TERMINAL: frozenset[str] = frozenset({"sent", "done", "skipped", "cancelled"})
MAIL_KINDS: frozenset[str] = frozenset({"thank_you", "check_in", "update", "feedback_request"})
_SENT: frozenset[str] = frozenset({"sent", "done"})

LINKEDIN = "linkedin:"
FOLLOW_COMPANY = "follow_company"
NETWORKING_EVENTS = "networking_events"

_INACTIVE = "the interview is no longer active"
_GONE = "no longer on the invitation"
_TO_INTERVIEWERS = "thank-yous go to the interviewers now"
_NOT_CONTACT = "no longer the contact for this interview"
_REJECTED_THANKS = "you were told no; the feedback request thanks them"
_REPLIED = "the company replied"
_UPDATES_OFF = "updates are turned off"
_NOT_REJECTED = "the outcome is no longer a rejection"
_MOVED_AHEAD = "the interview now ends in the future"


@dataclass(frozen=True, slots=True)
class PlanRules:
    """Timing of the plan. The defaults are PRODUCT.md's; every one is a user setting."""

    thank_you_after: timedelta = timedelta(hours=1)  # draft made this long after the end
    thank_you_due: timedelta = timedelta(hours=24)  # informational: "due within 24 h"
    thank_you_late: timedelta = timedelta(hours=48)  # late_at = end + this
    # A thank-you is planned for an interview that ended up to this long ago (the first sync
    # reads 60 days back). The edge drafts it only if it is not stale (below), and marks it
    # done if the user already wrote, so check-ins follow thank-yous sent before followup ran.
    thank_you_lookback: timedelta = timedelta(days=60)
    # Later than this after the end, a thank-you that was not written is skipped, not drafted.
    thank_you_stale: timedelta = timedelta(days=7)
    check_in_after: timedelta = timedelta(days=7)
    check_ins_max: int = 2
    check_in_late: timedelta = timedelta(days=3)  # late_at = due_at + this
    update_every: timedelta = timedelta(weeks=6)
    update_after_rejection_every: timedelta = timedelta(days=90)
    updates_max: int = 3
    feedback_late: timedelta = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Contact:
    email: str  # lower-case
    name: str | None
    role: Role


@dataclass(frozen=True, slots=True)
class Key:
    """Identifies one follow-up of an interview.

    `slot` is the recipient's e-mail (lower-case) for mail kinds; for nudges a topic:
    "linkedin:<email>", "follow_company", "networking_events".
    """

    kind: Kind
    slot: str
    sequence: int = 1


@dataclass(frozen=True, slots=True)
class Existing:
    """A follow-up already stored for this interview."""

    key: Key
    state: State
    due_at: datetime
    late_at: datetime | None = None
    sent_at: datetime | None = None  # when it became sent (or done)
    snoozed: bool = False  # the user moved due_at by hand: never move it back


@dataclass(frozen=True, slots=True)
class InterviewFacts:
    start: datetime
    end: datetime
    company: str | None
    active: bool  # an interview (detector or user), not cancelled, not declined
    inactive_reason: str = ""  # e.g. "the interview was cancelled"
    outcome: Outcome = "pending"
    outcome_at: datetime | None = None
    outcome_from: str | None = None  # who sent the rejection (lower-case e-mail), if known
    contacts: tuple[Contact, ...] = ()
    followups: tuple[Existing, ...] = ()
    company_replied_at: datetime | None = None  # latest mail from the company
    later_round: bool = False  # a later, not-cancelled interview with the same company exists
    send_updates: bool = True  # profile: "stay top of mind" updates while pending
    updates_after_rejection: bool = False  # profile opt-in: updates after a rejection


@dataclass(frozen=True, slots=True)
class Create:
    key: Key
    due_at: datetime
    late_at: datetime | None
    recipient: Contact | None
    title: str


@dataclass(frozen=True, slots=True)
class Move:
    """A scheduled follow-up whose time changed."""

    key: Key
    due_at: datetime
    late_at: datetime | None


@dataclass(frozen=True, slots=True)
class Retract:
    """A drafted follow-up that is premature now: back to scheduled, at the new times."""

    key: Key
    due_at: datetime
    late_at: datetime | None
    reason: str


@dataclass(frozen=True, slots=True)
class End:
    """A pending follow-up that ends."""

    key: Key
    state: Literal["cancelled", "skipped", "done"]
    reason: str


Change: TypeAlias = Create | Move | Retract | End


# ---------------------------------------------------------------------------------------------
# Text helpers (titles are plain text; the UI escapes them).

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _clean(text: str | None, limit: int = 80) -> str:
    """One line of readable text: controls and line breaks become spaces, runs collapse."""
    if not text:
        return ""
    out: list[str] = []
    for ch in text:
        if ch in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cs", "Co", "Cn"):
            continue
        out.append(" " if category == "Cc" or ch.isspace() else ch)
    line = " ".join("".join(out).split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def _possessive(company: str | None) -> str:
    name = _clean(company)
    if not name:
        return "the company's"
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


def _who(recipient: Contact | None) -> str:
    if recipient is None:
        return ""
    return _clean(recipient.name) or _clean(recipient.email)


def title_for(key: Key, recipient: Contact | None, company: str | None) -> str:
    """The follow-up's one-line title, e.g. "Thank-you to Dana Li"."""
    who = _who(recipient)
    org = _clean(company)
    if key.kind == "thank_you":
        return f"Thank-you to {who or 'your interviewer'}"
    if key.kind == "check_in":
        nth = f" #{key.sequence}" if key.sequence > 1 else ""
        return f"Check-in{nth} with {who or org or 'the company'}"
    if key.kind == "update":
        nth = f" #{key.sequence}" if key.sequence > 1 else ""
        return f"Stay-in-touch update{nth} to {who or org or 'the company'}"
    if key.kind == "feedback_request":
        return f"Ask {who or org or 'the company'} for feedback"
    if key.slot.startswith(LINKEDIN):
        person = who or _clean(key.slot[len(LINKEDIN) :]) or "your interviewer"
        return f"Connect with {person} on LinkedIn"
    if key.slot == FOLLOW_COMPANY:
        return f"Follow {_possessive(company)} posts"
    if key.slot == NETWORKING_EVENTS:
        return f"Look for {_possessive(company)} networking events"
    return f"To do: {_clean(key.slot) or 'follow up'}"


def linkedin_search_url(name: str | None, company: str | None) -> str | None:
    """A LinkedIn people search for `name` (and `company`), or None without a name."""
    person = _clean(name, limit=200).strip(" \"'")
    if not person or "@" in person:  # an address is no name to search for
        return None
    words = f"{person} {_clean(company, limit=200)}".strip()
    return "https://www.linkedin.com/search/results/people/?keywords=" + quote(words, safe="")


# ---------------------------------------------------------------------------------------------
# The planner.


def _email(raw: str | None) -> str | None:
    address = (raw or "").strip().lower()
    if not address or "@" not in address or any(ch.isspace() for ch in address):
        return None
    return address


def _name(raw: str | None) -> str | None:
    name = (raw or "").strip()
    return name or None


def _sent_time(row: Existing) -> datetime:
    return row.sent_at if row.sent_at is not None else row.due_at


@dataclass(frozen=True, slots=True)
class _People:
    """The interview's contacts, de-duplicated by e-mail (first non-empty name wins)."""

    names: dict[str, str | None]
    roles: dict[str, tuple[Role, ...]]
    interviewers: tuple[Contact, ...]
    recruiter: Contact | None
    organizer: Contact | None

    @classmethod
    def of(cls, contacts: Iterable[Contact]) -> _People:
        names: dict[str, str | None] = {}
        roles: dict[str, list[Role]] = {}
        for contact in contacts:
            email = _email(contact.email)
            if email is None:
                continue
            if names.get(email) is None:
                names[email] = _name(contact.name)
            seen = roles.setdefault(email, [])
            if contact.role not in seen:
                seen.append(contact.role)

        def with_role(role: Role) -> list[Contact]:
            return [Contact(e, names[e], role) for e, rs in roles.items() if role in rs]

        recruiters, organizers = with_role("recruiter"), with_role("organizer")
        return cls(
            names=names,
            roles={e: tuple(rs) for e, rs in roles.items()},
            interviewers=tuple(with_role("interviewer")),
            recruiter=recruiters[0] if recruiters else None,
            organizer=organizers[0] if organizers else None,
        )

    def contact(self, email: str, fallback: Role) -> Contact:
        """`email` as a contact, with the name and role known for it, if any."""
        roles = self.roles.get(email, ())
        role: Role = fallback if fallback in roles or not roles else roles[0]
        return Contact(email, self.names.get(email), role)


class _Planner:
    def __init__(self, facts: InterviewFacts, rules: PlanRules, now: datetime) -> None:
        self.facts = facts
        self.rules = rules
        self.now = now
        self.people = _People.of(facts.contacts)
        self.rows = facts.followups
        self.company = _clean(facts.company) or "the company"

        interviewers = self.people.interviewers
        fallback = self.people.recruiter or self.people.organizer
        self.thank_you_to: tuple[Contact, ...] = (
            interviewers if interviewers else ((fallback,) if fallback else ())
        )
        self.thank_you_due = facts.end + max(rules.thank_you_after, timedelta(0))
        self.thank_you_late = facts.end + max(rules.thank_you_late, rules.thank_you_after)

        thanked = sorted(
            (r for r in self._of("thank_you") if r.state in _SENT),
            key=lambda r: (_sent_time(r), r.key.slot),
        )
        self.thanked = thanked
        self.anchor = _sent_time(thanked[-1]) if thanked else None
        addressed = [email for r in thanked if (email := _email(r.key.slot))]
        last = self.people.contact(addressed[-1], "interviewer") if addressed else None
        self.company_contact = self.people.recruiter or self.people.organizer or last
        replied = facts.company_replied_at
        self.replied = replied is not None and self.anchor is not None and replied > self.anchor

        self.rejected_at = self._rejected_at() if facts.outcome == "rejected" else None
        self.update_due = self._update_due()

    # -- facts derived once -------------------------------------------------------------------

    def _of(self, kind: Kind) -> list[Existing]:
        return [row for row in self.rows if row.key.kind == kind]

    def _rejected_at(self) -> datetime:
        """When the rejection came; stable across plans even when the edge does not know."""
        if self.facts.outcome_at is not None:
            return self.facts.outcome_at
        known = [r.due_at for r in self._of("feedback_request")]
        known += [r.due_at for r in self._of("nudge") if r.key.slot == NETWORKING_EVENTS]
        return min(known) if known else self.now

    def _update_due(self) -> datetime | None:
        """When the next pending update is due, or None when updates are off."""
        facts = self.facts
        if not facts.active or facts.later_round:
            return None
        if facts.outcome == "pending" and facts.send_updates:
            sent = [
                _sent_time(r) for r in self.rows if r.key.kind in MAIL_KINDS and r.state in _SENT
            ]
            return max(sent) + self.rules.update_every if sent else None
        if self.rejected_at is not None and facts.updates_after_rejection:
            sent = [_sent_time(r) for r in self._of("update") if r.state in _SENT]
            return max([self.rejected_at, *sent]) + self.rules.update_after_rejection_every
        return None

    def _later_round_reason(self) -> str:
        return f"a later interview with {self.company} is planned"

    # -- changes to what exists ---------------------------------------------------------------

    def existing_changes(self) -> list[Change]:
        changes: list[Change] = []
        for row in self.rows:
            if row.state not in PENDING:
                continue
            change = self._change_for(row)
            if change is not None:
                changes.append(change)
        return changes

    def _change_for(self, row: Existing) -> Change | None:
        facts = self.facts
        if not facts.active:
            return End(row.key, "cancelled", _clean(facts.inactive_reason, 200) or _INACTIVE)
        kind = row.key.kind
        if kind == "nudge":
            return None  # nudges end only by the user
        if facts.outcome in ("offer", "withdrawn"):
            return End(row.key, "cancelled", f"outcome: {facts.outcome}")
        if kind == "thank_you":
            return self._thank_you_change(row)
        if kind == "check_in":
            return self._check_in_change(row)
        if kind == "update":
            return self._update_change(row)
        return self._feedback_change(row)

    def _retime(self, row: Existing, due: datetime, late: datetime | None) -> Move | None:
        """A Move for a scheduled row whose plan changed; a snoozed one only ever moves later."""
        if row.state != "scheduled":
            return None
        if row.snoozed:
            return Move(row.key, due, late) if row.due_at < due else None
        if row.due_at == due and row.late_at == late:
            return None
        return Move(row.key, due, late)

    def _thank_you_change(self, row: Existing) -> Change | None:
        if self.facts.outcome == "rejected":
            return End(row.key, "cancelled", _REJECTED_THANKS) if row.state == "scheduled" else None
        if row.key.slot not in {c.email for c in self.thank_you_to}:
            if row.state != "scheduled":
                return None  # a draft exists: the user decides
            if row.key.slot not in self.people.names:
                return End(row.key, "cancelled", _GONE)
            reason = _TO_INTERVIEWERS if self.people.interviewers else _NOT_CONTACT
            return End(row.key, "cancelled", reason)
        due, late = self.thank_you_due, self.thank_you_late
        if row.state == "drafted":
            if self.facts.end <= self.now:
                return None
            if row.snoozed:
                due = max(due, row.due_at)
            return Retract(row.key, due, late, _MOVED_AHEAD)
        return self._retime(row, due, late)

    def _check_in_due(self, row: Existing) -> datetime | None:
        if row.key.sequence <= 1:
            return self.anchor + self.rules.check_in_after if self.anchor else None
        before = [
            _sent_time(r)
            for r in self._of("check_in")
            if r.key.sequence == row.key.sequence - 1 and r.state in _SENT
        ]
        return max(before) + self.rules.check_in_after if before else None

    def _check_in_change(self, row: Existing) -> Change | None:
        if self.facts.outcome == "rejected":
            return End(row.key, "cancelled", "outcome: rejected")
        if self.facts.later_round:
            return End(row.key, "cancelled", self._later_round_reason())
        if self.replied:
            return End(row.key, "cancelled", _REPLIED)
        due = self._check_in_due(row)
        if due is None:
            return None
        return self._retime(row, due, due + self.rules.check_in_late)

    def _update_change(self, row: Existing) -> Change | None:
        facts = self.facts
        if facts.outcome == "rejected" and not facts.updates_after_rejection:
            return End(row.key, "cancelled", "outcome: rejected")
        if facts.outcome == "pending" and not facts.send_updates:
            return End(row.key, "cancelled", _UPDATES_OFF)
        if facts.later_round:
            return End(row.key, "cancelled", self._later_round_reason())
        if self.update_due is None:
            return None
        return self._retime(row, self.update_due, None)

    def _feedback_change(self, row: Existing) -> Change | None:
        if self.facts.outcome != "rejected":
            return End(row.key, "cancelled", _NOT_REJECTED)
        if self.facts.later_round:
            return End(row.key, "cancelled", self._later_round_reason())
        if self.rejected_at is None:  # unreachable: the outcome is a rejection
            return None
        return self._retime(row, self.rejected_at, self.rejected_at + self.rules.feedback_late)

    # -- what to create -----------------------------------------------------------------------

    def _create(self, key: Key, due: datetime, late: datetime | None, to: Contact | None) -> Create:
        return Create(key, due, late, to, title_for(key, to, self.facts.company))

    def creations(self) -> list[Create]:
        if not self.facts.active:
            return []
        return [
            *self._thank_yous(),
            *self._check_in(),
            *self._update(),
            *self._feedback_request(),
            *self._nudges(),
        ]

    def _thank_yous(self) -> list[Create]:
        facts = self.facts
        if facts.outcome != "pending" or self.now > facts.end + self.rules.thank_you_lookback:
            return []
        planned = {r.key.slot for r in self._of("thank_you")}
        return [
            self._create(Key("thank_you", c.email), self.thank_you_due, self.thank_you_late, c)
            for c in self.thank_you_to
            if c.email not in planned
        ]

    def _next_in_series(self, rows: list[Existing]) -> tuple[int, list[Existing]] | None:
        """The next sequence number and the rows of the latest one, or None if the series ended
        (skipped) or waits for a pending one."""
        if any(r.state == "skipped" for r in rows) or any(r.state in PENDING for r in rows):
            return None
        if not rows:
            return 1, []
        top = max(r.key.sequence for r in rows)
        return top + 1, [r for r in rows if r.key.sequence == top]

    def _check_in(self) -> list[Create]:
        facts, rules = self.facts, self.rules
        if facts.outcome != "pending" or facts.later_round or self.replied:
            return []
        if self.anchor is None or self.company_contact is None:
            return []
        rows = self._of("check_in")
        nxt = self._next_in_series(rows)
        if nxt is None or len(rows) >= rules.check_ins_max:
            return []
        sequence, latest = nxt
        if latest and any(r.state not in _SENT for r in latest):
            return []  # the series continues only after the latest check-in was sent
        base = max(_sent_time(r) for r in latest) if latest else self.anchor
        due = base + rules.check_in_after
        to = self.company_contact
        return [
            self._create(Key("check_in", to.email, sequence), due, due + rules.check_in_late, to)
        ]

    def _update(self) -> list[Create]:
        if self.update_due is None:
            return []
        to = self.company_contact
        if to is None and self.rejected_at is not None:
            to = self._rejection_sender()
        if to is None:
            return []
        rows = self._of("update")
        nxt = self._next_in_series(rows)
        counted = [r for r in rows if r.state != "cancelled"]
        if nxt is None or len(counted) >= self.rules.updates_max:
            return []
        return [self._create(Key("update", to.email, nxt[0]), self.update_due, None, to)]

    def _rejection_sender(self) -> Contact | None:
        """Who wrote the rejection, if a person did (a hiring tool's no-reply address is not
        someone to ask for feedback: then the company contact is)."""
        email = _email(self.facts.outcome_from)
        if email is None or is_robot_address(email):
            return None
        return self.people.contact(email, "recruiter")

    def _feedback_request(self) -> list[Create]:
        due = self.rejected_at
        if due is None or self.facts.later_round or self._of("feedback_request"):
            return []
        to = self._rejection_sender() or self.company_contact
        if to is None:
            return []
        key = Key("feedback_request", to.email)
        return [self._create(key, due, due + self.rules.feedback_late, to)]

    def _nudges(self) -> list[Create]:
        topics = {r.key.slot for r in self._of("nudge")}
        wanted: list[tuple[str, datetime, Contact | None]] = []
        for row in self.thanked:  # earliest first
            email = _email(row.key.slot)
            if email is None:
                continue
            slot = LINKEDIN + email
            if all(slot != w[0] for w in wanted):
                wanted.append((slot, _sent_time(row), self.people.contact(email, "interviewer")))
        if self.thanked:
            wanted.append((FOLLOW_COMPANY, _sent_time(self.thanked[0]), None))
        if self.rejected_at is not None:
            wanted.append((NETWORKING_EVENTS, self.rejected_at, None))
        return [
            self._create(Key("nudge", slot), due, None, to)
            for slot, due, to in wanted
            if slot not in topics
        ]


def plan(facts: InterviewFacts, rules: PlanRules, now: datetime) -> list[Change]:
    """The changes that bring `facts.followups` in line with the plan for this interview.

    Changes to existing follow-ups come first, in the order of `facts.followups`, then the
    follow-ups to create (thank-yous, check-in, update, feedback request, nudges).
    """
    planner = _Planner(facts, rules, now)
    return [*planner.existing_changes(), *planner.creations()]
