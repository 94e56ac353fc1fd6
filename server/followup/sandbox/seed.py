"""A realistic sample week for the sandbox: what `followup demo` shows without a Google account.

`sample_week(now, ...)` is pure and deterministic: the same `now` gives the same events and the same
raw messages, byte for byte. Almost everything is placed on whole days relative to `now`'s UTC date,
so "yesterday" and "tomorrow" mean what they say whatever the hour. Two moments follow `now` itself
(to the quarter hour), because the story needs them at a given distance: the phone screen that
ended two hours ago, and the thank-you sent a week (and five hours) ago. `seed_over_http(admin)`
posts the week through the sandbox's admin API, so it works against any running sandbox.

The week holds eight interviews at seven fictional companies (Greenhouse, Lever, Ashby and Calendly
style invitations, a Google Meet and a Zoom link, two non-UTC time zones, one in German), ordinary
events, and traps a detector must not take for interviews (a mock interview with a friend, an
interview-prep study group, a podcast interview, a dentist, a weekly gym session, an all-day
wedding, the final round of a pub quiz). The mailbox holds the recruiters' scheduling threads, a
conversation with an interviewer, thank-yous the user already sent, an ATS rejection and an
appointment reminder.

What followup makes of it (`followup demo`), interview by interview:

- Halden Robotics, phone screen that ended two hours ago: thank-you drafts for the two
  interviewers, the one to Marcus as a reply in his thread with the user, the one to Wen new;
- Quillfeather, technical panel three days ago: the user already thanked both interviewers (done);
  no check-in, since a final round with Quillfeather is coming;
- Bramble Analytics, nine days ago: the thank-you to Owen went out a week ago with no answer
  (done), so a check-in to the recruiter is drafted in that thread;
- Fernway, six days ago: thanked, then rejected by an ATS (Greenhouse) e-mail naming the company:
  a feedback-request draft in the rejection's thread, a networking nudge, the check-in cancelled;
- Copperleaf Energy, five days ago: a Calendly intro call with an independent recruiter writing
  from a free-mail address, thanked in her thread (a hard case for the detector);
- Tidewater Health, Kranich Logistik and the Quillfeather final round are upcoming: their
  thank-yous are scheduled, nothing is drafted.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

import httpx

MessageKind = Literal["scheduling", "thank_you", "rejection", "other"]


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str = ""

    def address(self) -> Address:
        local, _, domain = self.email.partition("@")
        return Address(self.name, local, domain)


@dataclass(frozen=True)
class SampleEvent:
    """One Calendar Event resource (no `id`: the sandbox assigns it) and what it really is."""

    key: str
    resource: dict[str, Any]
    interview: bool
    company: str | None = None


@dataclass(frozen=True)
class SampleMessage:
    """One RFC 5322 message and how it lands in the mailbox."""

    key: str
    raw: bytes
    label_ids: tuple[str, ...]
    sent_at: datetime
    message_id: str
    kind: MessageKind
    reply_to: str | None = None  # key of the message this one answers (same thread)
    company: str | None = None


@dataclass(frozen=True)
class SampleWeek:
    now: datetime
    user_email: str
    user_name: str
    events: tuple[SampleEvent, ...]
    messages: tuple[SampleMessage, ...]

    def event(self, key: str) -> SampleEvent:
        return next(item for item in self.events if item.key == key)

    def message(self, key: str) -> SampleMessage:
        return next(item for item in self.messages if item.key == key)


@dataclass(frozen=True)
class SeedSummary:
    now: datetime
    user_email: str = ""
    user_name: str = ""
    event_ids: dict[str, str] = field(default_factory=dict)  # sample key -> stored event id
    message_ids: dict[str, str] = field(default_factory=dict)  # sample key -> Gmail message id
    thread_ids: dict[str, str] = field(default_factory=dict)  # sample key -> Gmail thread id

    @property
    def events(self) -> int:
        return len(self.event_ids)

    @property
    def messages(self) -> int:
        return len(self.message_ids)


class SeedError(RuntimeError):
    """The sandbox refused part of the sample week."""


# The cast ---------------------------------------------------------------------------------------

HALDEN = "Halden Robotics"
PRIYA = Person("Priya Raman", "priya.raman@haldenrobotics.com", "Technical Recruiter")
MARCUS = Person("Marcus Oyelaran", "marcus.oyelaran@haldenrobotics.com", "Engineering Manager")
WEN = Person("Wen Zhao", "wen.zhao@haldenrobotics.com", "Staff Software Engineer")

QUILL = "Quillfeather"
HANNAH = Person("Hannah Lindqvist", "hannah.lindqvist@quillfeather.io", "Recruiting Coordinator")
RAFAEL = Person("Rafael Domínguez", "rafael.dominguez@quillfeather.io", "Staff Engineer")
MEI = Person("Mei Tanaka", "mei.tanaka@quillfeather.io", "Senior Software Engineer")
OLIVIA = Person("Olivia Brandt", "olivia.brandt@quillfeather.io", "VP of Engineering")

TIDEWATER = "Tidewater Health"
JORDAN = Person("Jordan Ellis", "jordan.ellis@tidewaterhealth.com", "Senior Talent Partner")
AISHA = Person("Aisha Mensah", "aisha.mensah@tidewaterhealth.com", "Director of Platform")
LUIS = Person("Luis Ortega", "luis.ortega@tidewaterhealth.com", "Principal Engineer")

KRANICH = "Kranich Logistik"
ANNA = Person("Anna Böhm", "anna.boehm@kranich-logistik.de", "Recruiterin")
JUERGEN = Person("Jürgen Weiß", "juergen.weiss@kranich-logistik.de", "Teamleiter Plattform")

COPPERLEAF = "Copperleaf Energy"
DANA = Person("Dana Whitfield", "dana.whitfield.recruits@gmail.com", "Independent Tech Recruiter")

BRAMBLE = "Bramble Analytics"
NADIA = Person("Nadia Ferreira", "nadia.ferreira@brambleanalytics.com", "Talent Partner")
OWEN = Person("Owen Gallagher", "owen.gallagher@brambleanalytics.com", "Head of Data Engineering")

FERNWAY = "Fernway"
ELENA = Person("Elena Petrova", "elena.petrova@fernway.com", "Technical Recruiter")
KOFI = Person("Kofi Boateng", "kofi.boateng@fernway.com", "Senior Software Engineer")
FERNWAY_ATS = Person(f"{FERNWAY} Recruiting", "no-reply@us.greenhouse-mail.io")

SAM = Person("Sam Okafor", "sam.okafor@gmail.com")
ANA = Person("Ana Lima", "ana.lima.dev@gmail.com")
THEO = Person("Theo Park", "theo.park@fastmail.com")
PODCAST = Person("Backend Banter", "host@backendbanter.fm")
NOOR = Person("Noor Haddad", "noor.haddad@outlook.com")
DENTAL = Person("Harbor Dental", "reminders@harbordental.com")

NEW_YORK = "America/New_York"
BERLIN = "Europe/Berlin"


# Small builders ---------------------------------------------------------------------------------


def _rfc3339(moment: datetime) -> str:
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _at(day: date, hour: int, minute: int = 0, zone: str = "UTC") -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))


def _when(moment: datetime, zone: str = "UTC") -> dict[str, str]:
    return {"dateTime": _rfc3339(moment), "timeZone": zone}


def _attendee(person: Person, status: str = "accepted", **extra: Any) -> dict[str, Any]:
    return {"email": person.email, "displayName": person.name, "responseStatus": status, **extra}


def _organizer(person: Person) -> dict[str, Any]:
    return {"email": person.email, "displayName": person.name}


def _event(
    summary: str,
    start: datetime,
    end: datetime,
    *,
    zone: str = "UTC",
    organizer: Person | None = None,
    attendees: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "summary": summary,
        "start": _when(start, zone),
        "end": _when(end, zone),
    }
    if organizer is not None:
        resource["organizer"] = _organizer(organizer)
        resource["creator"] = _organizer(organizer)
    if attendees:
        resource["attendees"] = attendees
    resource.update(extra)
    return resource


def _meet(code: str) -> dict[str, Any]:
    uri = f"https://meet.google.com/{code}"
    return {
        "hangoutLink": uri,
        "conferenceData": {
            "conferenceId": code,
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "entryPoints": [
                {"entryPointType": "video", "uri": uri, "label": uri.removeprefix("https://")}
            ],
        },
    }


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class _Mailroom:
    """Builds raw messages; remembers them so replies can carry In-Reply-To and References."""

    def __init__(self, user: Person, anchor: date) -> None:
        self.user = user
        self.anchor = anchor
        self.messages: list[SampleMessage] = []
        self._references: dict[str, list[str]] = {}

    def add(
        self,
        key: str,
        *,
        sender: Person,
        to: list[Person],
        subject: str,
        sent_at: datetime,
        text: str,
        kind: MessageKind,
        company: str | None = None,
        cc: list[Person] | None = None,
        html: str | None = None,
        reply_to: str | None = None,
        unread: bool = False,
    ) -> SampleMessage:
        seed = _digest(key, self.anchor.isoformat(), sender.email)
        domain = sender.email.partition("@")[2]
        if sender == self.user or domain == "gmail.com":
            message_id = f"<CA+{seed[:40]}@mail.gmail.com>"
        else:
            # Short enough for "Message-ID: <…>" to stay on one line (78 characters): a folded
            # header would read back with a leading space.
            host = f"mail.{domain}"
            digits = max(8, min(24, 78 - len("Message-ID: <.20250101000000@>") - len(host)))
            message_id = f"<{seed[:digits]}.{sent_at:%Y%m%d%H%M%S}@{host}>"

        msg = EmailMessage(policy=SMTP)
        msg["From"] = sender.address()
        msg["To"] = tuple(person.address() for person in to)
        if cc:
            msg["Cc"] = tuple(person.address() for person in cc)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(sent_at)
        msg["Message-ID"] = message_id
        references: list[str] = []
        if reply_to is not None:
            parent = next(item for item in self.messages if item.key == reply_to)
            references = [*self._references[reply_to], parent.message_id]
            msg["In-Reply-To"] = parent.message_id
            msg["References"] = " ".join(references)
        self._references[key] = references
        msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"000000000000{seed[:16]}")

        if sender == self.user:
            labels: tuple[str, ...] = ("SENT",)
        else:
            labels = ("INBOX", "UNREAD") if unread else ("INBOX",)
        sample = SampleMessage(
            key=key,
            raw=msg.as_bytes(policy=SMTP),
            label_ids=labels,
            sent_at=sent_at,
            message_id=message_id,
            kind=kind,
            reply_to=reply_to,
            company=company,
        )
        self.messages.append(sample)
        return sample


# The week ---------------------------------------------------------------------------------------


def sample_week(now: datetime, user_email: str, user_name: str = "Casey Candidate") -> SampleWeek:
    """Events and messages for the week around `now` (pure: no I/O, same `now`, same week)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    today = now.astimezone(UTC).date()

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    utc_now = now.astimezone(UTC).replace(second=0, microsecond=0)
    quarter = utc_now - timedelta(minutes=utc_now.minute % 15)
    moments = _Moments(
        screen_start=quarter - timedelta(hours=2, minutes=45),  # ends two hours ago
        week_old_thanks=quarter - timedelta(days=7, hours=5),
    )
    user = Person(user_name, user_email)
    first_name = user_name.split()[0] if user_name.strip() else "there"
    me = _attendee(user, self=True)
    events = [
        *_interviews(day, moments, user, first_name, me),
        *_ordinary_and_traps(day, user, me),
    ]
    events.sort(key=_start_key)
    messages = _mail(day, moments, user, first_name)
    return SampleWeek(
        now=now,
        user_email=user_email,
        user_name=user_name,
        events=tuple(events),
        messages=tuple(sorted(messages, key=lambda item: item.sent_at)),
    )


@dataclass(frozen=True)
class _Moments:
    """The two times that follow `now` rather than its date."""

    screen_start: datetime  # the Halden phone screen, which ended two hours ago
    week_old_thanks: datetime  # the thank-you to Bramble, sent 7 days 5 hours ago


def _start_key(item: SampleEvent) -> str:
    start = item.resource["start"]
    if "date" in start:
        return str(start["date"])
    return _rfc3339(datetime.fromisoformat(start["dateTime"]).astimezone(UTC))


def _interviews(
    day: Any, moments: _Moments, user: Person, first: str, me: dict[str, Any]
) -> list[SampleEvent]:
    halden_start = moments.screen_start
    bramble_start = _at(day(-9), 14)
    fernway_start = _at(day(-6), 13)
    quill_start = _at(day(-3), 16)
    copper_start = _at(day(-5), 17, 30)
    tide_start = _at(day(1), 10, zone=NEW_YORK)
    kranich_start = _at(day(3), 10, zone=BERLIN)
    final_start = _at(day(7), 16)
    return [
        SampleEvent(
            "halden-phone-screen",
            _event(
                f"Phone Screen: {user.name} – Senior Backend Engineer ({HALDEN})",
                halden_start,
                halden_start + timedelta(minutes=45),
                organizer=PRIYA,
                attendees=[
                    _attendee(PRIYA, organizer=True),
                    _attendee(MARCUS),
                    _attendee(WEN),
                    me,
                ],
                location=f"Phone – {PRIYA.name} will call you",
                description=(
                    f"Hi {first},\n\n"
                    f"You're confirmed for a 45-minute phone screen for the Senior Backend "
                    f"Engineer role at {HALDEN}.\n\n"
                    "Interviewers:\n"
                    f"  • {PRIYA.name}, {PRIYA.title}\n"
                    f"  • {MARCUS.name}, {MARCUS.title}\n"
                    f"  • {WEN.name}, {WEN.title}\n\n"
                    f"{PRIYA.name.split()[0]} will call the number on your application. "
                    "If anything changes, just reply to the scheduling e-mail.\n\n"
                    "—\nThis interview was scheduled with Greenhouse."
                ),
            ),
            interview=True,
            company=HALDEN,
        ),
        SampleEvent(
            "quill-technical-panel",
            _event(
                f"{QUILL} – Technical Interview (Backend Systems) with {user.name}",
                quill_start,
                quill_start + timedelta(minutes=90),
                organizer=HANNAH,
                attendees=[
                    _attendee(HANNAH, organizer=True, optional=True),
                    _attendee(RAFAEL),
                    _attendee(MEI),
                    me,
                ],
                description=(
                    "Agenda\n"
                    f"  16:00 UTC  System design – {RAFAEL.name} ({RAFAEL.title})\n"
                    f"  16:45 UTC  Coding – {MEI.name} ({MEI.title})\n\n"
                    "Join with Google Meet (link in this invitation). Bring questions about "
                    "our storage layer!"
                ),
                **_meet("qfx-mdkp-ravt"),
            ),
            interview=True,
            company=QUILL,
        ),
        SampleEvent(
            "bramble-hiring-manager",
            _event(
                f"{BRAMBLE} – Hiring Manager Interview (Data Platform Engineer)",
                bramble_start,
                bramble_start + timedelta(hours=1),
                organizer=NADIA,
                attendees=[_attendee(NADIA, organizer=True), _attendee(OWEN), me],
                description=(
                    f"Hi {first},\n\n"
                    f"Thanks for making time to meet {OWEN.name}, our {OWEN.title}, about the "
                    "Data Platform Engineer role. Expect a conversation about the pipelines you "
                    "have built and how you think about data quality.\n\n"
                    f"Questions? Reply to {NADIA.name} ({NADIA.title}).\n\n"
                    "Join: https://meet.google.com/brm-owen-ndf\n\n"
                    "Scheduled with Ashby"
                ),
                **_meet("brm-owen-ndf"),
            ),
            interview=True,
            company=BRAMBLE,
        ),
        SampleEvent(
            "fernway-technical",
            _event(
                f"{FERNWAY} – Technical Interview: Senior Software Engineer",
                fernway_start,
                fernway_start + timedelta(hours=1),
                organizer=ELENA,
                attendees=[_attendee(ELENA, organizer=True), _attendee(KOFI), me],
                description=(
                    f"Hi {first},\n\n"
                    f"Your technical interview with {KOFI.name} ({KOFI.title}) is confirmed: "
                    "an hour of API design and a short code review, on Google Meet.\n\n"
                    f"Your recruiter: {ELENA.name}, {ELENA.title}\n\n"
                    "This interview was scheduled with Greenhouse."
                ),
                **_meet("fwy-kofi-elp"),
            ),
            interview=True,
            company=FERNWAY,
        ),
        SampleEvent(
            "copperleaf-calendly",
            _event(
                f"Intro call: Staff Engineer @ {COPPERLEAF} between {DANA.name} and {user.name}",
                copper_start,
                copper_start + timedelta(minutes=30),
                organizer=DANA,
                attendees=[_attendee(DANA, organizer=True), me],
                location="https://us06web.zoom.us/j/83915527604?pwd=c2VlZFdlZWtEZW1v",
                description=(
                    f"Event Name: Intro call: Staff Engineer @ {COPPERLEAF}\n\n"
                    "Location: This is a Zoom web conference.\n"
                    "https://us06web.zoom.us/j/83915527604?pwd=c2VlZFdlZWtEZW1v\n\n"
                    "Please share anything that will help prepare for our meeting.:\n"
                    "Open to hybrid roles, happy to chat about grid software.\n\n"
                    "Need to make changes to this event?\n"
                    "Cancel: https://calendly.com/cancellations/5d0c3f0e-seed\n"
                    "Reschedule: https://calendly.com/reschedulings/5d0c3f0e-seed\n\n"
                    "Powered by Calendly.com"
                ),
            ),
            interview=True,
            company=COPPERLEAF,
        ),
        SampleEvent(
            "tidewater-onsite",
            _event(
                f"Onsite Interview – Platform Engineer | {TIDEWATER}",
                tide_start,
                tide_start + timedelta(hours=4),
                zone=NEW_YORK,
                organizer=JORDAN,
                attendees=[
                    _attendee(JORDAN, organizer=True),
                    _attendee(AISHA),
                    _attendee(LUIS),
                    me,
                ],
                location=f"{TIDEWATER}, 400 Atlantic Ave, 7th floor, Boston, MA 02110",
                description=(
                    f"Hi {first}, here is your onsite itinerary (Eastern Time):\n\n"
                    f"10:00  Welcome – {JORDAN.name}\n"
                    f"10:15  Architecture deep dive – {AISHA.name}, {AISHA.title}\n"
                    f"11:15  Pairing session – {LUIS.name}, {LUIS.title}\n"
                    "12:30  Lunch with the team\n"
                    "13:30  Wrap-up\n\n"
                    "Please check in at the front desk with a photo ID.\n\n"
                    "Scheduled with Lever"
                ),
            ),
            interview=True,
            company=TIDEWATER,
        ),
        SampleEvent(
            "kranich-interview",
            _event(
                f"Vorstellungsgespräch: Backend-Entwickler (m/w/d) – {KRANICH} GmbH",
                kranich_start,
                kranich_start + timedelta(hours=1),
                zone=BERLIN,
                organizer=ANNA,
                attendees=[_attendee(ANNA, organizer=True), _attendee(JUERGEN), me],
                location="Microsoft Teams-Besprechung",
                description=(
                    f"Hallo {first},\n\n"
                    "wir freuen uns auf das Gespräch mit Ihnen!\n\n"
                    f"Teilnehmende: {ANNA.name} ({ANNA.title}), "
                    f"{JUERGEN.name} ({JUERGEN.title})\n\n"
                    "Microsoft Teams – Jetzt an der Besprechung teilnehmen:\n"
                    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_seedweek%40thread.v2/0\n"
                    "Besprechungs-ID: 341 872 905 16  Passcode: Kr4n1ch"
                ),
            ),
            interview=True,
            company=KRANICH,
        ),
        SampleEvent(
            "quill-final-round",
            _event(
                f"{QUILL} – Final Round Interview ({user.name})",
                final_start,
                final_start + timedelta(hours=2),
                organizer=HANNAH,
                attendees=[
                    _attendee(HANNAH, organizer=True, optional=True),
                    _attendee(OLIVIA),
                    _attendee(RAFAEL, "needsAction"),
                    _attendee(user, "needsAction", self=True),
                ],
                description=(
                    f"Final round for the Senior Backend Engineer role.\n\n"
                    f"  • Leadership conversation – {OLIVIA.name} ({OLIVIA.title})\n"
                    f"  • Past project deep dive – {RAFAEL.name}\n\n"
                    "Join with Google Meet (link in this invitation)."
                ),
                **_meet("qfx-wnte-hobz"),
            ),
            interview=True,
            company=QUILL,
        ),
    ]


def _ordinary_and_traps(day: Any, user: Person, me: dict[str, Any]) -> list[SampleEvent]:
    gym_first = day(-14) - timedelta(days=day(-14).weekday())  # the Monday on or before
    gym_start = _at(gym_first, 7)
    wedding = day(5)
    return [
        SampleEvent(
            "mock-interview",
            _event(
                f"Mock interview with {SAM.name.split()[0]} (system design practice)",
                _at(day(-2), 19),
                _at(day(-2), 20),
                attendees=[_attendee(SAM), me],
                description="Sam plays the interviewer. Topic: design a URL shortener.",
            ),
            interview=False,
        ),
        SampleEvent(
            "podcast-interview",
            _event(
                "Podcast interview – Backend Banter (guest recording)",
                _at(day(-4), 17),
                _at(day(-4), 18),
                organizer=PODCAST,
                attendees=[_attendee(PODCAST, organizer=True), me],
                location="https://riverside.fm/studio/backend-banter",
                description="Episode 112: what I learned migrating a monolith. Audio only.",
            ),
            interview=False,
        ),
        SampleEvent(
            "coffee",
            _event(
                f"Coffee with {NOOR.name.split()[0]}",
                _at(day(-1), 9),
                _at(day(-1), 9, 45),
                attendees=[_attendee(NOOR), me],
                location="Little Fern Café",
            ),
            interview=False,
        ),
        SampleEvent(
            "prep-group",
            _event(
                "Interview prep study group – graphs & dynamic programming",
                _at(day(2), 18),
                _at(day(2), 19, 30),
                organizer=ANA,
                attendees=[_attendee(ANA, organizer=True), _attendee(THEO), me],
                location="https://meet.jit.si/interview-prep-crew",
                description="Weekly practice. This week: LeetCode 207, 322, 1143.",
            ),
            interview=False,
        ),
        SampleEvent(
            "dentist",
            _event(
                "Dentist – check-up (Dr. Alvarez)",
                _at(day(4), 8, 30),
                _at(day(4), 9, 15),
                location=f"{DENTAL.name}, 12 Mill Street",
            ),
            interview=False,
        ),
        SampleEvent(
            "wedding",
            {
                "summary": "Lena & Tom's wedding",
                "start": {"date": wedding.isoformat()},
                "end": {"date": (wedding + timedelta(days=1)).isoformat()},
                "transparency": "transparent",
                "location": "Villa Rosen, Lakeside",
            },
            interview=False,
        ),
        SampleEvent(
            "pub-quiz",
            _event(
                "Pub quiz league – final round 🍻",
                _at(day(6), 19, 30),
                _at(day(6), 22),
                location="The Crown & Anchor",
                description="Team: Quizteama Aguilera. Bring cash for the kitty.",
            ),
            interview=False,
        ),
        SampleEvent(
            "gym",
            _event(
                "Gym – strength session",
                gym_start,
                gym_start + timedelta(hours=1),
                recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR"],
                location="Ironworks Gym",
            ),
            interview=False,
        ),
    ]


def _mail(day: Any, moments: _Moments, user: Person, first: str) -> list[SampleMessage]:
    room = _Mailroom(user, day(0))
    screen = moments.screen_start
    room.add(
        "bramble-invitation",
        sender=NADIA,
        to=[user],
        subject=f"{BRAMBLE}: your interview with {OWEN.name}",
        sent_at=_at(day(-12), 10, 30),
        company=BRAMBLE,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            f"Great news: {OWEN.name}, our {OWEN.title}, would like to meet you for the Data "
            f"Platform Engineer role. You're booked for {day(-9):%A, %B} {day(-9).day} at "
            "14:00 UTC (one hour, Google Meet); the invitation comes from Ashby.\n\n"
            f"Best,\n{NADIA.name}\n{NADIA.title}, {BRAMBLE}\n"
        ),
    )
    room.add(
        "copperleaf-intro",
        sender=DANA,
        to=[user],
        subject=f"Staff Engineer role at {COPPERLEAF}",
        sent_at=_at(day(-9), 11, 20),
        company=COPPERLEAF,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            f"I'm an independent recruiter working with {COPPERLEAF} on their Staff Engineer "
            "search (grid-forecasting platform, hybrid). Your background looks like a great "
            "match. Would you have 30 minutes for an intro call?\n\n"
            "You can grab a time here: https://calendly.com/dana-whitfield/intro-call\n\n"
            f"Best,\n{DANA.name}\n{DANA.title}\n"
        ),
    )
    room.add(
        "halden-next-steps",
        sender=PRIYA,
        to=[user],
        subject=f"Next steps: Senior Backend Engineer at {HALDEN}",
        sent_at=_at(day(-8), 14, 12),
        company=HALDEN,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            f"Thanks for applying to {HALDEN}! We'd love to set up a 45-minute phone screen "
            f"with me, {MARCUS.name}, our {MARCUS.title}, and {WEN.name}, one of our "
            "staff engineers.\n\n"
            "Could you share a few times that work for you over the next week?\n\n"
            f"Best,\n{PRIYA.name}\n{PRIYA.title}, {HALDEN}\n"
        ),
        html=(
            f"<p>Hi {first},</p>"
            f"<p>Thanks for applying to <b>{HALDEN}</b>! We'd love to set up a 45-minute phone "
            f"screen with me, {MARCUS.name}, our {MARCUS.title}, and {WEN.name}, one of our "
            "staff engineers.</p>"
            "<p>Could you share a few times that work for you over the next week?</p>"
            f"<p>Best,<br>{PRIYA.name}<br>{PRIYA.title}, {HALDEN}</p>"
        ),
    )
    room.add(
        "halden-availability",
        sender=user,
        to=[PRIYA],
        subject=f"Re: Next steps: Senior Backend Engineer at {HALDEN}",
        sent_at=_at(day(-8), 16, 40),
        company=HALDEN,
        kind="scheduling",
        reply_to="halden-next-steps",
        text=(
            f"Hi {PRIYA.name.split()[0]},\n\n"
            "Thank you! Any afternoon next week works for me, ideally after 14:00 UTC.\n\n"
            f"Best,\n{user.name}\n"
        ),
    )
    room.add(
        "halden-confirmed",
        sender=PRIYA,
        to=[user],
        cc=[MARCUS],
        subject=f"Re: Next steps: Senior Backend Engineer at {HALDEN}",
        sent_at=_at(day(-7), 9, 5),
        company=HALDEN,
        kind="scheduling",
        reply_to="halden-availability",
        text=(
            f"Hi {first},\n\n"
            f"Great, you're booked for {screen:%A, %B} {screen.day} at {screen:%H:%M} UTC. "
            "A calendar invitation from Greenhouse is on its way.\n\n"
            f"Talk soon,\n{PRIYA.name}\n"
        ),
    )
    room.add(
        "bramble-thank-you",
        sender=user,
        to=[OWEN],
        cc=[NADIA],
        subject="Thank you — Data Platform Engineer interview",
        sent_at=moments.week_old_thanks,
        company=BRAMBLE,
        kind="thank_you",
        text=(
            f"Hi {OWEN.name.split()[0]},\n\n"
            "Thank you for the conversation about Bramble's pipelines. I enjoyed hearing how "
            "your team turned data-quality checks into contracts between producers and "
            "consumers, and it made me even more excited about the role.\n\n"
            f"Best regards,\n{user.name}\n"
        ),
    )
    room.add(
        "quill-invitation",
        sender=HANNAH,
        to=[user],
        subject=f"{QUILL}: your technical interview",
        sent_at=_at(day(-6), 13),
        company=QUILL,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            "Congratulations on moving forward! Your technical interview is on "
            f"{day(-3):%A} at 16:00 UTC (90 minutes, Google Meet) with "
            f"{RAFAEL.name} and {MEI.name}.\n\n"
            f"Warmly,\n{HANNAH.name}\n{HANNAH.title}, {QUILL}\n"
        ),
    )
    room.add(
        "tidewater-onsite",
        sender=JORDAN,
        to=[user],
        subject=f"Your onsite at {TIDEWATER}",
        sent_at=_at(day(-4), 15, 30),
        company=TIDEWATER,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            f"We're excited to host you in Boston on {day(1):%A, %B} {day(1).day}! "
            f"You'll meet {AISHA.name} and {LUIS.name}; the full itinerary is in the "
            "calendar invitation. Lunch is on us.\n\n"
            f"Cheers,\n{JORDAN.name}\n{JORDAN.title}\n"
        ),
    )
    room.add(
        "quill-thank-you",
        sender=user,
        to=[RAFAEL, MEI],
        cc=[HANNAH],
        subject="Thank you for today's interview",
        sent_at=_at(day(-3), 19, 45),
        company=QUILL,
        kind="thank_you",
        text=(
            f"Hi {RAFAEL.name.split()[0]} and {MEI.name.split()[0]},\n\n"
            "Thank you both for the conversation today. I especially enjoyed digging into "
            "how you shard the event log, and the pairing exercise was great fun.\n\n"
            f"I'm very excited about the role and {QUILL}'s team.\n\n"
            f"Best regards,\n{user.name}\n"
        ),
    )
    room.add(
        "copperleaf-thank-you",
        sender=user,
        to=[DANA],
        subject=f"Re: Staff Engineer role at {COPPERLEAF}",
        sent_at=_at(day(-5), 19, 10),
        company=COPPERLEAF,
        kind="thank_you",
        reply_to="copperleaf-intro",
        text=(
            f"Hi {DANA.name.split()[0]},\n\n"
            "Thank you for today's call and for the background on the grid-forecasting "
            f"platform. I'd be glad to take the next step with {COPPERLEAF}.\n\n"
            f"Best,\n{user.name}\n"
        ),
    )
    room.add(
        "fernway-thank-you",
        sender=user,
        to=[KOFI],
        cc=[ELENA],
        subject="Thank you for today's interview",
        sent_at=_at(day(-6), 18, 30),
        company=FERNWAY,
        kind="thank_you",
        text=(
            f"Hi {KOFI.name.split()[0]},\n\n"
            "Thank you for today's interview. Designing the booking API with you was fun, and "
            "I liked how the team reviews code in small, frequent changes.\n\n"
            f"Best regards,\n{user.name}\n"
        ),
    )
    room.add(
        "halden-marcus-note",
        sender=MARCUS,
        to=[user],
        subject="Before our call: how we move telemetry off the robots",
        sent_at=_at(day(-4), 16, 20),
        company=HALDEN,
        kind="scheduling",
        text=(
            f"Hi {first},\n\n"
            f"{PRIYA.name.split()[0]} mentioned you're interested in our data path. Here's the "
            "post we wrote about moving telemetry off the robots; no homework, just context "
            "for our chat.\n\n"
            "https://engineering.haldenrobotics.com/posts/fleet-telemetry\n\n"
            f"Cheers,\n{MARCUS.name}\n"
        ),
    )
    room.add(
        "halden-marcus-reply",
        sender=user,
        to=[MARCUS],
        subject="Re: Before our call: how we move telemetry off the robots",
        sent_at=_at(day(-4), 18, 2),
        company=HALDEN,
        kind="scheduling",
        reply_to="halden-marcus-note",
        text=(
            f"Hi {MARCUS.name.split()[0]},\n\n"
            "Thank you, a great read. The part about back-pressure when a whole warehouse "
            "reconnects at once is exactly the kind of problem I enjoy. Looking forward to "
            "talking.\n\n"
            f"Best,\n{user.name}\n"
        ),
    )
    room.add(
        "kranich-invitation",
        sender=ANNA,
        to=[user],
        subject="Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d)",
        sent_at=_at(day(-2), 8, 15, BERLIN),
        company=KRANICH,
        kind="scheduling",
        text=(
            f"Hallo {first},\n\n"
            f"vielen Dank für Ihre Bewerbung bei der {KRANICH} GmbH. Gerne möchten wir Sie "
            f"am {day(3):%d.%m.%Y} um 10:00 Uhr zu einem Gespräch mit {JUERGEN.name}, "
            f"unserem {JUERGEN.title}, per Microsoft Teams einladen.\n\n"
            f"Viele Grüße\n{ANNA.name}\n{ANNA.title}, {KRANICH} GmbH\n"
        ),
    )
    room.add(
        "dentist-reminder",
        sender=DENTAL,
        to=[user],
        subject="Reminder: your appointment on " + f"{day(4):%A} at 8:30",
        sent_at=_at(day(-2), 12),
        kind="other",
        text=(
            f"Dear {user.name},\n\nThis is a reminder of your check-up with Dr. Alvarez on "
            f"{day(4):%A, %B} {day(4).day} at 8:30.\nReply C to confirm.\n\n{DENTAL.name}\n"
        ),
    )
    room.add(
        "fernway-rejection",
        sender=FERNWAY_ATS,
        to=[user],
        subject=f"Your application to {FERNWAY}",
        sent_at=_at(day(-1), 10, 5),
        company=FERNWAY,
        kind="rejection",
        unread=True,
        text=(
            f"Hi {first},\n\n"
            f"Thank you for your interest in the Senior Software Engineer role at {FERNWAY} and "
            "for "
            "the time you spent speaking with us. Unfortunately, we have decided to move "
            "forward with other candidates whose experience more closely matches our current "
            "needs.\n\n"
            "We appreciate your interest and wish you the best in your search.\n\n"
            f"The {FERNWAY} Recruiting Team\n"
        ),
        html=(
            f"<p>Hi {first},</p>"
            f"<p>Thank you for your interest in the Senior Software Engineer role at {FERNWAY} "
            "and for "
            "the time you spent speaking with us. Unfortunately, we have decided to move "
            "forward with other candidates whose experience more closely matches our current "
            "needs.</p>"
            "<p>We appreciate your interest and wish you the best in your search.</p>"
            f"<p>The {FERNWAY} Recruiting Team</p>"
            '<p style="color:#888;font-size:11px">Powered by Greenhouse</p>'
        ),
    )
    room.add(
        "quill-final-invitation",
        sender=HANNAH,
        to=[user],
        subject=f"{QUILL}: final round invitation",
        sent_at=_at(day(-1), 17, 30),
        company=QUILL,
        kind="scheduling",
        unread=True,
        text=(
            f"Hi {first},\n\n"
            "The team loved meeting you! We'd like to invite you to the final round on "
            f"{day(7):%A, %B} {day(7).day} at 16:00 UTC with {OLIVIA.name}, our "
            f"{OLIVIA.title}, and {RAFAEL.name}. The invitation is in your calendar.\n\n"
            f"Warmly,\n{HANNAH.name}\n"
        ),
    )
    return room.messages


# Seeding a running sandbox ----------------------------------------------------------------------


def _json(response: httpx.Response) -> Any:
    if response.is_error:
        raise SeedError(
            f"The sandbox refused {response.request.method} {response.request.url.path}: "
            f"HTTP {response.status_code} {response.text[:300]}"
        )
    return response.json()


def seed_over_http(
    admin: httpx.Client,
    now: datetime | None = None,
    *,
    user_email: str | None = None,
    user_name: str | None = None,
) -> SeedSummary:
    """Post the sample week through the admin API of the sandbox `admin` points at.

    `now` defaults to the sandbox's own clock (`GET /_sandbox/clock`), the user to the sandbox's
    (`GET /_sandbox/user`). Not idempotent: seeding twice adds the week twice (reset first).
    """
    if now is None:
        now = datetime.fromisoformat(_json(admin.get("/_sandbox/clock"))["now"])
    if user_email is None or user_name is None:
        who = _json(admin.get("/_sandbox/user"))
        user_email = user_email or str(who["email"])
        user_name = user_name or str(who["name"])
    week = sample_week(now, user_email, user_name)

    stored = _json(
        admin.post(
            "/_sandbox/calendar/events:batch",
            json={"items": [item.resource for item in week.events]},
        )
    )["items"]
    summary = SeedSummary(
        now=now,
        user_email=user_email,
        user_name=user_name,
        event_ids={
            item.key: str(event["id"]) for item, event in zip(week.events, stored, strict=True)
        },
    )
    for message in week.messages:
        _deliver(admin, message, summary)
    return summary


def _deliver(admin: httpx.Client, message: SampleMessage, summary: SeedSummary) -> None:
    body: dict[str, Any] = {
        "raw": base64.urlsafe_b64encode(message.raw).decode("ascii"),
        "labelIds": list(message.label_ids),
        "internalDate": int(message.sent_at.timestamp() * 1000),
    }
    if message.reply_to is not None:
        body["threadId"] = summary.thread_ids[message.reply_to]
    result = _json(admin.post("/_sandbox/gmail/messages", json=body))
    summary.message_ids[message.key] = str(result["id"])
    summary.thread_ids[message.key] = str(result["threadId"])
